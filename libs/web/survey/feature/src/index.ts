export * from './lib/survey-page/survey-page';
export * from './lib/paper-answers-page/paper-answers-page';
