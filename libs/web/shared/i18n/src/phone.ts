// Phone numbers apart from the main entry point: libphonenumber's metadata (about 120 kB) would
// otherwise come with every import of @bep/web/shared/i18n, the shell's included, into the first load.
export * from './lib/phone-format';
