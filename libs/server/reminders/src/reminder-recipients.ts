import type { ReminderRuleName } from '@bep/domain';
import type { EntityManager } from 'typeorm';

export interface ReminderRecipients {
  /** Who the e-mail is addressed to. */
  mail: { name: string; email: string }[];
  /** Users of the app who also get an in-app notification. */
  users: string[];
}

interface PersonRow {
  name: string;
  email: string | null;
  user_id: string | null;
}

const COMMUNE_CONTACTS = (functions: string) =>
  `SELECT c."full_name" AS name, c."email", NULL::uuid AS user_id FROM "contact" c JOIN "engagement" e ON e."commune_nis" = c."commune_nis"
    WHERE e."id" = $1 AND c."erased_at" IS NULL AND c."email" IS NOT NULL ${functions}`;

/**
 * Who the questionnaire is for: the commune's binôme members that have an e-mail address, else,
 * when none has one, its other contacts (the secretariat forwards it).
 */
const SURVEY_CONTACTS = COMMUNE_CONTACTS(
  `AND (c."is_binome" OR NOT EXISTS (SELECT 1 FROM "contact" b WHERE b."commune_nis" = c."commune_nis" AND b."is_binome" AND b."erased_at" IS NULL AND b."email" IS NOT NULL))`,
);

const CONSULTANTS = (leadOnly: boolean) =>
  `SELECT c."full_name" AS name, c."email", u."id" AS user_id FROM "engagement_assignment" ea
     JOIN "consultant" c ON c."id" = ea."consultant_id" AND c."active"
     LEFT JOIN "app_user" u ON u."consultant_id" = c."id" AND u."active"
    WHERE ea."engagement_id" = $1 ${leadOnly ? 'AND ea."is_lead"' : ''}`;

const USERS_WITH_ROLE = (role: string) => `SELECT "full_name" AS name, "email", "id" AS user_id FROM "app_user" WHERE "active" AND '${role}' = ANY("roles")`;

/** Who each rule writes to (SPEC, "Reminders"): one query per group of people, merged by address. */
const AUDIENCES: Record<ReminderRuleName, { sql: string; byEngagement: boolean }[]> = {
  surveyInvitation: [{ sql: SURVEY_CONTACTS, byEngagement: true }],
  surveyUnanswered: [{ sql: SURVEY_CONTACTS, byEngagement: true }],
  diagnosticNotScheduled: [
    { sql: CONSULTANTS(true), byEngagement: true },
    { sql: USERS_WITH_ROLE('manager'), byEngagement: false },
  ],
  upcomingEvent: [{ sql: CONSULTANTS(false), byEngagement: true }],
  invoiceOverdue: [
    { sql: COMMUNE_CONTACTS(`AND c."function" = 'finance'`), byEngagement: true },
    { sql: USERS_WITH_ROLE('finance'), byEngagement: false },
  ],
  weeklyDigest: [{ sql: USERS_WITH_ROLE('manager'), byEngagement: false }],
};

export async function reminderRecipients(manager: EntityManager, rule: ReminderRuleName, engagementId: string | null): Promise<ReminderRecipients> {
  const people: PersonRow[] = [];
  for (const audience of AUDIENCES[rule]) {
    if (audience.byEngagement && !engagementId) continue;
    people.push(...(await manager.query<PersonRow[]>(audience.sql, audience.byEngagement ? [engagementId] : [])));
  }
  const mail = new Map<string, { name: string; email: string }>();
  const users = new Set<string>();
  for (const person of people) {
    if (person.email) mail.set(person.email.toLowerCase(), { name: person.name, email: person.email });
    if (person.user_id) users.add(person.user_id);
  }
  return { mail: [...mail.values()], users: [...users] };
}
