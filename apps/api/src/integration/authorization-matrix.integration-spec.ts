import { ROLES, type Role } from '@bep/contracts';
import { RouteTable, type RouteEntry } from '@bep/server/core/auth';
import type { MigratedDatabase } from '@bep/server/core/database/testing';
import { randomUUID } from 'node:crypto';
import { DEMO_ACCOUNT, type DemoApi, signIn, startDemoApi } from '@bep/server/core/test-api';
import { startTestApi } from './test-api';

type Expected = 'public' | 'signed-in' | readonly Role[];

/**
 * Who may call each route, as reviewed against what each role is for. A route missing here, or whose
 * declared policy differs, fails the first test: a new route cannot ship without a decision.
 */
const EXPECTED: Record<string, Expected> = {
  'GET /api/health': 'public',
  'GET /api/activities': 'signed-in',
  'GET /api/activities/:id': 'signed-in',
  'PATCH /api/activities/:id': ['manager', 'consultant'],
  'DELETE /api/activities/:id': ['manager', 'consultant'],
  'POST /api/engagements/:id/activities': ['manager', 'consultant'],
  'GET /api/consultants/workload': ['manager', 'admin'],
  'GET /api/stats': 'signed-in',
  'POST /api/auth/login': 'public',
  'POST /api/auth/logout': 'signed-in',
  'GET /api/auth/me': 'signed-in',
  'POST /api/auth/password': 'signed-in',
  'GET /api/campaigns': 'signed-in',
  'GET /api/campaigns/current': 'signed-in',
  'GET /api/campaigns/:id': 'signed-in',
  'POST /api/campaigns': ['manager'],
  'PATCH /api/campaigns/:id': ['manager'],
  'POST /api/campaigns/:id/make-current': ['manager'],
  'POST /api/campaigns/:id/close': ['manager'],
  'POST /api/campaigns/:id/reopen': ['manager'],
  'POST /api/campaigns/:id/archive': ['manager'],
  // Communes only, no person: read as the campaign is.
  'GET /api/campaigns/:id/communes-without-contact': 'signed-in',
  'GET /api/communes': 'signed-in',
  'GET /api/communes/:nis/contacts': ['manager', 'consultant', 'finance', 'admin'],
  // A consultant adds contacts only to the communes of the teams they are on (403 otherwise, in the service).
  'POST /api/communes/:nis/contacts': ['manager', 'consultant'],
  // Billing parties: finance keeps them (administrators too); managers read what invoices will say.
  'GET /api/communes/:nis/billing': ['manager', 'finance', 'admin'],
  'PUT /api/communes/:nis/billing': ['finance', 'admin'],
  'GET /api/settings/seller': ['manager', 'finance', 'admin'],
  'PUT /api/settings/seller': ['finance', 'admin'],
  'GET /api/consultants': ['manager', 'admin'],
  // Managers run the consultants (SPEC: everything on consultants); administrators keep the records the accounts link to.
  'POST /api/consultants': ['manager', 'admin'],
  'PATCH /api/consultants/:id': ['manager', 'admin'],
  'GET /api/contacts/:id/export': ['manager', 'admin'],
  'POST /api/contacts/:id/erase': ['manager', 'admin'],
  'GET /api/contacts/:id': ['manager', 'consultant', 'finance', 'admin'],
  'PATCH /api/contacts/:id': ['manager'],
  'DELETE /api/contacts/:id': ['manager'],
  'GET /api/engagements': 'signed-in',
  'GET /api/engagements/:id': 'signed-in',
  'POST /api/engagements/:id/transitions': ['manager', 'consultant'],
  'PUT /api/engagements/:id/assignments': ['manager'],
  'GET /api/pipeline': 'signed-in',
  'GET /api/users': ['admin'],
  'POST /api/users': ['admin'],
  'PATCH /api/users/:id': ['admin'],
  'GET /api/audit': ['admin'],
  // Every role reads reminders, each within its scope (consultants: their engagements'; finance: overdue invoices'); managers act on them.
  'GET /api/reminders': ['manager', 'admin', 'consultant', 'finance'],
  'GET /api/reminders/:id': ['manager', 'admin', 'consultant', 'finance'],
  'POST /api/reminders/:id/cancel': ['manager'],
  'POST /api/reminders/:id/send-now': ['manager'],
  'POST /api/reminders/late-surveys/send-now': ['manager'],
  // The outbox holds what was written to the communes: those who run the programme and IT.
  'GET /api/mail-messages': ['manager', 'admin'],
  // Each user's own.
  'GET /api/notifications': 'signed-in',
  'POST /api/notifications/read': 'signed-in',
  // Finance writes invoices, managers read them; consultants and administrators see none.
  'GET /api/invoices': ['finance', 'manager'],
  'GET /api/invoices/draft-failures': ['finance', 'manager'],
  'GET /api/invoices/:id': ['finance', 'manager'],
  'POST /api/invoices': ['finance'],
  'PATCH /api/invoices/:id': ['finance'],
  'DELETE /api/invoices/:id': ['finance'],
  'POST /api/invoices/:id/issue': ['finance'],
  'POST /api/invoices/:id/payments': ['finance'],
  'POST /api/invoices/:id/credit-notes': ['finance'],
  // Its documents: the PDF, the Peppol UBL and the accounting export, for those who read invoices.
  'GET /api/invoices/:id/pdf': ['finance', 'manager'],
  'GET /api/invoices/:id/ubl': ['finance', 'manager'],
  'GET /api/invoices/export.csv': ['finance', 'manager'],
  // The batch export (ZIP): finance asks for it; those who read invoices follow and download it.
  'POST /api/invoice-exports': ['finance'],
  'GET /api/invoice-exports': ['finance', 'manager'],
  'GET /api/invoice-exports/:id': ['finance', 'manager'],
  'GET /api/invoice-exports/:id/download': ['finance', 'manager'],
  // The questionnaire online: the commune's binôme has no account, its link's token (a header) is its key.
  'GET /api/survey': 'public',
  'PUT /api/survey/sections/:sectionId': 'public',
  'POST /api/survey/submit': 'public',
  // BEP's side: the team reads it (SPEC: consultants read the pipeline); managers type in paper answers and run the links.
  'GET /api/engagements/:id/survey': ['manager', 'consultant'],
  'PUT /api/engagements/:id/survey/sections/:sectionId': ['manager'],
  'POST /api/engagements/:id/survey/submit': ['manager'],
  'POST /api/engagements/:id/survey-link': ['manager'],
  'DELETE /api/engagements/:id/survey-link': ['manager'],
  // A commune's maturity and its one-page summary: read as its questionnaire is read.
  'GET /api/engagements/:id/maturity': ['manager', 'consultant'],
  'GET /api/engagements/:id/survey/summary.pdf': ['manager', 'consultant'],
  // The province's maturity and the export of every answer: the team, a consultant their communes; not finance (answers are no billing matter).
  'GET /api/maturity': ['manager', 'consultant'],
  'GET /api/maturity/export.csv': ['manager', 'consultant'],
  'GET /api/maturity/export.xlsx': ['manager', 'consultant'],
};

