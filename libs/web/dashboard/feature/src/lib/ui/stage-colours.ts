import type { CommuneSummary } from '@bep/contracts';
import { ALL_STAGES, type Stage } from '@bep/domain';

/**
 * Where a commune stands in the current campaign: its engagement's stage, or why it has none.
 * The two extra keys match the shared words `stage.outOfCampaign` and `stage.notEligible`.
 */
export type CommuneStatus = Stage | 'outOfCampaign' | 'notEligible';

/** Every status, in the order legends and tables list them: the pipeline, closed, then off-campaign. */
export const COMMUNE_STATUSES: readonly CommuneStatus[] = [...ALL_STAGES, 'outOfCampaign', 'notEligible'];

/**
 * One colour per stage, the one place the client defines them (charts, legends, swatches; the
 * pipeline board may reuse them). Each has a contrast of at least 3:1 against the white page, as
 * WCAG 1.4.11 asks of graphical objects, and neighbours differ in hue and lightness so that they
 * stay apart for colour-blind readers; colour is never the only cue (labels, legend, tables).
 */
export const STAGE_COLOURS: Readonly<Record<CommuneStatus, string>> = {
  survey_sent: '#1565c0',
  survey_answered: '#00838f',
  diagnostic_requested: '#e65100',
  workshop_held: '#6a1b9a',
  accompaniment: '#2e7d32',
  declined: '#c62828',
  withdrawn: '#795548',
  outOfCampaign: '#8a8a8a',
  notEligible: '#212121',
};

export function communeStatus(commune: Pick<CommuneSummary, 'eligible' | 'engagement'>): CommuneStatus {
  return commune.engagement?.stage ?? (commune.eligible ? 'outOfCampaign' : 'notEligible');
}

/** The shared translation key of a status: `stage.survey_sent`, `stage.notEligible`... */
export function statusKey(status: CommuneStatus): string {
  return `stage.${status}`;
}
