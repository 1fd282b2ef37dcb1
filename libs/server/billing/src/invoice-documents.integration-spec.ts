import { Module } from '@nestjs/common';
import type { EngagementDetail, InvoiceDetail, InvoicePage, ProblemDetails, Role } from '@bep/contracts';
import { brusselsDate, formatStructuredCommunication } from '@bep/domain';
import { ApiCoreModule } from '@bep/server/core/api-core';
import { AuditService } from '@bep/server/core/audit';
import { FixedClock } from '@bep/server/core/clock';
import { createHttpApp } from '@bep/server/core/http';
import { BillingJob } from '@bep/server/core/queue';
import { callApi, DEMO_ACCOUNT, type DemoApi, serveOnFreePort, signIn, startDemoApi } from '@bep/server/core/test-api';
import { TEST_CLOCK_START, testRuntimeConfig } from '@bep/server/core/testing';
import { EngagementsModule } from '@bep/server/engagements';
import { BillingModule } from './billing.module';
import { BillingProcessor } from './billing.processor';
import { INVOICE_CSV_HEADER } from './documents';
import { invoiceCsvRows } from './invoice-csv-rows';
import { PipelineDrafts } from './pipeline-drafts';
import { ublValues, validatePeppol } from './testing/peppol-rules';

@Module({})
class InvoiceDocumentsTestModule {}

const VIROINVAL = '93090';
const GEMBLOUX = '92142';
const CINEY = '91030';

/**
 * What finance hands on, through HTTP against the demo data on the tests' calendar: the demo's
 * journey (the commune whose diagnostic and workshop are done moves to Atelier tenu, the billing
 * job drafts its share, finance issues it) and then its PDF, its Peppol UBL (checked with the
 * complete official rules) and its row of the accounting CSV.
 */
