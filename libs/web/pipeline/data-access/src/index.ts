export * from './lib/board';
export * from './lib/board-filters';
export * from './lib/board-filter-options';
export * from './lib/plan-move';
export * from './lib/pipeline-board-store';
