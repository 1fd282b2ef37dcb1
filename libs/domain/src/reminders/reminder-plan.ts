import { tz } from '@date-fns/tz';
import { addDays, getISODay, set } from 'date-fns';
import { isClosedStage, type Stage } from '../stages/stages';
import { PROGRAMME_TIME_ZONE, brusselsDate, brusselsStartOfDay } from '../time/brussels-time';
import type { ReminderRuleName, ReminderRuleSettings, ReminderSkipReason } from './reminder-rules';
import { WEEKDAYS } from './sending-window';

/** Days are counted on the programme's calendar: "14 days after" keeps the hour across a change of clocks. */
const inProgrammeZone = tz(PROGRAMME_TIME_ZONE);

/** What the rules look at for one engagement, read from the database when planning and again when sending. */
export interface EngagementReminderFacts {
  readonly engagementId: string;
  readonly stage: Stage;
  readonly stageEnteredAt: Date;
  /** A diagnostic has a date (or was held): the "diagnostic not scheduled" rule no longer applies. */
  readonly diagnosticScheduled: boolean;
  /** Diagnostics and workshops with a date that are not done yet. */
  readonly upcomingEvents: readonly { readonly activityId: string; readonly scheduledAt: Date }[];
  /** Issued invoices neither paid nor credited, with their due date (`YYYY-MM-DD`); billing feeds it. */
  readonly unpaidInvoices: readonly { readonly invoiceId: string; readonly dueOn: string }[];
}

/** One reminder that should exist: its key is deterministic, so planning twice plans the same one. */
export interface PlannedReminder {
  /** Rule, engagement (or campaign) and occurrence, e.g. `surveyUnanswered/<engagement>/<cycle>/2`. */
  readonly key: string;
  readonly rule: ReminderRuleName;
  readonly engagementId: string | null;
  /** 1 for the first reminder of a series, 2 for the second... */
  readonly occurrence: number;
  /** When the rule makes it due; the sending window may delay it further. */
  readonly dueAt: Date;
  /** The activity or invoice it is about, when there is one. */
  readonly subjectId: string | null;
}

const keyOf = (...parts: (string | number)[]) => parts.join('/');
/** A plain instant: date-fns answers in the zone it computed in, whose ISO text carries the offset. */
const afterDays = (instant: Date, days: number) => new Date(addDays(instant, days, { in: inProgrammeZone }).getTime());

/**
 * The occurrences of a series (`first` after `start`, then every `every`, at most `max`) that
 * should exist at `now`: those still to come, and the latest one already due. After an outage
 * the series resumes with one reminder, not with every one it missed.
 */
function seriesOccurrences(start: Date, first: number, every: number, max: number, now: Date): { occurrence: number; dueAt: Date }[] {
  const all = Array.from({ length: max }, (_, index) => ({ occurrence: index + 1, dueAt: afterDays(start, first + index * every) }));
  const past = all.filter((item) => item.dueAt.getTime() <= now.getTime());
  return [...past.slice(-1), ...all.filter((item) => item.dueAt.getTime() > now.getTime())];
}

/**
 * Every reminder that one engagement calls for at `now` under the campaign's rules. A key names
 * the stage entry (or the event's date) it belongs to, so that an engagement moved back and forth
 * starts a new series, and an event moved to another day gets a new reminder.
 */
