export * from './lib/engagements-api';
export * from './lib/activities-api';
export * from './lib/moves/plan-move';
export * from './lib/moves/move-result';
export * from './lib/moves/engagement-moves';
export * from './lib/moves/billing-terms';
export * from './lib/moves/move-undo';
export * from './lib/moves/move-feedback';
