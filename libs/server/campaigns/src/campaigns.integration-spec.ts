import { DEFAULT_REMINDER_SETTINGS, type Campaign, type CampaignBudget, type CampaignPage, type EngagementPage, type ProblemDetails } from '@bep/contracts';
import type { MigratedDatabase } from '@bep/server/core/database/testing';
import { type DemoApi, signIn, startDemoApi } from '@bep/server/core/test-api';
import { EngagementsModule } from '@bep/server/engagements';
import { CampaignsModule } from './campaigns.module';

/** The demo campaign on the tests' calendar (TEST_CLOCK_START, Tuesday 17 March 2026). */
const DEMO = { name: 'Radioscopie numérique 2026', startsOn: '2026-02-23', endsOn: '2026-10-31', deadline: '2026-10-31' };

/** What a user who reads no invoices (a consultant, an administrator) gets of the budget: nothing drawn from them. */
const WITHOUT_INVOICES = { invoicedCents: null, paidCents: null, billedToCommunesCents: null, collectedCents: null } satisfies Partial<CampaignBudget>;

const NEXT_YEAR = {
  name: 'Radioscopie numérique 2027',
  startsOn: '2027-04-26',
  endsOn: '2027-12-31',
  deadline: '2027-12-17',
  prices: { diagnostic: { priceCents: 520_000 } },
  budget: { envelopeCents: 3_000_000 },
};

