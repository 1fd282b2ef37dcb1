import { ConflictException, GoneException, NotFoundException } from '@nestjs/common';
import { SURVEY_PROBLEM } from '@bep/contracts';
import { brusselsDate, isClosedStage } from '@bep/domain';
import type { SurveyContext } from './survey-context';

/**
 * The refusals of the questionnaire online, each with its problem type (`SURVEY_PROBLEM` of the
 * contracts), so that the public page says which of them it met.
 */
export function linkUnknown(): NotFoundException {
  return new NotFoundException({ type: SURVEY_PROBLEM.linkUnknown, title: 'Unknown link', detail: 'This questionnaire link is unknown or no longer valid; ask BEP for a new one.' });
}

/**
 * 410 when the link's campaign is not open, or past its last day in Brussels, or when the commune
 * left the programme (its engagement declined or withdrawn): the form no longer opens.
 */
export function refuseIfExpired(context: SurveyContext, now: Date): void {
  if (!takesAnswers(context, now)) {
    throw linkExpired(`The campaign ${context.campaign.name} is over: its questionnaire no longer takes answers.`);
  }
  if (isClosedStage(context.stage)) {
    throw linkExpired(`The commune's engagement is ${context.stage}: its questionnaire no longer takes answers.`);
  }
}

function linkExpired(detail: string): GoneException {
  return new GoneException({ type: SURVEY_PROBLEM.linkExpired, title: 'Link expired', detail });
}

/** Whether the campaign's questionnaire still takes the communes' answers: open, and not past its last day in Brussels. */
export function takesAnswers(context: SurveyContext, now: Date): boolean {
  return context.campaign.status === 'open' && brusselsDate(now) <= context.campaign.endsOn;
}

/** 410 once the questionnaire is submitted: it is read-only. */
export function refuseIfSubmitted(submittedAt: Date | null): void {
  if (submittedAt) {
    throw new GoneException({ type: SURVEY_PROBLEM.submitted, title: 'Questionnaire submitted', detail: `The questionnaire was submitted on ${submittedAt.toISOString()}; it can no longer change.` });
  }
}

/** The questionnaire version the engagement answers: the one of its answers, else its campaign's; 409 when the campaign has none. */
export function questionnaireVersionOf(context: SurveyContext): string {
  const versionId = context.responseVersionId ?? context.campaign.questionnaireVersionId;
  if (!versionId) {
    throw new ConflictException({ type: SURVEY_PROBLEM.none, title: 'No online questionnaire', detail: `The campaign ${context.campaign.name} has no online questionnaire.` });
  }
  return versionId;
}
