import type { CommuneSummary } from '@bep/contracts';
import { ALL_STAGES, type Stage } from '@bep/domain';

/**
 * Where a commune stands in the current campaign: its engagement's stage, or why it has none. The
 * two extra values are written like the stages (they go into URLs: `/communes?etape=not_eligible`).
 */
export type CommuneStatus = Stage | 'out_of_campaign' | 'not_eligible';

/** Every status, in the order legends, filters and tables list them: the pipeline, closed, then off-campaign. */
export const COMMUNE_STATUSES: readonly CommuneStatus[] = [...ALL_STAGES, 'out_of_campaign', 'not_eligible'];

export function isCommuneStatus(value: unknown): value is CommuneStatus {
  return typeof value === 'string' && (COMMUNE_STATUSES as readonly string[]).includes(value);
}

export function communeStatus(commune: Pick<CommuneSummary, 'eligible' | 'engagement'>): CommuneStatus {
  return commune.engagement?.stage ?? (commune.eligible ? 'out_of_campaign' : 'not_eligible');
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
