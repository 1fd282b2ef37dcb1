import { z } from 'zod';
import { booleanQueryParam, pageQueryShape, pageSchema } from '../common/page';
import { roleSchema } from '../auth/roles';
import { text } from '../common/text';

/** An account as administrators see it (never its password hash). */
export const userSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  roles: z.array(roleSchema),
  consultantId: z.uuid().nullable(),
  active: z.boolean(),
  mustChangePassword: z.boolean(),
  createdAt: z.iso.datetime(),
});
export type User = z.infer<typeof userSchema>;

export const userListSchema = pageSchema(userSchema);
export type UserList = z.infer<typeof userListSchema>;

/** `GET /api/users` filters: name or e-mail, role, active; by name. */
export const userQuerySchema = z.object({
  q: text().trim().max(100).optional().meta({ description: 'Part of the name or the e-mail, regardless of case' }),
  role: roleSchema.optional(),
  /** true: active accounts only; false: deactivated ones only. */
  active: booleanQueryParam.optional(),
  ...pageQueryShape(100, 500),
});
export type UserQuery = z.infer<typeof userQuerySchema>;

/**
 * The rule between roles and the consultant link, for a request and for the account a change would
 * leave: a consultant account acts for exactly one Ocalia consultant (what it may change depends on
 * the engagements assigned to that consultant), and only a consultant account is linked.
 */
export function consultantLinkProblem(roles: readonly string[], consultantId: string | null): string | null {
  const consultant = roles.includes('consultant');
  if (consultant && consultantId === null) return 'a consultant account must be linked to its consultant record';
  if (!consultant && consultantId !== null) return 'a linked consultant needs the consultant role';
  return null;
}

const email = text().max(320).check(z.email());

const roles = z.array(roleSchema).min(1, 'at least one role').refine((list) => new Set(list).size === list.length, 'each role once');

export const createUserRequestSchema = z
  .object({
    email,
    name: text().trim().min(1, 'required').max(200),
    roles,
    consultantId: z.uuid().nullable().default(null),
  })
  .superRefine((user, context) => {
    const problem = consultantLinkProblem(user.roles, user.consultantId);
    if (problem) context.addIssue({ code: 'custom', message: problem, path: ['consultantId'] });
  });
export type CreateUserRequest = z.infer<typeof createUserRequestSchema>;

/** The account and the temporary password to hand over; it must be changed at first sign-in. */
export const createUserResponseSchema = z.object({ user: userSchema, temporaryPassword: z.string() });
export type CreateUserResponse = z.infer<typeof createUserResponseSchema>;

export const updateUserRequestSchema = z
  .object({
    /** Corrected by an administrator; unique regardless of case. */
    email,
    name: text().trim().min(1).max(200),
    roles,
    consultantId: z.uuid().nullable(),
    /** false ends every session of the user at once. */
    active: z.boolean(),
  })
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, 'nothing to change');
export type UpdateUserRequest = z.infer<typeof updateUserRequestSchema>;
