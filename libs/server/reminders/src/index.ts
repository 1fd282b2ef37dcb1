export * from './reminders-worker.module';
export { ReminderReconciler, type ReconcileOutcome } from './reminder-reconciler';
