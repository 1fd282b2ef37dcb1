export * from './lib/board';
export * from './lib/board-api';
export * from './lib/board-filters';
export * from './lib/board-filter-options';
export * from './lib/card-actor';
export * from './lib/pipeline-board-store';
export * from './lib/folded-columns';
