import { ConflictException, GoneException, NotFoundException, UnprocessableEntityException } from '@nestjs/common';

/** The problems of the batch export's routes, each with a `type` a client can tell apart (RFC 9457). */
export const INVOICE_EXPORT_PROBLEM = {
  notReady: 'urn:bep:invoice-export-not-ready',
  failed: 'urn:bep:invoice-export-failed',
  expired: 'urn:bep:invoice-export-expired',
  commune: 'urn:bep:invoice-export-commune',
} as const;

export function noSuchExport(id: string): NotFoundException {
  return new NotFoundException(`No invoice export ${id}.`);
}

export function exportNotReady(status: string): ConflictException {
  return new ConflictException({ type: INVOICE_EXPORT_PROBLEM.notReady, title: 'Not ready yet', detail: `The export is ${status}: its ZIP can be downloaded once it is done.` });
}

export function exportFailed(error: string | null): UnprocessableEntityException {
  return new UnprocessableEntityException({ type: INVOICE_EXPORT_PROBLEM.failed, title: 'Export failed', detail: `The export failed: ${error ?? 'no reason was recorded'}. Ask for it again.` });
}

export function exportExpired(): GoneException {
  return new GoneException({ type: INVOICE_EXPORT_PROBLEM.expired, title: 'Expired', detail: 'The ZIP of this export has expired and was removed: ask for the export again.' });
}

export function unknownCommune(nis: string): UnprocessableEntityException {
  return new UnprocessableEntityException({ type: INVOICE_EXPORT_PROBLEM.commune, title: 'Unknown commune', detail: `No commune ${nis}.` });
}
