import type { LoginResponse, Role } from '@bep/contracts';
import { hashPassword } from '@bep/server/core/auth';
import { DEFAULT_DEMO_PASSWORD, DEMO_USERS, seedDemoData } from '@bep/server/core/database';
import { TEST_CLOCK_START } from '@bep/server/core/testing';
import type { DataSource } from 'typeorm';

/**
 * Loads the demo data as `npm start` does, with the demo accounts' default password, on the tests'
 * calendar (TEST_CLOCK_START, Tuesday 17 March 2026): "Radioscopie numérique 2026", questionnaire
 * sent on Monday 23 February 2026, Gembloux's diagnostic on Tuesday 24 March at 10:00.
 */
export async function loadDemo(dataSource: DataSource): Promise<void> {
  const demoPasswordHash = await hashPassword(DEFAULT_DEMO_PASSWORD);
  const outcome = await seedDemoData(dataSource, { nodeEnv: 'test', demoPasswordHash, today: new Date(TEST_CLOCK_START) });
  if (outcome !== 'loaded') {
    throw new Error(`Demo data not loaded: ${outcome}`);
  }
}

/** The first demo account of a role (consultant1, who leads Gembloux, for consultants). */
function firstDemoAccount(role: Role): string {
  const user = DEMO_USERS.find((candidate) => candidate.roles.includes(role));
  if (!user) {
    throw new Error(`No demo account has the role ${role}`);
  }
  return user.email;
}

/** One demo account per role, from the demo data itself. */
export const DEMO_ACCOUNT: Record<Role, string> = {
  manager: firstDemoAccount('manager'),
  consultant: firstDemoAccount('consultant'),
  finance: firstDemoAccount('finance'),
  admin: firstDemoAccount('admin'),
};

export interface SignedIn {
  login: LoginResponse;
  /** Headers for a bearer-authenticated call. */
  bearer: Record<string, string>;
  /** Headers for a browser-like call: the session cookie and the CSRF token. */
  browser: Record<string, string>;
}

/** Signs a demo account in through the real endpoint. */
export async function signIn(baseUrl: string, email: string, password = DEFAULT_DEMO_PASSWORD): Promise<SignedIn> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) {
    throw new Error(`Sign-in of ${email} answered ${response.status}: ${await response.text()}`);
  }
  const login = (await response.json()) as LoginResponse;
  const cookies = response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]).join('; ');
  return {
    login,
    bearer: { authorization: `Bearer ${login.accessToken}` },
    browser: { cookie: cookies, 'x-csrf-token': login.csrfToken },
  };
}
