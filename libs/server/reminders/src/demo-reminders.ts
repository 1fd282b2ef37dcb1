import { tz } from '@date-fns/tz';
import { addDays, set } from 'date-fns';
import { PROGRAMME_TIME_ZONE } from '@bep/domain';
import { FixedClock } from '@bep/server/core/clock';
import { issueMissingSurveyLinks } from '@bep/server/core/database';
import { MailSender } from '@bep/server/core/mail';
import type { DataSource } from 'typeorm';
import { readCurrentCampaignRules } from './reminder-facts';
import { ReminderDelivery, type DeliveryConfig } from './reminder-delivery';
import { ReminderPlanner } from './reminder-planner';

/** A demo started long ago (DEMO_START) replays its first weeks only. */
const REPLAYED_DAYS_AT_MOST = 60;
const inProgrammeZone = tz(PROGRAMME_TIME_ZONE);

/**
 * The reminders the demo's weeks would have sent, replayed once after the demo is loaded: each
 * morning at 09:00 from the campaign's first day, the reminders are planned and those due are
 * delivered to the in-app outbox (never by SMTP: the demo's addresses are not real), dated that
 * morning; then the ones still to come are planned at `today`, as the worker will find them. A new
 * user's outbox thus shows what already left, and the Rappels page what is to come.
 * Uses the worker's own planner and delivery with a clock set to each morning.
 *
 * The communes still at `survey_sent` first get the personal link the campaign's opening would
 * have issued (dated at their entry; the loader has no session secret): their invitation in the
 * outbox opens their questionnaire, as a new user following it from the outbox expects.
 */
export async function replayDemoReminders(dataSource: DataSource, config: DeliveryConfig, today: Date): Promise<number> {
  const rules = await readCurrentCampaignRules(dataSource.manager);
  if (!rules) return 0;
  const [campaign] = await dataSource.query<{ starts_on: string }[]>(`SELECT to_char("starts_on", 'YYYY-MM-DD') AS starts_on FROM "campaign" WHERE "id" = $1`, [rules.campaignId]);
  if (!campaign) return 0;
  const unanswered = await dataSource.query<{ id: string; stage_entered_at: Date }[]>(
    `SELECT "id", "stage_entered_at" FROM "engagement" WHERE "campaign_id" = $1 AND "stage" = 'survey_sent'`,
    [rules.campaignId],
  );
  for (const engagement of unanswered) {
    await issueMissingSurveyLinks(dataSource.manager, [engagement.id], config.auth.sessionSecret, engagement.stage_entered_at, null);
  }
  const clock = new FixedClock(today);
  const planner = new ReminderPlanner();
  const delivery = new ReminderDelivery(dataSource, clock, new MailSender({ from: config.mail.from }), { mail: { from: config.mail.from, publicUrl: config.mail.publicUrl }, auth: config.auth });
  const firstMorning = set(new Date(`${campaign.starts_on}T12:00:00Z`), { hours: 9, minutes: 0, seconds: 0, milliseconds: 0 }, { in: inProgrammeZone });

  let sent = 0;
  for (let day = 0; day < REPLAYED_DAYS_AT_MOST; day += 1) {
    const morning = new Date(addDays(firstMorning, day, { in: inProgrammeZone }).getTime());
    if (morning.getTime() >= today.getTime()) break;
    clock.set(morning);
    await dataSource.transaction((manager) => planner.plan(manager, rules, morning));
    const due = await dataSource.query<{ id: string; send_at: Date }[]>(`SELECT "id", "send_at" FROM "reminder" WHERE "status" = 'scheduled' AND "send_at" <= $1`, [morning]);
    for (const reminder of due) {
      if ((await delivery.deliver({ reminderId: reminder.id, sendAt: reminder.send_at.getTime() }, true)) === 'sent') sent += 1;
    }
  }
  clock.set(today);
  await dataSource.transaction((manager) => planner.plan(manager, rules, today));
  return sent;
}
