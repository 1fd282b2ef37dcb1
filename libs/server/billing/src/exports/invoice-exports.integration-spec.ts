import { Module } from '@nestjs/common';
import type { InvoiceDetail, InvoiceExport, InvoiceExportList, ProblemDetails, Role } from '@bep/contracts';
import { ApiCoreModule } from '@bep/server/core/api-core';
import { FixedClock } from '@bep/server/core/clock';
import { createHttpApp } from '@bep/server/core/http';
import { ExportJob, QueueName } from '@bep/server/core/queue';
import { callApi, DEMO_ACCOUNT, type DemoApi, serveOnFreePort, signIn, startDemoApi } from '@bep/server/core/test-api';
import { TEST_CLOCK_START, testRuntimeConfig } from '@bep/server/core/testing';
import { EngagementsModule } from '@bep/server/engagements';
import { buffer } from 'node:stream/consumers';
import { fromBufferPromise, type Entry } from 'yauzl';
import { BillingModule } from '../billing.module';
import { INVOICE_CSV_HEADER } from '../documents';
import { CSV_ENTRY, InvoiceExportBuilder, PROGRESS_EVERY } from './invoice-export-builder';
import { InvoiceExportCleanup } from './invoice-export-cleanup';
import { InvoiceExportsProcessor } from './invoice-exports.processor';

@Module({})
class InvoiceExportsTestModule {}

const MARCH = { from: '2026-03-01', to: '2026-03-31' };
const MARCH_ZIP = 'factures-2026-03-01-2026-03-31.zip';
const VIROINVAL = '93090';
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const HOUR = 3_600_000;

/** Every file of a ZIP by name, read back with a ZIP reader other than the one that wrote it. */
async function unzip(zip: Buffer): Promise<Map<string, Buffer>> {
  const archive = await fromBufferPromise(zip, { lazyEntries: true });
  const files = new Map<string, Buffer>();
  await new Promise<void>((resolve, reject) => {
    archive.on('entry', (entry: Entry) => {
      archive
        .openReadStreamPromise(entry)
        .then((stream) => buffer(stream))
        .then((content) => {
          files.set(entry.fileName, content);
          archive.readEntry();
        }, reject);
    });
    archive.once('end', resolve);
    archive.once('error', reject);
    archive.readEntry();
  });
  return files;
}

/**
 * The batch export through HTTP and its worker's processor (called as the worker would, with the
 * spec's own clock), against the demo data on the tests' calendar (Tuesday 17 March 2026): finance
 * asks for March, the job writes the ZIP of every issued document of March, the download serves it,
 * and the cleanup removes it once expired.
 */
