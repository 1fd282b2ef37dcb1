import { inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, type ParamMap } from '@angular/router';
import { isUuid } from '@bep/web/shared/data-access';
import { distinctUntilChanged, map } from 'rxjs';

/**
 * The campaign a page shows, in its URL: `?campagne=<id>`, so that a link reproduces the view.
 * Absent: the current campaign (the API's default when no `campaignId` is sent).
 */
export const CAMPAIGN_QUERY_PARAM = 'campagne';

/** The campaign of a URL; what is no id is ignored (the API would refuse it with a 400). */
export function campaignIdFromQuery(query: ParamMap): string | null {
  const id = query.get(CAMPAIGN_QUERY_PARAM)?.trim() ?? '';
  return isUuid(id) ? id : null;
}

/**
 * The campaign the page's URL names, as a signal (null: the current one), for the page to pass to
 * its store as `campaignId`. Call it in a component's injection context.
 */
export function injectSelectedCampaignId() {
  return toSignal(inject(ActivatedRoute).queryParamMap.pipe(map(campaignIdFromQuery), distinctUntilChanged()), { requireSync: true });
}
