import { Module } from '@nestjs/common';
import type { EngagementDetail, InvoiceDetail, InvoiceDraftFailureList, InvoicePage, ProblemDetails, Role } from '@bep/contracts';
import { structuredCommunicationFor } from '@bep/domain';
import { ApiCoreModule } from '@bep/server/core/api-core';
import { AuditService } from '@bep/server/core/audit';
import { FixedClock } from '@bep/server/core/clock';
import type { MigratedDatabase } from '@bep/server/core/database/testing';
import { createHttpApp } from '@bep/server/core/http';
import { callApi, DEMO_ACCOUNT, type DemoApi, serveOnFreePort, signIn, startDemoApi } from '@bep/server/core/test-api';
import { TEST_CLOCK_START, testRuntimeConfig } from '@bep/server/core/testing';
import { EngagementsModule } from '@bep/server/engagements';
import { BillingJob } from '@bep/server/core/queue';
import { BillingProcessor } from './billing.processor';
import { BillingModule } from './billing.module';
import { loadInvoiceDocument } from './invoice-document.loader';
import { PipelineDrafts } from './pipeline-drafts';

@Module({})
class InvoicesTestModule {}

const GEMBLOUX = '92142';
const CINEY = '91030';
const VIROINVAL = '93090';
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

/**
 * The invoices through HTTP on the tests' calendar (Tuesday 17 March 2026, 10:00 in Brussels), on a
 * clock the spec moves itself, against the demo data (BEP's seller identity and each commune's
 * billing data are configured; the campaign bills the diagnostic at 5 000,00 EUR, BEP paying half,
 * outside VAT). The pipeline's billing job runs through its processor, called as the worker would.
 */
