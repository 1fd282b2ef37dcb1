import type { Stage } from '@bep/domain';
import { requireTestServices } from '@bep/server/core/testing';
import { createMigratedDatabase, type MigratedDatabase } from '../testing';
import { StageStayEnd1796800000000 } from '../migrations/1796800000000-stage-stay-end';
import { insertStageHistory, type StageMove } from './stage-moves';

/** Each stay ends where the next move begins, stored on its own row (`left_at`) when the next move is written. */
describe('stage stays', () => {
  let database: MigratedDatabase;
  let engagementId: string;
  let otherId: string;
  let thirdId: string;

  const at = (day: number) => new Date(Date.UTC(2024, 0, day, 9));
  const move = (id: string, to: Stage, day: number): StageMove => ({ engagementId: id, from: null, to, at: at(day), by: null });

  /** Each row of an engagement's history in time order: its stage and the instant its stay ended. */
  const stays = async (id: string) =>
    (
      await database.dataSource.query<{ to_stage: Stage; left_at: Date | null }[]>(
        `SELECT "to_stage", "left_at" FROM "stage_change" WHERE "engagement_id" = $1 ORDER BY "changed_at"`,
        [id],
      )
    ).map((row) => [row.to_stage, row.left_at?.toISOString() ?? null]);

  beforeAll(async () => {
    await requireTestServices();
    database = await createMigratedDatabase('stage_stays');
    const [campaign] = await database.dataSource.query<{ id: string }[]>(
      `INSERT INTO "campaign" ("name", "starts_on", "ends_on", "deadline", "diagnostic_price_cents", "is_current")
       VALUES ('Stays', '2024-01-01', '2024-12-31', '2024-12-31', 500000, true) RETURNING "id"`,
    );
    const engagements = await database.dataSource.query<{ id: string }[]>(
      `INSERT INTO "engagement" ("campaign_id", "commune_nis", "stage", "stage_entered_at", "version")
       SELECT $1, "nis", 'survey_sent', '2024-01-01', 1 FROM "commune" WHERE "eligible" ORDER BY "nis" LIMIT 3 RETURNING "id"`,
      [campaign?.id],
    );
    [engagementId, otherId, thirdId] = engagements.map((row) => row.id) as [string, string, string];
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('ends the previous stay when a move is written, and leaves the last one open', async () => {
    await database.dataSource.transaction((manager) => insertStageHistory(manager, [move(engagementId, 'survey_sent', 1)]));
    expect(await stays(engagementId)).toEqual([['survey_sent', null]]);

    await database.dataSource.transaction((manager) => insertStageHistory(manager, [move(engagementId, 'survey_answered', 8)]));
    expect(await stays(engagementId)).toEqual([
      ['survey_sent', at(8).toISOString()],
      ['survey_answered', null],
    ]);
  });

  it('does not assume the moves arrive in order, nor mix the stays of two engagements', async () => {
    // One statement, shuffled, for two engagements whose moves interleave in time; then a move
    // written between two existing ones.
    await database.dataSource.transaction((manager) =>
      insertStageHistory(manager, [
        move(otherId, 'workshop_held', 30),
        move(thirdId, 'survey_answered', 10),
        move(otherId, 'survey_sent', 2),
        move(thirdId, 'survey_sent', 3),
        move(otherId, 'diagnostic_requested', 12),
      ]),
    );
    await database.dataSource.transaction((manager) => insertStageHistory(manager, [move(otherId, 'survey_answered', 5)]));

    expect(await stays(otherId)).toEqual([
      ['survey_sent', at(5).toISOString()],
      ['survey_answered', at(12).toISOString()],
      ['diagnostic_requested', at(30).toISOString()],
      ['workshop_held', null],
    ]);
    expect(await stays(thirdId)).toEqual([
      ['survey_sent', at(10).toISOString()],
      ['survey_answered', null],
    ]);
    expect(await stays(engagementId)).toEqual([
      ['survey_sent', at(8).toISOString()],
      ['survey_answered', null],
    ]);
  });

  it('fills in the stays of a history written before the column existed', async () => {
    const migration = new StageStayEnd1796800000000();
    const before = [await stays(engagementId), await stays(otherId), await stays(thirdId)];
    const runner = database.dataSource.createQueryRunner();
    try {
      await migration.down(runner);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    expect([await stays(engagementId), await stays(otherId), await stays(thirdId)]).toEqual(before);
    expect(before.flat().filter(([, leftAt]) => leftAt !== null)).toHaveLength(5);
  });
});
