export * from './mail-sender';
export * from './mail.module';
export * from './mail-layout';