function declared(route: RouteEntry): Expected | null {
  if (!route.policy) return null;
  return route.policy.kind === 'roles' ? [...route.policy.roles].sort() : route.policy.kind;
}

function allows(expected: Expected, role: Role | null): boolean {
  if (expected === 'public') return true;
  if (role === null) return false;
  return expected === 'signed-in' || expected.includes(role);
}

describe('authorization matrix', () => {
  let database: MigratedDatabase;
  let api: DemoApi;
  let routes: RouteEntry[];
  const tokens = new Map<Role, string>();

  beforeAll(async () => {
    api = await startDemoApi('matrix', startTestApi);
    database = api.database;
    routes = api.app.get(RouteTable).routes();
    for (const role of ROLES) {
      tokens.set(role, (await signIn(api.baseUrl, DEMO_ACCOUNT[role])).login.accessToken);
    }
  });

  afterAll(() => api?.close());

  it('every route declares the policy reviewed for it', () => {
    const actual = Object.fromEntries(routes.map((route) => [`${route.method} ${route.path}`, declared(route)]));
    const expected = Object.fromEntries(Object.entries(EXPECTED).map(([key, value]) => [key, Array.isArray(value) ? [...value].sort() : value]));
    expect(actual).toEqual(expected);
  });

  /**
   * Each route x (anonymous + each role), against the running app. The request is empty or names
   * an unknown id: what matters is whether the guard lets it through (not 401/403) or not.
   */
  it.each([null, ...ROLES] as (Role | null)[])('enforces every route for %s', async (role) => {
    const outcomes: string[] = [];
    for (const route of routes.filter((r) => !['POST /api/auth/logout', 'POST /api/auth/login'].includes(`${r.method} ${r.path}`))) {
      const expected = EXPECTED[`${route.method} ${route.path}`] ?? 'public';
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (role) headers['authorization'] = `Bearer ${tokens.get(role)}`;
      const response = await fetch(`${api.baseUrl}${route.path.replace(/:\w+/g, randomUUID())}`, {
        method: route.method,
        headers,
        body: route.method === 'GET' ? undefined : '{}',
      });
      const allowed = allows(expected, role);
      const ok = allowed ? response.status !== 401 && response.status !== 403 : response.status === (role ? 403 : 401);
      if (!ok) outcomes.push(`${route.method} ${route.path} as ${role ?? 'anonymous'}: ${response.status}`);
      expect(response.status).toBeLessThan(500);
    }
    expect(outcomes).toEqual([]);
  });

  it('refuses a consultant every engagement change on an engagement that is not theirs', async () => {
    // consultant1 leads Gembloux only; Ciney is led by consultant3.
    const [ciney] = await database.dataSource.query<{ id: string; version: number }[]>(
      `SELECT e."id", e."version" FROM "engagement" e JOIN "commune" c ON c."nis" = e."commune_nis" WHERE c."name" = 'Ciney'`,
    );
    const engagementChanges = routes.filter((route) => route.method !== 'GET' && route.path.startsWith('/api/engagements/:id'));
    expect(engagementChanges.length).toBeGreaterThan(0);
    // A valid body for each, so that the answer is the scope check's and not the validation's.
    const bodies: Record<string, unknown> = {
      'POST /api/engagements/:id/transitions': { to: 'workshop_held', version: ciney?.version },
      'POST /api/engagements/:id/activities': { type: 'note', subject: 'Appel de la commune' },
    };
    for (const route of engagementChanges) {
      const response = await fetch(`${api.baseUrl}${route.path.replace(':id', ciney?.id ?? '')}`, {
        method: route.method,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.get('consultant')}` },
        body: JSON.stringify(bodies[`${route.method} ${route.path}`] ?? {}),
      });
      expect(`${route.method} ${route.path}: ${response.status}`).toBe(`${route.method} ${route.path}: 403`);
    }
  });
});
