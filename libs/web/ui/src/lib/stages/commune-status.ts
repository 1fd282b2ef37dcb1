import type { CommuneSummary } from '@bep/contracts';
import { type CommuneStatus, communeStatusOf } from '@bep/domain';

/** Where a commune of a list stands in its campaign (see `communeStatusOf`). */
export function communeStatus(commune: Pick<CommuneSummary, 'eligible' | 'engagement'>): CommuneStatus {
  return communeStatusOf(commune.engagement?.stage ?? null, commune.eligible);
}

/** The shared translation key of a status: `stage.survey_sent`, `stage.outOfCampaign`, `stage.notEligible`. */
export function statusKey(status: CommuneStatus): string {
  switch (status) {
    case 'out_of_campaign':
      return 'stage.outOfCampaign';
    case 'not_eligible':
      return 'stage.notEligible';
    default:
      return `stage.${status}`;
  }
}

/**
 * One colour per status, the one place the client defines them (charts, legends, swatches, the
 * pipeline's columns). Each has a contrast of at least 3:1 against the white page, as WCAG 1.4.11
 * asks of graphical objects, and neighbours differ in hue and lightness so that they stay apart for
 * colour-blind readers; colour is never the only cue (labels, legend, tables).
 */
export const STAGE_COLOURS: Readonly<Record<CommuneStatus, string>> = {
  survey_sent: '#1565c0',
  survey_answered: '#00838f',
  diagnostic_requested: '#e65100',
  workshop_held: '#6a1b9a',
  accompaniment: '#2e7d32',
  declined: '#c62828',
  withdrawn: '#795548',
  out_of_campaign: '#8a8a8a',
  not_eligible: '#212121',
};
