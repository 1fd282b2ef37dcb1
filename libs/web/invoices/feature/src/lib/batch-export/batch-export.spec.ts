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
const EARLIER_ID = '1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d';
const OTHER_ID = '7f6e5d4c-3b2a-4190-8f7e-6d5c4b3a2910';
const EXPORTS_URL = '/api/invoice-exports';
const PROGRESS_URL = `${EXPORTS_URL}/${EXPORT_ID}`;

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

const DONE = anExport({ status: 'done', total: 37, done: 37, percent: 100, byteSize: 2_400_000, downloadable: true, finishedAt: '2026-04-15T08:00:05.000Z', expiresAt: '2026-04-16T08:00:05.000Z' });

/** February's ZIP, made an hour before the page opens. */
const DONE_EARLIER = anExport({
  id: EARLIER_ID,
  status: 'done',
  from: '2026-02-01',
  to: '2026-02-28',
  fileName: 'factures-2026-02-01-2026-02-28.zip',
  total: 12,
  done: 12,
  percent: 100,
  byteSize: 800_000,
  downloadable: true,
  requestedAt: '2026-04-15T07:00:00.000Z',
  finishedAt: '2026-04-15T07:00:04.000Z',
  expiresAt: '2026-04-16T07:00:04.000Z',
});

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

  function retryButton(): HTMLButtonElement {
    return [...element().querySelectorAll('button')].find((button) => button.textContent?.includes('Réessayer')) as HTMLButtonElement;
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

  /** The recent exports the page finds on opening, newest first. */
  function recent(items: InvoiceExport[]): void {
    http.expectOne({ method: 'GET', url: EXPORTS_URL }).flush({ items });
    render();
  }

  /** The component as finance (or a manager, `readOnly`) opens it, before the API answered. */
  function open(readOnly = false): void {
    fixture = TestBed.createComponent(BatchExport);
    fixture.componentRef.setInput('readOnly', readOnly);
    render();
  }

  beforeEach(() => {
    // Wednesday 15 April 2026 in Brussels: the previous month is March.
    jest.useFakeTimers({ now: new Date('2026-04-15T10:00:00+02:00') });
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideI18nTesting({ invoices: { fr, en } }), { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    jest.useRealTimers();
  });

  describe('on opening', () => {
    it('offers the previous month and, with no recent export, shows nothing more and reads nothing more', () => {
      open();
      recent([]);
      expect(text('h2')).toBe('Export groupé (ZIP)');
      expect(input('Émises du').value).toBe('01/03/2026');
      expect(input('Au').value).toBe('31/03/2026');
      expect(element().querySelector('mat-progress-bar')).toBeNull();
      expect(element().querySelector('.progress')).toBeNull();
      jest.advanceTimersByTime(5 * POLL_MS);
    });

    it('follows again the newest export still being built, rather than an older ZIP, until it is done', () => {
      open();
      recent([anExport({ status: 'running', total: 37, done: 5, percent: 14 }), DONE_EARLIER]);
      expect(element().querySelector('mat-progress-bar')?.getAttribute('aria-valuenow')).toBe('14');
      expect(text('.progress [role="status"]')).toBe('5 / 37 documents');
      expect(exportButton().disabled).toBe(true);

      tick(anExport({ status: 'running', total: 37, done: 30, percent: 81 }));
      expect(text('.progress [role="status"]')).toBe('30 / 37 documents');
      tick(DONE);
      expect(element().querySelector<HTMLAnchorElement>('.progress a')?.getAttribute('href')).toBe(`/api/invoice-exports/${EXPORT_ID}/download`);
      expect(exportButton().disabled).toBe(false);
      jest.advanceTimersByTime(5 * POLL_MS);
    });

    it('offers the newest ZIP still downloadable, with its expiry, past a failed or expired one, and reads nothing more', () => {
      open();
      recent([anExport({ id: OTHER_ID, status: 'failed', error: 'disk full' }), anExport({ id: OTHER_ID, status: 'done', downloadable: false }), DONE_EARLIER]);
      expect(element().querySelector('mat-progress-bar')).toBeNull();
      expect(text('.progress [role="status"]')).toBe('Export prêt : 12 documents.');
      const link = element().querySelector<HTMLAnchorElement>('.progress a');
      expect(link?.getAttribute('href')).toBe(`/api/invoice-exports/${EARLIER_ID}/download`);
      expect(link?.textContent?.trim()).toBe('Télécharger factures-2026-02-01-2026-02-28.zip');
      expect(text('.progress .note')).toBe("Disponible jusqu'au 16/04/2026 09:00.");
      expect(element().textContent).not.toContain('disk full');
      expect(exportButton().disabled).toBe(false);
      jest.advanceTimersByTime(5 * POLL_MS);
    });

    it('gives a manager the link and the progress, without the form', () => {
      open(true);
      expect(element().querySelector('form')).toBeNull();
      expect(text('.note')).toContain('que la comptabilité prépare');
      // Not yet "none": the API has not answered.
      expect(element().textContent).not.toContain('Aucun export récent');
      recent([DONE_EARLIER]);
      expect(element().querySelector('form')).toBeNull();
      expect(exportButton()).toBeUndefined();
      expect(element().querySelector<HTMLAnchorElement>('.progress a')?.getAttribute('href')).toBe(`/api/invoice-exports/${EARLIER_ID}/download`);
    });

    it('tells a manager when there is nothing to download', () => {
      open(true);
      recent([anExport({ status: 'failed', error: 'disk full' })]);
      expect(element().querySelector('.progress')).toBeNull();
      expect(element().textContent).toContain('Aucun export récent à télécharger.');
    });

    it('says when the recent exports cannot be read, and reads them again on retry', () => {
      open(true);
      http
        .expectOne(EXPORTS_URL)
        .flush({ type: 'about:blank', title: 'Erreur', status: 503, detail: 'La base de données ne répond pas.' }, { status: 503, statusText: 'Unavailable', headers: { 'content-type': 'application/problem+json' } });
      render();
      expect(text('.bep-error-banner[role="alert"] p')).toBe('Les exports récents ne peuvent pas être chargés. La base de données ne répond pas.');
      expect(element().textContent).not.toContain('Aucun export récent');

      retryButton().click();
      render();
      recent([DONE_EARLIER]);
      expect(element().querySelector('.bep-error-banner')).toBeNull();
      expect(element().querySelector('.progress a')).not.toBeNull();
    });

    it('follows the export finance started before the recent ones came in, not an older one', () => {
      open();
      submit();
      http.expectOne({ method: 'POST', url: EXPORTS_URL }).flush(anExport(), { status: 202, statusText: 'Accepted' });
      render();
      recent([anExport({ id: OTHER_ID, status: 'running', total: 3, done: 1, percent: 33 })]);
      expect(text('.progress [role="status"]')).toBe("En file d'attente…");
      tick(DONE);
    });
  });

  describe('as finance, with no recent export', () => {
    beforeEach(() => {
      open();
      recent([]);
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
      from.value = '01/01/2026';
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

    it('offers to read the progress again after a failed reading, which stopped the polling', () => {
      submit();
      http.expectOne(EXPORTS_URL).flush(anExport());
      render();
      jest.advanceTimersByTime(POLL_MS);
      http.expectOne(PROGRESS_URL).flush(null, { status: 0, statusText: 'Unknown Error' });
      render();
      expect(text('.bep-error-banner[role="alert"] p')).toBe('Le serveur ne répond pas. Vérifiez votre connexion, puis réessayez.');
      jest.advanceTimersByTime(5 * POLL_MS);

      retryButton().click();
      render();
      expect(element().querySelector('.bep-error-banner')).toBeNull();
      tick(DONE);
      expect(element().querySelector('.progress a')).not.toBeNull();
    });

    it("words the API's refusal, and refuses a period in the wrong order before any request", () => {
      submit();
      http
        .expectOne('/api/invoice-exports')
        .flush({ type: 'about:blank', title: 'Bad Request', status: 400, detail: 'to: at most 366 days' }, { status: 400, statusText: 'Bad Request', headers: { 'content-type': 'application/problem+json' } });
      render();
      expect(text('.bep-error-banner[role="alert"]')).toBe('to: at most 366 days');

      const to = input('Au');
      to.value = '01/02/2026';
      to.dispatchEvent(new Event('input'));
      submit();
      expect(text('.field-error')).toBe('La date « au » doit suivre la date « du ».');
      expect(element().querySelector('input[aria-describedby~="batch-export-period-error"]')).not.toBeNull();
    });
  });
});
