/** Who made a change and in which request; null user for the system (worker, demo loader). */
export interface Actor {
  userId: string | null;
  requestId: string | null;
}

