import { tz } from '@date-fns/tz';
import { addDays, set } from 'date-fns';
import { PROGRAMME_TIME_ZONE } from '@bep/domain';
import { FixedClock } from '@bep/server/core/clock';
import type { MailConfig } from '@bep/server/core/config';
import { MailSender } from '@bep/server/core/mail';
import type { DataSource } from 'typeorm';
import { readCurrentCampaignRules } from './reminder-facts';
import { ReminderDelivery } from './reminder-delivery';
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
 */
export async function replayDemoReminders(dataSource: DataSource, mail: Pick<MailConfig, 'from' | 'publicUrl'>, today: Date): Promise<number> {
  const rules = await readCurrentCampaignRules(dataSource.manager);
  if (!rules) return 0;
  const [campaign] = await dataSource.query<{ starts_on: string }[]>(`SELECT to_char("starts_on", 'YYYY-MM-DD') AS starts_on FROM "campaign" WHERE "id" = $1`, [rules.campaignId]);
  if (!campaign) return 0;
  const clock = new FixedClock(today);
  const planner = new ReminderPlanner();
  const delivery = new ReminderDelivery(dataSource, clock, new MailSender({ from: mail.from }), { mail: { from: mail.from, publicUrl: mail.publicUrl } });
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
