export * from './lib/stage-label/stage-label';
export * from './lib/stage-label/stage-label-pipe';
export * from './lib/page-placeholder/page-placeholder';
