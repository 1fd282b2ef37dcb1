import { Module } from '@nestjs/common';
import { ReminderDelivery } from './reminder-delivery';
import { ReminderPlanner } from './reminder-planner';
import { ReminderReconciler } from './reminder-reconciler';
import { RemindersProcessor } from './reminders.processor';
import { RemindersScheduler } from './reminders.scheduler';

/** The worker side of reminders: planning, delivery, the periodic sweep. Imported by the worker only. */
@Module({
  providers: [ReminderPlanner, ReminderReconciler, ReminderDelivery, RemindersProcessor, RemindersScheduler],
  exports: [ReminderReconciler, ReminderDelivery],
})
export class RemindersWorkerModule {}
