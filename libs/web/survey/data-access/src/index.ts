export * from './lib/survey-js-model';
