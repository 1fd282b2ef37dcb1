import { MatButtonHarness } from '@angular/material/button/testing';
import { MatSnackBarHarness } from '@angular/material/snack-bar/testing';
import { aCampaign, aCampaignPage } from '@bep/web/campaigns/data-access/testing';
import { startCampaignsPage, type CampaignsPageBed } from '../../testing';

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const CURRENT = aCampaign();
const NEXT = aCampaign({ id: 'ca000000-0000-4000-8000-000000000002', name: 'Radioscopie numérique 2027', isCurrent: false, status: 'closed', closedAt: '2026-03-17T09:00:00.000Z', startsOn: '2027-04-26', endsOn: '2027-12-31', deadline: '2027-12-17' });

describe('the Campagnes list', () => {
  let bed: CampaignsPageBed;

  afterEach(() => bed.http.verify());

  async function open() {
    bed = await startCampaignsPage();
    await bed.harness.navigateByUrl('/campagnes');
    bed.http.expectOne((request) => request.url === '/api/campaigns').flush(aCampaignPage([NEXT, CURRENT]));
    await bed.settle();
    return bed.harness.routeNativeElement as HTMLElement;
  }

  it('shows each campaign with its dates, status, current badge, engagements and envelope, and what its status allows', async () => {
    const element = await open();
    const rows = Array.from(element.querySelectorAll('tbody tr')).map((row) => squash(row.textContent));
    expect(rows[0]).toContain('Radioscopie numérique 2027');
    expect(rows[0]).toContain('Du 26/04/2027 au 31/12/2027');
    expect(rows[0]).toContain('Échéance le 17/12/2027');
    expect(rows[0]).toContain('Clôturée');
    expect(rows[0]).toContain('Rendre courante Rouvrir Archiver');
    expect(rows[1]).toContain('Courante');
    expect(rows[1]).toContain('Ouverte');
    expect(rows[1]).toContain('37');
    expect(rows[1]).toContain('12 500,00 € engagés sur 20 000,00 €');
    expect(rows[1]).toContain('Modifier Clôturer');
    expect(rows[1]).not.toContain('Rendre courante');
  });

  it('closes a campaign once confirmed, says so, and reads the list again', async () => {
    await open();
    await (await bed.loader.getHarness(MatButtonHarness.with({ text: 'Clôturer' }))).click();
    await (await bed.documentLoader.getHarness(MatButtonHarness.with({ text: 'Clôturer', ancestor: 'mat-dialog-container' }))).click();
    await bed.settle();
    const request = bed.http.expectOne(`/api/campaigns/${CURRENT.id}/close`);
    expect(request.request.method).toBe('POST');
    request.flush({ ...CURRENT, status: 'closed' });
    await bed.settle();
    bed.http.expectOne((r) => r.url === '/api/campaigns').flush(aCampaignPage([NEXT, { ...CURRENT, status: 'closed' }]));
    await bed.settle();
    const snackBar = await bed.documentLoader.getHarness(MatSnackBarHarness);
    expect(squash(await snackBar.getMessage())).toBe('« Radioscopie numérique 2026 » est clôturée : plus de retards comptés ni de rappels envoyés.');
  });

  it('sends nothing when the confirmation is declined', async () => {
    await open();
    await (await bed.loader.getHarness(MatButtonHarness.with({ text: 'Rendre courante' }))).click();
    await (await bed.documentLoader.getHarness(MatButtonHarness.with({ text: 'Annuler', ancestor: 'mat-dialog-container' }))).click();
    await bed.settle();
    bed.http.expectNone((request) => request.method === 'POST');
  });

  it('says in words why the server refused a change', async () => {
    const element = await open();
    await (await bed.loader.getHarness(MatButtonHarness.with({ text: 'Rouvrir' }))).click();
    await bed.settle();
    bed.http
      .expectOne(`/api/campaigns/${NEXT.id}/reopen`)
      .flush({ type: 'urn:bep:campaign-status', title: 'Not possible in this status', status: 409, detail: 'Only a campaign that is closed can be reopened' }, { status: 409, statusText: 'Conflict' });
    await bed.settle();
    expect(squash(element.querySelector('[role="alert"]')?.textContent)).toContain(
      '« Radioscopie numérique 2027 » n\'a pas pu être rouverte. La campagne n\'est plus dans l\'état attendu',
    );
  });
});
