import type { CampaignStatus } from '@bep/contracts';
import { campaignStatusConflict } from '@bep/server/engagements';

interface Lifecycle {
  name: string;
  status: CampaignStatus;
}

/** 409 unless the campaign is in the status the change starts from (only an open campaign is closed, only a closed one archived or reopened). */
export function refuseUnlessStatus(campaign: Lifecycle, from: CampaignStatus, change: string): void {
  if (campaign.status !== from) {
    throw campaignStatusConflict(`Only a campaign that is ${from} can be ${change}; "${campaign.name}" is ${campaign.status}.`);
  }
}

/** 409 on any change of an archived campaign: it is read-only for good. */
export function refuseArchived(campaign: Lifecycle, change: string): void {
  if (campaign.status === 'archived') {
    throw campaignStatusConflict(`"${campaign.name}" is archived and cannot be ${change}: an archived campaign is read-only.`);
  }
}
