export * from './questionnaire';
export * from './questionnaire-problems';
export * from './survey-answers';
export * from './scoring';
export * from './radioscopie-ids';
export * from './answers-in-words';
