export * from './lib/commune.routes';
// The quick log and "what is due next" also stand on each Mes communes card.
export { QuickLogButtons } from './lib/quick-log/quick-log-buttons';
export { NextDueNote } from './lib/next-due/next-due-note';
