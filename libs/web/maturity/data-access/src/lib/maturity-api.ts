import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ProvinceMaturity, ProvinceMaturityViewQuery } from '@bep/contracts';
import { httpParams } from '@bep/web/shared/data-access';
import type { Observable } from 'rxjs';

const MATURITY = '/api/maturity';

/** The exports of every answer and score: a CSV for a French-speaking spreadsheet, or a workbook. */
export type MaturityExportFormat = 'csv' | 'xlsx';

/**
 * The province's maturity routes of the API, typed by `@bep/contracts` (types only): the view of a
 * campaign (null: the current one) and the links of its exports. 403 for finance; 404 for a campaign
 * that does not exist (or none current).
 */
@Injectable({ providedIn: 'root' })
export class MaturityApi {
  readonly #http = inject(HttpClient);

  /** GET /api/maturity: the figures, and the heat map's rows in the order and page asked for (the server's first page by name otherwise). */
  get(campaignId: string | null, rows: Partial<Pick<ProvinceMaturityViewQuery, 'sort' | 'order' | 'offset' | 'limit'>> = {}): Observable<ProvinceMaturity> {
    return this.#http.get<ProvinceMaturity>(MATURITY, { params: httpParams({ campaignId, ...rows }) });
  }

  /** GET /api/maturity/export.csv|xlsx, as a link (the session cookie authenticates a download). */
  exportUrl(format: MaturityExportFormat, campaignId: string | null): string {
    const path = `${MATURITY}/export.${format}`;
    return campaignId ? `${path}?campaignId=${encodeURIComponent(campaignId)}` : path;
  }
}
