import { z } from 'zod';

const componentStatus = z.enum(['up', 'down']);

/** `GET /api/health`: 200 with status "ok" when database and queue answer, 503 with "error" otherwise. */
export const healthReportSchema = z.object({
  status: z.enum(['ok', 'error']),
  database: z.object({ status: componentStatus }),
  queue: z.object({ status: componentStatus, backend: z.enum(['redis', 'postgres']) }),
  /** Last heartbeat job run by a worker process; informative, it does not make the API unhealthy. */
  worker: z.object({ lastHeartbeatAt: z.iso.datetime().nullable() }),
});
export type HealthReport = z.infer<typeof healthReportSchema>;
