export * from './survey.module';
export { SurveyLinks } from './survey-links.service';
