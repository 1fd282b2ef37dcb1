import { apiFailure, failureText, type Translator } from '@bep/web/shared/data-access';

/**
 * Why the API refused a change of a campaign, in the interface language: our sentence of a status
 * conflict (`urn:bep:campaign-status`) or of a name taken (the other 409), else the server's own
 * words (what is inconsistent in the settings), else the shared words of the HTTP status.
 */
export function campaignFailureText(error: unknown, translator: Translator): string {
  return failureText(apiFailure(error), { rules: 'campaigns.rule', statuses: { 409: 'campaigns.nameTaken' } }, translator);
}
