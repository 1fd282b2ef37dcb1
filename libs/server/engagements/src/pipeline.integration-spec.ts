import type { Pipeline } from '@bep/contracts';
import type { MigratedDatabase } from '@bep/server/core/database/testing';
import { type DemoApi, signIn, startDemoApi } from '@bep/server/core/test-api';
import { EngagementsModule } from './engagements.module';

describe('GET /api/pipeline', () => {
  let database: MigratedDatabase;
  let api: DemoApi;
  let headers: Record<string, string>;

  beforeAll(async () => {
    api = await startDemoApi('pipeline', [EngagementsModule]);
    database = api.database;
    headers = (await signIn(api.baseUrl, 'consultant4@bep.demo')).bearer;
  });

  afterAll(() => api?.close());

  const board = async (query = '') => {
    const response = await fetch(`${api.baseUrl}/api/pipeline${query}`, { headers });
    return { status: response.status, body: (await response.json()) as Pipeline };
  };

  it('has one column per stage, in pipeline order, with counts and cards', async () => {
    const { status, body } = await board();
    expect(status).toBe(200);
    // The demo on the tests' calendar (TEST_CLOCK_START, Tuesday 17 March 2026).
    expect(body.campaign).toEqual({ id: expect.any(String), name: 'Radioscopie numérique 2026', deadline: '2026-10-31' });
    expect(body.columns.map((c) => [c.stage, c.count])).toEqual([
      ['survey_sent', 28],
      ['survey_answered', 4],
      ['diagnostic_requested', 5],
      ['workshop_held', 0],
      ['accompaniment', 0],
      ['declined', 0],
      ['withdrawn', 0],
    ]);
    const gembloux = body.columns[2]?.cards.find((card) => card.commune.name === 'Gembloux');
    expect(gembloux).toMatchObject({
      commune: { nis: '92142', arrondissement: 'Namur', population: 26141 },
      lead: { name: 'Camille Dubois' },
      stageEnteredAt: '2026-02-27T09:15:00.000Z',
      daysInStage: 18,
      nextScheduled: { type: 'diagnostic', subject: 'Diagnostic numérique — Gembloux', scheduledAt: '2026-03-24T09:00:00.000Z' },
      work: { diagnosticDone: false, workshopDone: false },
    });
    // Viroinval, the demo's commune ready to be billed: the board may offer it Atelier tenu.
    expect(body.columns[2]?.cards.find((card) => card.commune.name === 'Viroinval')?.work).toEqual({ diagnosticDone: true, workshopDone: true });
    // Answered the longest ago first: Rochefort on 3 March, 14 days ago.
    expect(body.columns[1]?.cards.map((card) => [card.commune.name, card.daysInStage])).toEqual([
      ['Rochefort', 14],
      ['Eghezée', 12],
      ['Sombreffe', 7],
      ['Couvin', 5],
    ]);
    expect(body.columns.every((column) => column.count === column.cards.length)).toBe(true);
  });

  it('counts days in stage in Brussels calendar days, up to the application clock', async () => {
    const enter = (commune: string, at: string) =>
      database.dataSource.query(`UPDATE "engagement" e SET "stage_entered_at" = $2 FROM "commune" c WHERE c."nis" = e."commune_nis" AND c."name" = $1`, [commune, at]);
    // On Tuesday 17 March 2026 at 10:00: three calendar days since Saturday 00:30; one since yesterday 23:30, less than 24 hours ago.
    await enter('Ciney', '2026-03-14T00:30:00+01:00');
    await enter('Fernelmont', '2026-03-16T23:30:00+01:00');
    const cards = (await board()).body.columns[2]?.cards;
    expect(cards?.find((card) => card.commune.name === 'Ciney')?.daysInStage).toBe(3);
    expect(cards?.find((card) => card.commune.name === 'Fernelmont')?.daysInStage).toBe(1);
  });

  it('filters by arrondissement, consultant and text', async () => {
    const dinant = (await board('?arrondissement=Dinant')).body;
    expect(dinant.columns.reduce((sum, c) => sum + c.count, 0)).toBe(15);
    const lead = (await board()).body.columns[2]?.cards.find((card) => card.commune.name === 'Viroinval')?.lead;
    const mine = (await board(`?consultantId=${lead?.id}`)).body;
    expect(mine.columns.flatMap((c) => c.cards.map((card) => card.commune.name))).toEqual(['Viroinval']);
    const text = (await board('?q=sur-')).body;
    expect(text.columns.flatMap((c) => c.cards.map((card) => card.commune.name)).sort()).toEqual(['Jemeppe-sur-Sambre', 'Vresse-sur-Semois']);
    // As the communes table searches: regardless of accents, and by postal code.
    const names = async (query: string) => (await board(query)).body.columns.flatMap((c) => c.cards.map((card) => card.commune.name));
    expect(await names('?q=ANHEE')).toEqual(['Anhée']);
    expect(await names('?q=5030')).toEqual(['Gembloux']);
    expect((await board('?consultantId=nope')).status).toBe(400);
  });

  it('caps the cards per column, longest in stage first, and keeps the whole count', async () => {
    const { body } = await board('?cardsPerColumn=3');
    const surveySent = body.columns[0];
    expect(surveySent?.count).toBe(28);
    expect(surveySent?.cards).toHaveLength(3);
    const entered = surveySent?.cards.map((card) => card.stageEnteredAt) ?? [];
    expect([...entered].sort()).toEqual(entered);
    expect((await board('?cardsPerColumn=0')).body.columns.every((column) => column.cards.length === 0)).toBe(true);
    expect((await board('?cardsPerColumn=5000')).status).toBe(400);
  });
});
