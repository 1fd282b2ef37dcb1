export * from './consultants.module';
