import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CommunesWithoutContact } from '@bep/contracts';
import type { Stage } from '@bep/domain';
import type { DataSource } from 'typeorm';

/**
 * The communes of a campaign that no e-mail reaches: none of their contacts (erased ones aside)
 * has an address. Their questionnaire's invitation and reminders, and those of the stages after,
 * cannot leave (skipped `no-recipient`), so the campaign's page lists them, with their stage, until
 * someone adds a contact. A commune that declined or withdrew is written to no more: not listed. Names
 * communes only, no person: every signed-in user may read it, as they read the campaign.
 */
@Injectable()
export class CommunesWithoutContactReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async read(campaignId: string): Promise<CommunesWithoutContact> {
    const [campaign] = await this.dataSource.query<unknown[]>(`SELECT 1 FROM "campaign" WHERE "id" = $1`, [campaignId]);
    if (!campaign) {
      throw new NotFoundException(`No campaign ${campaignId}.`);
    }
    const items = await this.dataSource.query<{ nis: string; name: string; stage: Stage }[]>(
      `SELECT m."nis", m."name", e."stage" FROM "engagement" e JOIN "commune" m ON m."nis" = e."commune_nis"
        WHERE e."campaign_id" = $1 AND e."stage" NOT IN ('declined', 'withdrawn')
          AND NOT EXISTS (SELECT 1 FROM "contact" c WHERE c."commune_nis" = m."nis" AND c."erased_at" IS NULL AND c."email" IS NOT NULL)
        ORDER BY m."name", m."nis"`,
      [campaignId],
    );
    return { items };
  }
}
