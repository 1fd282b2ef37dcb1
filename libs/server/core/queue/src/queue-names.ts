/** Every queue of the system; one per concern (reminders, billing, mail and exports join later). */
export enum QueueName {
  /** Housekeeping: the worker heartbeat. */
  System = 'system',
}

export enum SystemJob {
  Heartbeat = 'heartbeat',
}
