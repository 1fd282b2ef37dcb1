import { z } from 'zod';

/** What a user may do (BEP managers, finance and IT, Ocalia's consultants); a user may hold several. */
export const ROLES = ['manager', 'consultant', 'finance', 'admin'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;
