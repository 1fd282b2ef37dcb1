export * from './lib/survey-js-model';
export * from './lib/survey-api';
export * from './lib/survey-store';
export * from './lib/engagement-survey-api';
