import type { Client } from 'pg';
import { insertSyntheticCommunes, SYNTHETIC_NIS_FROM } from '../synthetic-campaign';

/**
 * A current campaign of `count` synthetic communes whose questionnaire left 15 days before `now`,
 * each with one contact: the first survey reminder of every one of them is due at once when a
 * worker starts (its sweep plans them), and the next two are planned for later.
 */
export async function insertDueReminders(client: Client, count: number, now: Date): Promise<void> {
  const sentAt = new Date(now.getTime() - 15 * 86_400_000);
  const nis = `lpad((${SYNTHETIC_NIS_FROM} + i)::text, 5, '0')`;
  await client.query('BEGIN');
  await insertSyntheticCommunes(client, count);
  const campaign = await client.query<{ id: string }>(
    `INSERT INTO "campaign" ("name", "starts_on", "ends_on", "deadline", "is_current", "diagnostic_price_cents")
     VALUES ('Rappels (benchmark)', $1::date, $1::date + 240, $1::date + 240, true, 500000) RETURNING "id"`,
    [sentAt.toISOString().slice(0, 10)],
  );
  await client.query(
    `INSERT INTO "engagement" ("campaign_id", "commune_nis", "stage", "stage_entered_at", "version")
     SELECT $1, ${nis}, 'survey_sent', $2, 1 FROM generate_series(0, $3 - 1) AS i`,
    [campaign.rows[0]?.id, sentAt, count],
  );
  await client.query(
    `INSERT INTO "contact" ("commune_nis", "full_name", "function", "email")
     SELECT ${nis}, 'Secrétariat ' || i, 'agent', 'secretariat' || i || '@bench.example' FROM generate_series(0, $1 - 1) AS i`,
    [count],
  );
  await client.query('COMMIT');
}
