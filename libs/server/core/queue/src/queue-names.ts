/** Every queue of the system; one per concern (mail and exports join later). */
export enum QueueName {
  /** Housekeeping: the worker heartbeat. */
  System = 'system',
  /** Planning, delivering and reconciling reminders. */
  Reminders = 'reminders',
  /** Co-financing invoices: the drafts the pipeline calls for. */
  Billing = 'billing',
}

export enum SystemJob {
  Heartbeat = 'heartbeat',
}

export enum ReminderJob {
  /** Plan (and withdraw) the reminders of one engagement after it changed. */
  PlanEngagement = 'plan-engagement',
  /** Deliver one reminder when it may leave. */
  Deliver = 'deliver',
  /** Periodic sweep: every reminder that should exist does, with its job; the others are withdrawn. */
  Reconcile = 'reconcile',
}

export enum BillingJob {
  /** Make the draft invoice of an engagement that entered its campaign's billing stage (idempotent). */
  CreateDraft = 'create-draft',
}
