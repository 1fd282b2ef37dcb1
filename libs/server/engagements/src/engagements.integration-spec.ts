import type { EngagementDetail, EngagementPage, TransitionResult } from '@bep/contracts';
import { countQueries, type MigratedDatabase } from '@bep/server/core/database/testing';
import { DataSource } from 'typeorm';
import { callApi, type DemoApi, signIn, startDemoApi } from '@bep/server/core/test-api';
import { TEST_CLOCK_START } from '@bep/server/core/testing';
import { lockForMove } from './engagement-lock';
import { EngagementsModule } from './engagements.module';

describe('engagements and stage transitions', () => {
  let database: MigratedDatabase;
  let api: DemoApi;
  const headers: Record<string, Record<string, string>> = {};

  beforeAll(async () => {
    api = await startDemoApi('engagements', [EngagementsModule]);
    database = api.database;
    // consultant1 leads Gembloux; consultant2 leads Viroinval.
    for (const email of ['manager@bep.demo', 'consultant1@bep.demo', 'consultant2@bep.demo', 'finance@bep.demo']) {
      headers[email] = (await signIn(api.baseUrl, email)).browser;
    }
  });

  afterAll(() => api?.close());

  const get = <T>(path: string, as = 'manager@bep.demo') => callApi<T>(api.baseUrl, 'GET', path, headers[as]);
  const move = (id: string, body: unknown, as = 'manager@bep.demo') =>
    callApi<TransitionResult & { type?: string; detail?: string }>(api.baseUrl, 'POST', `/api/engagements/${id}/transitions`, headers[as], body);
  const engagementOf = async (commune: string) => {
    const { body } = await get<EngagementPage>(`/api/engagements?q=${encodeURIComponent(commune)}`);
    const found = body.items.find((e) => e.commune.name === commune);
    if (!found) throw new Error(`No engagement for ${commune}`);
    return found;
  };
  const historyCount = async (id: string) =>
    Number((await database.dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM "stage_change" WHERE "engagement_id" = $1`, [id]))[0]?.n);

  it('lists the current campaign, filtered and paginated', async () => {
    const all = await get<EngagementPage>('/api/engagements?limit=10');
    expect(all.status).toBe(200);
    expect(all.body).toMatchObject({ total: 37, limit: 10, offset: 0 });
    expect(all.body.items).toHaveLength(10);
    const requested = await get<EngagementPage>('/api/engagements?stage=diagnostic_requested');
    expect(requested.body.items.map((e) => e.commune.name)).toEqual(['Ciney', 'Fernelmont', 'Gembloux', 'Profondeville', 'Viroinval']);
    const dinant = await get<EngagementPage>('/api/engagements?arrondissement=Dinant&limit=200');
    expect(dinant.body.total).toBe(15);
    const lead = requested.body.items.find((e) => e.commune.name === 'Gembloux')?.lead;
    const byConsultant = await get<EngagementPage>(`/api/engagements?consultantId=${lead?.id}`);
    expect(byConsultant.body.items.map((e) => e.commune.name)).toEqual(['Gembloux']);
    expect((await get('/api/engagements?stage=lost')).status).toBe(400);
    expect((await get('/api/engagements?limit=0')).status).toBe(400);
  });

  it('shows one engagement with its timeline, oldest first', async () => {
    const gembloux = await engagementOf('Gembloux');
    const { status, body } = await get<EngagementDetail>(`/api/engagements/${gembloux.id}`, 'finance@bep.demo');
    expect(status).toBe(200);
    expect(body.lead?.name).toBe('Camille Dubois');
    // The demo's moves, then its diagnostic, scheduled next week (the tests' calendar starts on Tuesday 17 March 2026).
    expect(body.timeline.map((t) => [t.kind, t.at, t.details['to'] ?? t.details['subject']])).toEqual([
      ['stage-change', '2026-02-23T08:00:00.000Z', 'survey_sent'],
      ['stage-change', '2026-02-26T10:30:00.000Z', 'survey_answered'],
      ['stage-change', '2026-02-27T09:15:00.000Z', 'diagnostic_requested'],
      ['activity', '2026-03-24T09:00:00.000Z', 'Diagnostic numérique — Gembloux'],
    ]);
    expect((await get(`/api/engagements/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
  });

  const record = (engagementId: string, type: 'diagnostic' | 'workshop', subject: string, as: string) =>
    // Unscheduled: a record of what happened, done when recorded.
    callApi(api.baseUrl, 'POST', `/api/engagements/${engagementId}/activities`, headers[as], { type, subject });

  it('refuses to bill a commune whose work is not recorded as done (422 work-not-done), saying what is missing', async () => {
    // Gembloux's diagnostic is only scheduled, next week; no workshop yet.
    const gembloux = await engagementOf('Gembloux');
    expect(gembloux.work).toEqual({ diagnosticDone: false, workshopDone: false });
    const early = await move(gembloux.id, { to: 'workshop_held', version: gembloux.version }, 'consultant1@bep.demo');
    expect([early.status, early.body.type]).toEqual([422, 'urn:bep:stage-rule:work-not-done']);
    expect(early.body.detail).toContain('neither the diagnostic nor a workshop is recorded as done');
    // A manager's move needs a note to override the rule; without one it is refused the same way.
    const withoutNote = await move(gembloux.id, { to: 'workshop_held', version: gembloux.version });
    expect([withoutNote.status, withoutNote.body.type]).toEqual([422, 'urn:bep:stage-rule:work-not-done']);
    expect((await record(gembloux.id, 'diagnostic', 'Diagnostic remis au collège', 'consultant1@bep.demo')).status).toBe(201);
    const noWorkshop = await move(gembloux.id, { to: 'workshop_held', version: gembloux.version, note: 'Atelier prévu, je prends les devants' }, 'consultant1@bep.demo');
    expect([noWorkshop.status, noWorkshop.body.type]).toEqual([422, 'urn:bep:stage-rule:work-not-done']);
    expect(noWorkshop.body.detail).toContain('no workshop is recorded as done');
    expect((await engagementOf('Gembloux'))).toMatchObject({ stage: 'diagnostic_requested', version: gembloux.version, work: { diagnosticDone: true, workshopDone: false } });
    expect(await historyCount(gembloux.id)).toBe(3);
  });

  it('lets the lead consultant move forward by one stage once the work is done: history, audit and a new version together', async () => {
    const before = await engagementOf('Gembloux');
    expect((await record(before.id, 'workshop', 'Atelier d’idéation', 'consultant1@bep.demo')).status).toBe(201);
    const gembloux = await engagementOf('Gembloux');
    expect(gembloux.work).toEqual({ diagnosticDone: true, workshopDone: true });
    const statements = countQueries(api.app.get(DataSource));
    const { status, body } = await move(gembloux.id, { to: 'workshop_held', version: gembloux.version }, 'consultant1@bep.demo');
    statements.stop();
    expect(status).toBe(200);
    expect(body).toEqual({
      id: gembloux.id,
      stage: 'workshop_held',
      stageEnteredAt: expect.any(String),
      version: gembloux.version + 1,
      lead: gembloux.lead,
      kind: 'forward',
    });
    expect(Date.parse(body.stageEnteredAt)).toBeGreaterThan(Date.parse(gembloux.stageEnteredAt));
    // The session lookup, then one short transaction: lock and read (the campaign's billing stage included), history row, update,
    // audit entry, and one outbox write with the reminders' job and, since the move enters the billing stage, the billing job.
    expect(statements.statements.map((sql) => sql.trim().split(/\s+/)[0])).toEqual(['SELECT', 'START', 'SELECT', 'INSERT', 'WITH', 'INSERT', 'INSERT', 'COMMIT']);
    const detail = await get<EngagementDetail>(`/api/engagements/${gembloux.id}`);
    expect([detail.body.stage, detail.body.version]).toEqual(['workshop_held', body.version]);
    // Moved on the application's clock, before the diagnostic scheduled next week.
    const moved = detail.body.timeline.filter((entry) => entry.kind === 'stage-change').at(-1);
    expect(moved).toMatchObject({ at: body.stageEnteredAt, actor: { name: 'Camille Dubois' }, details: { from: 'diagnostic_requested', to: 'workshop_held' } });
    expect(Date.parse(body.stageEnteredAt)).toBeGreaterThanOrEqual(Date.parse(TEST_CLOCK_START));
    expect(detail.body.timeline.at(-1)?.kind).toBe('activity');
    const [audit] = await database.dataSource.query<{ before: unknown; after: unknown }[]>(
      `SELECT "before", "after" FROM "audit_entry" WHERE "entity_type" = 'engagement' AND "entity_id" = $1`,
      [gembloux.id],
    );
    expect(audit).toMatchObject({ before: { stage: 'diagnostic_requested' }, after: { stage: 'workshop_held', kind: 'forward', overrides: null } });
  });

  it('lets a manager override the missing work with a note, which the timeline shows as an override', async () => {
    const ciney = await engagementOf('Ciney');
    const { status, body } = await move(ciney.id, { to: 'workshop_held', note: 'Diagnostic et atelier tenus sur papier, encodage la semaine prochaine', version: ciney.version });
    expect([status, body.kind]).toEqual([200, 'forward']);
    const detail = await get<EngagementDetail>(`/api/engagements/${ciney.id}`);
    const [moved] = detail.body.timeline.filter((entry) => entry.kind === 'stage-change').slice(-1);
    expect(moved).toMatchObject({
      at: body.stageEnteredAt,
      actor: { name: 'Marie Gestionnaire' },
      details: { to: 'workshop_held', note: 'Diagnostic et atelier tenus sur papier, encodage la semaine prochaine', overrides: 'work-not-done', missing: 'diagnostic-and-workshop' },
    });
    // The moves that overrode nothing say so.
    expect(detail.body.timeline.filter((entry) => entry.kind === 'stage-change').slice(0, -1).map((entry) => entry.details['overrides'])).toEqual([null, null, null]);
    // Back where the other tests expect it; a backward move is no override.
    const back = await move(ciney.id, { to: 'diagnostic_requested', note: 'Encodage d’abord', version: body.version });
    expect(back.status).toBe(200);
  });

  it('answers a stale version with 409 and changes nothing', async () => {
    const ciney = await engagementOf('Ciney');
    const before = await historyCount(ciney.id);
    const { status, body } = await move(ciney.id, { to: 'workshop_held', version: ciney.version - 1 });
    expect(status).toBe(409);
    expect(body.detail).toContain('changed meanwhile');
    expect((await engagementOf('Ciney')).stage).toBe('diagnostic_requested');
    expect(await historyCount(ciney.id)).toBe(before);
  });

  it('refuses a consultant who is not assigned (403) and finance (403)', async () => {
    const ciney = await engagementOf('Ciney');
    expect((await move(ciney.id, { to: 'workshop_held', version: ciney.version }, 'consultant2@bep.demo')).status).toBe(403);
    expect((await move(ciney.id, { to: 'workshop_held', version: ciney.version }, 'finance@bep.demo')).status).toBe(403);
    expect((await engagementOf('Ciney')).stage).toBe('diagnostic_requested');
  });

  it('answers a broken stage rule with 422 naming the rule', async () => {
    const viroinval = await engagementOf('Viroinval');
    const skip = await move(viroinval.id, { to: 'accompaniment', version: viroinval.version }, 'consultant2@bep.demo');
    expect(skip.status).toBe(422);
    expect(skip.body.type).toBe('urn:bep:stage-rule:skip-or-backward-needs-manager');
    const noNote = await move(viroinval.id, { to: 'survey_sent', version: viroinval.version });
    expect(noNote.status).toBe(422);
    expect(noNote.body.type).toBe('urn:bep:stage-rule:note-required');
    const same = await move(viroinval.id, { to: 'diagnostic_requested', version: viroinval.version });
    expect(same.body.type).toBe('urn:bep:stage-rule:same-stage');
  });

  it('lets a manager move backward with a note, close and reopen', async () => {
    let profondeville = await engagementOf('Profondeville');
    const back = await move(profondeville.id, { to: 'survey_answered', note: 'Diagnostic reporté à la demande de la commune', version: profondeville.version });
    expect(back.status).toBe(200);
    const closed = await move(profondeville.id, { to: 'declined', note: 'Pas de phase 2 cette année', version: back.body.version });
    expect(closed.body.stage).toBe('declined');
    const reopened = await move(profondeville.id, { to: 'survey_answered', note: 'Nouveau collège', version: closed.body.version });
    expect(reopened.status).toBe(200);
    profondeville = await engagementOf('Profondeville');
    expect(profondeville.stage).toBe('survey_answered');
  });

  it('lets a manager skip with a note and the lead consultant close, but only a manager reopen', async () => {
    headers['consultant3@bep.demo'] = (await signIn(api.baseUrl, 'consultant3@bep.demo')).browser; // leads Ciney
    const ciney = await engagementOf('Ciney');
    const skip = await move(ciney.id, { to: 'accompaniment', note: 'Atelier tenu hors programme', version: ciney.version });
    expect(skip.status).toBe(200);
    const [audit] = await database.dataSource.query<{ after: { kind: string } }[]>(
      `SELECT "after" FROM "audit_entry" WHERE "entity_id" = $1 AND "action" = 'transition' ORDER BY "id" DESC LIMIT 1`,
      [ciney.id],
    );
    expect(audit?.after.kind).toBe('skip');
    const closed = await move(ciney.id, { to: 'withdrawn', note: 'La commune se retire', version: skip.body.version }, 'consultant3@bep.demo');
    expect(closed.status).toBe(200);
    const reopen = await move(ciney.id, { to: 'accompaniment', note: 'Elle revient', version: closed.body.version }, 'consultant3@bep.demo');
    expect([reopen.status, reopen.body.type]).toEqual([422, 'urn:bep:stage-rule:reopen-needs-manager']);
    const closeAgain = await move(ciney.id, { to: 'declined', note: 'Autrement', version: closed.body.version });
    expect([closeAgain.status, closeAgain.body.type]).toEqual([422, 'urn:bep:stage-rule:already-closed']);
  });

  it('refuses malformed input with 400', async () => {
    const fernelmont = await engagementOf('Fernelmont');
    expect((await move(fernelmont.id, { to: 'somewhere', version: 1 })).status).toBe(400);
    expect((await move(fernelmont.id, { to: 'workshop_held' })).status).toBe(400);
    expect((await move('not-a-uuid', { to: 'workshop_held', version: 1 })).status).toBe(400);
  });

  it('leaves nothing behind when the transaction fails halfway', async () => {
    const fernelmont = await engagementOf('Fernelmont');
    const before = await historyCount(fernelmont.id);
    await database.dataSource.query(`ALTER TABLE "audit_entry" ADD CONSTRAINT "test_refuse_engagement_entries" CHECK ("entity_type" <> 'engagement') NOT VALID`);
    try {
      expect((await move(fernelmont.id, { to: 'workshop_held', note: 'Travail fait, encodage en retard', version: fernelmont.version })).status).toBe(500);
    } finally {
      await database.dataSource.query(`ALTER TABLE "audit_entry" DROP CONSTRAINT "test_refuse_engagement_entries"`);
    }
    const after = await engagementOf('Fernelmont');
    expect([after.stage, after.version]).toEqual([fernelmont.stage, fernelmont.version]);
    expect(await historyCount(fernelmont.id)).toBe(before);
  });

  describe('assignments', () => {
    const assign = async (id: string, body: unknown, as = 'manager@bep.demo') => {
      const response = await fetch(`${api.baseUrl}/api/engagements/${id}/assignments`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', ...headers[as] },
        body: JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as EngagementDetail };
    };
    const consultantIds = async () =>
      new Map(
        (await database.dataSource.query<{ id: string; full_name: string }[]>(`SELECT "id", "full_name" FROM "consultant"`)).map((c) => [c.full_name, c.id]),
      );

    it('sets the team and its lead, which then may move the engagement, and shows the change on the timeline', async () => {
      const ids = await consultantIds();
      const anhee = await engagementOf('Anhée');
      const lambert = ids.get('Julien Lambert') ?? '';
      const moreau = ids.get('Léa Moreau') ?? '';
      const { status, body } = await assign(anhee.id, { leadId: lambert, consultantIds: [lambert, moreau] });
      expect(status).toBe(200);
      expect(body.lead?.name).toBe('Julien Lambert');
      expect(body.consultants.map((c) => [c.name, c.isLead])).toEqual([
        ['Julien Lambert', true],
        ['Léa Moreau', false],
      ]);
      expect(body.timeline.at(-1)).toMatchObject({ kind: 'assignment', actor: { name: 'Marie Gestionnaire' }, details: { lead: 'Julien Lambert' } });
      // consultant2 (Julien Lambert) may now move Anhée forward.
      expect((await move(anhee.id, { to: 'survey_answered', version: body.version }, 'consultant2@bep.demo')).status).toBe(200);
    });

    it('refuses a lead outside the team (400), an unknown consultant (422) and anyone but a manager (403)', async () => {
      const ids = await consultantIds();
      const assesse = await engagementOf('Assesse');
      const dubois = ids.get('Camille Dubois') ?? '';
      expect((await assign(assesse.id, { leadId: dubois, consultantIds: [] })).status).toBe(400);
      expect((await assign(assesse.id, { leadId: null, consultantIds: [dubois, dubois] })).status).toBe(400);
      expect((await assign(assesse.id, { leadId: null, consultantIds: ['00000000-0000-4000-8000-000000000000'] })).status).toBe(422);
      expect((await assign(assesse.id, { leadId: dubois, consultantIds: [dubois] }, 'consultant1@bep.demo')).status).toBe(403);
      expect((await engagementOf('Assesse')).consultants).toEqual([]);
    });
  });

  it("lets a row that points at the engagement be written while a move holds it: a move and a questionnaire's first save never deadlock", async () => {
    const ohey = await engagementOf('Ohey');
    const [version] = await database.dataSource.query<{ id: string }[]>(`SELECT "id" FROM "questionnaire_version" LIMIT 1`);
    const moving = database.dataSource.createQueryRunner();
    const saving = database.dataSource.createQueryRunner();
    await Promise.all([moving.connect(), saving.connect()]);
    try {
      await moving.startTransaction();
      await lockForMove(moving.manager, ohey.id);
      await saving.startTransaction();
      // The foreign-key check of this insert takes a key-share lock on the engagement's row: a
      // FOR UPDATE held by the move would make it wait (here, fail after the timeout).
      await saving.query(`SET LOCAL lock_timeout = '2s'`);
      await saving.query(`INSERT INTO "survey_response" ("engagement_id", "questionnaire_version_id", "started_at") VALUES ($1, $2, now())`, [ohey.id, version?.id]);
      await saving.rollbackTransaction();
      await moving.rollbackTransaction();
    } finally {
      await Promise.all([moving.release(), saving.release()]);
    }
  });
});