export function plannedEngagementReminders(facts: EngagementReminderFacts, rules: ReminderRuleSettings, now: Date): PlannedReminder[] {
  const planned: PlannedReminder[] = [];
  const { engagementId, stage, stageEnteredAt } = facts;
  const cycle = stageEnteredAt.getTime();

  // The invitation is due when the questionnaire is sent: one that is past when planned leaves at the next sending slot.
  if (rules.surveyInvitation.enabled && stage === 'survey_sent') {
    planned.push({ key: keyOf('surveyInvitation', engagementId, cycle, 1), rule: 'surveyInvitation', engagementId, occurrence: 1, dueAt: stageEnteredAt, subjectId: null });
  }

  const survey = rules.surveyUnanswered;
  if (survey.enabled && stage === 'survey_sent') {
    for (const { occurrence, dueAt } of seriesOccurrences(stageEnteredAt, survey.firstAfterDays, survey.repeatEveryDays, survey.maxCount, now)) {
      planned.push({ key: keyOf('surveyUnanswered', engagementId, cycle, occurrence), rule: 'surveyUnanswered', engagementId, occurrence, dueAt, subjectId: null });
    }
  }

  const diagnostic = rules.diagnosticNotScheduled;
  if (diagnostic.enabled && stage === 'diagnostic_requested' && !facts.diagnosticScheduled) {
    const dueAt = afterDays(stageEnteredAt, diagnostic.afterDays);
    planned.push({ key: keyOf('diagnosticNotScheduled', engagementId, cycle, 1), rule: 'diagnosticNotScheduled', engagementId, occurrence: 1, dueAt, subjectId: null });
  }

  const upcoming = rules.upcomingEvent;
  if (upcoming.enabled && !isClosedStage(stage)) {
    for (const event of facts.upcomingEvents) {
      if (event.scheduledAt.getTime() <= now.getTime()) continue;
      const dueAt = afterDays(event.scheduledAt, -upcoming.daysBefore);
      planned.push({
        key: keyOf('upcomingEvent', engagementId, event.activityId, event.scheduledAt.getTime()),
        rule: 'upcomingEvent',
        engagementId,
        occurrence: 1,
        dueAt,
        subjectId: event.activityId,
      });
    }
  }

  const overdue = rules.invoiceOverdue;
  if (overdue.enabled) {
    for (const invoice of facts.unpaidInvoices) {
      const dueDay = brusselsStartOfDay(invoice.dueOn);
      if (!dueDay) continue;
      for (const { occurrence, dueAt } of seriesOccurrences(dueDay, overdue.firstAfterDays, overdue.repeatEveryDays, overdue.maxCount, now)) {
        planned.push({ key: keyOf('invoiceOverdue', engagementId, invoice.invoiceId, occurrence), rule: 'invoiceOverdue', engagementId, occurrence, dueAt, subjectId: invoice.invoiceId });
      }
    }
  }
  return planned;
}

/** A digest that is late by more than this is not sent any more: the next one tells the same and more. */
const DIGEST_GRACE_DAYS = 1;

/**
 * The weekly digests of a campaign that should exist at `now`: the next one, and this week's if it
 * was due less than a day ago (a worker that was down at 08:00 still sends it that day).
 */
export function plannedDigests(campaignId: string, rules: ReminderRuleSettings, now: Date): PlannedReminder[] {
  const digest = rules.weeklyDigest;
  if (!digest.enabled) return [];
  const [hours, minutes] = digest.at.split(':').map(Number);
  const weekday = WEEKDAYS.indexOf(digest.weekday) + 1;
  const today = new Date(set(now, { hours, minutes, seconds: 0, milliseconds: 0 }, { in: inProgrammeZone }).getTime());
  const daysBack = (getISODay(now, { in: inProgrammeZone }) - weekday + 7) % 7;
  const latest = afterDays(today, -daysBack);
  const last = latest.getTime() <= now.getTime() ? latest : afterDays(latest, -7);
  const next = afterDays(last, 7);
  const candidates = now.getTime() - last.getTime() <= DIGEST_GRACE_DAYS * 86_400_000 ? [last, next] : [next];
  return candidates.map((dueAt) => ({
    key: keyOf('weeklyDigest', campaignId, brusselsDate(dueAt)),
    rule: 'weeklyDigest',
    engagementId: null,
    occurrence: 1,
    dueAt,
    subjectId: null,
  }));
}

/**
 * Why a reminder that was planned is no longer called for, judged on fresh facts: null when it is
 * still due. The reminder's key is looked for among what the rules plan now; what changed names
 * the reason.
 */
export function whyNoLongerDue(
  reminder: Pick<PlannedReminder, 'key' | 'rule' | 'occurrence'>,
  facts: EngagementReminderFacts,
  rules: ReminderRuleSettings,
  now: Date,
): ReminderSkipReason | null {
  const { key, rule, occurrence } = reminder;
  if (!rules[rule].enabled) return 'rule-disabled';
  if (plannedEngagementReminders(facts, rules, now).some((planned) => planned.key === key)) return null;
  const sameCycle = key.includes(`/${facts.stageEnteredAt.getTime()}/`);
  switch (rule) {
    case 'surveyInvitation':
      return 'stage-left';
    case 'surveyUnanswered':
      if (facts.stage !== 'survey_sent' || !sameCycle) return 'stage-left';
      return occurrence > rules.surveyUnanswered.maxCount ? 'settings-changed' : 'superseded';
    case 'diagnosticNotScheduled':
      if (facts.stage !== 'diagnostic_requested' || !sameCycle) return 'stage-left';
      return facts.diagnosticScheduled ? 'diagnostic-scheduled' : 'settings-changed';
    case 'upcomingEvent':
      return isClosedStage(facts.stage) ? 'stage-left' : 'event-changed';
    case 'invoiceOverdue':
      if (!facts.unpaidInvoices.some((invoice) => key.includes(`/${invoice.invoiceId}/`))) return 'invoice-settled';
      return occurrence > rules.invoiceOverdue.maxCount ? 'settings-changed' : 'superseded';
    case 'weeklyDigest':
      return 'settings-changed';
  }
}
