/** Every queue of the system; one per concern (mail joins later). */
export enum QueueName {
  /** Housekeeping: the worker heartbeat. */
  System = 'system',
  /** Planning, delivering and reconciling reminders. */
  Reminders = 'reminders',
  /** Co-financing invoices: the drafts the pipeline calls for. */
  Billing = 'billing',
  /** Files built in the background: the invoices' batch export (ZIP). */
  Exports = 'exports',
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

export enum ExportJob {
  /** Build the ZIP of one requested invoice export (idempotent: a done export is left as it is). */
  InvoiceBatch = 'invoice-batch',
  /** Periodic sweep: expired exports lose their ZIP, and old ones their row. */
  Cleanup = 'cleanup',
}
