import { ConflictException } from '@nestjs/common';
import type { CampaignStatus } from '@bep/contracts';

/** The problem type of a change refused because of the campaign's status (closing a closed one, editing an archived one). */
export const CAMPAIGN_STATUS_PROBLEM = 'urn:bep:campaign-status';

interface Lifecycle {
  name: string;
  status: CampaignStatus;
}

/** 409 unless the campaign is in the status the change starts from (only an open campaign is closed, only a closed one archived or reopened). */
export function refuseUnlessStatus(campaign: Lifecycle, from: CampaignStatus, change: string): void {
  if (campaign.status !== from) {
    throw statusConflict(`Only a campaign that is ${from} can be ${change}; "${campaign.name}" is ${campaign.status}.`);
  }
}

/** 409 on any change of an archived campaign: it is read-only for good. */
export function refuseArchived(campaign: Lifecycle, change: string): void {
  if (campaign.status === 'archived') {
    throw statusConflict(`"${campaign.name}" is archived and cannot be ${change}: an archived campaign is read-only.`);
  }
}

function statusConflict(detail: string): ConflictException {
  return new ConflictException({ type: CAMPAIGN_STATUS_PROBLEM, title: 'Not possible in this status', detail });
}