describe('invoices: drafts, issuing, immutability, payments, credit notes, the pipeline', () => {
  let api: DemoApi;
  let database: MigratedDatabase;
  const clock = new FixedClock(TEST_CLOCK_START);
  const headers = new Map<Role, Record<string, string>>();
  const engagements = new Map<string, string>();

  const call = <T>(as: Role, method: string, path: string, body?: unknown) => callApi<T>(api.baseUrl, method, path, headers.get(as), body);
  const sql = <T>(query: string, params: unknown[] = []) => database.dataSource.query<T>(query, params);

  async function draftFor(nis: string, body: Record<string, unknown> = {}): Promise<InvoiceDetail> {
    const { status, body: draft } = await call<InvoiceDetail>('finance', 'POST', '/api/invoices', { engagementId: engagements.get(nis), service: 'diagnostic', ...body });
    expect(status).toBe(201);
    return draft;
  }

  async function issued(nis: string): Promise<InvoiceDetail> {
    const draft = await draftFor(nis);
    const { status, body } = await call<InvoiceDetail>('finance', 'POST', `/api/invoices/${draft.id}/issue`, { version: draft.version });
    expect(status).toBe(200);
    return body;
  }

  async function failure(query: string, params: unknown[] = []): Promise<string> {
    return sql(query, params).then(
      () => 'accepted',
      (error: { message: string }) => error.message,
    );
  }

  beforeAll(async () => {
    api = await startDemoApi('invoices', async (databaseUrl) => {
      const config = testRuntimeConfig(databaseUrl);
      const root = { module: InvoicesTestModule, imports: [ApiCoreModule.forRoot(config, clock), BillingModule, EngagementsModule] };
      return serveOnFreePort(await createHttpApp(root, config, { logger: false }));
    });
    database = api.database;
    for (const role of ['finance', 'manager', 'consultant', 'admin'] as Role[]) {
      headers.set(role, (await signIn(api.baseUrl, DEMO_ACCOUNT[role])).bearer);
    }
    const rows = await sql<{ id: string; nis: string }[]>(`SELECT e."id", e."commune_nis" AS nis FROM "engagement" e JOIN "campaign" c ON c."id" = e."campaign_id" AND c."is_current"`);
    for (const row of rows) engagements.set(row.nis, row.id);
  });

  afterAll(() => api?.close());

  afterEach(() => clock.set(TEST_CLOCK_START));

  describe('drafts by hand', () => {
    it("bills the commune's share of the campaign's diagnostic when no lines are given", async () => {
      const draft = await draftFor(GEMBLOUX, { note: 'Bon de commande 118' });
      expect(draft).toMatchObject({
        kind: 'invoice',
        service: 'diagnostic',
        status: 'draft',
        number: null,
        issueDate: null,
        commune: { nis: GEMBLOUX, name: 'Gembloux' },
        netCents: 250_000,
        vatCents: 0,
        grossCents: 250_000,
        outstandingCents: 0,
        fromPipeline: false,
        note: 'Bon de commande 118',
        version: 1,
        seller: null,
        buyer: null,
      });
      expect(draft.lines).toEqual([
        { position: 1, description: 'Diagnostic numérique personnalisé — part communale', quantityMilli: 1000, unitCode: 'C62', unitPriceCents: 500_000, shareBp: 5000, netCents: 250_000, vatCategory: 'O', vatRateBp: 0 },
      ]);
      expect(draft.history.map((entry) => entry.action)).toEqual(['create']);
    });

    it("bills accompaniment days at the campaign's day rate and the commune's share, unit DAY", async () => {
      await sql(`UPDATE "campaign" SET "accompaniment_day_rate_cents" = 90000, "accompaniment_bep_share_bp" = 2500 WHERE "is_current"`);
      const lacking = await call<ProblemDetails>('finance', 'POST', '/api/invoices', { engagementId: engagements.get(GEMBLOUX), service: 'accompaniment' });
      expect([lacking.status, lacking.body.type]).toEqual([422, 'urn:bep:invoice-lines']);
      const draft = await draftFor(GEMBLOUX, { service: 'accompaniment', lines: [{ description: 'Accompagnement e-guichet', quantityMilli: 3500 }] });
      // 3.5 days x 900,00 EUR x 75 % = 2 362,50 EUR.
      expect(draft.lines[0]).toMatchObject({ unitCode: 'DAY', unitPriceCents: 90_000, shareBp: 7500, netCents: 236_250 });
      expect(draft.grossCents).toBe(236_250);
    });

    it('refuses an unknown engagement, a line without a price for another service, and an amount beyond what the documents hold', async () => {
      const unknown = await call<ProblemDetails>('finance', 'POST', '/api/invoices', { engagementId: UNKNOWN_ID, service: 'diagnostic' });
      expect([unknown.status, unknown.body.type]).toEqual([422, 'urn:bep:invoice-engagement']);
      const priceless = await call<ProblemDetails>('finance', 'POST', '/api/invoices', { engagementId: engagements.get(GEMBLOUX), service: 'other', lines: [{ description: 'Frais' }] });
      expect([priceless.status, priceless.body.type]).toEqual([422, 'urn:bep:invoice-lines']);
      const huge = await call<ProblemDetails>('finance', 'POST', '/api/invoices', {
        engagementId: engagements.get(GEMBLOUX),
        service: 'other',
        lines: [{ description: 'Trop', quantityMilli: 1_000_000, unitPriceCents: 2_147_483_647 }],
      });
      expect([huge.status, huge.body.type]).toEqual([422, 'urn:bep:invoice-amount']);
      const malformed = await call<ProblemDetails>('finance', 'POST', '/api/invoices', { engagementId: 'gembloux', service: 'diagnostic', lines: [] });
      expect(malformed.status).toBe(400);
    });

    it('changes a draft at the version read, and refuses a stale version with 409 without changing it', async () => {
      const draft = await draftFor(CINEY);
      const changed = await call<InvoiceDetail>('finance', 'PATCH', `/api/invoices/${draft.id}`, {
        version: 1,
        lines: [{ description: 'Diagnostic numérique personnalisé — part communale', quantityMilli: 1000 }, { description: 'Déplacement', unitPriceCents: 12_345, shareBp: 10_000 }],
      });
      expect(changed.status).toBe(200);
      expect(changed.body).toMatchObject({ version: 2, netCents: 262_345, grossCents: 262_345 });
      expect(changed.body.lines.map((line) => line.position)).toEqual([1, 2]);
      const stale = await call<ProblemDetails>('finance', 'PATCH', `/api/invoices/${draft.id}`, { version: 1, note: 'trop tard' });
      expect(stale.status).toBe(409);
      expect((await call<InvoiceDetail>('finance', 'GET', `/api/invoices/${draft.id}`)).body).toMatchObject({ version: 2, note: null });
      expect((await call('finance', 'PATCH', `/api/invoices/${draft.id}`, { version: 2 })).status).toBe(400);
    });

    it('deletes a draft for good', async () => {
      const draft = await draftFor(CINEY);
      expect((await call('finance', 'DELETE', `/api/invoices/${draft.id}`)).status).toBe(204);
      expect((await call('finance', 'GET', `/api/invoices/${draft.id}`)).status).toBe(404);
      expect((await call('finance', 'DELETE', `/api/invoices/${draft.id}`)).status).toBe(404);
    });
  });

  describe('issuing', () => {
    it('numbers, dates and freezes the draft with the parties as they are now; a second issue is refused', async () => {
      const draft = await draftFor(GEMBLOUX);
      const { status, body } = await call<InvoiceDetail>('finance', 'POST', `/api/invoices/${draft.id}/issue`, { version: draft.version });
      expect(status).toBe(200);
      const sequence = Number(body.number?.slice(-4));
      expect(body).toMatchObject({
        status: 'issued',
        number: `CF-2026-${String(sequence).padStart(4, '0')}`,
        issueDate: '2026-03-17',
        dueDate: '2026-04-16',
        structuredCommunication: structuredCommunicationFor(2026, sequence),
        outstandingCents: 250_000,
        overdue: false,
        version: draft.version + 1,
        issuedAt: new Date(TEST_CLOCK_START).toISOString(),
      });
      expect(body.seller).toMatchObject({ name: 'BEP', enterpriseNumber: '0201833145', iban: 'BE58068203841079' });
      expect(body.buyer).toMatchObject({ nis: GEMBLOUX, name: 'Gembloux', buyerReference: `BEP-TN-${GEMBLOUX}` });
      expect(body.history.map((entry) => entry.action)).toEqual(['create', 'issue']);

      const again = await call<ProblemDetails>('finance', 'POST', `/api/invoices/${draft.id}/issue`, {});
      expect([again.status, again.body.type]).toEqual([422, 'urn:bep:invoice-status']);
      expect((await call<ProblemDetails>('finance', 'PATCH', `/api/invoices/${draft.id}`, { version: body.version, note: 'x' })).body.type).toBe('urn:bep:invoice-status');
      expect((await call<ProblemDetails>('finance', 'DELETE', `/api/invoices/${draft.id}`)).body.type).toBe('urn:bep:invoice-status');
    });

    it('refuses a stale version, and a commune without billing data (422 naming it, no number taken)', async () => {
      const draft = await draftFor(CINEY);
      expect((await call('finance', 'POST', `/api/invoices/${draft.id}/issue`, { version: 7 })).status).toBe(409);
      const [series] = await sql<{ last: number }[]>(`SELECT COALESCE(max("last_sequence"), 0) AS last FROM "invoice_number_series" WHERE "series" = 'CF' AND "fiscal_year" = 2026`);
      const profile = await sql<Record<string, unknown>[]>(`SELECT * FROM "commune_billing_profile" WHERE "nis" = $1`, [CINEY]);
      await sql(`DELETE FROM "commune_billing_profile" WHERE "nis" = $1`, [CINEY]);
      try {
        const refused = await call<ProblemDetails>('finance', 'POST', `/api/invoices/${draft.id}/issue`, {});
        expect([refused.status, refused.body.type]).toEqual([422, 'urn:bep:billing-party-missing']);
      } finally {
        const columns = Object.keys(profile[0] ?? {});
        await sql(
          `INSERT INTO "commune_billing_profile" (${columns.map((column) => `"${column}"`).join(', ')}) VALUES (${columns.map((_, index) => `$${index + 1}`).join(', ')})`,
          columns.map((column) => {
            const value = profile[0]?.[column];
            return value !== null && typeof value === 'object' && !(value instanceof Date) ? JSON.stringify(value) : value;
          }),
        );
      }
      const [after] = await sql<{ last: number }[]>(`SELECT COALESCE(max("last_sequence"), 0) AS last FROM "invoice_number_series" WHERE "series" = 'CF' AND "fiscal_year" = 2026`);
      expect(after?.last).toBe(series?.last);
    });

    it('gives 50 concurrent issues 50 consecutive numbers, none twice, none skipped', async () => {
      const drafts: InvoiceDetail[] = [];
      for (let index = 0; index < 50; index += 1) drafts.push(await draftFor(index % 2 ? GEMBLOUX : CINEY));
      const [before] = await sql<{ last: number }[]>(`SELECT COALESCE(max("last_sequence"), 0) AS last FROM "invoice_number_series" WHERE "series" = 'CF' AND "fiscal_year" = 2026`);
      const answers = await Promise.all(drafts.map((draft) => call<InvoiceDetail>('finance', 'POST', `/api/invoices/${draft.id}/issue`, { version: draft.version })));
      expect(answers.map((answer) => answer.status)).toEqual(drafts.map(() => 200));
      const sequences = answers.map((answer) => Number(answer.body.number?.slice(-4))).sort((a, b) => a - b);
      const first = (before?.last ?? 0) + 1;
      expect(sequences).toEqual(Array.from({ length: 50 }, (_, index) => first + index));
      expect(new Set(answers.map((answer) => answer.body.structuredCommunication)).size).toBe(50);
    }, 120_000);

    it('starts each Brussels calendar year of the series at 0001 (New Year in Brussels is still 31 December in UTC)', async () => {
      const draft = await draftFor(GEMBLOUX);
      clock.set('2026-12-31T23:30:00Z');
      const { body } = await call<InvoiceDetail>('finance', 'POST', `/api/invoices/${draft.id}/issue`, {});
      expect(body).toMatchObject({ number: 'CF-2027-0001', issueDate: '2027-01-01', dueDate: '2027-01-31', structuredCommunication: structuredCommunicationFor(2027, 1) });
      const next = await draftFor(CINEY);
      expect((await call<InvoiceDetail>('finance', 'POST', `/api/invoices/${next.id}/issue`, {})).body.number).toBe('CF-2027-0002');
    });
  });

  describe('immutability, in the database', () => {
    it('refuses any change to an issued invoice but its settlement, its deletion, and any change to its lines', async () => {
      const invoice = await issued(GEMBLOUX);
      const byId = [invoice.id];
      expect(await failure(`UPDATE "invoice" SET "net_cents" = 1, "gross_cents" = 1 WHERE "id" = $1`, byId)).toContain('only its settlement may change');
      expect(await failure(`UPDATE "invoice" SET "note" = 'changé' WHERE "id" = $1`, byId)).toContain('only its settlement may change');
      expect(await failure(`UPDATE "invoice" SET "buyer" = '{}'::jsonb WHERE "id" = $1`, byId)).toContain('only its settlement may change');
      expect(await failure(`DELETE FROM "invoice" WHERE "id" = $1`, byId)).toContain('cannot be deleted');
      expect(await failure(`UPDATE "invoice_line" SET "net_cents" = 1 WHERE "invoice_id" = $1`, byId)).toContain('lines of an issued invoice');
      expect(await failure(`DELETE FROM "invoice_line" WHERE "invoice_id" = $1`, byId)).toContain('lines of an issued invoice');
      expect(
        await failure(
          `INSERT INTO "invoice_line" ("invoice_id", "position", "description", "quantity_milli", "unit_code", "unit_price_cents", "share_bp", "net_cents", "vat_category", "vat_rate_bp")
           VALUES ($1, 2, 'Ajout', 1000, 'C62', 100, 10000, 100, 'O', 0)`,
          byId,
        ),
      ).toContain('lines of an issued invoice');
      // Its settlement may change (what payments and credit notes do), forward only and with the status its amounts give.
      expect(await failure(`UPDATE "invoice" SET "paid_cents" = 1, "version" = "version" + 1 WHERE "id" = $1`, byId)).toBe('accepted');
      expect(await failure(`UPDATE "invoice" SET "paid_cents" = 0 WHERE "id" = $1`, byId)).toContain('only add up');
      expect(await failure(`UPDATE "invoice" SET "status" = 'paid' WHERE "id" = $1`, byId)).toContain('its status follows them');
      expect(await failure(`UPDATE "invoice" SET "status" = 'credited' WHERE "id" = $1`, byId)).toContain('its status follows them');
      expect((await call<InvoiceDetail>('finance', 'GET', `/api/invoices/${invoice.id}`)).body).toMatchObject({ netCents: 250_000, note: null, lines: invoice.lines });
    });

    it('keeps payments insert-only, and a draft numbered nowhere', async () => {
      const invoice = await issued(GEMBLOUX);
      await call('finance', 'POST', `/api/invoices/${invoice.id}/payments`, { paidOn: '2026-03-17', amountCents: 1_000 });
      expect(await failure(`UPDATE "invoice_payment" SET "amount_cents" = 2 WHERE "invoice_id" = $1`, [invoice.id])).toContain('never changed nor deleted');
      expect(await failure(`DELETE FROM "invoice_payment" WHERE "invoice_id" = $1`, [invoice.id])).toContain('never changed nor deleted');
      const draft = await draftFor(GEMBLOUX);
      const payment = `INSERT INTO "invoice_payment" ("invoice_id", "paid_on", "amount_cents", "recorded_at") VALUES ($1, '2026-03-17', 100, now())`;
      expect(await failure(payment, [draft.id])).toContain('against an issued invoice only');
      expect(await failure(`UPDATE "invoice" SET "number" = 'CF-2026-9999' WHERE "id" = $1`, [draft.id])).toContain('invoice_draft_unnumbered');
      expect(await failure(`UPDATE "invoice" SET "status" = 'issued' WHERE "id" = $1`, [draft.id])).toMatch(/violates check constraint "invoice_(issued_numbered|due_date)"/);
    });
  });

  describe('payments', () => {
    it('records a partial then the full payment (paid), and refuses more than is owed, a future date, and a paid invoice', async () => {
      const invoice = await issued(CINEY);
      const partial = await call<InvoiceDetail>('finance', 'POST', `/api/invoices/${invoice.id}/payments`, { paidOn: '2026-03-17', amountCents: 100_000, reference: 'Extrait 42' });
      expect(partial.status).toBe(201);
      expect(partial.body).toMatchObject({ status: 'issued', paidCents: 100_000, outstandingCents: 150_000 });
      expect(partial.body.payments).toEqual([
        { id: expect.any(String), paidOn: '2026-03-17', amountCents: 100_000, reference: 'Extrait 42', recordedBy: { id: expect.any(String), name: expect.any(String) }, recordedAt: new Date(TEST_CLOCK_START).toISOString() },
      ]);

      const over = await call<ProblemDetails>('finance', 'POST', `/api/invoices/${invoice.id}/payments`, { paidOn: '2026-03-17', amountCents: 150_001 });
      expect([over.status, over.body.type]).toEqual([422, 'urn:bep:invoice-overpayment']);
      const future = await call<ProblemDetails>('finance', 'POST', `/api/invoices/${invoice.id}/payments`, { paidOn: '2026-03-18', amountCents: 1 });
      expect([future.status, future.body.type]).toEqual([422, 'urn:bep:invoice-payment-date']);

      const full = await call<InvoiceDetail>('finance', 'POST', `/api/invoices/${invoice.id}/payments`, { paidOn: '2026-03-17', amountCents: 150_000 });
      expect(full.body).toMatchObject({ status: 'paid', paidCents: 250_000, outstandingCents: 0 });
      expect(full.body.history.map((entry) => entry.action)).toEqual(['create', 'issue', 'payment', 'payment']);
      const more = await call<ProblemDetails>('finance', 'POST', `/api/invoices/${invoice.id}/payments`, { paidOn: '2026-03-17', amountCents: 1 });
      expect([more.status, more.body.type]).toEqual([422, 'urn:bep:invoice-status']);
      const onDraft = await call<ProblemDetails>('finance', 'POST', `/api/invoices/${(await draftFor(CINEY)).id}/payments`, { paidOn: '2026-03-17', amountCents: 1 });
      expect([onDraft.status, onDraft.body.type]).toEqual([422, 'urn:bep:invoice-status']);
      expect((await call('finance', 'POST', `/api/invoices/${invoice.id}/payments`, { paidOn: '2026-03-17', amountCents: 0 })).status).toBe(400);
    });
  });

  describe('credit notes', () => {
    it('credits a whole invoice with a credit note of its own series that mirrors it; the invoice is credited', async () => {
      const invoice = await issued(GEMBLOUX);
      const { status, body: note } = await call<InvoiceDetail>('finance', 'POST', `/api/invoices/${invoice.id}/credit-notes`, { reason: 'Diagnostic facturé deux fois' });
      expect(status).toBe(201);
      expect(note).toMatchObject({
        kind: 'credit_note',
        status: 'issued',
        number: expect.stringMatching(/^NC-2026-\d{4}$/),
        issueDate: '2026-03-17',
        dueDate: null,
        creditedInvoiceId: invoice.id,
        grossCents: 250_000,
        outstandingCents: 0,
        note: 'Diagnostic facturé deux fois',
        creditedInvoice: { id: invoice.id, number: invoice.number, issueDate: '2026-03-17', grossCents: 250_000 },
      });
      const sequence = Number(note.number?.slice(-4));
      expect(note.structuredCommunication).toBe(structuredCommunicationFor(2026, sequence, 'NC'));
      expect(note.lines).toEqual(invoice.lines);
      const after = (await call<InvoiceDetail>('finance', 'GET', `/api/invoices/${invoice.id}`)).body;
      expect(after).toMatchObject({ status: 'credited', creditedCents: 250_000, outstandingCents: 0 });
      expect(after.creditNotes).toEqual([{ id: note.id, number: note.number, issueDate: '2026-03-17', grossCents: 250_000 }]);
      expect(after.history.map((entry) => entry.action)).toEqual(['create', 'issue', 'credit']);
      const again = await call<ProblemDetails>('finance', 'POST', `/api/invoices/${invoice.id}/credit-notes`, { reason: 'encore' });
      expect([again.status, again.body.type]).toEqual([422, 'urn:bep:invoice-status']);
      const onNote = await call<ProblemDetails>('finance', 'POST', `/api/invoices/${note.id}/payments`, { paidOn: '2026-03-17', amountCents: 1 });
      expect([onNote.status, onNote.body.type]).toEqual([422, 'urn:bep:invoice-status']);
    });

    it('credits part of an invoice, refuses more than is owed, and credits the rest after a payment', async () => {
      const invoice = await issued(CINEY);
      const partial = await call<InvoiceDetail>('finance', 'POST', `/api/invoices/${invoice.id}/credit-notes`, { reason: 'Remise', amountCents: 50_000 });
      expect(partial.body).toMatchObject({ kind: 'credit_note', netCents: 50_000, grossCents: 50_000 });
      expect(partial.body.lines).toEqual([
        { position: 1, description: `Crédit de la facture ${invoice.number}`, quantityMilli: 1000, unitCode: 'C62', unitPriceCents: 50_000, shareBp: 10_000, netCents: 50_000, vatCategory: 'O', vatRateBp: 0 },
      ]);
      expect((await call<InvoiceDetail>('finance', 'GET', `/api/invoices/${invoice.id}`)).body).toMatchObject({ status: 'issued', creditedCents: 50_000, outstandingCents: 200_000 });
      const over = await call<ProblemDetails>('finance', 'POST', `/api/invoices/${invoice.id}/credit-notes`, { reason: 'Trop', amountCents: 200_001 });
      expect([over.status, over.body.type]).toEqual([422, 'urn:bep:invoice-credit-exceeds']);
      await call('finance', 'POST', `/api/invoices/${invoice.id}/payments`, { paidOn: '2026-03-17', amountCents: 120_000 });
      const rest = await call<InvoiceDetail>('finance', 'POST', `/api/invoices/${invoice.id}/credit-notes`, { reason: 'Solde abandonné' });
      expect(rest.body).toMatchObject({ grossCents: 80_000 });
      expect((await call<InvoiceDetail>('finance', 'GET', `/api/invoices/${invoice.id}`)).body).toMatchObject({ creditedCents: 130_000, paidCents: 120_000, outstandingCents: 0 });
    });

    it('refuses to issue an invoice subject to VAT while BEP has no VAT number, naming it, and takes no number', async () => {
      await sql(`UPDATE "campaign" SET "vat_category" = 'S' WHERE "is_current"`);
      try {
        const draft = await draftFor(GEMBLOUX);
        const before = await sql<{ last_sequence: number }[]>(`SELECT "last_sequence" FROM "invoice_number_series" WHERE "series" = 'CF'`);
        const refused = await call<ProblemDetails & { errors: { path: string }[] }>('finance', 'POST', `/api/invoices/${draft.id}/issue`, {});
        expect(refused).toMatchObject({ status: 422, body: { type: 'urn:bep:billing-party-missing', errors: [{ path: 'seller.vatNumber' }] } });
        expect(await sql(`SELECT "last_sequence" FROM "invoice_number_series" WHERE "series" = 'CF'`)).toEqual(before);
        expect((await call('finance', 'DELETE', `/api/invoices/${draft.id}`)).status).toBe(204);
      } finally {
        await sql(`UPDATE "campaign" SET "vat_category" = 'O' WHERE "is_current"`);
      }
    });

    it('credits an invoice subject to VAT with the VAT of the net credited', async () => {
      await sql(`UPDATE "campaign" SET "vat_category" = 'S' WHERE "is_current"`);
      // Billing subject to VAT needs BEP's VAT number: BE and its enterprise number.
      await sql(`UPDATE "app_setting" SET "value" = jsonb_set("value", '{vatNumber}', to_jsonb('BE' || ("value" ->> 'enterpriseNumber'))) WHERE "key" = 'seller_identity'`);
      try {
        const invoice = await issued(GEMBLOUX);
        expect(invoice).toMatchObject({ vatCategory: 'S', netCents: 250_000, vatCents: 52_500, grossCents: 302_500 });
        const partial = await call<InvoiceDetail>('finance', 'POST', `/api/invoices/${invoice.id}/credit-notes`, { reason: 'Remise', amountCents: 10_001 });
        // 21 % of 100,01 EUR is 21,0021 EUR: rounded once, to 21,00 EUR.
        expect(partial.body).toMatchObject({ netCents: 10_001, vatCents: 2_100, grossCents: 12_101 });
        await call('finance', 'POST', `/api/invoices/${invoice.id}/payments`, { paidOn: '2026-03-17', amountCents: 100_000 });
        const rest = await call<InvoiceDetail>('finance', 'POST', `/api/invoices/${invoice.id}/credit-notes`, { reason: 'Solde' });
        // 302 500 - 12 101 - 100 000 = 190 399 owed: the largest net whose gross fits is 157 354 (157 355 would come to 190 400).
        expect(rest.body.grossCents).toBeLessThanOrEqual(190_399);
        expect(190_399 - rest.body.grossCents).toBeLessThanOrEqual(1);
      } finally {
        await sql(`UPDATE "campaign" SET "vat_category" = 'O' WHERE "is_current"`);
        await sql(`UPDATE "app_setting" SET "value" = "value" - 'vatNumber' || '{"vatNumber": null}' WHERE "key" = 'seller_identity'`);
      }
    });
  });

  describe('the list, the document, the roles', () => {
    it('filters by status, kind, commune, period, overdue and text, with the totals of the filtered set', async () => {
      const overdueOne = await issued(GEMBLOUX);
      clock.set('2026-04-20T08:00:00Z');
      const overdue = await call<InvoicePage>('manager', 'GET', '/api/invoices?overdue=true&limit=200');
      expect(overdue.status).toBe(200);
      expect(overdue.body.items.map((item) => item.id)).toContain(overdueOne.id);
      expect(overdue.body.items.every((item) => item.overdue && item.status === 'issued')).toBe(true);
      expect(overdue.body.totals.outstandingCents).toBe(overdue.body.items.reduce((sum, item) => sum + item.outstandingCents, 0));

      const notes = await call<InvoicePage>('finance', 'GET', `/api/invoices?kind=credit_note&communeNis=${GEMBLOUX}&limit=200`);
      expect(notes.body.items.every((item) => item.kind === 'credit_note' && item.commune.nis === GEMBLOUX)).toBe(true);
      expect(notes.body.totals.grossCents).toBe(-notes.body.items.reduce((sum, item) => sum + item.grossCents, 0));

      const drafts = await call<InvoicePage>('finance', 'GET', '/api/invoices?status=draft&limit=1');
      expect(drafts.body.items).toHaveLength(1);
      expect(drafts.body.total).toBeGreaterThan(1);
      expect(drafts.body.totals.outstandingCents).toBe(0);
      const byNumber = await call<InvoicePage>('finance', 'GET', `/api/invoices?q=${overdueOne.number}&from=2026-03-17&to=2026-03-17&status=issued,paid`);
      expect(byNumber.body.items.map((item) => item.id)).toEqual([overdueOne.id]);
      expect((await call('finance', 'GET', '/api/invoices?status=sent')).status).toBe(400);
      expect((await call('finance', 'GET', '/api/invoices?from=2026-03-18&to=2026-03-17')).status).toBe(400);
    });

    it('shows in the next read what changed: a new invoice, a payment in the totals, and an invoice overdue once its day has come, without any write', async () => {
      const list = async (query: string) => (await call<InvoicePage>('finance', 'GET', `/api/invoices?communeNis=${GEMBLOUX}&limit=200${query}`)).body;
      const before = await list('');
      const invoice = await issued(GEMBLOUX);
      const withIt = await list('');
      expect(withIt.total).toBe(before.total + 1);
      expect(withIt.items.map((item) => item.id)).toContain(invoice.id);

      await call('finance', 'POST', `/api/invoices/${invoice.id}/payments`, { paidOn: '2026-03-17', amountCents: 1_000 });
      expect((await list('')).totals.paidCents).toBe(withIt.totals.paidCents + 1_000);

      // Due on 16 April: not overdue the day before, overdue the day after, the database untouched in between.
      clock.set('2026-04-15T08:00:00Z');
      expect((await list('&overdue=true')).items.map((item) => item.id)).not.toContain(invoice.id);
      clock.set('2026-04-17T08:00:00Z');
      expect((await list('&overdue=true')).items.map((item) => item.id)).toContain(invoice.id);
    });

    it('builds the document of an issued invoice for its renderings, and none for a draft', async () => {
      const invoice = await issued(GEMBLOUX);
      const document = await loadInvoiceDocument(database.dataSource.manager, invoice.id);
      expect(document).toMatchObject({
        kind: 'invoice',
        number: invoice.number,
        issueDate: '2026-03-17',
        dueDate: '2026-04-16',
        currency: 'EUR',
        structuredCommunication: invoice.structuredCommunication,
        seller: { enterpriseNumber: '0201833145' },
        buyer: { nis: GEMBLOUX, buyerReference: `BEP-TN-${GEMBLOUX}` },
        totals: { netCents: 250_000, vatCents: 0, grossCents: 250_000, paidCents: 0, payableCents: 250_000 },
        vatBreakdown: [{ vatCategory: 'O', vatRateBp: 0, taxableCents: 250_000, vatCents: 0, exemptionReason: expect.stringMatching(/^Non soumis à la TVA/) }],
        creditedInvoice: null,
      });
      expect(document.subject).toContain('Diagnostic numérique personnalisé');
      const draft = await draftFor(GEMBLOUX);
      await expect(loadInvoiceDocument(database.dataSource.manager, draft.id)).rejects.toMatchObject({ status: 422 });
    });

    it('refuses consultants and administrators every invoice route; managers read but do not write', async () => {
      const invoice = await issued(GEMBLOUX);
      const routes: [string, string, unknown?][] = [
        ['GET', '/api/invoices'],
        ['GET', '/api/invoices/draft-failures'],
        ['GET', `/api/invoices/${invoice.id}`],
        ['POST', '/api/invoices', { engagementId: engagements.get(GEMBLOUX), service: 'diagnostic' }],
        ['PATCH', `/api/invoices/${invoice.id}`, { version: 1, note: 'x' }],
        ['DELETE', `/api/invoices/${invoice.id}`],
        ['POST', `/api/invoices/${invoice.id}/issue`, {}],
        ['POST', `/api/invoices/${invoice.id}/payments`, { paidOn: '2026-03-17', amountCents: 1 }],
        ['POST', `/api/invoices/${invoice.id}/credit-notes`, { reason: 'x' }],
      ];
      for (const role of ['consultant', 'admin'] as Role[]) {
        for (const [method, path, body] of routes) {
          expect(`${role} ${method} ${path}: ${(await call(role, method, path, body)).status}`).toBe(`${role} ${method} ${path}: 403`);
        }
      }
      for (const [method, path, body] of routes) {
        const status = (await call('manager', method, path, body)).status;
        expect(`manager ${method} ${path}: ${status === 403 ? 403 : 'allowed'}`).toBe(`manager ${method} ${path}: ${method === 'GET' ? 'allowed' : 403}`);
      }
    });
  });

  describe('drafts from the pipeline', () => {
    const drafts = () => new PipelineDrafts(database.dataSource, new AuditService(clock), clock);

    it('entering the billing stage queues one billing job with the move; the job makes one draft however often it runs', async () => {
      const engagementId = engagements.get(VIROINVAL) ?? '';
      const before = (await call<EngagementDetail>('manager', 'GET', `/api/engagements/${engagementId}`)).body;
      const moved = await call('manager', 'POST', `/api/engagements/${engagementId}/transitions`, { to: 'workshop_held', version: before.version });
      expect(moved.status).toBe(200);
      const jobs = await sql<{ queue: string; job_name: string; job_id: string; payload: unknown }[]>(`SELECT "queue", "job_name", "job_id", "payload" FROM "queue_outbox" WHERE "queue" = 'billing'`);
      expect(jobs).toEqual([{ queue: 'billing', job_name: BillingJob.CreateDraft, job_id: `draft/${engagementId}/diagnostic`, payload: { engagementId, service: 'diagnostic' } }]);

      const processor = new BillingProcessor(drafts());
      const job = { name: BillingJob.CreateDraft, data: { engagementId }, attemptsMade: 0 };
      const outcomes = await Promise.all([processor.process(job), processor.process(job)]);
      expect(outcomes.sort()).toEqual(['created', 'exists']);
      expect(await processor.process(job)).toBe('exists');

      const page = (await call<InvoicePage>('finance', 'GET', `/api/invoices?engagementId=${engagementId}`)).body;
      expect(page.items).toHaveLength(1);
      expect(page.items[0]).toMatchObject({ status: 'draft', service: 'diagnostic', fromPipeline: true, netCents: 250_000, grossCents: 250_000, commune: { nis: VIROINVAL } });
      const detail = (await call<InvoiceDetail>('finance', 'GET', `/api/invoices/${page.items[0]?.id}`)).body;
      expect(detail.lines).toEqual([
        { position: 1, description: 'Diagnostic numérique personnalisé — part communale', quantityMilli: 1000, unitCode: 'C62', unitPriceCents: 500_000, shareBp: 5000, netCents: 250_000, vatCategory: 'O', vatRateBp: 0 },
      ]);
      expect(detail.history).toEqual([{ at: expect.any(String), action: 'create', actor: null, details: expect.objectContaining({ origin: `diagnostic/${engagementId}` }) }]);

      // Moving on to accompaniment does not bill the diagnostic again.
      const further = (await call<EngagementDetail>('manager', 'GET', `/api/engagements/${engagementId}`)).body;
      expect((await call('manager', 'POST', `/api/engagements/${engagementId}/transitions`, { to: 'accompaniment', version: further.version })).status).toBe(200);
      expect(await sql(`SELECT 1 FROM "queue_outbox" WHERE "queue" = 'billing'`)).toHaveLength(1);
    });

    it('leaves an engagement moved back before the job ran unbilled, and notes a failure where finance sees it until the draft is made', async () => {
      const [fresh] = await sql<{ id: string; nis: string; name: string }[]>(
        `SELECT e."id", c."nis", c."name" FROM "engagement" e JOIN "commune" c ON c."nis" = e."commune_nis"
          WHERE e."stage" = 'survey_sent' AND NOT EXISTS (SELECT 1 FROM "invoice" i WHERE i."engagement_id" = e."id") ORDER BY c."nis" LIMIT 1`,
      );
      const engagementId = fresh?.id ?? '';
      const processor = new BillingProcessor(drafts());
      const job = { name: BillingJob.CreateDraft, data: { engagementId }, attemptsMade: 1 };
      expect(await processor.process(job)).toBe('not-billable');

      await sql(`UPDATE "engagement" SET "stage" = 'workshop_held' WHERE "id" = $1`, [engagementId]);
      await sql(`UPDATE "campaign" SET "diagnostic_price_cents" = 2147483647, "diagnostic_bep_share_bp" = 0 WHERE "is_current"`);
      try {
        await expect(processor.process(job)).rejects.toMatchObject({ status: 422 });
      } finally {
        await sql(`UPDATE "campaign" SET "diagnostic_price_cents" = 500000, "diagnostic_bep_share_bp" = 5000 WHERE "is_current"`);
      }
      const failures = (await call<InvoiceDraftFailureList>('finance', 'GET', '/api/invoices/draft-failures')).body;
      expect(failures.items).toEqual([
        { engagementId, commune: { nis: fresh?.nis, name: fresh?.name }, service: 'diagnostic', lastError: expect.stringContaining('more than'), attempts: 2, failedAt: new Date(TEST_CLOCK_START).toISOString() },
      ]);
      // The next attempt succeeds: the draft is made and the failure is no longer listed.
      expect(await processor.process(job)).toBe('created');
      expect((await call<InvoiceDraftFailureList>('finance', 'GET', '/api/invoices/draft-failures')).body.items).toEqual([]);
    });

    it('does not bill again a diagnostic finance billed by hand', async () => {
      const engagementId = engagements.get(CINEY) ?? '';
      await sql(`UPDATE "engagement" SET "stage" = 'workshop_held' WHERE "id" = $1`, [engagementId]);
      expect(await new BillingProcessor(drafts()).process({ name: BillingJob.CreateDraft, data: { engagementId }, attemptsMade: 0 })).toBe('exists');
      expect(await sql(`SELECT 1 FROM "invoice" WHERE "engagement_id" = $1 AND "origin_key" IS NOT NULL`, [engagementId])).toHaveLength(0);
    });
  });
});
