export * from './lib/engagements-api';
export * from './lib/activities-api';
export * from './lib/moves/plan-move';
export * from './lib/moves/move-result';
export * from './lib/moves/engagement-moves';
