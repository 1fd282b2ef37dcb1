import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { InvoiceExport, InvoiceExportList, InvoiceExportRequest } from '@bep/contracts';
import type { Observable } from 'rxjs';

const EXPORTS = '/api/invoice-exports';

function exportPath(id: string): string {
  return `${EXPORTS}/${encodeURIComponent(id)}`;
}

/**
 * The batch export's routes: finance asks for the ZIP of a period (the worker builds it), the
 * client follows its progress, and downloads it by a link (the session cookie authenticates it).
 */
@Injectable({ providedIn: 'root' })
export class InvoiceExportsApi {
  readonly #http = inject(HttpClient);

  /** POST /api/invoice-exports (finance): the export, queued (202). */
  request(request: InvoiceExportRequest): Observable<InvoiceExport> {
    return this.#http.post<InvoiceExport>(EXPORTS, request);
  }

  /** GET /api/invoice-exports: the recent exports, newest first. */
  recent(): Observable<InvoiceExportList> {
    return this.#http.get<InvoiceExportList>(EXPORTS);
  }

  /** GET /api/invoice-exports/{id}: status, documents done out of the total, the last error. */
  progress(id: string): Observable<InvoiceExport> {
    return this.#http.get<InvoiceExport>(exportPath(id));
  }

  /** GET /api/invoice-exports/{id}/download: the ZIP of a done export, as a link. */
  downloadUrl(id: string): string {
    return `${exportPath(id)}/download`;
  }
}