describe('campaigns', () => {
  let database: MigratedDatabase;
  let api: DemoApi;
  const headers: Record<string, Record<string, string>> = {};
  let managerId = '';

  beforeAll(async () => {
    api = await startDemoApi('campaigns', [CampaignsModule, EngagementsModule]);
    database = api.database;
    for (const email of ['manager@bep.demo', 'consultant1@bep.demo', 'finance@bep.demo', 'admin@bep.demo']) {
      const signedIn = await signIn(api.baseUrl, email);
      headers[email] = signedIn.browser;
      if (email === 'manager@bep.demo') managerId = signedIn.login.user.id;
    }
  });

  afterAll(() => api?.close());

  const call = async <T = Campaign>(method: string, path: string, body?: unknown, as = 'manager@bep.demo') => {
    const response = await fetch(`${api.baseUrl}${path}`, {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers[as] },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, contentType: response.headers.get('content-type') ?? '', body: (await response.json()) as T };
  };
  const get = <T = Campaign>(path: string, as?: string) => call<T>('GET', path, undefined, as);
  const count = async (sql: string, params: unknown[] = []) => Number((await database.dataSource.query<{ n: string }[]>(sql, params))[0]?.n);
  const snapshot = async () => ({
    campaigns: await count(`SELECT count(*) AS n FROM "campaign"`),
    engagements: await count(`SELECT count(*) AS n FROM "engagement"`),
    stageChanges: await count(`SELECT count(*) AS n FROM "stage_change"`),
    audit: await count(`SELECT count(*) AS n FROM "audit_entry" WHERE "entity_type" = 'campaign'`),
    settings: await database.dataSource.query(`SELECT "name", "starts_on", "ends_on", "deadline", "is_current", "reminder_settings", "diagnostic_bep_share_bp" FROM "campaign" ORDER BY "name"`),
  });
  const demoCampaign = async () => (await get('/api/campaigns?q=2026')).body as unknown as CampaignPage;

  describe('reading', () => {
    it('answers the demo campaign with its settings, the default reminders and the committed budget, to any signed-in user', async () => {
      const { status, body } = await get<CampaignPage>('/api/campaigns', 'finance@bep.demo');
      expect(status).toBe(200);
      expect(body).toMatchObject({ total: 1, limit: 50, offset: 0 });
      const [demo] = body.items;
      expect(demo).toMatchObject({
        ...DEMO,
        isCurrent: true,
        prices: { currency: 'EUR', vatCategory: 'O', diagnostic: { priceCents: 500_000, bepShareBp: 5000 }, accompanimentDay: { rateCents: 0, bepShareBp: 0 } },
        billingStage: 'workshop_held',
        // 5 communes at diagnostic_requested x 500 000 cents x 50 %
        budget: { envelopeCents: 2_000_000, committedCents: 1_250_000, invoicedCents: 0, paidCents: 0, remainingCents: 750_000, billedToCommunesCents: 0, collectedCents: 0, currency: 'EUR' },
        engagements: { total: 37, byStage: { survey_sent: 28, survey_answered: 4, diagnostic_requested: 5, workshop_held: 0, declined: 0 } },
      });
      // The demo row stores `{}`: it reads as the default reminder settings.
      expect((await database.dataSource.query(`SELECT "reminder_settings" FROM "campaign"`))[0].reminder_settings).toEqual({});
      expect(demo?.reminderSettings).toEqual(DEFAULT_REMINDER_SETTINGS);
      expect((await get('/api/campaigns/current', 'consultant1@bep.demo')).body.id).toBe(demo?.id);
      expect((await get(`/api/campaigns/${demo?.id}`, 'manager@bep.demo')).body).toEqual(demo);
      // A consultant sees no invoice (SPEC, "Users and roles"): the rest of the campaign as finance reads it.
      expect((await get(`/api/campaigns/${demo?.id}`, 'consultant1@bep.demo')).body).toEqual({ ...demo, budget: { ...demo?.budget, ...WITHOUT_INVOICES } });
    });

    it('reads a partial stored reminder setting over the defaults', async () => {
      await database.dataSource.query(`UPDATE "campaign" SET "reminder_settings" = '{"surveyUnanswered": {"maxCount": 5}, "weeklyDigest": {"at": "7h"}}'`);
      try {
        const { body } = await get('/api/campaigns/current');
        expect(body.reminderSettings).toEqual({ ...DEFAULT_REMINDER_SETTINGS, surveyUnanswered: { ...DEFAULT_REMINDER_SETTINGS.surveyUnanswered, maxCount: 5 } });
      } finally {
        await database.dataSource.query(`UPDATE "campaign" SET "reminder_settings" = '{}'`);
      }
    });

    it('answers a malformed id with 400 and an unknown one with a 404 problem', async () => {
      const malformed = await get<ProblemDetails>('/api/campaigns/not-a-uuid');
      expect(malformed.status).toBe(400);
      const unknown = await get<ProblemDetails>('/api/campaigns/00000000-0000-4000-8000-000000000000');
      expect(unknown.status).toBe(404);
      expect(unknown.contentType).toContain('application/problem+json');
      expect(unknown.body.detail).toContain('No campaign');
      expect((await get('/api/campaigns?limit=0')).status).toBe(400);
      expect((await get('/api/campaigns?offset=-1')).status).toBe(400);
    });
  });

  describe('creating', () => {
    let created: Campaign;

    it('creates the campaign and opens one engagement per eligible commune, each with its first history row, audited', async () => {
      const before = await snapshot();
      const { status, body } = await call('POST', '/api/campaigns', NEXT_YEAR);
      expect(status).toBe(201);
      created = body;
      expect(body).toMatchObject({
        name: 'Radioscopie numérique 2027',
        isCurrent: false, // the demo campaign stays current until a manager switches
        prices: { vatCategory: 'O', diagnostic: { priceCents: 520_000, bepShareBp: 5000 }, accompanimentDay: { rateCents: 0, bepShareBp: 0 } },
        billingStage: 'workshop_held',
        reminderSettings: DEFAULT_REMINDER_SETTINGS,
        budget: { envelopeCents: 3_000_000, committedCents: 0, remainingCents: 3_000_000 },
        engagements: { total: 37, byStage: { survey_sent: 37, diagnostic_requested: 0 } },
      });
      const rows = await database.dataSource.query<{ nis: string; stage: string; entered: Date; version: number; history: { from_stage: null; to_stage: string; changed_by: string; changed_at: string }[] }[]>(
        `SELECT e."commune_nis" AS nis, e."stage", e."stage_entered_at" AS entered, e."version",
                (SELECT json_agg(s.*) FROM "stage_change" s WHERE s."engagement_id" = e."id") AS history
           FROM "engagement" e WHERE e."campaign_id" = $1`,
        [body.id],
      );
      expect(rows).toHaveLength(37);
      expect(rows.map((r) => r.nis)).not.toContain('92094'); // Namur takes no part
      for (const row of rows) {
        expect([row.stage, row.version, row.entered.toISOString()]).toEqual(['survey_sent', 1, '2027-04-25T22:00:00.000Z']); // 00:00 in Brussels
        expect(row.history).toHaveLength(1);
        expect(row.history[0]).toMatchObject({ from_stage: null, to_stage: 'survey_sent', changed_by: managerId });
      }
      const after = await snapshot();
      expect([after.campaigns, after.engagements, after.stageChanges, after.audit]).toEqual([before.campaigns + 1, before.engagements + 37, before.stageChanges + 37, before.audit + 1]);
      const [audit] = await database.dataSource.query(`SELECT "action", "actor_user_id", "before", "after" FROM "audit_entry" WHERE "entity_type" = 'campaign' AND "entity_id" = $1`, [body.id]);
      expect(audit).toMatchObject({ action: 'create', actor_user_id: managerId, before: null, after: { name: NEXT_YEAR.name, isCurrent: false, engagementsOpened: 37 } });
      // Stored in full, so that a later change of the defaults does not change a running campaign.
      expect((await database.dataSource.query(`SELECT "reminder_settings" FROM "campaign" WHERE "id" = $1`, [body.id]))[0].reminder_settings).toEqual(DEFAULT_REMINDER_SETTINGS);
      // Its communes answer the programme's latest questionnaire version, kept with the campaign.
      const [questionnaire] = await database.dataSource.query<{ code: string; version: number }[]>(
        `SELECT q."code", q."version" FROM "campaign" c JOIN "questionnaire_version" q ON q."id" = c."questionnaire_version_id" WHERE c."id" = $1`,
        [body.id],
      );
      expect(questionnaire).toEqual({ code: 'radioscopie-maturite', version: 1 });
    });

    it('lists newest first, filters by name and paginates', async () => {
      const all = await get<CampaignPage>('/api/campaigns');
      expect(all.body.items.map((c) => c.name)).toEqual(['Radioscopie numérique 2027', DEMO.name]);
      const second = await get<CampaignPage>('/api/campaigns?limit=1&offset=1');
      expect(second.body).toMatchObject({ total: 2, limit: 1, offset: 1 });
      expect(second.body.items.map((c) => c.name)).toEqual([DEMO.name]);
      expect((await get<CampaignPage>('/api/campaigns?q=NUMÉRIQUE 2027')).body.items.map((c) => c.name)).toEqual(['Radioscopie numérique 2027']);
      expect((await get<CampaignPage>('/api/campaigns?q=%25')).body.total).toBe(0);
    });

    it.each([
      ['an end before the start', { ...NEXT_YEAR, name: 'A', endsOn: '2027-04-25' }, 'endsOn'],
      ['a deadline before the start', { ...NEXT_YEAR, name: 'B', deadline: '2027-01-01' }, 'deadline'],
      ['a date that does not exist', { ...NEXT_YEAR, name: 'C', startsOn: '2027-02-30' }, 'startsOn'],
      ['a share over 100 %', { ...NEXT_YEAR, name: 'D', prices: { diagnostic: { priceCents: 1, bepShareBp: 10_001 } } }, 'prices.diagnostic.bepShareBp'],
      ['a negative price', { ...NEXT_YEAR, name: 'E', prices: { diagnostic: { priceCents: -500 } } }, 'prices.diagnostic.priceCents'],
      ['a price over what the database holds', { ...NEXT_YEAR, name: 'F', prices: { diagnostic: { priceCents: 3_000_000_000 } } }, 'prices.diagnostic.priceCents'],
      ['an unknown field', { ...NEXT_YEAR, name: 'G', isCurrent: true }, ''],
      ['an unknown reminder field', { ...NEXT_YEAR, name: 'H', reminderSettings: { surveyUnanswered: { every: 3 } } }, 'reminderSettings.surveyUnanswered'],
      ['a closed billing stage', { ...NEXT_YEAR, name: 'I', billingStage: 'declined' }, 'billingStage'],
      ['no price', { ...NEXT_YEAR, name: 'J', prices: {} }, 'prices.diagnostic'],
    ])('refuses %s with a 400 problem naming the field, and leaves nothing', async (_label, body, path) => {
      const before = await snapshot();
      const { status, contentType, body: problem } = await call<ProblemDetails>('POST', '/api/campaigns', body);
      expect(status).toBe(400);
      expect(contentType).toContain('application/problem+json');
      expect(problem.errors?.map((e) => e.path)).toContain(path);
      expect(await snapshot()).toEqual(before);
    });

    it('refuses reminder settings that are inconsistent once applied with a 422 problem, and leaves nothing', async () => {
      const before = await snapshot();
      const { status, body } = await call<ProblemDetails>('POST', '/api/campaigns', { ...NEXT_YEAR, name: 'Fenêtre', reminderSettings: { sendingWindow: { from: '19:00' } } });
      expect(status).toBe(422);
      expect(body.errors?.map((e) => e.path)).toEqual(['reminderSettings.sendingWindow.to']);
      expect(await snapshot()).toEqual(before);
    });

    it('refuses a name already taken, regardless of case, with 409', async () => {
      const before = await snapshot();
      const duplicate = await call<ProblemDetails>('POST', '/api/campaigns', { ...NEXT_YEAR, name: 'RADIOSCOPIE NUMÉRIQUE 2026' });
      expect(duplicate.status).toBe(409);
      expect(duplicate.body.detail).toContain('already named');
      expect(await snapshot()).toEqual(before);
    });

    it('leaves nothing behind when the transaction fails halfway', async () => {
      const before = await snapshot();
      await database.dataSource.query(`ALTER TABLE "audit_entry" ADD CONSTRAINT "test_refuse_campaign_entries" CHECK ("entity_type" <> 'campaign') NOT VALID`);
      try {
        expect((await call('POST', '/api/campaigns', { ...NEXT_YEAR, name: 'Radioscopie numérique 2028' })).status).toBe(500);
      } finally {
        await database.dataSource.query(`ALTER TABLE "audit_entry" DROP CONSTRAINT "test_refuse_campaign_entries"`);
      }
      expect(await snapshot()).toEqual(before);
    });

    describe('changing settings', () => {
      it('merges a partial change down to one reminder field, and audits only what changed', async () => {
        const demo = (await demoCampaign()).items[0];
        const { status, body } = await call('PATCH', `/api/campaigns/${demo?.id}`, { reminderSettings: { surveyUnanswered: { maxCount: 4 } }, deadline: '2026-10-16' });
        expect(status).toBe(200);
        expect(body.deadline).toBe('2026-10-16');
        expect(body.reminderSettings).toEqual({ ...DEFAULT_REMINDER_SETTINGS, surveyUnanswered: { ...DEFAULT_REMINDER_SETTINGS.surveyUnanswered, maxCount: 4 } });
        const second = await call('PATCH', `/api/campaigns/${demo?.id}`, { reminderSettings: { surveyUnanswered: { repeatEveryDays: 10 }, weeklyDigest: { weekday: 'friday' } } });
        expect(second.body.reminderSettings.surveyUnanswered).toEqual({ enabled: true, firstAfterDays: 14, repeatEveryDays: 10, maxCount: 4 });
        expect(second.body.reminderSettings.weeklyDigest).toEqual({ enabled: true, weekday: 'friday', at: '08:00' });
        const entries = await database.dataSource.query<{ before: Record<string, unknown>; after: Record<string, unknown> }[]>(
          `SELECT "before", "after" FROM "audit_entry" WHERE "entity_type" = 'campaign' AND "entity_id" = $1 AND "action" = 'update' ORDER BY "occurred_at"`,
          [demo?.id],
        );
        expect(entries).toHaveLength(2);
        expect(Object.keys(entries[0]?.after ?? {}).sort()).toEqual(['deadline', 'reminderSettings']);
        expect(entries[0]).toMatchObject({ before: { deadline: '2026-10-31' }, after: { deadline: '2026-10-16' } });
        // Each change of the rules re-plans the reminders at once, through the outbox.
        const replans = await database.dataSource.query<{ job_name: string }[]>(`SELECT "job_name" FROM "queue_outbox" WHERE "job_id" LIKE $1`, [`reconcile/${demo?.id}/settings-%`]);
        expect(replans).toEqual([{ job_name: 'reconcile' }, { job_name: 'reconcile' }]);
      });

      it('changes the price list and the budget follows', async () => {
        const demo = (await demoCampaign()).items[0];
        const { status, body } = await call('PATCH', `/api/campaigns/${demo?.id}`, { prices: { diagnostic: { bepShareBp: 4000 }, vatCategory: 'S' }, budget: { envelopeCents: 900_000 } });
        expect(status).toBe(200);
        expect(body.prices).toEqual({ currency: 'EUR', vatCategory: 'S', diagnostic: { priceCents: 500_000, bepShareBp: 4000 }, accompanimentDay: { rateCents: 0, bepShareBp: 0 } });
        expect(body.budget).toEqual({
          envelopeCents: 900_000,
          committedCents: 1_000_000,
          invoicedCents: 0,
          paidCents: 0,
          remainingCents: -100_000,
          billedToCommunesCents: 0,
          collectedCents: 0,
          currency: 'EUR',
        });
        await call('PATCH', `/api/campaigns/${demo?.id}`, { prices: { diagnostic: { bepShareBp: 5000 }, vatCategory: 'O' }, budget: { envelopeCents: 2_000_000 } });
      });

      it('refuses dates out of order against the stored ones (422), in the request (400), a taken name (409), and changes nothing', async () => {
        const demo = (await demoCampaign()).items[0];
        const before = await snapshot();
        const stored = await call<ProblemDetails>('PATCH', `/api/campaigns/${demo?.id}`, { endsOn: '2026-02-01' });
        expect(stored.status).toBe(422);
        expect(stored.body.errors).toEqual([{ path: 'endsOn', message: 'the campaign cannot end before it starts' }]);
        expect((await call<ProblemDetails>('PATCH', `/api/campaigns/${demo?.id}`, { startsOn: '2027-01-01' })).status).toBe(422);
        expect((await call<ProblemDetails>('PATCH', `/api/campaigns/${demo?.id}`, { startsOn: '2026-03-01', deadline: '2026-02-28' })).status).toBe(400);
        expect((await call<ProblemDetails>('PATCH', `/api/campaigns/${demo?.id}`, { reminderSettings: { sendingWindow: { to: '07:00' } } })).status).toBe(422);
        expect((await call<ProblemDetails>('PATCH', `/api/campaigns/${demo?.id}`, { name: 'radioscopie numérique 2027' })).status).toBe(409);
        expect((await call<ProblemDetails>('PATCH', `/api/campaigns/${demo?.id}`, {})).status).toBe(400);
        expect((await call<ProblemDetails>('PATCH', `/api/campaigns/${demo?.id}`, { isCurrent: false })).status).toBe(400);
        expect((await call<ProblemDetails>('PATCH', `/api/campaigns/${demo?.id}`, { prices: { diagnostic: { bepShareBp: 12_000 } } })).status).toBe(400);
        expect((await call<ProblemDetails>('PATCH', '/api/campaigns/00000000-0000-4000-8000-000000000000', { deadline: '2026-10-01' })).status).toBe(404);
        expect(await snapshot()).toEqual(before);
      });

      it('lets a campaign keep its own name under another case', async () => {
        const { status, body } = await call('PATCH', `/api/campaigns/${created.id}`, { name: 'Radioscopie Numérique 2027' });
        expect(status).toBe(200);
        expect(body.name).toBe('Radioscopie Numérique 2027');
      });
    });

    describe('the current campaign', () => {
      it('refuses consultants and finance every change (403) and changes nothing', async () => {
        const before = await snapshot();
        for (const as of ['consultant1@bep.demo', 'finance@bep.demo']) {
          expect((await call('POST', '/api/campaigns', { ...NEXT_YEAR, name: 'Interdit' }, as)).status).toBe(403);
          expect((await call('PATCH', `/api/campaigns/${created.id}`, { deadline: '2027-12-01' }, as)).status).toBe(403);
          expect((await call('POST', `/api/campaigns/${created.id}/make-current`, undefined, as)).status).toBe(403);
        }
        expect(await snapshot()).toEqual(before);
      });

      it('switches the current campaign in one step; lists and the board then show its engagements', async () => {
        const demo = (await demoCampaign()).items[0];
        const { status, body } = await call('POST', `/api/campaigns/${created.id}/make-current`);
        expect(status).toBe(200);
        expect(body.isCurrent).toBe(true);
        expect((await get('/api/campaigns/current')).body.id).toBe(created.id);
        expect((await get(`/api/campaigns/${demo?.id}`)).body.isCurrent).toBe(false);
        const engagements = await get<EngagementPage>('/api/engagements?limit=200', 'consultant1@bep.demo');
        expect(engagements.body.total).toBe(37);
        expect(new Set(engagements.body.items.map((e) => `${e.campaignId} ${e.stage}`))).toEqual(new Set([`${created.id} survey_sent`]));
        const [audit] = await database.dataSource.query(`SELECT "before", "after" FROM "audit_entry" WHERE "entity_id" = $1 AND "action" = 'make-current'`, [created.id]);
        expect(audit).toMatchObject({ before: { isCurrent: false, currentCampaign: { id: demo?.id } }, after: { isCurrent: true } });
      });

      it('is idempotent, and switches back', async () => {
        const audits = await count(`SELECT count(*) AS n FROM "audit_entry" WHERE "action" = 'make-current'`);
        expect((await call('POST', `/api/campaigns/${created.id}/make-current`)).status).toBe(200);
        expect(await count(`SELECT count(*) AS n FROM "audit_entry" WHERE "action" = 'make-current'`)).toBe(audits);
        const demo = (await demoCampaign()).items[0];
        expect((await call('POST', `/api/campaigns/${demo?.id}/make-current`)).body.isCurrent).toBe(true);
        expect(await count(`SELECT count(*) AS n FROM "campaign" WHERE "is_current"`)).toBe(1);
        expect((await call('POST', '/api/campaigns/00000000-0000-4000-8000-000000000000/make-current')).status).toBe(404);
        expect((await call('POST', '/api/campaigns/nope/make-current')).status).toBe(400);
      });

      it('stays consistent under concurrent requests: one name, one current campaign, never a 500', async () => {
        const creates = await Promise.all(Array.from({ length: 4 }, () => call('POST', '/api/campaigns', { ...NEXT_YEAR, name: 'Radioscopie numérique 2029' })));
        expect(creates.map((r) => r.status).sort()).toEqual([201, 409, 409, 409]);
        const demo = (await demoCampaign()).items[0];
        const switches = await Promise.all([created.id, demo?.id, created.id, demo?.id].map((id) => call('POST', `/api/campaigns/${id}/make-current`)));
        expect(switches.map((r) => r.status)).toEqual([200, 200, 200, 200]);
        expect(await count(`SELECT count(*) AS n FROM "campaign" WHERE "is_current"`)).toBe(1);
      });

      it('answers 404 when no campaign is current', async () => {
        await database.dataSource.query(`UPDATE "campaign" SET "is_current" = false`);
        try {
          const { status, body } = await get<ProblemDetails>('/api/campaigns/current');
          expect(status).toBe(404);
          expect(body.detail).toContain('No campaign is current');
        } finally {
          await database.dataSource.query(`UPDATE "campaign" SET "is_current" = true WHERE "name" = $1`, [DEMO.name]);
        }
      });
    });
  });

  describe('the budget against the co-financing invoices', () => {
    interface Document {
      kind?: 'invoice' | 'credit_note';
      service?: 'diagnostic' | 'accompaniment';
      status: 'draft' | 'issued' | 'paid' | 'credited';
      grossCents: number;
      paidCents?: number;
      creditedCents?: number;
      creditedInvoiceId?: string;
    }
    let sequence = 0;

    /** Writes a document as the billing capability leaves it (issued ones numbered, with their parties), within the table's checks. */
    const insertDocument = async (engagementId: string, document: Document): Promise<string> => {
      const kind = document.kind ?? 'invoice';
      const issued = document.status !== 'draft';
      sequence += 1;
      const [row] = await database.dataSource.query<{ id: string }[]>(
        `INSERT INTO "invoice" ("kind", "campaign_id", "engagement_id", "commune_nis", "service", "status", "series", "fiscal_year", "sequence", "number",
                                "issue_date", "due_date", "structured_communication", "credited_invoice_id", "vat_category", "net_cents", "gross_cents",
                                "paid_cents", "credited_cents", "seller", "buyer", "issued_at")
         SELECT $2, e."campaign_id", e."id", e."commune_nis", $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 'O', $13, $13, $14, $15, $16, $16, $17
           FROM "engagement" e WHERE e."id" = $1
         RETURNING "id"`,
        [
          engagementId,
          kind,
          document.service ?? 'diagnostic',
          document.status,
          issued ? (kind === 'invoice' ? 'CF' : 'NC') : null,
          issued ? 2026 : null,
          issued ? sequence : null,
          issued ? `${kind === 'invoice' ? 'CF' : 'NC'}-2026-${String(sequence).padStart(4, '0')}` : null,
          issued ? '2026-03-17' : null,
          issued && kind === 'invoice' ? '2026-04-16' : null,
          issued ? String(sequence).padStart(10, '0') + '97' : null,
          document.creditedInvoiceId ?? null,
          document.grossCents,
          document.paidCents ?? 0,
          document.creditedCents ?? 0,
          issued ? {} : null,
          issued ? '2026-03-17T09:00:00.000Z' : null,
        ],
      );
      return row?.id ?? '';
    };

    afterAll(async () => {
      // Issued documents are kept by a trigger whatever writes; this suite alone removes its own.
      await database.dataSource.query(`ALTER TABLE "invoice" DISABLE TRIGGER "invoice_keep_issued"`);
      try {
        await database.dataSource.query(`DELETE FROM "invoice" WHERE "kind" = 'credit_note'`);
        await database.dataSource.query(`DELETE FROM "invoice"`);
      } finally {
        await database.dataSource.query(`ALTER TABLE "invoice" ENABLE TRIGGER "invoice_keep_issued"`);
      }
    });

    it("counts BEP's share of each diagnostic invoiced and paid, and what the communes were billed net of credit notes and paid", async () => {
      const demo = (await demoCampaign()).items[0];
      const requested = await database.dataSource.query<{ id: string }[]>(
        `SELECT e."id" FROM "engagement" e JOIN "commune" c ON c."nis" = e."commune_nis"
          WHERE e."campaign_id" = $1 AND e."stage" = 'diagnostic_requested' ORDER BY c."name"`,
        [demo?.id],
      );
      const [issuedOnly, paid, credited, drafted, accompanied] = requested.map((row) => row.id);
      if (!issuedOnly || !paid || !credited || !drafted || !accompanied) throw new Error('The demo has 5 engagements asking for the diagnostic');

      await insertDocument(issuedOnly, { status: 'issued', grossCents: 250_000 });
      // Issued again by mistake: one engagement, one diagnostic in BEP's budget.
      await insertDocument(issuedOnly, { status: 'issued', grossCents: 250_000, paidCents: 100_000 });
      // Partly credited, the rest paid: paid.
      const paidId = await insertDocument(paid, { status: 'paid', grossCents: 250_000, paidCents: 200_000, creditedCents: 50_000 });
      await insertDocument(paid, { kind: 'credit_note', status: 'issued', grossCents: 50_000, creditedInvoiceId: paidId });
      // Wholly credited: billed nothing, invoiced nothing.
      const creditedId = await insertDocument(credited, { status: 'credited', grossCents: 250_000, creditedCents: 250_000 });
      await insertDocument(credited, { kind: 'credit_note', status: 'issued', grossCents: 250_000, creditedInvoiceId: creditedId });
      await insertDocument(drafted, { status: 'draft', grossCents: 250_000 });
      // Days of accompaniment: the communes' side only, BEP's budget counts diagnostics.
      await insertDocument(accompanied, { service: 'accompaniment', status: 'issued', grossCents: 100_000, paidCents: 50_000, creditedCents: 20_000 });

      const { body } = await get(`/api/campaigns/${demo?.id}`, 'finance@bep.demo');
      expect(body.budget).toEqual({
        envelopeCents: 2_000_000,
        committedCents: 1_250_000,
        // 2 engagements x 500 000 cents x 50 %, 1 of them paid in full
        invoicedCents: 500_000,
        paidCents: 250_000,
        remainingCents: 750_000,
        // 250 000 + 250 000 + (250 000 - 50 000) + 0 + (100 000 - 20 000)
        billedToCommunesCents: 780_000,
        collectedCents: 350_000,
        currency: 'EUR',
      });
      expect((await get('/api/campaigns/current')).body.budget).toEqual(body.budget);
      for (const as of ['consultant1@bep.demo', 'admin@bep.demo']) {
        const withoutInvoices = { ...body.budget, ...WITHOUT_INVOICES };
        expect([as, (await get(`/api/campaigns/${demo?.id}`, as)).body.budget]).toEqual([as, withoutInvoices]);
        expect([as, (await get('/api/campaigns/current', as)).body.budget]).toEqual([as, withoutInvoices]);
        expect([as, (await get<CampaignPage>('/api/campaigns?q=2026', as)).body.items[0]?.budget]).toEqual([as, withoutInvoices]);
      }
      const others = (await get<CampaignPage>('/api/campaigns')).body.items.filter((campaign) => campaign.id !== demo?.id);
      expect(others.map((campaign) => [campaign.budget.invoicedCents, campaign.budget.billedToCommunesCents])).toEqual(others.map(() => [0, 0]));
    });

    it("follows the campaign's price list, as the committed share does", async () => {
      const demo = (await demoCampaign()).items[0];
      await call('PATCH', `/api/campaigns/${demo?.id}`, { prices: { diagnostic: { bepShareBp: 4000 } } });
      try {
        const { body } = await get(`/api/campaigns/${demo?.id}`);
        expect(body.budget).toMatchObject({ committedCents: 1_000_000, invoicedCents: 400_000, paidCents: 200_000, billedToCommunesCents: 780_000 });
      } finally {
        await call('PATCH', `/api/campaigns/${demo?.id}`, { prices: { diagnostic: { bepShareBp: 5000 } } });
      }
    });
  });

  it('describes every campaign route in the OpenAPI document, with examples and problem responses', async () => {
    const document = (await (await fetch(`${api.baseUrl}/api/docs-json`)).json()) as {
      paths: Record<string, Record<string, { summary?: string; requestBody?: { content: Record<string, { examples?: Record<string, unknown> }> }; responses: Record<string, unknown> }>>;
    };
    const routes: [string, string, string[]][] = [
      // 403 on reads too: an account must replace its temporary password before anything else.
      ['/api/campaigns', 'get', ['200', '400', '401', '403']],
      ['/api/campaigns/current', 'get', ['200', '401', '403', '404']],
      ['/api/campaigns/{id}', 'get', ['200', '400', '401', '403', '404']],
      ['/api/campaigns', 'post', ['201', '400', '401', '403', '409', '422']],
      ['/api/campaigns/{id}', 'patch', ['200', '400', '401', '403', '404', '409', '422']],
      ['/api/campaigns/{id}/make-current', 'post', ['200', '400', '401', '403', '404', '409']],
    ];
    for (const [path, method, statuses] of routes) {
      const operation = document.paths[path]?.[method];
      expect(operation?.summary).toBeTruthy();
      expect(Object.keys(operation?.responses ?? {}).sort()).toEqual(statuses);
    }
    const create = document.paths['/api/campaigns']?.['post']?.requestBody?.content['application/json']?.examples;
    expect(create?.['radioscopie']).toMatchObject({ value: { name: 'Radioscopie numérique 2019', startsOn: '2019-04-29', prices: { diagnostic: { priceCents: 500_000, bepShareBp: 5000 } } } });
    expect(Object.keys(document.paths['/api/campaigns/{id}']?.['patch']?.requestBody?.content['application/json']?.examples ?? {}).length).toBeGreaterThan(0);
    const described = JSON.stringify(document.paths['/api/campaigns/{id}']?.['get']);
    expect(described).toContain('null for the others (consultants, administrators)');
    expect(described).toContain('Null unless the user reads invoices (finance, manager)');
  });
});
