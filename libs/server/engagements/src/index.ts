export * from './engagements.module';
export { TimelineSourceProvider, type TimelineSource } from './timeline';
