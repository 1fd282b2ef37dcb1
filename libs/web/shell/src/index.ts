export * from './lib/shell/nav-links';
export * from './lib/shell/shell';
