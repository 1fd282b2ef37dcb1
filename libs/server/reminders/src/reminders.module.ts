import { Module } from '@nestjs/common';
import { AuditModule } from '@bep/server/core/audit';
import { MailMessagesController } from './mail-messages.controller';
import { MailMessagesService } from './mail-messages.service';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';
import { ReminderTimeline } from './reminder-timeline';
import { RemindersApiService } from './reminders-api.service';
import { RemindersController } from './reminders.controller';

/**
 * The API side of reminders: the reminders' list, log, cancel and send-now; the outbox ("Boîte
 * d'envoi"); each user's notifications; the reminders on the engagement's timeline. Imported by
 * the API; the worker imports RemindersWorkerModule, which plans and delivers them.
 */
@Module({
  imports: [AuditModule],
  controllers: [RemindersController, MailMessagesController, NotificationsController],
  providers: [RemindersApiService, MailMessagesService, NotificationsService, ReminderTimeline],
})
export class RemindersModule {}
