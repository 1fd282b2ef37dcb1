import type { CommuneList } from '@bep/contracts';
import { requireTestServices } from '@bep/server/core/testing';
import { createMigratedDatabase, type MigratedDatabase } from '@bep/server/core/database/testing';
import { loadDemo, signIn, startCapabilityApi, type TestApi } from '@bep/server/core/test-api';
import { CommunesModule } from './communes.module';

describe('GET /api/communes', () => {
  let database: MigratedDatabase;
  let api: TestApi;
  let headers: Record<string, string>;

  beforeAll(async () => {
    await requireTestServices();
    database = await createMigratedDatabase('communes');
    api = await startCapabilityApi(database.url, [CommunesModule]);
    // An account to read with; the demo's campaign is removed to see the list before any campaign.
    await loadDemo(database.dataSource);
    headers = (await signIn(api.baseUrl, 'finance@bep.demo')).bearer;
  });

  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  it('is for signed-in users only', async () => {
    expect((await fetch(`${api.baseUrl}/api/communes`)).status).toBe(401);
  });

  it('lists the 38 reference communes without engagements when no campaign is current', async () => {
    await database.dataSource.query('UPDATE "campaign" SET "is_current" = false');
    const response = await fetch(`${api.baseUrl}/api/communes`, { headers });
    await database.dataSource.query('UPDATE "campaign" SET "is_current" = true');
    expect(response.status).toBe(200);
    const body = (await response.json()) as CommuneList;
    expect(body.total).toBe(38);
    expect(body.items).toHaveLength(38);
    expect(body.campaign).toBeNull();
    expect(body.items.every((commune) => commune.engagement === null)).toBe(true);
  });

  it('shows each commune with its stage and lead in the current campaign once the demo is loaded', async () => {
    const body = (await (await fetch(`${api.baseUrl}/api/communes`, { headers })).json()) as CommuneList;

    // The demo on the tests' calendar (TEST_CLOCK_START, March 2026).
    expect(body.campaign?.name).toBe('Radioscopie numérique 2026');
    const byName = new Map(body.items.map((commune) => [commune.name, commune]));
    expect(byName.get('Gembloux')).toEqual({
      nis: '92142',
      name: 'Gembloux',
      arrondissement: 'Namur',
      postalCode: '5030',
      population: 26141,
      latitude: 50.5498,
      longitude: 4.7066,
      eligible: true,
      engagement: { id: expect.any(String), stage: 'diagnostic_requested', leadConsultant: { id: expect.any(String), name: 'Camille Dubois' } },
    });
    expect(byName.get('Namur')).toMatchObject({ eligible: false, engagement: null });
    const requested = body.items.filter((commune) => commune.engagement?.stage === 'diagnostic_requested').map((commune) => commune.name);
    expect(requested.sort()).toEqual(['Ciney', 'Fernelmont', 'Gembloux', 'Profondeville', 'Viroinval']);
    const answered = body.items.filter((commune) => commune.engagement?.stage === 'survey_answered').map((commune) => commune.name);
    expect(answered.sort()).toEqual(['Couvin', 'Eghezée', 'Rochefort', 'Sombreffe']);
    expect(body.items.filter((commune) => commune.engagement?.stage === 'survey_sent')).toHaveLength(28);
  });

  it('sorts the communes by name', async () => {
    const body = (await (await fetch(`${api.baseUrl}/api/communes`, { headers })).json()) as CommuneList;
    const names = body.items.map((commune) => commune.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'fr')));
    expect([names[0], names[37]]).toEqual(['Andenne', 'Yvoir']);
  });

  it('filters by text, arrondissement, status and eligibility, and paginates', async () => {
    const list = async (query: string) => {
      const response = await fetch(`${api.baseUrl}/api/communes?${query}`, { headers });
      return { status: response.status, body: (await response.json()) as CommuneList };
    };
    const text = (await list('q=sur-&limit=1')).body;
    expect(text).toMatchObject({ total: 2, limit: 1, offset: 0 });
    expect(text.items.map((c) => c.name)).toEqual(['Jemeppe-sur-Sambre']);
    expect((await list('q=sur-&limit=1&offset=1')).body.items.map((c) => c.name)).toEqual(['Vresse-sur-Semois']);
    expect((await list('q=5030')).body.items.map((c) => c.name)).toEqual(['Gembloux']);
    expect((await list('arrondissement=Dinant')).body.total).toBe(15);
    expect((await list('status=diagnostic_requested')).body.total).toBe(5);
    expect((await list('eligible=false')).body.items.map((c) => c.name)).toEqual(['Namur']);
    expect((await list('status=not_eligible')).body.items.map((c) => c.name)).toEqual(['Namur']);
    // Every eligible commune of the demo has its engagement.
    expect((await list('status=out_of_campaign')).body.total).toBe(0);
    // French order: Éghezée comes with the E, not after the Z.
    const names = (await list('')).body.items.map((c) => c.name);
    expect(names.indexOf('Éghezée')).toBeLessThan(names.indexOf('Fernelmont'));
    expect((await list('limit=0')).status).toBe(400);
    expect((await list('status=lost')).status).toBe(400);
  });

  it('finds a commune typed without its accents or capitals, the filters leaving the facts of the whole list', async () => {
    const list = async (query: string) => (await (await fetch(`${api.baseUrl}/api/communes?${query}`, { headers })).json()) as CommuneList;
    expect((await list('q=ANHEE')).items.map((c) => c.name)).toEqual(['Anhée']);
    expect((await list('q=eghezee')).items.map((c) => c.name)).toEqual(['Eghezée']);
    expect((await list(`q=${encodeURIComponent('ÉGHÉZÉE')}`)).items.map((c) => c.name)).toEqual(['Eghezée']);
    const filtered = await list('q=anhee');
    expect(filtered.total).toBe(1);
    expect(filtered.unfilteredTotal).toBe(38);
    expect(filtered.arrondissements).toEqual(['Dinant', 'Namur', 'Philippeville']);
  });

  it('sorts by any column either way, equal values by name', async () => {
    const names = async (query: string) =>
      ((await (await fetch(`${api.baseUrl}/api/communes?${query}`, { headers })).json()) as CommuneList).items.map((c) => c.name);
    const byPopulation = ((await (await fetch(`${api.baseUrl}/api/communes?sort=population&order=desc`, { headers })).json()) as CommuneList).items;
    expect(byPopulation.map((c) => c.population)).toEqual(byPopulation.map((c) => c.population).sort((a, b) => b - a));
    expect(byPopulation[0]?.name).toBe('Namur');
    expect((await names('sort=name&order=desc'))[0]).toBe('Yvoir');
    expect((await names('sort=nis&limit=1'))[0]).toBe('Anhée');
    // Dinant's arrondissement first, its communes by name; the other way round, Philippeville's.
    expect((await names('sort=arrondissement&limit=2'))).toEqual(['Anhée', 'Beauraing']);
    expect((await names('sort=arrondissement&order=desc&limit=1'))).toEqual(['Cerfontaine']);
    // The pipeline in stage order first: the furthest-behind stage leads, Namur (not eligible) closes.
    const byStage = ((await (await fetch(`${api.baseUrl}/api/communes?sort=stage`, { headers })).json()) as CommuneList).items;
    expect(byStage[0]?.engagement?.stage).toBe('survey_sent');
    expect(byStage.at(-1)?.name).toBe('Namur');
    expect((await names('sort=stage&order=desc&limit=1'))).toEqual(['Namur']);
    expect((await fetch(`${api.baseUrl}/api/communes?sort=budget`, { headers })).status).toBe(400);
  });

  it('shows in the next read what changed since the last one: a stage, an eligibility, a commune added', async () => {
    const list = async (query: string) => {
      const response = await fetch(`${api.baseUrl}/api/communes?${query}`, { headers });
      return (await response.json()) as CommuneList;
    };
    const requested = await list('status=diagnostic_requested');
    const moved = requested.items[0]?.engagement?.id;
    await database.dataSource.query(`UPDATE "engagement" SET "stage" = 'declined' WHERE "id" = $1`, [moved]);
    await database.dataSource.query(`UPDATE "commune" SET "eligible" = false WHERE "name" = 'Gembloux'`);
    await database.dataSource.query(
      `INSERT INTO "commune" ("nis", "name", "arrondissement", "postal_code", "population", "population_date", "latitude", "longitude", "eligible")
       VALUES ('99998', 'Aaa-essai', 'Essai', '5000', 10, DATE '2024-01-01', 50.4, 4.8, true)`,
    );
    try {
      expect((await list('status=diagnostic_requested')).total).toBe(requested.total - 1);
      expect((await list('eligible=false')).items.map((c) => c.name)).toEqual(['Gembloux', 'Namur']);
      expect((await list('limit=1')).items.map((c) => c.name)).toEqual(['Aaa-essai']);
      expect((await list('status=out_of_campaign')).items.map((c) => c.name)).toEqual(['Aaa-essai']);
      expect((await list('q=essai')).items.map((c) => c.name)).toEqual(['Aaa-essai']);
      expect((await list('limit=1')).arrondissements).toEqual(['Dinant', 'Essai', 'Namur', 'Philippeville']);
      expect((await list('limit=1')).unfilteredTotal).toBe(39);
    } finally {
      await database.dataSource.query(`DELETE FROM "commune" WHERE "nis" = '99998'`);
      await database.dataSource.query(`UPDATE "commune" SET "eligible" = true WHERE "name" = 'Gembloux'`);
      await database.dataSource.query(`UPDATE "engagement" SET "stage" = 'diagnostic_requested' WHERE "id" = $1`, [moved]);
    }
    expect((await list('limit=1')).items.map((c) => c.name)).not.toEqual(['Aaa-essai']);
  });
});
