import { z } from 'zod';
import { text } from '../common/text';
import { roleSchema } from './roles';

/** The signed-in user, as `POST /api/auth/login` and `GET /api/auth/me` return it. */
const currentUserSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  roles: z.array(roleSchema),
  /** Set for an Ocalia consultant's account: the consultant record it acts as. */
  consultantId: z.uuid().nullable(),
  /** A temporary password was given: the client asks for a new one before anything else. */
  mustChangePassword: z.boolean(),
});
export type CurrentUser = z.infer<typeof currentUserSchema>;

export const loginRequestSchema = z.object({
  email: text().trim().min(1, 'required').max(320),
  password: text().min(1, 'required').max(1000),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const loginResponseSchema = z.object({
  user: currentUserSchema,
  /** For scripts and integrations: `Authorization: Bearer <accessToken>`. Browsers use the session cookie. */
  accessToken: z.string(),
  /** Send it back in `X-CSRF-Token` on cookie-authenticated changes (also set as the readable `bep_csrf` cookie). */
  csrfToken: z.string(),
  expiresAt: z.iso.datetime(),
});
export type LoginResponse = z.infer<typeof loginResponseSchema>;

export const currentUserResponseSchema = z.object({ user: currentUserSchema });
export type CurrentUserResponse = z.infer<typeof currentUserResponseSchema>;

export const PASSWORD_MIN_LENGTH = 12;

export const changePasswordRequestSchema = z.object({
  currentPassword: text().min(1, 'required').max(1000),
  newPassword: text().min(PASSWORD_MIN_LENGTH, `at least ${PASSWORD_MIN_LENGTH} characters`).max(1000),
});
export type ChangePasswordRequest = z.infer<typeof changePasswordRequestSchema>;

/**
 * The `type` of the 403 problem answered to an account that must still replace its temporary
 * password: until it does, only `POST /api/auth/password`, `GET /api/auth/me` and sign-out are open.
 */
export const PASSWORD_CHANGE_REQUIRED_TYPE = 'urn:bep:password-change-required';

/** Names of the browser cookies and of the CSRF header. */
export const SESSION_COOKIE = 'bep_session';
export const CSRF_COOKIE = 'bep_csrf';
export const CSRF_HEADER = 'x-csrf-token';
