import { Module } from '@nestjs/common';
import type { EngagementDetail, InvoiceDetail, InvoicePage, Role, TimelineEntry } from '@bep/contracts';
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
import { PipelineDrafts } from './pipeline-drafts';

@Module({})
class InvoiceTimelineTestModule {}

const VIROINVAL = '93090';
const HOUR = 3_600_000;

/**
 * The invoices on the engagement's timeline, through HTTP on a clock the spec moves itself: the demo's
 * Viroinval (its diagnostic and workshop recorded as done) enters Atelier tenu, the pipeline's job
 * drafts its invoice, finance issues it, records a payment, credits part of it and drafts another
 * by hand; each step is an `invoice` entry for finance and managers, and none for the others.
 */
describe('the invoices on the engagement timeline', () => {
  let api: DemoApi;
  const clock = new FixedClock(TEST_CLOCK_START);
  const headers = new Map<Role, Record<string, string>>();
  let engagementId = '';
  let financeId = '';

  const call = <T>(as: Role, method: string, path: string, body?: unknown) => callApi<T>(api.baseUrl, method, path, headers.get(as), body);
  const timelineOf = async (as: Role): Promise<TimelineEntry[]> => {
    const { status, body } = await call<EngagementDetail>(as, 'GET', `/api/engagements/${engagementId}`);
    expect(status).toBe(200);
    return body.timeline;
  };
  const invoiceEntries = async (as: Role) => (await timelineOf(as)).filter((entry) => entry.kind === 'invoice');
  const at = (offset: number) => new Date(new Date(TEST_CLOCK_START).getTime() + offset).toISOString();

  beforeAll(async () => {
    api = await startDemoApi('invoice-timeline', async (databaseUrl) => {
      const config = testRuntimeConfig(databaseUrl);
      const root = { module: InvoiceTimelineTestModule, imports: [ApiCoreModule.forRoot(config, clock), BillingModule, EngagementsModule] };
      return serveOnFreePort(await createHttpApp(root, config, { logger: false }));
    });
    for (const role of ['finance', 'manager', 'consultant', 'admin'] as Role[]) {
      const signedIn = await signIn(api.baseUrl, DEMO_ACCOUNT[role]);
      headers.set(role, signedIn.bearer);
      if (role === 'finance') financeId = signedIn.login.user.id;
    }
    const [row] = await api.database.dataSource.query<{ id: string }[]>(
      `SELECT e."id" FROM "engagement" e JOIN "campaign" c ON c."id" = e."campaign_id" AND c."is_current" WHERE e."commune_nis" = $1`,
      [VIROINVAL],
    );
    engagementId = row?.id ?? '';
  });

  afterAll(() => api?.close());

  it("tells each step of the diagnostic's invoice: drafted by the pipeline, issued, paid in part, credited in part", async () => {
    const before = (await call<EngagementDetail>('manager', 'GET', `/api/engagements/${engagementId}`)).body;
    expect((await call('manager', 'POST', `/api/engagements/${engagementId}/transitions`, { to: 'workshop_held', version: before.version })).status).toBe(200);
    const processor = new BillingProcessor(new PipelineDrafts(api.database.dataSource, new AuditService(clock), clock));
    expect(await processor.process({ name: BillingJob.CreateDraft, data: { engagementId }, attemptsMade: 0 })).toBe('created');
    const [draft] = (await call<InvoicePage>('finance', 'GET', `/api/invoices?engagementId=${engagementId}`)).body.items;
    if (!draft) throw new Error('The pipeline made no draft');

    clock.set(at(HOUR));
    const issued = (await call<InvoiceDetail>('finance', 'POST', `/api/invoices/${draft.id}/issue`, { version: draft.version })).body;
    clock.set(at(24 * HOUR));
    expect((await call('finance', 'POST', `/api/invoices/${draft.id}/payments`, { paidOn: '2026-03-17', amountCents: 100_000 })).status).toBe(201);
    clock.set(at(25 * HOUR));
    const note = (await call<InvoiceDetail>('finance', 'POST', `/api/invoices/${draft.id}/credit-notes`, { reason: 'Remise', amountCents: 50_000 })).body;

    const finance = { id: financeId, name: expect.any(String) };
    expect(await invoiceEntries('finance')).toEqual([
      {
        kind: 'invoice',
        at: at(0),
        actor: null,
        summary: 'Brouillon de facture de 2 500,00 EUR préparé automatiquement',
        details: { action: 'draft', invoiceId: draft.id, number: issued.number, amountCents: 250_000, status: 'issued', fromPipeline: true },
      },
      {
        kind: 'invoice',
        at: at(HOUR),
        actor: finance,
        summary: `Facture ${issued.number} émise : 2 500,00 EUR`,
        details: { action: 'issue', invoiceId: draft.id, number: issued.number, amountCents: 250_000, status: 'issued' },
      },
      {
        kind: 'invoice',
        at: at(24 * HOUR),
        actor: finance,
        summary: `Paiement de 1 000,00 EUR reçu le 17/03/2026 (facture ${issued.number})`,
        details: { action: 'payment', invoiceId: draft.id, number: issued.number, amountCents: 100_000, status: 'issued', paidOn: '2026-03-17' },
      },
      {
        kind: 'invoice',
        at: at(25 * HOUR),
        actor: finance,
        summary: `Note de crédit ${note.number} de 500,00 EUR (facture ${issued.number})`,
        details: { action: 'credit', invoiceId: note.id, number: note.number, amountCents: 50_000, status: 'issued', creditedInvoiceId: draft.id, creditedNumber: issued.number },
      },
    ]);
  });

  it('tells a draft made by hand with who made it, in its place among the other entries', async () => {
    clock.set(at(26 * HOUR));
    const { status, body } = await call<InvoiceDetail>('finance', 'POST', '/api/invoices', {
      engagementId,
      service: 'other',
      lines: [{ description: 'Frais de déplacement', unitPriceCents: 12_345, shareBp: 10_000 }],
    });
    expect(status).toBe(201);
    const timeline = await timelineOf('finance');
    expect(timeline.at(-1)).toMatchObject({
      kind: 'invoice',
      at: at(26 * HOUR),
      actor: { id: financeId },
      summary: 'Brouillon de facture de 123,45 EUR',
      details: { action: 'draft', invoiceId: body.id, number: null, amountCents: 12_345, status: 'draft', fromPipeline: false },
    });
    // Merged by date with the engagement's own: the move to Atelier tenu comes before the first draft.
    const kinds = timeline.map((entry) => entry.kind);
    expect(kinds.lastIndexOf('stage-change')).toBeLessThan(kinds.indexOf('invoice'));
  });

  it('shows managers what finance sees, and consultants and administrators no invoice at all', async () => {
    const forFinance = await timelineOf('finance');
    expect(await timelineOf('manager')).toEqual(forFinance);
    for (const role of ['consultant', 'admin'] as Role[]) {
      const timeline = await timelineOf(role);
      expect(timeline.filter((entry) => entry.kind === 'invoice')).toEqual([]);
      expect(timeline).toEqual(forFinance.filter((entry) => entry.kind !== 'invoice'));
    }
  });
});
