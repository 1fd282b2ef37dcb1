import { addMinutes } from 'date-fns';
import type { DataSource, EntityManager } from 'typeorm';
import {
  ActivityEntity,
  ActivityParticipantEntity,
  AppSettingEntity,
  CampaignEntity,
  CommuneEntity,
  ConsultantEntity,
  ContactEntity,
  EngagementAssignmentEntity,
  UserEntity,
} from '../entities';
import { openEngagements } from '../engagements/open-engagements';
import { recordStageMoves, type StageMove } from '../engagements/stage-moves';
import { syncSurveyCatalogue } from '../survey/survey-catalogue';
import { insertDemoBillingParties } from './demo-billing-parties';
import { demoCalendar, demoCalendarFrom, parseDemoStart, type DemoCalendar } from './demo-calendar';
import { DEMO_CAMPAIGN, DEMO_CONSULTANTS, DEMO_CONTACTS, DEMO_DIAGNOSTIC_REQUESTS, DEMO_USERS } from './demo-data';
import { insertDemoSurveys } from './demo-surveys';

/** Marks a database whose campaigns, consultants and users were written by this loader. */
const DEMO_MARKER_KEY = 'demo_data_loaded_at';

export type DemoSeedOutcome = 'loaded' | 'already-loaded' | 'refused-real-data';

export interface DemoSeedOptions {
  /** The environment's NODE_ENV: the demo is never loaded in production. */
  nodeEnv: string | undefined;
  /** The demo accounts all share one password (DEMO_PASSWORD), hashed once by the caller. */
  demoPasswordHash: string;
  /**
   * The instant the demo is loaded at, from the caller's clock (never read here): the story's
   * calendar follows from it, and every row the loader writes (and the marker) is dated by it.
   */
  today: Date;
  /**
   * Replays the story from this day rather than about three weeks before today (DEMO_START,
   * `2019-04-29` for the historical dates): a date (YYYY-MM-DD) at least three weeks before today,
   * else the loading is refused with an error that says so.
   */
  start?: string;
}

/**
 * Loads the demo situation once. A database that already holds campaigns, consultants or users
 * that the loader did not write is real data: it is left untouched.
 */
export async function seedDemoData(dataSource: DataSource, options: DemoSeedOptions): Promise<DemoSeedOutcome> {
  if (options.nodeEnv === 'production') {
    throw new Error('Demo data is never loaded with NODE_ENV=production');
  }
  const calendar = options.start === undefined ? demoCalendar(options.today) : demoCalendarFrom(parseDemoStart(options.start, options.today));
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
    await insertDemoData(manager, calendar, options.demoPasswordHash, options.today);
    await manager.insert(AppSettingEntity, { key: DEMO_MARKER_KEY, value: options.today.toISOString(), updatedAt: options.today });
    return 'loaded';
  });
}

