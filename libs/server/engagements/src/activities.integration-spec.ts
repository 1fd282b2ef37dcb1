import type { Activity, ActivityPage, EngagementDetail, EngagementPage, Pipeline } from '@bep/contracts';
import type { MigratedDatabase } from '@bep/server/core/database/testing';
import { callApi, type DemoApi, signIn, startDemoApi } from '@bep/server/core/test-api';
import { TEST_CLOCK_START } from '@bep/server/core/testing';
import { EngagementsModule } from './engagements.module';

describe('activities on engagements', () => {
  let database: MigratedDatabase;
  let api: DemoApi;
  const headers: Record<string, Record<string, string>> = {};
  let gembloux: EngagementPage['items'][number];
  let viroinval: EngagementPage['items'][number];
  let gemblouxContact: string;
  let cineyContact: string;

  beforeAll(async () => {
    api = await startDemoApi('activities', [EngagementsModule]);
    database = api.database;
    // consultant1 (Camille Dubois) leads Gembloux; consultant2 leads Viroinval.
    for (const email of ['manager@bep.demo', 'consultant1@bep.demo', 'consultant2@bep.demo', 'finance@bep.demo']) {
      headers[email] = (await signIn(api.baseUrl, email)).browser;
    }
    const page = (await call<EngagementPage>('GET', '/api/engagements?stage=diagnostic_requested')).body;
    gembloux = page.items.find((e) => e.commune.name === 'Gembloux') as typeof gembloux;
    viroinval = page.items.find((e) => e.commune.name === 'Viroinval') as typeof viroinval;
    const contact = async (nis: string, name: string) =>
      (
        await database.dataSource.query<{ id: string }[]>(
          `INSERT INTO "contact" ("commune_nis", "full_name", "function", "email", "is_binome") VALUES ($1, $2, 'agent', 'agent@example.be', true) RETURNING "id"`,
          [nis, name],
        )
      )[0]?.id as string;
    gemblouxContact = await contact('92142', 'Marie Lefèvre');
    cineyContact = await contact('91030', 'Paul Dumont');
  });

  afterAll(() => api?.close());

  const call = <T>(method: string, path: string, body?: unknown, as = 'manager@bep.demo') => callApi<T>(api.baseUrl, method, path, headers[as], body);
  const count = async (table: string) => Number((await database.dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM "${table}"`))[0]?.n);
  const camille = () => gembloux.lead?.id as string;

  it('lets the lead consultant schedule a diagnostic in Brussels time, with participants, audited', async () => {
    const { status, body } = await call<Activity>(
      'POST',
      `/api/engagements/${gembloux.id}/activities`,
      { type: 'diagnostic', subject: 'Diagnostic à l’administration', scheduledAt: '2030-12-16T14:00', participants: { contactIds: [gemblouxContact], consultantIds: [camille()] } },
      'consultant1@bep.demo',
    );
    expect(status).toBe(201);
    expect(body).toMatchObject({
      engagementId: gembloux.id,
      commune: { nis: '92142', name: 'Gembloux' },
      type: 'diagnostic',
      scheduledAt: '2030-12-16T13:00:00.000Z', // winter: Brussels is UTC+1
      durationMinutes: 240,
      completedAt: null,
      participants: { contacts: [{ id: gemblouxContact, name: 'Marie Lefèvre', function: 'agent' }], consultants: [{ id: camille(), name: 'Camille Dubois' }] },
      createdBy: { name: 'Camille Dubois' },
    });
    const [audit] = await database.dataSource.query<{ action: string; after: Record<string, unknown> }[]>(
      `SELECT "action", "after" FROM "audit_entry" WHERE "entity_type" = 'activity' AND "entity_id" = $1`,
      [body.id],
    );
    expect(audit).toMatchObject({ action: 'create', after: { contactIds: [gemblouxContact], type: 'diagnostic' } });
    expect(JSON.stringify(audit?.after)).not.toContain('Marie');

    const detail = (await call<EngagementDetail>('GET', `/api/engagements/${gembloux.id}`, undefined, 'finance@bep.demo')).body;
    expect(detail.timeline.at(-1)).toMatchObject({ kind: 'activity', at: '2030-12-16T13:00:00.000Z', details: { activityId: body.id, type: 'diagnostic' } });
    // The board shows the soonest: the demo's diagnostic, next Tuesday (the tests' calendar starts on 17 March 2026).
    const card = (await call<Pipeline>('GET', '/api/pipeline')).body.columns[2]?.cards.find((c) => c.engagementId === gembloux.id);
    expect(card?.nextScheduled).toMatchObject({ type: 'diagnostic', subject: 'Diagnostic numérique — Gembloux', scheduledAt: '2026-03-24T09:00:00.000Z' });
    await database.dataSource.query(`UPDATE "activity" SET "completed_at" = "scheduled_at" WHERE "subject" = 'Diagnostic numérique — Gembloux'`);
    try {
      const next = (await call<Pipeline>('GET', '/api/pipeline')).body.columns[2]?.cards.find((c) => c.engagementId === gembloux.id);
      expect(next?.nextScheduled).toEqual({ activityId: body.id, type: 'diagnostic', subject: 'Diagnostic à l’administration', scheduledAt: '2030-12-16T13:00:00.000Z' });
    } finally {
      await database.dataSource.query(`UPDATE "activity" SET "completed_at" = NULL WHERE "subject" = 'Diagnostic numérique — Gembloux'`);
    }
  });

  it('logs a note as done when it has no scheduled time, and places it when it was written, on the application clock', async () => {
    const { status, body } = await call<Activity>('POST', `/api/engagements/${gembloux.id}/activities`, { type: 'note', subject: 'Préfère un atelier en janvier' });
    expect(status).toBe(201);
    expect(body).toMatchObject({ scheduledAt: null, durationMinutes: 0, location: null, outcome: null });
    // The tests' calendar starts at TEST_CLOCK_START and runs on from there.
    const written = Date.parse(body.createdAt);
    expect(written).toBeGreaterThanOrEqual(Date.parse(TEST_CLOCK_START));
    expect(written).toBeLessThan(Date.parse(TEST_CLOCK_START) + 3_600_000);
    expect(body.completedAt).toBe(body.createdAt);
    const detail = (await call<EngagementDetail>('GET', `/api/engagements/${gembloux.id}`)).body;
    expect(detail.timeline.find((entry) => entry.details['activityId'] === body.id)?.at).toBe(body.createdAt);
  });

  it('refuses writers outside the engagement and roles that only read', async () => {
    const note = { type: 'note', subject: 'Essai' };
    const before = await count('activity');
    const other = await call<{ status: number; detail: string }>('POST', `/api/engagements/${viroinval.id}/activities`, note, 'consultant1@bep.demo');
    expect(other.status).toBe(403);
    expect(other.body.detail).toMatch(/assigned to this engagement/);
    expect((await call('POST', `/api/engagements/${gembloux.id}/activities`, note, 'finance@bep.demo')).status).toBe(403);
    expect((await call('POST', `/api/engagements/00000000-0000-4000-8000-000000000000/activities`, note)).status).toBe(404);
    expect(await count('activity')).toBe(before);
  });

  it.each([
    ['a Brussels time that does not exist', { type: 'meeting', subject: 'Réunion', scheduledAt: '2027-03-28T02:30' }],
    ['an unknown type', { type: 'visit', subject: 'Visite' }],
    ['an empty subject', { type: 'call', subject: '  ' }],
    ['an unknown field', { type: 'call', subject: 'Appel', priority: 'high' }],
    ['a duration over a day', { type: 'workshop', subject: 'Atelier', durationMinutes: 2000 }],
    ['a place over 200 characters', { type: 'workshop', subject: 'Atelier', location: 'x'.repeat(201) }],
    ['a person twice', { type: 'call', subject: 'Appel', participants: { consultantIds: ['6f1c0e8a-3b5d-4c1e-9a7f-2d4b8c6e1a30', '6f1c0e8a-3b5d-4c1e-9a7f-2d4b8c6e1a30'] } }],
  ])('answers 400 problem details for %s, and stores nothing', async (_case, body) => {
    const before = await count('activity');
    const response = await call<{ status: number; errors: unknown[] }>('POST', `/api/engagements/${gembloux.id}/activities`, body);
    expect(response.status).toBe(400);
    expect(response.body.errors.length).toBeGreaterThan(0);
    expect(await count('activity')).toBe(before);
  });

  it('answers 422 for participants who are not of the commune, erased or inactive, and stores nothing', async () => {
    const erased = (
      await database.dataSource.query<{ id: string }[]>(
        `INSERT INTO "contact" ("commune_nis", "full_name", "function", "erased_at") VALUES ('92142', 'Contact effacé', 'other', now()) RETURNING "id"`,
      )
    )[0]?.id;
    const before = [await count('activity'), await count('activity_participant')];
    for (const participants of [{ contactIds: [cineyContact] }, { contactIds: [erased] }, { consultantIds: ['00000000-0000-4000-8000-000000000000'] }]) {
      const response = await call<{ type: string }>('POST', `/api/engagements/${gembloux.id}/activities`, { type: 'call', subject: 'Appel', participants });
      expect(response.status).toBe(422);
      expect(response.body.type).toBe('urn:bep:activity:participants');
    }
    expect([await count('activity'), await count('activity_participant')]).toEqual(before);
  });

  it('reschedules, records the outcome and marks done; other consultants may not', async () => {
    const created = (await call<Activity>('POST', `/api/engagements/${gembloux.id}/activities`, { type: 'workshop', subject: 'Atelier', scheduledAt: '2030-06-12T09:30:00+02:00' })).body;
    expect(created.scheduledAt).toBe('2030-06-12T07:30:00.000Z');
    const moved = await call<Activity>('PATCH', `/api/activities/${created.id}`, { scheduledAt: '2030-06-19T10:00', participants: { consultantIds: [camille()] } }, 'consultant1@bep.demo');
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ scheduledAt: '2030-06-19T08:00:00.000Z', completedAt: null, participants: { consultants: [{ name: 'Camille Dubois' }] } });
    const done = await call<Activity>('PATCH', `/api/activities/${created.id}`, { completed: true, outcome: 'Trois pistes retenues' });
    expect(done.body.completedAt).not.toBeNull();
    expect(done.body.outcome).toBe('Trois pistes retenues');
    expect((await call('PATCH', `/api/activities/${created.id}`, { subject: 'Autre' }, 'consultant2@bep.demo')).status).toBe(403);
    expect((await call('PATCH', `/api/activities/${created.id}`, {})).status).toBe(400);
    const audits = await database.dataSource.query<{ action: string }[]>(`SELECT "action" FROM "audit_entry" WHERE "entity_id" = $1 ORDER BY "id"`, [created.id]);
    expect(audits.map((a) => a.action)).toEqual(['create', 'update', 'update']);
  });

  it('keeps where an activity takes place: given, read back, moved, audited, cleared by blank text', async () => {
    const created = await call<Activity>('POST', `/api/engagements/${gembloux.id}/activities`, {
      type: 'workshop',
      subject: 'Atelier d’idéation',
      scheduledAt: '2030-09-10T13:30',
      location: '  Hôtel de ville de Gembloux, salle du collège ',
    });
    expect(created.status).toBe(201);
    expect(created.body.location).toBe('Hôtel de ville de Gembloux, salle du collège');
    const listed = (await call<ActivityPage>('GET', `/api/activities?engagementId=${gembloux.id}&from=2030-09-10&to=2030-09-10`, undefined, 'finance@bep.demo')).body;
    expect(listed.items.map((a) => [a.id, a.location])).toEqual([[created.body.id, 'Hôtel de ville de Gembloux, salle du collège']]);
    const detail = (await call<EngagementDetail>('GET', `/api/engagements/${gembloux.id}`)).body;
    expect(detail.timeline.find((entry) => entry.details['activityId'] === created.body.id)?.details['location']).toBe('Hôtel de ville de Gembloux, salle du collège');

    const moved = await call<Activity>('PATCH', `/api/activities/${created.body.id}`, { location: 'Visioconférence' }, 'consultant1@bep.demo');
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ location: 'Visioconférence', subject: 'Atelier d’idéation', scheduledAt: '2030-09-10T11:30:00.000Z' });
    const [audit] = await database.dataSource.query<{ before: { location: string }; after: { location: string } }[]>(
      `SELECT "before", "after" FROM "audit_entry" WHERE "entity_id" = $1 AND "action" = 'update'`,
      [created.body.id],
    );
    expect([audit?.before.location, audit?.after.location]).toEqual(['Hôtel de ville de Gembloux, salle du collège', 'Visioconférence']);

    const tooLong = await call<{ status: number; errors: { path: string }[] }>('PATCH', `/api/activities/${created.body.id}`, { location: 'x'.repeat(201) });
    expect(tooLong.status).toBe(400);
    expect(tooLong.contentType).toContain('application/problem+json');
    expect(tooLong.body.errors.map((error) => error.path)).toEqual(['location']);
    expect((await call<Activity>('GET', `/api/activities/${created.body.id}`)).body.location).toBe('Visioconférence');

    const cleared = await call<Activity>('PATCH', `/api/activities/${created.body.id}`, { location: '   ' });
    expect(cleared.body.location).toBeNull();
    const unplaced = await call<Activity>('POST', `/api/engagements/${gembloux.id}/activities`, { type: 'call', subject: 'Appel', location: '' });
    expect(unplaced.body.location).toBeNull();
    expect((await database.dataSource.query<{ location: string | null }[]>(`SELECT "location" FROM "activity" WHERE "id" = $1`, [unplaced.body.id]))[0]).toEqual({ location: null });
  });

  it('deletes an activity, audited, and keeps its participants’ contacts', async () => {
    const created = (await call<Activity>('POST', `/api/engagements/${gembloux.id}/activities`, { type: 'call', subject: 'Appel', participants: { contactIds: [gemblouxContact] } })).body;
    expect((await call('DELETE', `/api/activities/${created.id}`, undefined, 'consultant2@bep.demo')).status).toBe(403);
    expect((await call('DELETE', `/api/activities/${created.id}`, undefined, 'consultant1@bep.demo')).status).toBe(204);
    expect((await call('GET', `/api/activities/${created.id}`)).status).toBe(404);
    expect((await database.dataSource.query(`SELECT 1 FROM "contact" WHERE "id" = $1`, [gemblouxContact])).length).toBe(1);
    const [audit] = await database.dataSource.query<{ action: string }[]>(`SELECT "action" FROM "audit_entry" WHERE "entity_id" = $1 ORDER BY "id" DESC LIMIT 1`, [created.id]);
    expect(audit?.action).toBe('delete');
  });

  it('lists the calendar by Brussels dates, type, consultant and state, paginated', async () => {
    await call('POST', `/api/engagements/${viroinval.id}/activities`, { type: 'diagnostic', subject: 'Diagnostic Viroinval', scheduledAt: '2030-12-16T00:30' }, 'consultant2@bep.demo');
    const list = (query: string) => call<ActivityPage>('GET', `/api/activities?${query}`, undefined, 'finance@bep.demo');
    // 00:30 on 16 December in Brussels is still 15 December in UTC: the day is Brussels's.
    const day = (await list('from=2030-12-16&to=2030-12-16')).body;
    expect(day.items.map((a) => a.subject)).toEqual(['Diagnostic Viroinval', 'Diagnostic à l’administration']);
    expect((await list('from=2030-12-15&to=2030-12-15')).body.total).toBe(0);
    // The demo's diagnostic, with Camille, next Tuesday; then the one scheduled above.
    expect((await list(`type=diagnostic&consultantId=${camille()}`)).body.items.map((a) => [a.commune.name, a.subject])).toEqual([
      ['Gembloux', 'Diagnostic numérique — Gembloux'],
      ['Gembloux', 'Diagnostic à l’administration'],
    ]);
    expect((await list('pending=true')).body.items.every((a) => a.scheduledAt !== null && a.completedAt === null)).toBe(true);
    const firstPage = (await list(`engagementId=${gembloux.id}&limit=1`)).body;
    expect(firstPage).toMatchObject({ limit: 1, offset: 0 });
    expect(firstPage.total).toBeGreaterThan(1);
    expect(firstPage.items).toHaveLength(1);
    expect((await list('from=2030-12-17&to=2030-12-16')).status).toBe(400);
    expect((await list('pending=maybe')).status).toBe(400);
  });
});