describe('invoice batch export: queued job, progress, ZIP, download, cleanup', () => {
  let api: DemoApi;
  const clock = new FixedClock(TEST_CLOCK_START);
  const headers = new Map<Role, Record<string, string>>();
  const engagements = new Map<string, string>();
  /** The issued documents of March, by number. */
  const march = new Map<string, InvoiceDetail>();

  const call = <T>(as: Role, method: string, path: string, body?: unknown) => callApi<T>(api.baseUrl, method, path, headers.get(as), body);
  const download = (as: Role, id: string) => fetch(`${api.baseUrl}/api/invoice-exports/${id}/download`, { headers: headers.get(as) });
  const sql = <T>(query: string, params: unknown[] = []) => api.database.dataSource.query<T>(query, params);
  const builder = () => new InvoiceExportBuilder(api.database.dataSource, clock);
  const processor = () => new InvoiceExportsProcessor(builder(), new InvoiceExportCleanup(api.database.dataSource, clock));
  const batchJob = (exportId: string, attemptsMade = 0) => ({ name: ExportJob.InvoiceBatch, data: { exportId }, attemptsMade, opts: { attempts: 5 } });

  async function issuedFor(nis: string): Promise<InvoiceDetail> {
    const draft = await call<InvoiceDetail>('finance', 'POST', '/api/invoices', { engagementId: engagements.get(nis), service: 'diagnostic' });
    expect(draft.status).toBe(201);
    const issued = await call<InvoiceDetail>('finance', 'POST', `/api/invoices/${draft.body.id}/issue`, {});
    expect(issued.status).toBe(200);
    return issued.body;
  }

  async function requested(body: Record<string, unknown> = MARCH): Promise<InvoiceExport> {
    const answer = await call<InvoiceExport>('finance', 'POST', '/api/invoice-exports', body);
    expect(answer.status).toBe(202);
    return answer.body;
  }

  beforeAll(async () => {
    api = await startDemoApi('invoice_exports', async (databaseUrl) => {
      const config = testRuntimeConfig(databaseUrl);
      const root = { module: InvoiceExportsTestModule, imports: [ApiCoreModule.forRoot(config, clock), BillingModule, EngagementsModule] };
      return serveOnFreePort(await createHttpApp(root, config, { logger: false }));
    });
    for (const role of ['finance', 'manager', 'consultant'] as Role[]) {
      headers.set(role, (await signIn(api.baseUrl, DEMO_ACCOUNT[role])).bearer);
    }
    const rows = await sql<{ id: string; nis: string }[]>(
      `SELECT e."id", e."commune_nis" AS nis FROM "engagement" e JOIN "campaign" c ON c."id" = e."campaign_id" AND c."is_current" ORDER BY e."commune_nis"`,
    );
    for (const row of rows) engagements.set(row.nis, row.id);

    // March: six invoices (more than a progress step) and a partial credit note of one of them.
    const communes = [VIROINVAL, ...[...engagements.keys()].filter((nis) => nis !== VIROINVAL).slice(0, 5)];
    for (const nis of communes) {
      const invoice = await issuedFor(nis);
      march.set(invoice.number ?? '', invoice);
    }
    const credited = march.values().next().value as InvoiceDetail;
    const credit = await call<InvoiceDetail>('finance', 'POST', `/api/invoices/${credited.id}/credit-notes`, { reason: 'Remise accordée', amountCents: 50_000 });
    expect(credit.status).toBe(201);
    march.set(credit.body.number ?? '', credit.body);
    // A draft (no document) and a document of April stay out of March's export.
    await call('finance', 'POST', '/api/invoices', { engagementId: engagements.get(VIROINVAL), service: 'other', lines: [{ description: 'Frais', unitPriceCents: 1000 }] });
    clock.set('2026-04-02T10:00:00+02:00');
    await issuedFor(communes[1] ?? '');
    clock.set(TEST_CLOCK_START);
  });

  afterAll(() => api?.close());

  afterEach(() => clock.set(TEST_CLOCK_START));

  it('queues the export with its job in the outbox, builds the ZIP of every issued document of the period with the CSV, and serves it', async () => {
    const queued = await requested();
    expect(queued).toMatchObject({ status: 'queued', ...MARCH, statuses: null, communeNis: null, total: 0, done: 0, percent: 0, error: null, fileName: MARCH_ZIP, downloadable: false });
    expect(queued.requestedBy?.name).toBeTruthy();
    const jobs = await sql<{ queue: string; job_name: string; job_id: string; payload: unknown }[]>(`SELECT "queue", "job_name", "job_id", "payload" FROM "queue_outbox" WHERE "queue" = $1`, [QueueName.Exports]);
    expect(jobs).toContainEqual({ queue: 'exports', job_name: 'invoice-batch', job_id: `invoice-batch/${queued.id}`, payload: { exportId: queued.id } });
    expect((await download('finance', queued.id)).status).toBe(409);

    // The progress the API reads while the job runs: the count first, then every few documents.
    const query = jest.spyOn(api.database.dataSource, 'query');
    try {
      expect(await processor().process(batchJob(queued.id))).toBe('built');
      const steps = query.mock.calls.filter(([statement]) => statement.includes('SET "done" = $2, "total" = $3')).map(([, params]) => params?.slice(1));
      expect(steps).toEqual([[0, march.size], [PROGRESS_EVERY, march.size], [march.size, march.size]]);
    } finally {
      query.mockRestore();
    }

    const done = (await call<InvoiceExport>('manager', 'GET', `/api/invoice-exports/${queued.id}`)).body;
    expect(done).toMatchObject({ status: 'done', total: march.size, done: march.size, percent: 100, error: null, downloadable: true, finishedAt: new Date(TEST_CLOCK_START).toISOString() });
    expect(done.expiresAt).toBe(new Date(new Date(TEST_CLOCK_START).getTime() + 24 * HOUR).toISOString());

    const response = await download('manager', queued.id);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${MARCH_ZIP}"`);
    const zip = Buffer.from(await response.arrayBuffer());
    expect(Number(response.headers.get('content-length'))).toBe(zip.length);
    expect(done.byteSize).toBe(zip.length);

    const files = await unzip(zip);
    const numbers = [...march.keys()].sort();
    expect([...files.keys()].sort()).toEqual([CSV_ENTRY, ...numbers.flatMap((number) => [`${number}.pdf`, `${number}.xml`])].sort());
    for (const number of numbers) {
      expect(files.get(`${number}.pdf`)?.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(files.get(`${number}.xml`)?.toString('utf8')).toContain(`<cbc:ID>${number}</cbc:ID>`);
    }
    const csv = files.get(CSV_ENTRY)?.toString('utf8') ?? '';
    const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe(INVOICE_CSV_HEADER.join(';'));
    expect(lines.slice(1).map((line) => line.split(';')[1]).sort()).toEqual(numbers);

    // A second run of the same job (the relay or the queue handing it over again) changes nothing.
    expect(await processor().process(batchJob(queued.id))).toBe('already-done');
    expect(Buffer.from(await (await download('finance', queued.id)).arrayBuffer()).equals(zip)).toBe(true);
  });

  it('applies the filters: one commune and some statuses, and an empty period gives the CSV header alone', async () => {
    const viroinval = await requested({ ...MARCH, communeNis: VIROINVAL, status: ['issued', 'paid', 'credited'] });
    await processor().process(batchJob(viroinval.id));
    const expected = [...march.values()].filter((document) => document.commune.nis === VIROINVAL).map((document) => document.number);
    const files = await unzip(Buffer.from(await (await download('finance', viroinval.id)).arrayBuffer()));
    expect([...files.keys()].filter((name) => name.endsWith('.pdf')).sort()).toEqual(expected.map((number) => `${number}.pdf`).sort());
    expect((await call<InvoiceExport>('finance', 'GET', `/api/invoice-exports/${viroinval.id}`)).body).toMatchObject({ statuses: ['issued', 'paid', 'credited'], communeNis: VIROINVAL, total: expected.length });

    const empty = await requested({ from: '2025-01-01', to: '2025-01-31' });
    await processor().process(batchJob(empty.id));
    expect((await call<InvoiceExport>('finance', 'GET', `/api/invoice-exports/${empty.id}`)).body).toMatchObject({ status: 'done', total: 0, done: 0, percent: 100 });
    const emptyFiles = await unzip(Buffer.from(await (await download('finance', empty.id)).arrayBuffer()));
    expect([...emptyFiles.keys()]).toEqual([CSV_ENTRY]);
  });

  it('shows the progress of a running export and refuses its download with 409', async () => {
    const running = await requested();
    await sql(`UPDATE "invoice_export" SET "status" = 'running', "total" = 37, "done" = 12 WHERE "id" = $1`, [running.id]);
    expect((await call<InvoiceExport>('finance', 'GET', `/api/invoice-exports/${running.id}`)).body).toMatchObject({ status: 'running', total: 37, done: 12, percent: 32, downloadable: false });
    const refused = await download('finance', running.id);
    expect(refused.status).toBe(409);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(((await refused.json()) as ProblemDetails).type).toBe('urn:bep:invoice-export-not-ready');
  });

  it('notes each failed attempt, and after the last one the export is failed with its reason and its download answers 422', async () => {
    const failing = await requested();
    // A real failure of the database under the job: the lines of the documents are gone for a moment.
    await sql(`ALTER TABLE "invoice_line" RENAME TO "invoice_line_away"`);
    try {
      await expect(processor().process(batchJob(failing.id, 0))).rejects.toThrow('invoice_line');
      expect((await call<InvoiceExport>('finance', 'GET', `/api/invoice-exports/${failing.id}`)).body).toMatchObject({ status: 'queued', error: expect.stringContaining('invoice_line') });
      await expect(processor().process(batchJob(failing.id, 4))).rejects.toThrow('invoice_line');
    } finally {
      await sql(`ALTER TABLE "invoice_line_away" RENAME TO "invoice_line"`);
    }
    const failed = (await call<InvoiceExport>('finance', 'GET', `/api/invoice-exports/${failing.id}`)).body;
    expect(failed).toMatchObject({ status: 'failed', error: expect.stringContaining('invoice_line'), downloadable: false });
    const refused = await download('finance', failing.id);
    expect(refused.status).toBe(422);
    expect(((await refused.json()) as ProblemDetails).type).toBe('urn:bep:invoice-export-failed');
  });

  it('stops serving the ZIP once expired (410), the cleanup removes it, and a week later the export itself', async () => {
    const expiring = await requested();
    await processor().process(batchJob(expiring.id));
    clock.set(new Date(new Date(TEST_CLOCK_START).getTime() + 24 * HOUR + 1));
    expect((await call<InvoiceExport>('finance', 'GET', `/api/invoice-exports/${expiring.id}`)).body.downloadable).toBe(false);
    expect((await download('finance', expiring.id)).status).toBe(410);

    const sweep = await processor().process({ name: ExportJob.Cleanup, data: {}, attemptsMade: 0, opts: {} });
    expect(sweep).toMatchObject({ removed: 0 });
    expect((sweep as { expired: number }).expired).toBeGreaterThanOrEqual(1);
    expect(await sql(`SELECT 1 FROM "invoice_export" WHERE "id" = $1 AND "content" IS NULL`, [expiring.id])).toHaveLength(1);
    const gone = await download('finance', expiring.id);
    expect(gone.status).toBe(410);
    expect(((await gone.json()) as ProblemDetails).type).toBe('urn:bep:invoice-export-expired');

    clock.set(new Date(new Date(TEST_CLOCK_START).getTime() + 8 * 24 * HOUR + 1));
    expect(await processor().process({ name: ExportJob.Cleanup, data: {}, attemptsMade: 0, opts: {} })).toMatchObject({ removed: expect.any(Number) });
    expect((await call('finance', 'GET', `/api/invoice-exports/${expiring.id}`)).status).toBe(404);
    // A queued export, not finished, has no expiry and stays.
    expect((await sql<{ count: number }[]>(`SELECT count(*)::int AS count FROM "invoice_export" WHERE "status" IN ('queued', 'running')`))[0]?.count).toBeGreaterThan(0);
  });

  it('lists the recent exports newest first for finance and managers', async () => {
    clock.set(new Date(new Date(TEST_CLOCK_START).getTime() + HOUR));
    const latest = await requested({ from: '2026-02-01', to: '2026-02-28' });
    const list = (await call<InvoiceExportList>('manager', 'GET', '/api/invoice-exports')).body;
    expect(list.items[0]).toMatchObject({ id: latest.id, fileName: 'factures-2026-02-01-2026-02-28.zip' });
    const times = list.items.map((item) => item.requestedAt);
    expect(times).toEqual([...times].sort().reverse());
  });

  it('refuses a bad period (400), an unknown commune (422), an unknown export (404); consultants see none (403), managers do not ask (403)', async () => {
    expect((await call('finance', 'POST', '/api/invoice-exports', { from: '2026-03-31', to: '2026-03-01' })).status).toBe(400);
    expect((await call('finance', 'POST', '/api/invoice-exports', { from: '2025-01-01', to: '2026-03-01' })).status).toBe(400);
    expect((await call('finance', 'POST', '/api/invoice-exports', { ...MARCH, status: ['draft'] })).status).toBe(400);
    const commune = await call<ProblemDetails>('finance', 'POST', '/api/invoice-exports', { ...MARCH, communeNis: '99999' });
    expect([commune.status, commune.body.type]).toEqual([422, 'urn:bep:invoice-export-commune']);
    expect((await call('finance', 'GET', `/api/invoice-exports/${UNKNOWN_ID}`)).status).toBe(404);
    expect((await download('finance', UNKNOWN_ID)).status).toBe(404);

    const some = await requested();
    expect((await call('manager', 'POST', '/api/invoice-exports', MARCH)).status).toBe(403);
    for (const [method, path] of [
      ['POST', '/api/invoice-exports'],
      ['GET', '/api/invoice-exports'],
      ['GET', `/api/invoice-exports/${some.id}`],
      ['GET', `/api/invoice-exports/${some.id}/download`],
    ] as const) {
      expect(`${method} ${path}: ${(await call('consultant', method, path, method === 'POST' ? MARCH : undefined)).status}`).toBe(`${method} ${path}: 403`);
    }
  });
});
