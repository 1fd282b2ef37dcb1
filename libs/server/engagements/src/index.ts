export * from './engagements.module';
