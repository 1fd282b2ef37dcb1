import { requireTestServices } from '@bep/server/testing';
import { createMigratedDatabase, type MigratedDatabase } from '@bep/server/database/testing';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApi, type TestApi } from './test-api';

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
    expect(Object.keys(communes?.properties ?? {})).toEqual(['items', 'total', 'campaign']);
    expect(Object.keys(document.paths['/api/health']?.['get']?.responses ?? {})).toEqual(['200', '503']);
    const ui = await fetch(`${api.baseUrl}/api/docs`);
    expect(ui.status).toBe(200);
    expect(await ui.text()).toContain('swagger');
  });
});
