export * from './lib/confirm-dialog/confirm-dialog';
export * from './lib/paginator/translated-paginator-intl';
export * from './lib/text-prompt/text-prompt-dialog';
export * from './lib/date-field/belgian-date-field';
export * from './lib/date-field/provide-belgian-dates';
export * from './lib/commune-field/commune-field';
export * from './lib/commune-field/commune-choices';
