import { ConflictException } from '@nestjs/common';

/**
 * The problem type of a change refused because of the campaign's status (closing a closed one,
 * moving an engagement of an archived one, sending a reminder of a closed one). It lives here, the
 * lowest server lib that reads a campaign's status: campaigns and reminders build on this one.
 */
export const CAMPAIGN_STATUS_PROBLEM = 'urn:bep:campaign-status';

/** The 409 answer of such a refusal, `detail` saying which change and why. */
export function campaignStatusConflict(detail: string): ConflictException {
  return new ConflictException({ type: CAMPAIGN_STATUS_PROBLEM, title: 'Not possible in this status', detail });
}
