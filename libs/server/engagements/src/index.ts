export * from './engagements.module';
export { TimelineSourceProvider, type TimelineSource, type TimelineViewer } from './timeline';
