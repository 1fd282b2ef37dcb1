import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import type { InvoiceExport } from '@bep/contracts';
import { provideI18nTesting } from '@bep/web/shared/i18n/testing';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';
import { BatchExport, POLL_MS } from './batch-export';

const EXPORT_ID = '9c7d1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f';
const PROGRESS_URL = `/api/invoice-exports/${EXPORT_ID}`;

function anExport(overrides: Partial<InvoiceExport> = {}): InvoiceExport {
  return {
    id: EXPORT_ID,
    status: 'queued',
    from: '2026-03-01',
    to: '2026-03-31',
    statuses: null,
    communeNis: null,
    total: 0,
    done: 0,
    percent: 0,
    error: null,
    fileName: 'factures-2026-03-01-2026-03-31.zip',
    byteSize: null,
    requestedBy: { id: '6e0b9d3a-7c1f-4b2e-8d5a-3f9c1e7b0a42', name: 'Sophie Lambert' },
    requestedAt: '2026-04-15T08:00:00.000Z',
    finishedAt: null,
    expiresAt: null,
    downloadable: false,
    ...overrides,
  };
}

describe('BatchExport', () => {
  let fixture: ComponentFixture<BatchExport>;
  let http: HttpTestingController;

  const element = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const text = (selector: string) => element().querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
  const input = (label: string) => [...element().querySelectorAll('mat-form-field')].find((field) => field.textContent?.includes(label))?.querySelector('input') as HTMLInputElement;
  const render = () => fixture.detectChanges();

  function exportButton(): HTMLButtonElement {
    return [...element().querySelectorAll('button')].find((button) => button.textContent?.includes('Exporter (ZIP)')) as HTMLButtonElement;
  }

  function submit(): void {
    exportButton().click();
    render();
  }

  /** One second passes: the component reads the progress, which the API answers with `progress`. */
  function tick(progress: InvoiceExport): void {
    jest.advanceTimersByTime(POLL_MS);
    http.expectOne({ method: 'GET', url: PROGRESS_URL }).flush(progress);
    render();
  }

  beforeEach(() => {
    // Wednesday 15 April 2026 in Brussels: the previous month is March.
    jest.useFakeTimers({ now: new Date('2026-04-15T10:00:00+02:00') });
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideI18nTesting({ invoices: { fr, en } }), { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(BatchExport);
    render();
  });

  afterEach(() => {
    http.verify();
    jest.useRealTimers();
  });

  it('offers the previous month, asks nothing of the API before finance exports', () => {
    expect(text('h2')).toBe('Export groupé (ZIP)');
    expect(input('Émises du').value).toBe('2026-03-01');
    expect(input('Au').value).toBe('2026-03-31');
    expect(element().querySelector('mat-progress-bar')).toBeNull();
  });

  it('queues the export, shows its progress every second, then the download link, and stops asking', () => {
    submit();
    const request = http.expectOne({ method: 'POST', url: '/api/invoice-exports' });
    expect(request.request.body).toEqual({ from: '2026-03-01', to: '2026-03-31' });
    request.flush(anExport(), { status: 202, statusText: 'Accepted' });
    render();
    expect(text('.progress [role="status"]')).toBe("En file d'attente…");
    expect(exportButton().disabled).toBe(true);

    tick(anExport({ status: 'running', total: 37, done: 12, percent: 32 }));
    const bar = element().querySelector('mat-progress-bar');
    expect(bar?.getAttribute('aria-valuenow')).toBe('32');
    expect(bar?.getAttribute('aria-label')).toBe("Progression de l'export");
    expect(text('.progress [role="status"]')).toBe('12 / 37 documents');

    tick(anExport({ status: 'running', total: 37, done: 37, percent: 100 }));
    expect(text('.progress [role="status"]')).toBe('37 / 37 documents');

    tick(anExport({ status: 'done', total: 37, done: 37, percent: 100, byteSize: 2_400_000, downloadable: true, finishedAt: '2026-04-15T08:00:05.000Z', expiresAt: '2026-04-16T08:00:05.000Z' }));
    expect(element().querySelector('mat-progress-bar')).toBeNull();
    expect(text('.progress [role="status"]')).toBe('Export prêt : 37 documents.');
    const link = element().querySelector<HTMLAnchorElement>('.progress a');
    expect(link?.getAttribute('href')).toBe(`/api/invoice-exports/${EXPORT_ID}/download`);
    expect(link?.hasAttribute('download')).toBe(true);
    expect(link?.textContent?.trim()).toBe('Télécharger factures-2026-03-01-2026-03-31.zip');
    expect(text('.progress .note')).toBe("Disponible jusqu'au 16/04/2026 10:00.");
    expect(exportButton().disabled).toBe(false);

    // Done: no more readings (http.verify after the case).
    jest.advanceTimersByTime(5 * POLL_MS);
  });

  it('sends the period and the statuses chosen', () => {
    const from = input('Émises du');
    from.value = '2026-01-01';
    from.dispatchEvent(new Event('input'));
    element().querySelector<HTMLElement>('mat-select .mat-mdc-select-trigger')?.click();
    render();
    [...document.querySelectorAll<HTMLElement>('mat-option')].find((option) => option.textContent?.includes('Payée'))?.click();
    render();
    submit();
    expect(http.expectOne('/api/invoice-exports').request.body).toEqual({ from: '2026-01-01', to: '2026-03-31', status: ['paid'] });
  });

  it('says why an export failed for good, and a retry under way', () => {
    submit();
    http.expectOne('/api/invoice-exports').flush(anExport());
    render();
    tick(anExport({ status: 'queued', error: 'connection terminated' }));
    expect(text('.progress .note')).toBe('La tentative précédente a échoué (connection terminated) : nouvel essai sous peu.');

    tick(anExport({ status: 'failed', error: 'connection terminated' }));
    expect(text('.progress [role="alert"]')).toBe("L'export a échoué : connection terminated");
    jest.advanceTimersByTime(5 * POLL_MS);
  });

  it("words the API's refusal, and refuses a period in the wrong order before any request", () => {
    submit();
    http
      .expectOne('/api/invoice-exports')
      .flush({ type: 'about:blank', title: 'Bad Request', status: 400, detail: 'to: at most 366 days' }, { status: 400, statusText: 'Bad Request', headers: { 'content-type': 'application/problem+json' } });
    render();
    expect(text('.bep-error-banner[role="alert"]')).toBe('to: at most 366 days');

    const to = input('Au');
    to.value = '2026-02-01';
    to.dispatchEvent(new Event('input'));
    submit();
    expect(text('.field-error')).toBe('La date « au » doit suivre la date « du ».');
    expect(element().querySelector('input[aria-describedby="batch-export-period-error"]')).not.toBeNull();
  });
});
