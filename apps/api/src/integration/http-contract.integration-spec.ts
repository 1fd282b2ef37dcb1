import { requireTestServices } from '@bep/server/core/testing';
import { createMigratedDatabase, type MigratedDatabase } from '@bep/server/core/database/testing';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type TestApi } from '@bep/server/core/test-api';
import { startTestApi } from './test-api';

describe('HTTP contract', () => {
  let database: MigratedDatabase;
  let api: TestApi;

  beforeAll(async () => {
    await requireTestServices();
    database = await createMigratedDatabase('http');
    // A stand-in for the Angular build: the API must serve whatever index.html the build made.
    const webDistDir = mkdtempSync(join(tmpdir(), 'bep-web-'));
    writeFileSync(join(webDistDir, 'index.html'), '<!doctype html><title>BEP</title><bep-root></bep-root>');
    writeFileSync(join(webDistDir, 'main-TEST.js'), 'console.log("app")');
    api = await startTestApi(database.url, { webDistDir });
  });

  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  it('answers an unknown API route with RFC 9457 problem details', async () => {
    const response = await fetch(`${api.baseUrl}/api/nothing-here?x=1`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(await response.json()).toEqual({ type: 'about:blank', title: 'Not Found', status: 404, detail: 'No route for GET /api/nothing-here', instance: '/api/nothing-here' });
  });

  it('sends security headers and names each answer with its request id', async () => {
    const response = await fetch(`${api.baseUrl}/api/health`, { headers: { 'x-request-id': 'lb-7f3a' } });
    expect(response.headers.get('x-request-id')).toBe('lb-7f3a');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    // Scripts from this origin only, plus the form library's one inline handler by its hash.
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self' 'unsafe-hashes' 'sha256-2rvfFrggTCtyF5WOiTri1gDS8Boibj4Njn0e+VCBmDI='");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-powered-by')).toBeNull();
    const generated = await fetch(`${api.baseUrl}/api/health`, { headers: { 'x-request-id': 'not a valid id!' } });
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('keeps CORS closed when no origin is configured', async () => {
    const preflight = await fetch(`${api.baseUrl}/api/communes`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses a body over 1 MiB (413) and malformed JSON (400) with problem details', async () => {
    const post = (body: string) => fetch(`${api.baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const tooLarge = await post(JSON.stringify({ email: 'a@b.c', password: 'x'.repeat(1_100_000) }));
    expect(tooLarge.status).toBe(413);
    expect(((await tooLarge.json()) as { title: string }).title).toBe('Payload Too Large');
    const malformed = await post('{"email": ');
    expect(malformed.status).toBe(400);
    expect(malformed.headers.get('content-type')).toContain('application/problem+json');
    expect(JSON.stringify(await malformed.json())).not.toMatch(/at .*\.js|node_modules/);
  });

  it('serves the web app at / and on deep links, and its files as they are', async () => {
    for (const path of ['/', '/communes', '/pipeline?arrondissement=Dinant']) {
      const response = await fetch(`${api.baseUrl}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/html');
      expect(await response.text()).toContain('<bep-root>');
    }
    const script = await fetch(`${api.baseUrl}/main-TEST.js`);
    expect(script.headers.get('content-type')).toContain('javascript');
    expect(await script.text()).toBe('console.log("app")');
  });

  it('publishes the OpenAPI document with the contract routes, their schemas and the UI', async () => {
    const document = (await (await fetch(`${api.baseUrl}/api/docs-json`)).json()) as {
      paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: { properties?: Record<string, unknown> } }> }> }>>;
    };
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/communes']));
    const communes = document.paths['/api/communes']?.['get']?.responses['200']?.content?.['application/json']?.schema;
    expect(Object.keys(communes?.properties ?? {})).toEqual(['items', 'total', 'limit', 'offset', 'campaign', 'unfilteredTotal', 'arrondissements']);
    expect(Object.keys(document.paths['/api/health']?.['get']?.responses ?? {})).toEqual(['200', '503']);
    const ui = await fetch(`${api.baseUrl}/api/docs`);
    expect(ui.status).toBe(200);
    expect(await ui.text()).toContain('swagger');
  });

  it('describes every route: a summary, what it answers, problem details for its errors, examples for its bodies', async () => {
    type Operation = {
      summary?: string;
      parameters?: unknown[];
      requestBody?: { content: Record<string, { schema?: unknown; examples?: Record<string, unknown> }> };
      responses: Record<string, { content?: Record<string, { schema?: { $ref?: string; properties?: Record<string, unknown> } }> }>;
    };
    const document = (await (await fetch(`${api.baseUrl}/api/docs-json`)).json()) as { paths: Record<string, Record<string, Operation>> };
    const gaps: string[] = [];
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const name = `${method.toUpperCase()} ${path}`;
        if (!operation.summary) gaps.push(`${name}: no summary`);
        const statuses = Object.keys(operation.responses);
        const success = statuses.filter((status) => status.startsWith('2'));
        if (success.length === 0) gaps.push(`${name}: no success response`);
        for (const status of success.filter((s) => s !== '204')) {
          if (!operation.responses[status]?.content) gaps.push(`${name}: ${status} without a schema`);
        }
        // 4xx only: a 5xx is a bug, and /api/health's 503 answers in its own shape on purpose.
        for (const status of statuses.filter((s) => s.startsWith('4'))) {
          const schema = operation.responses[status]?.content?.['application/json']?.schema;
          if (!schema?.properties?.['status'] || !schema.properties['title']) gaps.push(`${name}: ${status} is not a problem details shape`);
        }
        if ((operation.requestBody || operation.parameters?.length) && !statuses.includes('400')) gaps.push(`${name}: takes input but documents no 400`);
        if (operation.requestBody) {
          const body = operation.requestBody.content['application/json'];
          if (!body?.schema) gaps.push(`${name}: body without a schema`);
          if (!body?.examples || Object.keys(body.examples).length === 0) gaps.push(`${name}: body without examples`);
        }
      }
    }
    expect(gaps).toEqual([]);
  });
});
