export * from './lib/stage-label/stage-label';
export * from './lib/stage-label/stage-label-pipe';
export * from './lib/page-placeholder/page-placeholder';
export * from './lib/role-label/role-label';
export * from './lib/role-label/roles-label-pipe';
export * from './lib/date-time/brussels-date-time';
export * from './lib/date-time/brussels-date-time-pipe';
