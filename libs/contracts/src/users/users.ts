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

const roles = z.array(roleSchema).min(1, 'at least one role').refine((list) => new Set(list).size === list.length, 'each role once');

export const createUserRequestSchema = z
  .object({
    email: text().max(320).check(z.email()),
    name: text().trim().min(1, 'required').max(200),
    roles,
    consultantId: z.uuid().nullable().default(null),
  })
  .refine((user) => user.consultantId === null || user.roles.includes('consultant'), {
    message: 'a linked consultant needs the consultant role',
    path: ['consultantId'],
  });
export type CreateUserRequest = z.infer<typeof createUserRequestSchema>;

/** The account and the temporary password to hand over; it must be changed at first sign-in. */
export const createUserResponseSchema = z.object({ user: userSchema, temporaryPassword: z.string() });
export type CreateUserResponse = z.infer<typeof createUserResponseSchema>;

export const updateUserRequestSchema = z
  .object({
    name: text().trim().min(1).max(200),
    roles,
    consultantId: z.uuid().nullable(),
    /** false ends every session of the user at once. */
    active: z.boolean(),
  })
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, 'nothing to change');
export type UpdateUserRequest = z.infer<typeof updateUserRequestSchema>;
