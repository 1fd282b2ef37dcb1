import { ActivityParticipantEntity } from './activity-participant.entity';
import { ActivityEntity } from './activity.entity';
import { AppSettingEntity } from './app-setting.entity';
import { AuditEntryEntity } from './audit-entry.entity';
import { CampaignEntity } from './campaign.entity';
import { CommuneBillingProfileEntity } from './commune-billing-profile.entity';
import { CommuneEntity } from './commune.entity';
import { ConsultantEntity } from './consultant.entity';
import { ContactEntity } from './contact.entity';
import { EngagementAssignmentEntity } from './engagement-assignment.entity';
import { EngagementEntity } from './engagement.entity';
import { LoginAttemptEntity } from './login-attempt.entity';
import { MailMessageEntity } from './mail-message.entity';
import { NotificationEntity } from './notification.entity';
import { QueueOutboxEntity } from './queue-outbox.entity';
import { ReminderEventEntity } from './reminder-event.entity';
import { ReminderEntity } from './reminder.entity';
import { SessionEntity } from './session.entity';
import { StageChangeEntity } from './stage-change.entity';
import { UserEntity } from './user.entity';
import { WorkerHeartbeatEntity } from './worker-heartbeat.entity';
import { InvoiceDraftFailureEntity } from './invoice-draft-failure.entity';
import { InvoiceLineEntity } from './invoice-line.entity';
import { InvoiceNumberSeriesEntity } from './invoice-number-series.entity';
import { InvoicePaymentEntity } from './invoice-payment.entity';
import { InvoiceEntity } from './invoice.entity';
import { InvoiceExportEntity } from './invoice-export.entity';
import { MaturityScoreEntity } from './maturity-score.entity';
import { QuestionnaireVersionEntity } from './questionnaire-version.entity';
import { ScoringModelVersionEntity } from './scoring-model-version.entity';
import { SurveyLinkEntity } from './survey-link.entity';
import { SurveyResponseEntity } from './survey-response.entity';
import { SurveySectionAnswersEntity } from './survey-section-answers.entity';

export * from './activity-participant.entity';
export * from './activity.entity';
export * from './app-setting.entity';
export * from './audit-entry.entity';
export * from './campaign.entity';
export * from './commune-billing-profile.entity';
export * from './commune.entity';
export * from './consultant.entity';
export * from './contact.entity';
export * from './engagement-assignment.entity';
export * from './engagement.entity';
export * from './login-attempt.entity';
export * from './mail-message.entity';
export * from './notification.entity';
export * from './queue-outbox.entity';
export * from './reminder-event.entity';
export * from './reminder.entity';
export * from './session.entity';
export * from './stage-change.entity';
export * from './user.entity';
export * from './worker-heartbeat.entity';
export * from './invoice-draft-failure.entity';
export * from './invoice-line.entity';
export * from './invoice-number-series.entity';
export * from './invoice-payment.entity';
export * from './invoice.entity';
export * from './invoice-export.entity';
export * from './maturity-score.entity';
export * from './questionnaire-version.entity';
export * from './scoring-model-version.entity';
export * from './survey-link.entity';
export * from './survey-response.entity';
export * from './survey-section-answers.entity';

/** Every entity of the schema; listed explicitly because the apps are bundled (no globbing). */
export const ENTITIES = [
  ActivityEntity,
  ActivityParticipantEntity,
  AppSettingEntity,
  AuditEntryEntity,
  CampaignEntity,
  CommuneBillingProfileEntity,
  CommuneEntity,
  ConsultantEntity,
  ContactEntity,
  EngagementAssignmentEntity,
  EngagementEntity,
  LoginAttemptEntity,
  MailMessageEntity,
  NotificationEntity,
  QueueOutboxEntity,
  ReminderEventEntity,
  ReminderEntity,
  SessionEntity,
  StageChangeEntity,
  UserEntity,
  WorkerHeartbeatEntity,
  InvoiceEntity,
  InvoiceLineEntity,
  InvoicePaymentEntity,
  InvoiceNumberSeriesEntity,
  InvoiceDraftFailureEntity,
  InvoiceExportEntity,
  MaturityScoreEntity,
  QuestionnaireVersionEntity,
  ScoringModelVersionEntity,
  SurveyLinkEntity,
  SurveyResponseEntity,
  SurveySectionAnswersEntity,
];
