import { ALL_STAGES, REMINDER_RULES, REMINDER_STATUSES } from '@bep/domain';
import { RouteTable, type RouteEntry } from '@bep/server/core/auth';
import { createMigratedDatabase, type MigratedDatabase } from '@bep/server/core/database/testing';
import { requireTestServices } from '@bep/server/core/testing';
import { z } from 'zod';
import { type TestApi } from '@bep/server/core/test-api';
import { startTestApi } from './test-api';

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: { type?: string; enum?: unknown[]; minimum?: number; maximum?: number; default?: unknown; format?: string };
}
type Document = { paths: Record<string, Record<string, { parameters?: Parameter[] }>> };

/** The lists a generated client must be able to filter and page (the ones that once declared nothing). */
const LISTS = ['/api/engagements', '/api/pipeline', '/api/stats', '/api/communes', '/api/consultants', '/api/consultants/workload', '/api/activities', '/api/users', '/api/audit', '/api/reminders', '/api/mail-messages', '/api/notifications'];

const openApiPath = (route: RouteEntry) => route.path.replace(/:(\w+)/g, '{$1}');

describe('the OpenAPI document declares every query parameter the API reads', () => {
  let database: MigratedDatabase;
  let api: TestApi;
  let document: Document;
  let routes: RouteEntry[];

  beforeAll(async () => {
    await requireTestServices();
    database = await createMigratedDatabase('queries');
    api = await startTestApi(database.url);
    document = (await (await fetch(`${api.baseUrl}/api/docs-json`)).json()) as Document;
    routes = api.app.get(RouteTable).routes();
  });

  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  const queryOf = (route: RouteEntry) => (document.paths[openApiPath(route)]?.[route.method.toLowerCase()]?.parameters ?? []).filter((p) => p.in === 'query');

  it('lists exactly the keys of the query schema each route parses, and none where it parses none', () => {
    const withQuery = routes.filter((route) => route.querySchema);
    expect(withQuery.map((route) => route.path)).toEqual(expect.arrayContaining(LISTS));
    const mismatches = routes.flatMap((route) => {
      const declared = queryOf(route).map((p) => p.name).sort();
      const parsed = route.querySchema ? Object.keys((route.querySchema as z.ZodObject).shape).sort() : [];
      return JSON.stringify(declared) === JSON.stringify(parsed) ? [] : [`${route.method} ${route.path}: declares [${declared}] but parses [${parsed}]`];
    });
    expect(mismatches).toEqual([]);
  });

  it('reads no query outside its contract, so that the document cannot miss a parameter', () => {
    expect(routes.filter((route) => route.readsQueryOutsideContract).map((route) => `${route.method} ${route.path}`)).toEqual([]);
  });

  it('gives each parameter its type, and its enum, bounds and default where the contract has them', () => {
    const untyped = routes.flatMap((route) => queryOf(route).filter((p) => !p.schema?.type).map((p) => `${route.method} ${route.path} ?${p.name}`));
    expect(untyped).toEqual([]);
    const engagements = Object.fromEntries(queryOf(routes.find((r) => r.method === 'GET' && r.path === '/api/engagements') as RouteEntry).map((p) => [p.name, p]));
    expect(engagements['stage']?.schema).toMatchObject({ type: 'string', enum: [...ALL_STAGES] });
    expect(engagements['stage']?.required).toBe(false);
    expect(engagements['limit']?.schema).toMatchObject({ type: 'integer', minimum: 1, maximum: 200, default: 50 });
    expect(engagements['offset']?.schema).toMatchObject({ type: 'integer', minimum: 0, default: 0 });
    expect(engagements['campaignId']?.schema).toMatchObject({ type: 'string', format: 'uuid' });
    expect(engagements['q']?.description).toContain('NIS');
    const activities = Object.fromEntries(queryOf(routes.find((r) => r.method === 'GET' && r.path === '/api/activities') as RouteEntry).map((p) => [p.name, p]));
    expect(activities['pending']?.schema).toMatchObject({ type: 'string', enum: ['true', 'false'] });
    expect(activities['from']?.schema).toMatchObject({ type: 'string', format: 'date' });
    const reminders = Object.fromEntries(queryOf(routes.find((r) => r.method === 'GET' && r.path === '/api/reminders') as RouteEntry).map((p) => [p.name, p]));
    expect(reminders['rule']?.schema).toMatchObject({ type: 'string', enum: [...REMINDER_RULES] });
    // Several statuses separated by commas: the pattern names each.
    expect(reminders['status']?.schema).toMatchObject({ type: 'string', pattern: expect.stringContaining(REMINDER_STATUSES.join('|')) });
    expect(reminders['status']?.description).toContain('sent,failed');
  });

  it('declares each path parameter with its format', () => {
    const engagement = document.paths['/api/engagements/{id}']?.['get']?.parameters?.find((p) => p.in === 'path');
    expect(engagement).toMatchObject({ name: 'id', required: true, schema: { type: 'string', format: 'uuid' } });
    const commune = document.paths['/api/communes/{nis}/contacts']?.['get']?.parameters?.find((p) => p.in === 'path');
    expect(commune).toMatchObject({ name: 'nis', required: true, schema: { type: 'string', pattern: '^\\d{5}$' } });
  });
});
