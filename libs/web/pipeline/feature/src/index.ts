export * from './lib/pipeline.routes';
