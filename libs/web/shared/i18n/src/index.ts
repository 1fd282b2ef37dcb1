export * from './lib/languages';
export * from './lib/belgian-format';
export * from './lib/belgian-format-pipes';
export * from './lib/language-store';
export * from './lib/provide-i18n';
export * from './lib/plural';
export * from './lib/translated-title-strategy';
export type { fr as SharedTranslations } from './lib/translations/fr';
export * from './lib/day-and-time';
