export * from './lib/pipeline-api';
