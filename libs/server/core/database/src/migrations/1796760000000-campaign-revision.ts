import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A revision number per campaign, raised in the same transaction as any change to what the board,
 * the dashboard figures, the lists and the province's maturity read of it: its engagements (stage,
 * dates), their stage history, activities, teams, questionnaires submitted and scores, the campaign
 * itself, and (for every campaign, as they are shared) the communes of the reference data (added,
 * removed, renamed or otherwise changed in what a list filters on), the consultants' names and a
 * scoring model released. The API keeps what it computed from a campaign for as long
 * as the revision it read is the campaign's (`CampaignRevisionCache`), so that a campaign of 35,000
 * communes answers as fast as one of 37, and a change is visible in the next read.
 *
 * Statement-level triggers with transition tables: a statement that writes 35,000 rows raises the
 * revision once. The revision row is locked until the writing transaction ends, so that two
 * changes of one campaign commit one after the other (each stage move already locks its own
 * engagement for as long; the two never wait on each other the other way round).
 */

/**
 * Tables whose rows belong to an engagement. The questionnaire's section answers are left out: a
 * commune saves them often while it fills the form, and the reads kept by revision see only
 * submitted questionnaires (the submission updates `survey_response`, then scores it).
 */
const ENGAGEMENT_CHILDREN = ['stage_change', 'activity', 'engagement_assignment', 'survey_response', 'maturity_score'] as const;
const SHARED_NAMES = [
    { table: 'commune', columns: '"name", "arrondissement", "population", "postal_code", "eligible"' },
    { table: 'consultant', columns: '"full_name"' },
] as const;
const EVENTS = [
    { event: 'INSERT', referencing: 'NEW TABLE AS changed_rows' },
    { event: 'UPDATE', referencing: 'NEW TABLE AS changed_rows' },
    { event: 'DELETE', referencing: 'OLD TABLE AS changed_rows' },
] as const;

/** A trigger function raising the revision of every campaign named by `campaignColumn` in the statement's rows. */
const raiseByColumn = (name: string, campaignColumn: string) => `CREATE FUNCTION "${name}"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                UPDATE "campaign_revision" r SET "revision" = r."revision" + 1 FROM (SELECT DISTINCT "${campaignColumn}" AS "campaign_id" FROM changed_rows) c WHERE r."campaign_id" = c."campaign_id";
                RETURN NULL;
            END $$`;

export class CampaignRevision1796760000000 implements MigrationInterface {
    name = 'CampaignRevision1796760000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "campaign_revision" ("campaign_id" uuid PRIMARY KEY REFERENCES "campaign" ("id") ON DELETE CASCADE, "revision" bigint NOT NULL DEFAULT 1)`);
        await queryRunner.query(`INSERT INTO "campaign_revision" ("campaign_id") SELECT "id" FROM "campaign"`);

        // A new campaign gets its row; a change to a campaign raises its own revision.
        await queryRunner.query(`CREATE FUNCTION "campaign_revision_created"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                INSERT INTO "campaign_revision" ("campaign_id") SELECT "id" FROM changed_rows ON CONFLICT DO NOTHING;
                RETURN NULL;
            END $$`);
        await queryRunner.query(`CREATE TRIGGER "campaign_revision_on_insert" AFTER INSERT ON "campaign" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "campaign_revision_created"()`);
        await queryRunner.query(raiseByColumn('campaign_revision_raise_own', 'id'));
        await queryRunner.query(`CREATE TRIGGER "campaign_revision_on_update" AFTER UPDATE ON "campaign" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "campaign_revision_raise_own"()`);

        // The engagements carry their campaign; their history, activities and teams reach it through them.
        await queryRunner.query(raiseByColumn('campaign_revision_raise_engagement', 'campaign_id'));
        await queryRunner.query(`CREATE FUNCTION "campaign_revision_raise_engagement_child"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                UPDATE "campaign_revision" r SET "revision" = r."revision" + 1
                  FROM (SELECT DISTINCT e."campaign_id" FROM changed_rows x JOIN "engagement" e ON e."id" = x."engagement_id") c
                 WHERE r."campaign_id" = c."campaign_id";
                RETURN NULL;
            END $$`);
        for (const { event, referencing } of EVENTS) {
            const on = event.toLowerCase();
            await queryRunner.query(`CREATE TRIGGER "campaign_revision_on_${on}" AFTER ${event} ON "engagement" REFERENCING ${referencing} FOR EACH STATEMENT EXECUTE FUNCTION "campaign_revision_raise_engagement"()`);
            for (const table of ENGAGEMENT_CHILDREN) {
                await queryRunner.query(`CREATE TRIGGER "campaign_revision_on_${on}" AFTER ${event} ON "${table}" REFERENCING ${referencing} FOR EACH STATEMENT EXECUTE FUNCTION "campaign_revision_raise_engagement_child"()`);
            }
        }

        // Names shared by every campaign: rare changes, so every campaign's revision rises.
        await queryRunner.query(`CREATE FUNCTION "campaign_revision_raise_all"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                UPDATE "campaign_revision" SET "revision" = "revision" + 1;
                RETURN NULL;
            END $$`);
        for (const { table, columns } of SHARED_NAMES) {
            await queryRunner.query(`CREATE TRIGGER "campaign_revision_on_rename" AFTER UPDATE OF ${columns} ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION "campaign_revision_raise_all"()`);
        }
        await queryRunner.query(`CREATE TRIGGER "campaign_revision_on_release" AFTER INSERT ON "scoring_model_version" FOR EACH STATEMENT EXECUTE FUNCTION "campaign_revision_raise_all"()`);
        // The communes' list reads every commune of the reference data beside the campaign's engagements.
        await queryRunner.query(`CREATE TRIGGER "campaign_revision_on_reference_change" AFTER INSERT OR DELETE ON "commune" FOR EACH STATEMENT EXECUTE FUNCTION "campaign_revision_raise_all"()`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER "campaign_revision_on_reference_change" ON "commune"`);
        await queryRunner.query(`DROP TRIGGER "campaign_revision_on_release" ON "scoring_model_version"`);
        for (const { table } of SHARED_NAMES) {
            await queryRunner.query(`DROP TRIGGER "campaign_revision_on_rename" ON "${table}"`);
        }
        for (const { event } of EVENTS) {
            const on = event.toLowerCase();
            for (const table of ['engagement', ...ENGAGEMENT_CHILDREN]) {
                await queryRunner.query(`DROP TRIGGER "campaign_revision_on_${on}" ON "${table}"`);
            }
        }
        await queryRunner.query(`DROP TRIGGER "campaign_revision_on_update" ON "campaign"`);
        await queryRunner.query(`DROP TRIGGER "campaign_revision_on_insert" ON "campaign"`);
        for (const fn of ['campaign_revision_raise_all', 'campaign_revision_raise_engagement_child', 'campaign_revision_raise_engagement', 'campaign_revision_raise_own', 'campaign_revision_created']) {
            await queryRunner.query(`DROP FUNCTION "${fn}"()`);
        }
        await queryRunner.query(`DROP TABLE "campaign_revision"`);
    }
}
