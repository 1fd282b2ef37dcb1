export * from './lib/stage-label/stage-label';
export * from './lib/stage-label/stage-label-pipe';
export * from './lib/page-placeholder/page-placeholder';
export * from './lib/roles/roles';
export * from './lib/roles/role-list';
export * from './lib/language-switch/language-switch';
export * from './lib/date-time/brussels-date-time';
export * from './lib/date-time/brussels-date-time-pipe';
