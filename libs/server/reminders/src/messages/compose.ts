import type { ReminderRuleName } from '@bep/domain';
import type { SurveyLinkKeys } from '@bep/server/core/database';
import { renderMailLayout, type OutgoingMail } from '@bep/server/core/mail';
import type { EntityManager } from 'typeorm';
import type { CampaignRules } from '../reminder-facts';
import type { ReminderRecipients } from '../reminder-recipients';
import { readDigestFacts, readEngagementMessageFacts } from './message-facts';
import { engagementReminderMessage, weeklyDigestMessage } from './reminder-messages';

/** The e-mail of a reminder, and what its in-app notification says. */
export interface ComposedMail extends OutgoingMail {
  /** One line for the notification list. */
  summary: string;
  /** The app path the notification opens. */
  link: string;
}

/** A stable Message-ID: the same reminder always carries the same one. */
const messageIdOf = (reminderId: string) => `<reminder-${reminderId}@bep-transition-numerique>`;

export async function composeReminderMail(
  manager: EntityManager,
  reminder: { id: string; rule: ReminderRuleName; engagement_id: string | null; subject_id: string | null; occurrence: number; campaign_id: string },
  rules: CampaignRules,
  recipients: ReminderRecipients,
  now: Date,
  links: SurveyLinkKeys,
): Promise<ComposedMail> {
  const { publicUrl } = links;
  const content =
    reminder.rule === 'weeklyDigest' || !reminder.engagement_id
      ? weeklyDigestMessage(await readDigestFacts(manager, reminder.campaign_id, rules.settings, now), publicUrl)
      : engagementReminderMessage(
          reminder.rule,
          await readEngagementMessageFacts(manager, { engagementId: reminder.engagement_id, subjectId: reminder.subject_id, occurrence: reminder.occurrence, rule: reminder.rule }, rules.settings, links),
          now,
          publicUrl,
        );
  const { html, text } = renderMailLayout({ ...content, footer: 'Message automatique du programme Transition numérique du BEP.' });
  return {
    messageId: messageIdOf(reminder.id),
    to: recipients.mail,
    subject: content.subject,
    text,
    html,
    summary: content.paragraphs[0] ?? content.title,
    // A commune's message (never notified: its contacts are no users) may carry no link to the app.
    link: content.action?.url.startsWith(publicUrl) ? content.action.url.slice(publicUrl.length) || '/' : '/',
  };
}
