import { BreakpointObserver } from '@angular/cdk/layout';
import { TestBed } from '@angular/core/testing';
import { MatAutocompleteHarness } from '@angular/material/autocomplete/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { Router } from '@angular/router';
import { aCampaign, aCampaignPage } from '@bep/web/campaigns/data-access/testing';
import { aCommune, aCommuneList } from '@bep/web/communes/data-access/testing';
import { aDraftFailure, anInvoice, anInvoicePage, anIssuedInvoice } from '@bep/web/invoices/data-access/testing';
import { of } from 'rxjs';
import { startInvoicesPage, type InvoicesPageBed } from '../../testing';

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

const CAMPAIGN_2025 = aCampaign({ id: 'ca000000-0000-4000-8000-000000000002', name: 'Radioscopie numérique 2025', isCurrent: false, status: 'archived' });
const CAMPAIGNS = aCampaignPage([aCampaign(), CAMPAIGN_2025]);

describe('the Factures list', () => {
  let bed: InvoicesPageBed;

  afterEach(() => bed.http.verify());

  async function open(roles: ('finance' | 'manager')[], url = '/factures', page = anInvoicePage([anInvoice(), anIssuedInvoice({ id: '0f6a2c84-3b1d-4e5f-9a7c-2d4e6f8a0b13', overdue: true })], { outstandingCents: 250_000 })) {
    bed = await startInvoicesPage(roles);
    await bed.harness.navigateByUrl(url);
    bed.http.expectOne((request) => request.url === '/api/invoices').flush(page);
    if (roles.includes('finance')) bed.http.expectOne('/api/invoices/draft-failures').flush({ items: [aDraftFailure()] });
    bed.http.expectOne((request) => request.url === '/api/campaigns').flush(CAMPAIGNS);
    // The batch export's panel looks for an export to follow or to download (none here).
    bed.http.expectOne('/api/invoice-exports').flush({ items: [] });
    await bed.settle();
    return bed.harness.routeNativeElement as HTMLElement;
  }

  it('shows the totals of the filtered set, the documents with their status in words, and links to each', async () => {
    const element = await open(['finance']);

    const totals = Array.from(element.querySelectorAll('bep-invoice-totals dl > div')).map(
      (total) => `${squash(total.querySelector('dt')?.textContent)}: ${squash(total.querySelector('dd')?.textContent)}`,
    );
    expect(totals).toEqual(['Total HTVA: 2 500,00 €', 'Total TVAC: 2 500,00 €', 'Payé: 0,00 €', 'Restant dû: 2 500,00 €']);
    expect(element.querySelector('table caption')?.textContent).toContain('Factures et notes de crédit');
    const rows = Array.from(element.querySelectorAll('tbody tr')).map((row) => squash(row.textContent));
    expect(rows[0]).toContain('Brouillon, Viroinval');
    expect(rows[1]).toContain('CF-2026-0007');
    expect(rows[1]).toContain('17/03/2026');
    expect(rows[1]).toContain('En retard');
    expect(element.querySelector('tbody tr a')?.getAttribute('href')).toBe('/factures/3d8f2b61-5c4e-4a7b-9e1f-0a2c4d6e8f10');
    expect(element.querySelector('[role="alert"]')?.textContent).toContain("Un brouillon n'a pas pu être créé");
    expect(element.querySelector('a[href="/factures/nouveau"]')).not.toBeNull();
    expect(element.querySelector('a[download]')?.getAttribute('href')).toBe('/api/invoices/export.csv');
  });

  it('reads its filters from the URL, asks for them, and the CSV link carries them', async () => {
    const element = await open(['manager'], '/factures?statut=overdue&type=invoice&commune=93090&du=2026-03-01');
    expect(element.querySelector('a[download]')?.getAttribute('href')).toBe('/api/invoices/export.csv?overdue=true&kind=invoice&communeNis=93090&from=2026-03-01&status=issued');
    // The commune of the URL, named by the server.
    const named = bed.http.expectOne((request) => request.url === '/api/communes');
    expect(named.request.urlWithParams).toBe('/api/communes?eligible=true&q=93090&limit=20');
    named.flush(aCommuneList([aCommune({ nis: '93090', name: 'Viroinval' })]));
    await bed.settle();
    expect(await (await bed.loader.getHarness(MatAutocompleteHarness)).getValue()).toBe('Viroinval');
  });

  it('puts the chosen filters in the URL, from the first page', async () => {
    await open(['finance'], '/factures?page=2');
    const status = await bed.loader.getHarness(MatSelectHarness.with({ selector: '[formControlName="status"]' }));
    await status.clickOptions({ text: 'Payée' });
    await (await bed.loader.getHarness(MatButtonHarness.with({ text: 'Filtrer' }))).click();
    await bed.settle();

    expect(TestBed.inject(Router).url).toBe('/factures?statut=paid');
    const request = bed.http.expectOne((req) => req.url === '/api/invoices');
    expect(request.request.params.get('status')).toBe('paid');
    expect(request.request.params.get('offset')).toBe('0');
    request.flush(anInvoicePage([]));
  });

  it("reads a campaign from the URL, as the dashboard's budget links to it, and offers every campaign, archived ones too", async () => {
    const element = await open(['manager'], `/factures?campagne=${CAMPAIGN_2025.id}&statut=billed`);
    expect(element.querySelector('a[download]')?.getAttribute('href')).toBe(`/api/invoices/export.csv?campaignId=${CAMPAIGN_2025.id}&status=issued,paid,credited`);
    const campaign = await bed.loader.getHarness(MatSelectHarness.with({ selector: '[formControlName="campaignId"]' }));
    expect(await campaign.getValueText()).toBe('Radioscopie numérique 2025');
    expect(await (await bed.loader.getHarness(MatSelectHarness.with({ selector: '[formControlName="status"]' }))).getValueText()).toBe('Émises, payées ou créditées');

    await campaign.clickOptions({ text: 'Toutes les campagnes' });
    await (await bed.loader.getHarness(MatButtonHarness.with({ text: 'Filtrer' }))).click();
    await bed.settle();
    expect(TestBed.inject(Router).url).toBe('/factures?statut=billed');
    bed.http.expectOne((req) => req.url === '/api/invoices' && !req.params.has('campaignId')).flush(anInvoicePage([]));
  });

  it('hides what only finance does from a manager: no draft by hand, no pipeline failures', async () => {
    const element = await open(['manager']);
    expect(element.querySelector('a[href="/factures/nouveau"]')).toBeNull();
    expect(element.textContent).not.toContain("n'a pas pu être créé");
    // The batch export reads only: what finance exported, without the form to ask for one.
    expect(element.querySelector('bep-batch-export h2')?.textContent).toBe('Export groupé (ZIP)');
    expect(element.querySelector('bep-batch-export form')).toBeNull();
    expect(element.querySelector('bep-batch-export')?.textContent).toContain('Aucun export récent à télécharger.');
  });

  it('says why the list cannot be loaded, and retries', async () => {
    bed = await startInvoicesPage(['manager']);
    await bed.harness.navigateByUrl('/factures');
    bed.http
      .expectOne((request) => request.url === '/api/invoices')
      .flush({ type: 'about:blank', title: 'Erreur', status: 503, detail: 'La base de données ne répond pas.' }, { status: 503, statusText: 'Unavailable' });
    bed.http.expectOne((request) => request.url === '/api/campaigns').flush(CAMPAIGNS);
    bed.http.expectOne('/api/invoice-exports').flush({ items: [] });
    await bed.settle();
    const element = bed.harness.routeNativeElement as HTMLElement;
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('Les factures ne peuvent pas être chargées. La base de données ne répond pas.');

    await (await bed.loader.getHarness(MatButtonHarness.with({ text: 'Réessayer' }))).click();
    bed.http.expectOne((request) => request.url === '/api/invoices').flush(anInvoicePage([]));
    await bed.settle();
    expect(element.textContent).toContain('Aucune facture pour l');
  });

  it('shows cards on a phone, with no table', async () => {
    TestBed.overrideProvider(BreakpointObserver, { useValue: { observe: () => of({ matches: true, breakpoints: {} }) } });
    const element = await open(['manager']);
    expect(element.querySelector('table')).toBeNull();
    expect(element.querySelectorAll('ul.bep-cards article')).toHaveLength(2);
  });
});
