import { apiFailure, failureText, type Translator } from '@bep/web/shared/data-access';

/**
 * What failed, then why: our sentence of the API's rule (`urn:bep:invoice-overpayment`...) or of the
 * status, then the server's own words when they say more. `whatFailed` is a key of `invoices.actions`.
 */
export function invoiceFailureText(whatFailed: string, error: unknown, translator: Translator): string {
  const failure = apiFailure(error);
  const why = failureText(
    failure,
    {
      rules: 'invoices.actions.problem',
      statuses: { 403: 'invoices.actions.statuses.403', 404: 'invoices.actions.statuses.404', 409: 'invoices.actions.statuses.409' },
      fallback: '',
    },
    translator,
  );
  const parts = [translator.translate(`invoices.actions.${whatFailed}`), why];
  if (failure.detail && why !== failure.detail) parts.push(translator.translate('invoices.actions.serverSaid', { detail: failure.detail }));
  return parts.filter(Boolean).join(' ');
}
