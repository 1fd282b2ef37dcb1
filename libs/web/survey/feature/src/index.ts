export * from './lib/survey-page/survey-page';