/** The story on its calendar; `today` dates the rows themselves (created, assigned, updated). */
async function insertDemoData(manager: EntityManager, calendar: DemoCalendar, demoPasswordHash: string, today: Date): Promise<void> {
  // The questionnaire the demo's communes answer online: the latest version of the repository's.
  const questionnaireVersionId = await syncSurveyCatalogue(manager, today);
  const campaign = await manager.save(manager.create(CampaignEntity, { ...DEMO_CAMPAIGN, ...calendar.campaign, isCurrent: true, questionnaireVersionId, createdAt: today }));
  const consultants = await manager.save(DEMO_CONSULTANTS.map((c) => manager.create(ConsultantEntity, { ...c, createdAt: today })));
  await manager.insert(
    UserEntity,
    DEMO_USERS.map((user) => ({
      email: user.email,
      fullName: user.fullName,
      roles: user.roles,
      consultantId: user.consultant === undefined ? null : (consultants[user.consultant]?.id ?? null),
      passwordHash: demoPasswordHash,
      createdAt: today,
    })),
  );

  const communes = await manager.findBy(CommuneEntity, { eligible: true });
  const engagements = await openEngagements(manager, { campaignId: campaign.id, at: calendar.surveySentAt, changedBy: null });
  const engagementOf = (name: string) => {
    const commune = communes.find((c) => c.name === name);
    const engagement = engagements.find((e) => e.communeNis === commune?.nis);
    if (!engagement) {
      throw new Error(`Demo data refers to an unknown commune: ${name}`);
    }
    return engagement;
  };
  const consultantOf = (index: number) => {
    const consultant = consultants[index];
    if (!consultant) {
      throw new Error(`Demo data refers to an unknown consultant: ${index}`);
    }
    return consultant;
  };

  const moves: StageMove[] = [];
  for (const request of calendar.diagnosticRequests) {
    const engagement = engagementOf(request.commune);
    moves.push(
      { engagementId: engagement.id, from: 'survey_sent', to: 'survey_answered', at: request.answeredAt, by: null },
      { engagementId: engagement.id, from: 'survey_answered', to: 'diagnostic_requested', at: request.requestedAt, by: null },
    );
    await manager.insert(EngagementAssignmentEntity, { engagementId: engagement.id, consultantId: consultantOf(request.lead).id, isLead: true, assignedAt: today });
  }
  for (const answer of calendar.surveysAnswered) {
    moves.push({ engagementId: engagementOf(answer.commune).id, from: 'survey_sent', to: 'survey_answered', at: answer.answeredAt, by: null });
  }
  await recordStageMoves(manager, moves);
  // The answers of the questionnaires submitted (and of a few in progress), with their scores.
  await insertDemoSurveys(manager, { campaignId: campaign.id, questionnaireVersionId, inProgress: calendar.surveysInProgress });

  /** An activity of a commune, with its lead consultant taking part; `completedAt` null while it is to come. */
  const addActivity = async (commune: string, lead: number, activity: Pick<ActivityEntity, 'type' | 'subject' | 'scheduledAt' | 'durationMinutes' | 'location' | 'completedAt' | 'outcome'>) => {
    const saved = await manager.save(manager.create(ActivityEntity, { ...activity, engagementId: engagementOf(commune).id, createdBy: null, createdAt: today, updatedAt: today }));
    await manager.insert(ActivityParticipantEntity, { activityId: saved.id, consultantId: consultantOf(lead).id });
  };
  const planned = calendar.scheduledDiagnostic;
  await addActivity(planned.commune, planned.lead, {
    type: 'diagnostic',
    subject: planned.subject,
    scheduledAt: planned.scheduledAt,
    durationMinutes: planned.durationMinutes,
    location: planned.location,
    completedAt: null,
    outcome: null,
  });
  // Recorded as done when it ended: the commune ready to move to the billing stage.
  const { workDone } = calendar;
  for (const { heldAt, ...held } of workDone.activities) {
    await addActivity(workDone.commune, workDone.lead, { ...held, scheduledAt: heldAt, completedAt: addMinutes(heldAt, held.durationMinutes) });
  }

  await manager.insert(
    ContactEntity,
    DEMO_CONTACTS.map(({ commune: name, ...contact }) => {
      const commune = communes.find((c) => c.name === name);
      if (!commune) {
        throw new Error(`Demo data refers to an unknown commune: ${name}`);
      }
      return { ...contact, communeNis: commune.nis, createdAt: today, updatedAt: today };
    }),
  );
  // The communes that have not asked for the diagnostic get their secretariat, so that the
  // questionnaire's reminders reach someone; those that asked are followed by their consultant.
  const named = new Set([...DEMO_CONTACTS, ...DEMO_DIAGNOSTIC_REQUESTS].map((known) => known.commune));
  await manager.insert(
    ContactEntity,
    communes
      .filter((commune) => !named.has(commune.name))
      .map((commune) => ({
        communeNis: commune.nis,
        fullName: `Secrétariat communal de ${commune.name}`,
        function: 'agent' as const,
        email: `secretariat@${demoMailDomain(commune.name)}`,
        phone: null,
        isBinome: false,
        createdAt: today,
        updatedAt: today,
      })),
  );
  await insertDemoBillingParties(manager, communes, today);
  // Opening and moving engagements dates them by the database's clock: the loader's rows are dated by `today`.
  // (SQL rather than the entity's update, which would bump each engagement's version.)
  await manager.query('UPDATE "engagement" SET "created_at" = $2, "updated_at" = $2 WHERE "campaign_id" = $1', [campaign.id, today]);
}

/** `Éghezée` -> `eghezee.demo`: the commune's name as a mail domain of the demo. */
function demoMailDomain(communeName: string): string {
  const slug = communeName
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug}.demo`;
}
