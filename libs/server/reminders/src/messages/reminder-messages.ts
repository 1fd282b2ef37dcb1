import { belgianDate, formatStructuredCommunication, frenchEuros, type ReminderRuleName } from '@bep/domain';
import type { MailContent } from '@bep/server/core/mail';
import { frenchDate, frenchDateTime } from './french-dates';
import { surveyInvitationMessage, surveyUnansweredMessage } from './survey-messages';

/**
 * A reminder's e-mail before the shared layout renders it: its subject, and a link back to the app
 * (or, for the commune, to its questionnaire; none when its link is no longer in force).
 */
export interface ReminderMailContent extends MailContent {
  subject: string;
}

/** The facts of the engagement a reminder is about, read when it is sent. */
export interface EngagementMessageFacts {
  commune: string;
  communeNis: string;
  campaign: string;
  /** `YYYY-MM-DD` */
  deadline: string;
  stageEnteredAt: Date;
  lead: string | null;
  occurrence: number;
  maxOccurrences: number;
  event: { type: 'diagnostic' | 'workshop'; subject: string; scheduledAt: Date } | null;
  /** The overdue invoice an invoice reminder is about: what to pay, by when, with which communication. */
  invoice: { number: string; dueDate: string; outstandingCents: number; structuredCommunication: string } | null;
  /** The commune's questionnaire link in force, for the questionnaire's messages; null when there is none. */
  surveyUrl: string | null;
}

/** What a weekly digest tells the managers. */
export interface DigestFacts {
  campaign: string;
  moved: { commune: string; from: string | null; to: string; at: Date }[];
  unanswered: { commune: string; since: Date }[];
  upcoming: { commune: string; subject: string; at: Date }[];
  failedReminders: number;
}

const STAGE_LABELS: Record<string, string> = {
  survey_sent: 'Questionnaire envoyé',
  survey_answered: 'Questionnaire répondu',
  diagnostic_requested: 'Diagnostic demandé',
  workshop_held: 'Atelier tenu',
  accompaniment: 'Accompagnement',
  declined: 'Refusé',
  withdrawn: 'Retiré',
};

const fact = (label: string, value: string) => ({ label, value });
const daysSince = (since: Date, now: Date) => Math.max(0, Math.floor((now.getTime() - since.getTime()) / 86_400_000));

/** The French e-mail of an engagement's reminder: who it is about, what is awaited, the link to its page. */
export function engagementReminderMessage(rule: Exclude<ReminderRuleName, 'weeklyDigest'>, facts: EngagementMessageFacts, now: Date, publicUrl: string): ReminderMailContent {
  const action = { label: `Ouvrir la fiche de ${facts.commune}`, url: `${publicUrl}/communes/${facts.communeNis}` };
  const campaignFacts = [fact('Commune', facts.commune), fact('Campagne', facts.campaign)];
  switch (rule) {
    case 'surveyInvitation':
      return surveyInvitationMessage(facts);
    case 'surveyUnanswered':
      return surveyUnansweredMessage(facts);
    case 'diagnosticNotScheduled':
      return {
        subject: `Diagnostic à planifier — ${facts.commune}`,
        greeting: 'Bonjour,',
        title: 'Un diagnostic attend sa date',
        paragraphs: [
          `${facts.commune} a demandé le diagnostic le ${frenchDate(facts.stageEnteredAt)}, il y a ${daysSince(facts.stageEnteredAt, now)} jours, et aucun diagnostic n'est encore planifié.`,
          'Fixez une date avec la commune et inscrivez-la sur sa fiche.',
        ],
        facts: [...campaignFacts, fact('Consultant principal', facts.lead ?? 'aucun'), fact('Demandé le', frenchDate(facts.stageEnteredAt))],
        action,
      };
    case 'upcomingEvent': {
      const what = facts.event?.type === 'workshop' ? 'Atelier' : 'Diagnostic';
      const when = facts.event ? frenchDateTime(facts.event.scheduledAt) : '';
      return {
        subject: `${what} ${when} — ${facts.commune}`,
        greeting: 'Bonjour,',
        title: `${what} à venir`,
        paragraphs: [`« ${facts.event?.subject ?? what} » à ${facts.commune} est prévu ${when}.`, 'Retrouvez sur la fiche de la commune ses contacts et l’historique du dossier.'],
        facts: [...campaignFacts, fact('Quand', when)],
        action,
      };
    }
    case 'invoiceOverdue': {
      const invoice = facts.invoice;
      return {
        subject: `Facture ${invoice ? `${invoice.number} ` : ''}en retard de paiement — ${facts.commune}`,
        greeting: 'Bonjour,',
        title: 'Une facture attend son paiement',
        paragraphs: [
          invoice
            ? `La facture de cofinancement ${invoice.number} adressée à ${facts.commune} était payable le ${belgianDate(invoice.dueDate)} ; il reste ${frenchEuros(invoice.outstandingCents)} à payer.`
            : `La facture de cofinancement adressée à ${facts.commune} a dépassé son échéance.`,
          ...(invoice ? [`Merci d'effectuer le virement avec la communication structurée ${formatStructuredCommunication(invoice.structuredCommunication)}, qui le rattache à la facture.`] : []),
          `Ce message est le rappel ${facts.occurrence} sur ${facts.maxOccurrences}.`,
        ],
        facts: invoice
          ? [
              ...campaignFacts,
              fact('Facture', invoice.number),
              fact('Échéance', belgianDate(invoice.dueDate)),
              fact('Reste à payer', frenchEuros(invoice.outstandingCents)),
              fact('Communication', formatStructuredCommunication(invoice.structuredCommunication)),
            ]
          : campaignFacts,
        action,
      };
    }
  }
}

/** The managers' Monday digest: what moved, what is late, what is due. */
export function weeklyDigestMessage(facts: DigestFacts, publicUrl: string): ReminderMailContent {
  const moved = facts.moved.map((m) => `${m.commune} : ${m.from ? `${STAGE_LABELS[m.from] ?? m.from} → ` : ''}${STAGE_LABELS[m.to] ?? m.to} (${frenchDate(m.at)})`);
  const late = facts.unanswered.map((u) => `${u.commune}, questionnaire envoyé le ${frenchDate(u.since)}`);
  const due = facts.upcoming.map((u) => `${u.commune} : ${u.subject}, ${frenchDateTime(u.at)}`);
  const section = (title: string, lines: string[], none: string) => `${title} : ${lines.length ? `\n${lines.map((line) => `• ${line}`).join('\n')}` : none}`;
  return {
    subject: `Synthèse de la semaine — ${facts.campaign}`,
    greeting: 'Bonjour,',
    title: 'La semaine du programme',
    paragraphs: [
      section('Ce qui a bougé ces 7 derniers jours', moved, 'aucun changement d’étape.'),
      section('En retard', late, 'rien.'),
      section('À venir ces 7 prochains jours', due, 'aucun diagnostic ni atelier.'),
      ...(facts.failedReminders ? [`${facts.failedReminders} rappel(s) n’ont pas pu partir : voyez la page Rappels.`] : []),
    ],
    facts: [
      fact('Changements d’étape', String(facts.moved.length)),
      fact('Questionnaires en retard', String(facts.unanswered.length)),
      fact('Rendez-vous à venir', String(facts.upcoming.length)),
    ],
    action: { label: 'Ouvrir le tableau de bord', url: `${publicUrl}/` },
  };
}
