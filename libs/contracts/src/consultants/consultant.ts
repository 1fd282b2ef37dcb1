import { z } from 'zod';

/** An Ocalia consultant, as lists and pickers show it. */
export const consultantSummarySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  office: z.enum(['BE', 'FR']),
  active: z.boolean(),
});
export type ConsultantSummary = z.infer<typeof consultantSummarySchema>;

export const consultantListSchema = z.object({ items: z.array(consultantSummarySchema), total: z.number().int() });
export type ConsultantList = z.infer<typeof consultantListSchema>;
