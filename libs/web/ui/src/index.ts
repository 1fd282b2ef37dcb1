export * from './lib/page-placeholder/page-placeholder';
export * from './lib/roles/roles';
export * from './lib/roles/role-list';
export * from './lib/language-switch/language-switch';
export * from './lib/stages/commune-status';
export * from './lib/stages/stage-swatch';
export * from './lib/icons/warning-icon';
export * from './lib/layout/compact-layout';
