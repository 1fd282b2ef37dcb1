export * from './reminders-worker.module';
export * from './reminders.module';
export { ReminderReconciler, type ReconcileOutcome } from './reminder-reconciler';
export { replayDemoReminders } from './demo-reminders';
export { ReminderDelivery, type DeliveryOutcome } from './reminder-delivery';
export { cancelClosedCampaignReminders, CAMPAIGN_CLOSED } from './campaign-closing';
