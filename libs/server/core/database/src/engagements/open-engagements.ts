import type { EntityManager } from 'typeorm';
import { CommuneEntity, EngagementEntity } from '../entities';
import { insertStageHistory } from './stage-moves';

export interface OpenEngagementsOptions {
  campaignId: string;
  /** When the engagements entered the first stage (the questionnaire was sent). */
  at: Date;
  /** The user who opened them, or null for the system (the demo loader). */
  changedBy: string | null;
}

/**
 * Opens a campaign's engagements: one per eligible commune, at the first stage (`survey_sent`),
 * each with its first stage history row (`from_stage` null). Runs in the caller's transaction.
 */
export async function openEngagements(manager: EntityManager, options: OpenEngagementsOptions): Promise<EngagementEntity[]> {
  const communes = await manager.find(CommuneEntity, { where: { eligible: true }, order: { nis: 'ASC' } });
  const engagements = await manager.save(
    communes.map((commune) =>
      manager.create(EngagementEntity, { campaignId: options.campaignId, communeNis: commune.nis, stage: 'survey_sent', stageEnteredAt: options.at }),
    ),
  );
  await insertStageHistory(
    manager,
    engagements.map((e) => ({ engagementId: e.id, from: null, to: 'survey_sent', at: options.at, by: options.changedBy })),
  );
  return engagements;
}
