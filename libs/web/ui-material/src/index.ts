export * from './lib/confirm-dialog/confirm-dialog';
export * from './lib/paginator/translated-paginator-intl';
