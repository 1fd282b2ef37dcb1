import { frenchDate, frenchDay } from './french-dates';
import type { ReminderMailContent } from './reminder-messages';

/** What the questionnaire's invitation and reminders tell the commune, read when they are sent. */
export interface SurveyMessageFacts {
  commune: string;
  campaign: string;
  /** `YYYY-MM-DD` */
  deadline: string;
  stageEnteredAt: Date;
  occurrence: number;
  maxOccurrences: number;
  /** The commune's link in force, rebuilt at send time; null when revoked or no longer rebuildable. */
  surveyUrl: string | null;
}

/** French typography: a non-breaking space before the high punctuation and inside the quotes. */
const NBSP = '\u00a0';
const fact = (label: string, value: string) => ({ label, value });

/**
 * How to reach the questionnaire: the commune's link as the message's button, or, when no link is
 * in force, the way to get a new one (a dead link would only open a refusal).
 */
function linkPart(facts: SurveyMessageFacts): Pick<ReminderMailContent, 'action'> & { paragraph: string } {
  if (!facts.surveyUrl) {
    return {
      // Never issued (a campaign opened before the links), revoked, or no longer rebuildable: the words fit each.
      paragraph: 'Pour répondre en ligne, demandez au BEP un nouveau lien personnel vers le questionnaire de votre commune, simplement en répondant à ce message.',
    };
  }
  return {
    paragraph: `Le bouton ci-dessous ouvre le questionnaire de votre commune, sans compte, sur un téléphone comme sur un ordinateur${NBSP}; les réponses sont enregistrées au fur et à mesure. Ce lien est propre à ${facts.commune}${NBSP}: ne le transmettez qu'aux personnes qui répondent pour elle.`,
    action: { label: 'Répondre au questionnaire', url: facts.surveyUrl },
  };
}

/** The questionnaire's e-mail, sent to the commune's binôme when its engagement enters `survey_sent`. */
export function surveyInvitationMessage(facts: SurveyMessageFacts): ReminderMailContent {
  const link = linkPart(facts);
  return {
    subject: `Questionnaire de maturité numérique — ${facts.commune}`,
    greeting: 'Bonjour,',
    title: 'Votre questionnaire de maturité numérique',
    paragraphs: [
      `Dans le cadre de la campagne «${NBSP}${facts.campaign}${NBSP}» du programme Transition numérique, le BEP invite la commune de ${facts.commune} à remplir son questionnaire de maturité numérique.`,
      link.paragraph,
      `Merci d'y répondre avant le ${frenchDay(facts.deadline)}. Vos réponses ouvrent la voie au diagnostic, cofinancé à 50${NBSP}% par le BEP.`,
    ],
    facts: [fact('Commune', facts.commune), fact('Campagne', facts.campaign), fact('Date limite', frenchDay(facts.deadline))],
    ...(link.action ? { action: link.action } : {}),
  };
}

/** A reminder of the questionnaire left unanswered, carrying the same link as the invitation. */
export function surveyUnansweredMessage(facts: SurveyMessageFacts): ReminderMailContent {
  const link = linkPart(facts);
  return {
    subject: `Rappel${NBSP}: questionnaire de maturité numérique — ${facts.commune}`,
    greeting: 'Bonjour,',
    title: 'Votre questionnaire nous manque',
    paragraphs: [
      `Le questionnaire de la campagne «${NBSP}${facts.campaign}${NBSP}» a été envoyé à la commune de ${facts.commune} le ${frenchDate(facts.stageEnteredAt)}. Nous n'avons pas encore reçu ses réponses.`,
      link.paragraph,
      `Quelques minutes suffisent${NBSP}; vos réponses ouvrent la voie au diagnostic, cofinancé à 50${NBSP}% par le BEP.`,
      `Ce message est le rappel ${facts.occurrence} sur ${facts.maxOccurrences}.`,
    ],
    facts: [
      fact('Commune', facts.commune),
      fact('Campagne', facts.campaign),
      fact('Envoyé le', frenchDate(facts.stageEnteredAt)),
      fact('Date limite', frenchDay(facts.deadline)),
    ],
    ...(link.action ? { action: link.action } : {}),
  };
}
