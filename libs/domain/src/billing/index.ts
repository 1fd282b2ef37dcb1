export * from './money';
export * from './structured-communication';
export * from './enterprise-number';
export * from './iban';
export * from './invoice-status';
export * from './epc-qr';
export * from './belgian-format';
