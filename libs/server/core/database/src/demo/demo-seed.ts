import type { DataSource, EntityManager } from 'typeorm';
import {
  AppSettingEntity,
  CampaignEntity,
  CommuneEntity,
  ConsultantEntity,
  ContactEntity,
  EngagementAssignmentEntity,
  UserEntity,
} from '../entities';
import { openEngagements } from '../engagements/open-engagements';
import { recordStageMoves } from '../engagements/stage-moves';
import { DEMO_CAMPAIGN, DEMO_CONSULTANTS, DEMO_CONTACTS, DEMO_DIAGNOSTIC_REQUESTS, DEMO_USERS } from './demo-data';

/** Marks a database whose campaigns, consultants and users were written by this loader. */
const DEMO_MARKER_KEY = 'demo_data_loaded_at';

export type DemoSeedOutcome = 'loaded' | 'already-loaded' | 'refused-real-data';

/**
 * Loads the demo situation once. A database that already holds campaigns, consultants or users
 * that the loader did not write is real data: it is left untouched.
 */
export async function seedDemoData(dataSource: DataSource, nodeEnv: string | undefined, demoPasswordHash: string): Promise<DemoSeedOutcome> {
  if (nodeEnv === 'production') {
    throw new Error('Demo data is never loaded with NODE_ENV=production');
  }
  return dataSource.transaction(async (manager) => {
    // Serialises concurrent starts on the same database.
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [DEMO_MARKER_KEY]);
    if (await manager.existsBy(AppSettingEntity, { key: DEMO_MARKER_KEY })) {
      return 'already-loaded';
    }
    const holdsData =
      (await manager.exists(CampaignEntity)) || (await manager.exists(ConsultantEntity)) || (await manager.exists(UserEntity));
    if (holdsData) {
      return 'refused-real-data';
    }
    await insertDemoData(manager, demoPasswordHash);
    await manager.insert(AppSettingEntity, { key: DEMO_MARKER_KEY, value: new Date().toISOString() });
    return 'loaded';
  });
}

/** The demo accounts all share one password (DEMO_PASSWORD), hashed once by the caller. */
async function insertDemoData(manager: EntityManager, demoPasswordHash: string): Promise<void> {
  const { surveySentAt, ...campaignFields } = DEMO_CAMPAIGN;
  const campaign = await manager.save(manager.create(CampaignEntity, { ...campaignFields, isCurrent: true }));
  const consultants = await manager.save(DEMO_CONSULTANTS.map((c) => manager.create(ConsultantEntity, c)));
  await manager.insert(
    UserEntity,
    DEMO_USERS.map((user) => ({
      email: user.email,
      fullName: user.fullName,
      roles: user.roles,
      consultantId: user.consultant === undefined ? null : (consultants[user.consultant]?.id ?? null),
      passwordHash: demoPasswordHash,
    })),
  );

  const communes = await manager.findBy(CommuneEntity, { eligible: true });
  const engagements = await openEngagements(manager, { campaignId: campaign.id, at: surveySentAt, changedBy: null });

  for (const request of DEMO_DIAGNOSTIC_REQUESTS) {
    const commune = communes.find((c) => c.name === request.commune);
    const engagement = engagements.find((e) => e.communeNis === commune?.nis);
    const lead = consultants[request.lead];
    if (!engagement || !lead) {
      throw new Error(`Demo data refers to an unknown commune or consultant: ${request.commune}`);
    }
    const answeredAt = new Date(request.answeredAt);
    const requestedAt = new Date(request.requestedAt);
    await recordStageMoves(manager, [
      { engagementId: engagement.id, from: 'survey_sent', to: 'survey_answered', at: answeredAt, by: null },
      { engagementId: engagement.id, from: 'survey_answered', to: 'diagnostic_requested', at: requestedAt, by: null },
    ]);
    await manager.insert(EngagementAssignmentEntity, { engagementId: engagement.id, consultantId: lead.id, isLead: true });
  }

  await manager.insert(
    ContactEntity,
    DEMO_CONTACTS.map(({ commune: name, ...contact }) => {
      const commune = communes.find((c) => c.name === name);
      if (!commune) {
        throw new Error(`Demo data refers to an unknown commune: ${name}`);
      }
      return { ...contact, communeNis: commune.nis };
    }),
  );
}
