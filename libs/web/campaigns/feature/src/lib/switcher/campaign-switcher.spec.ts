import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { Router } from '@angular/router';
import { aCampaign, aCampaignPage } from '@bep/web/campaigns/data-access/testing';
import { startCampaignsPage, type CampaignsPageBed } from '../../testing';
import { CampaignSwitcher } from './campaign-switcher';

/** The text as read, its no-break spaces as plain ones. */
const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

@Component({ selector: 'bep-host-page', imports: [CampaignSwitcher], template: '<bep-campaign-switcher />' })
class HostPage {}

const CURRENT = aCampaign();
const CLOSED = aCampaign({ id: 'ca000000-0000-4000-8000-000000000002', name: 'Radioscopie numérique 2025', isCurrent: false, status: 'closed', closedAt: '2026-01-10T09:00:00.000Z' });

describe('CampaignSwitcher', () => {
  let bed: CampaignsPageBed;

  afterEach(() => bed.http.verify());

  async function open(url: string) {
    bed = await startCampaignsPage([{ path: 'pipeline', component: HostPage }]);
    await bed.harness.navigateByUrl(url);
    const request = bed.http.expectOne((r) => r.url === '/api/campaigns');
    expect(request.request.params.get('status')).toBe('open,closed');
    request.flush(aCampaignPage([CURRENT, CLOSED]));
    await bed.settle();
    return bed.harness.routeNativeElement as HTMLElement;
  }

  it('offers the campaigns not archived with the current one marked, and shows the current one by default', async () => {
    await open('/pipeline');
    const select = await bed.loader.getHarness(MatSelectHarness);
    expect(await select.getValueText()).toBe('Radioscopie numérique 2026 (courante)');
    await select.open();
    expect(await Promise.all((await select.getOptions()).map((option) => option.getText()))).toEqual([
      'Radioscopie numérique 2026 (courante)',
      'Radioscopie numérique 2025 (clôturée)',
    ]);
  });

  it('offers no choice when there is one campaign to show, and still says when it is closed', async () => {
    bed = await startCampaignsPage([{ path: 'pipeline', component: HostPage }]);
    await bed.harness.navigateByUrl('/pipeline');
    bed.http.expectOne((r) => r.url === '/api/campaigns').flush(aCampaignPage([{ ...CURRENT, status: 'closed' }]));
    await bed.settle();
    expect(await bed.loader.getAllHarnesses(MatSelectHarness)).toHaveLength(0);
    expect(squash(bed.harness.routeNativeElement?.querySelector('[role="status"]')?.textContent)).toContain('« Radioscopie numérique 2026 » est clôturée');
  });

  it('writes the chosen campaign in the URL, keeping the page\'s other parameters, and says when it is closed', async () => {
    const element = await open('/pipeline?q=gem');
    await (await bed.loader.getHarness(MatSelectHarness)).clickOptions({ text: 'Radioscopie numérique 2025 (clôturée)' });
    await bed.settle();
    expect(TestBed.inject(Router).url).toBe(`/pipeline?q=gem&campagne=${CLOSED.id}`);
    expect(squash(element.querySelector('[role="status"]')?.textContent)).toContain('« Radioscopie numérique 2025 » est clôturée');
    await (await bed.loader.getHarness(MatSelectHarness)).clickOptions({ text: 'Radioscopie numérique 2026 (courante)' });
    await bed.settle();
    expect(TestBed.inject(Router).url).toBe('/pipeline?q=gem');
  });
});