describe('invoice documents: PDF, Peppol UBL, accounting CSV', () => {
  let api: DemoApi;
  const clock = new FixedClock(TEST_CLOCK_START);
  const headers = new Map<Role, Record<string, string>>();
  const engagements = new Map<string, string>();

  const call = <T>(as: Role, method: string, path: string, body?: unknown) => callApi<T>(api.baseUrl, method, path, headers.get(as), body);
  const download = (as: Role, path: string) => fetch(`${api.baseUrl}${path}`, { headers: headers.get(as) });

  async function issuedFor(nis: string): Promise<InvoiceDetail> {
    const draft = await call<InvoiceDetail>('finance', 'POST', '/api/invoices', { engagementId: engagements.get(nis), service: 'diagnostic' });
    expect(draft.status).toBe(201);
    const issued = await call<InvoiceDetail>('finance', 'POST', `/api/invoices/${draft.body.id}/issue`, {});
    expect(issued.status).toBe(200);
    return issued.body;
  }

  beforeAll(async () => {
    api = await startDemoApi('invoice-documents', async (databaseUrl) => {
      const config = testRuntimeConfig(databaseUrl);
      const root = { module: InvoiceDocumentsTestModule, imports: [ApiCoreModule.forRoot(config, clock), BillingModule, EngagementsModule] };
      return serveOnFreePort(await createHttpApp(root, config, { logger: false }));
    });
    for (const role of ['finance', 'manager', 'consultant'] as Role[]) {
      headers.set(role, (await signIn(api.baseUrl, DEMO_ACCOUNT[role])).bearer);
    }
    const rows = await api.database.dataSource.query<{ id: string; nis: string }[]>(
      `SELECT e."id", e."commune_nis" AS nis FROM "engagement" e JOIN "campaign" c ON c."id" = e."campaign_id" AND c."is_current"`,
    );
    for (const row of rows) engagements.set(row.nis, row.id);
  });

  afterAll(() => api?.close());

  it("bills the demo's ready commune from the pipeline, and its PDF, UBL and CSV row say the same", async () => {
    // The move: Viroinval's diagnostic and workshop are recorded as done in the demo.
    const engagementId = engagements.get(VIROINVAL) ?? '';
    const engagement = (await call<EngagementDetail>('manager', 'GET', `/api/engagements/${engagementId}`)).body;
    expect((await call('manager', 'POST', `/api/engagements/${engagementId}/transitions`, { to: 'workshop_held', version: engagement.version })).status).toBe(200);

    // The worker's job, as the relay would hand it over.
    const drafts = new PipelineDrafts(api.database.dataSource, new AuditService(clock), clock);
    expect(await new BillingProcessor(drafts).process({ name: BillingJob.CreateDraft, data: { engagementId }, attemptsMade: 0 })).toBe('created');
    const [draft] = (await call<InvoicePage>('finance', 'GET', `/api/invoices?engagementId=${engagementId}`)).body.items;
    expect(draft).toMatchObject({ status: 'draft', netCents: 250_000, grossCents: 250_000, fromPipeline: true });

    // A draft has no document yet.
    const early = await call<ProblemDetails>('finance', 'GET', `/api/invoices/${draft?.id}/pdf`);
    expect(early).toMatchObject({ status: 422, body: { type: 'urn:bep:invoice-status' } });

    const issued = (await call<InvoiceDetail>('finance', 'POST', `/api/invoices/${draft?.id}/issue`, { version: draft?.version })).body;
    expect(issued.number).toBe('CF-2026-0001');
    const communication = formatStructuredCommunication(issued.structuredCommunication ?? '');

    const pdf = await download('finance', `/api/invoices/${issued.id}/pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toBe('inline; filename="CF-2026-0001.pdf"');
    const pdfBytes = Buffer.from(await pdf.arrayBuffer());
    expect(pdfBytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const ubl = await download('manager', `/api/invoices/${issued.id}/ubl`);
    expect(ubl.status).toBe(200);
    expect(ubl.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    const xml = await ubl.text();
    expect(validatePeppol(xml).fatal).toEqual([]);
    expect(ublValues(xml, '/*/cbc:ID')).toEqual(['CF-2026-0001']);
    expect(ublValues(xml, '/*/cac:LegalMonetaryTotal/cbc:PayableAmount')).toEqual(['2500.00']);
    expect(ublValues(xml, '/*/cac:PaymentMeans/cbc:PaymentID')).toEqual([issued.structuredCommunication]);
    expect(ublValues(xml, '/*/cac:AccountingCustomerParty/cac:Party/cbc:EndpointID/@schemeID')).toEqual(['0208']);

    const csv = await download('finance', `/api/invoices/export.csv?communeNis=${VIROINVAL}`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toBe(`attachment; filename="factures-${brusselsDate(clock.now())}.csv"`);
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe(INVOICE_CSV_HEADER.join(';'));
    expect(lines.slice(1).filter(Boolean)).toEqual([
      expect.stringMatching(new RegExp(`^facture;CF-2026-0001;17/03/2026;16/04/2026;émise;${VIROINVAL};Viroinval;.*;2500,00;0,00;2500,00;0,00;2500,00;${issued.structuredCommunication};$`)),
    ]);
    expect(communication).toMatch(/^\+{3}\d{3}\/\d{4}\/\d{5}\+{3}$/);
  });

  it('exports only issued documents unless asked for drafts, filters by status and period, and lists credit notes negative', async () => {
    const gembloux = await issuedFor(GEMBLOUX);
    expect((await call('finance', 'POST', `/api/invoices/${gembloux.id}/credit-notes`, { reason: 'Erreur de commune', amountCents: 100_000 })).status).toBe(201);
    const draft = await call<InvoiceDetail>('finance', 'POST', '/api/invoices', { engagementId: engagements.get(CINEY), service: 'diagnostic' });
    expect(draft.status).toBe(201);

    const rows = async (query: string) => {
      const answer = await download('finance', `/api/invoices/export.csv${query}`);
      expect(answer.status).toBe(200);
      return (await answer.text()).replace(/^\uFEFF/, '').split('\r\n').slice(1).filter(Boolean);
    };
    const everything = await rows('');
    expect(everything.map((row) => row.split(';').slice(0, 2).join(' '))).toEqual(['facture CF-2026-0001', 'facture CF-2026-0002', 'note de crédit NC-2026-0001']);
    expect(everything[2]).toContain(';-1000,00;0,00;-1000,00;;;');
    expect(everything[2]?.endsWith(';CF-2026-0002')).toBe(true);
    expect(await rows('?status=draft')).toEqual([expect.stringMatching(/^facture;;;;brouillon;91030;Ciney;/)]);
    expect(await rows('?kind=credit_note')).toHaveLength(1);
    expect(await rows('?from=2026-03-18')).toEqual([]);

    const bad = await call<ProblemDetails>('finance', 'GET', '/api/invoices/export.csv?from=2026-04-01&to=2026-03-01');
    expect(bad.status).toBe(400);
  });

  it('reads the export batch after batch from its cursor: every document once, in issue order', async () => {
    const all: string[] = [];
    for await (const row of invoiceCsvRows(api.database.dataSource.manager, { limit: 50, offset: 0 }, '2026-03-17', 1)) all.push(row.number ?? '');
    expect(all).toEqual(['CF-2026-0001', 'CF-2026-0002', 'NC-2026-0001']);
  });

  it('gives its connection back when the reader stops early (a download abandoned half-way)', async () => {
    const openTransactions = () =>
      api.database.dataSource.query<{ open: number }[]>(
        `SELECT count(*)::int AS open FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'`,
      );
    const rows = invoiceCsvRows(api.database.dataSource.manager, { limit: 50, offset: 0 }, '2026-03-17', 1);
    expect((await rows.next()).value?.number).toBe('CF-2026-0001');
    expect(await openTransactions()).toEqual([{ open: 1 }]);
    await rows.return(undefined);
    expect(await openTransactions()).toEqual([{ open: 0 }]);
  });

  it('gives the documents to finance and managers only, and answers 404 for an unknown invoice', async () => {
    const [issued] = (await call<InvoicePage>('finance', 'GET', '/api/invoices?status=issued')).body.items;
    for (const path of [`/api/invoices/${issued?.id}/pdf`, `/api/invoices/${issued?.id}/ubl`, '/api/invoices/export.csv']) {
      expect((await download('consultant', path)).status).toBe(403);
    }
    expect((await download('finance', '/api/invoices/00000000-0000-4000-8000-000000000000/ubl')).status).toBe(404);
    expect((await download('finance', '/api/invoices/not-a-uuid/pdf')).status).toBe(400);
  });
});
