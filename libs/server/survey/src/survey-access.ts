import { ForbiddenException } from '@nestjs/common';
import type { CurrentUser } from '@bep/contracts';
import { engagementActor } from '@bep/domain';
import type { EntityManager } from 'typeorm';
import { readSurveyContext, type SurveyContext } from './survey-context';

/**
 * The engagement's questionnaire context for a BEP reader: managers read every one, a consultant
 * those of the engagements whose team includes them (403 otherwise; 404 when there is no such
 * engagement). One rule for the questionnaire, the scores and the one-page summary.
 */
export async function readableSurveyContext(manager: EntityManager, engagementId: string, viewer: CurrentUser): Promise<SurveyContext> {
  const context = await readSurveyContext(manager, engagementId);
  if (engagementActor(viewer, context.team) === null) {
    throw new ForbiddenException('Only the consultants assigned to this engagement, or a manager, may read its questionnaire.');
  }
  return context;
}
