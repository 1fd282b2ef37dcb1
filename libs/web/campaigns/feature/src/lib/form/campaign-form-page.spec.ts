import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSnackBarHarness } from '@angular/material/snack-bar/testing';
import { Router } from '@angular/router';
import { aCampaign, aCampaignPage } from '@bep/web/campaigns/data-access/testing';
import { startCampaignsPage, type CampaignsPageBed } from '../../testing';

/** The text as read, its no-break spaces as plain ones. */
const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

const CAMPAIGN = aCampaign();

// The form is long (every reminder rule's fields, three date pickers): its first rendering alone
// takes seconds on a busy machine.
jest.setTimeout(30_000);

describe('the campaign form', () => {
  let bed: CampaignsPageBed;

  afterEach(() => bed.http.verify());

  const input = async (selector: string) => bed.loader.getHarness(MatInputHarness.with({ selector }));

  async function edit(campaign = CAMPAIGN, withoutContact: { nis: string; name: string; stage: string }[] = []) {
    bed = await startCampaignsPage();
    await bed.harness.navigateByUrl(`/campagnes/${campaign.id}`);
    bed.http.expectOne(`/api/campaigns/${campaign.id}`).flush(campaign);
    await bed.settle();
    bed.http.expectOne(`/api/campaigns/${campaign.id}/communes-without-contact`).flush({ items: withoutContact });
    await bed.settle();
    return bed.harness.routeNativeElement as HTMLElement;
  }

  it('lists the communes no e-mail reaches, each linked to its page', async () => {
    const element = await edit(CAMPAIGN, [{ nis: '92054', name: 'Gembloux', stage: 'survey_sent' }]);
    const section = element.querySelector('bep-communes-without-contact');
    expect(squash(section?.querySelector('h2')?.textContent)).toBe('Communes sans adresse e-mail');
    expect(squash(section?.textContent)).toContain('les e-mails de la campagne (le questionnaire, ses rappels et ceux des étapes suivantes) ne peuvent pas leur être envoyés');
    expect(squash(section?.querySelector('li')?.textContent)).toBe('Gembloux — Questionnaire envoyé');
    expect(section?.querySelector('a')?.getAttribute('href')).toBe('/communes/92054');
    expect(squash(section?.querySelector('a')?.textContent)).toBe('Gembloux');
  });

  it('says when every commune of the campaign has an e-mail address', async () => {
    const reached = await edit();
    expect(squash(reached.querySelector('bep-communes-without-contact')?.textContent)).toContain('le questionnaire peut partir vers toutes');
  });

  it('shows the campaign\'s settings in euros and per cent, and saves only what changed', async () => {
    await edit();
    expect(await (await input('[formControlName="diagnosticPrice"]')).getValue()).toBe('5000,00');
    expect(await (await input('[formControlName="diagnosticShare"]')).getValue()).toBe('50');
    await (await input('[formControlName="envelope"]')).setValue('25 000,00');
    await (await bed.loader.getHarness(MatButtonHarness.with({ text: 'Enregistrer' }))).click();
    await bed.settle();
    const request = bed.http.expectOne(`/api/campaigns/${CAMPAIGN.id}`);
    expect([request.request.method, request.request.body]).toEqual(['PATCH', { budget: { envelopeCents: 2_500_000 } }]);
    request.flush(aCampaign({ budget: { ...CAMPAIGN.budget, envelopeCents: 2_500_000 } }));
    await bed.settle();
    expect(squash(await (await bed.documentLoader.getHarness(MatSnackBarHarness)).getMessage())).toBe('« Radioscopie numérique 2026 » est enregistrée.');
  });

  it('says what is wrong in words and sends nothing', async () => {
    const element = await edit();
    await (await input('[formControlName="diagnosticPrice"]')).setValue('cinq mille');
    await (await bed.loader.getHarness(MatButtonHarness.with({ text: 'Enregistrer' }))).click();
    await bed.settle();
    expect(squash(element.querySelector('[role="alert"]')?.textContent)).toContain('Corrigez les champs signalés');
    expect(squash(element.textContent)).toContain('Un montant en euros, par exemple 5 000,00.');
  });

  it('shows the server\'s refusal with its fields', async () => {
    const element = await edit();
    await (await input('[formControlName="name"]')).setValue('Radioscopie numérique 2025');
    await (await bed.loader.getHarness(MatButtonHarness.with({ text: 'Enregistrer' }))).click();
    await bed.settle();
    bed.http.expectOne(`/api/campaigns/${CAMPAIGN.id}`).flush({ status: 409, title: 'Conflict', detail: 'A campaign is already named "Radioscopie numérique 2025".' }, { status: 409, statusText: 'Conflict' });
    await bed.settle();
    expect(squash(element.querySelector('[role="alert"]')?.textContent)).toContain('La campagne n\'a pas pu être enregistrée. Une autre campagne porte déjà ce nom.');
  });

  it('shows an archived campaign read-only', async () => {
    const element = await edit(aCampaign({ isCurrent: false, status: 'archived', closedAt: '2026-01-01T09:00:00.000Z', archivedAt: '2026-02-01T09:00:00.000Z' }));
    expect(squash(element.textContent)).toContain('Cette campagne est archivée : ses réglages ne changent plus.');
    expect(await (await input('[formControlName="name"]')).isDisabled()).toBe(true);
    expect(await bed.loader.getAllHarnesses(MatButtonHarness.with({ text: 'Enregistrer' }))).toHaveLength(0);
  });

  it('creates a campaign and goes back to the list, saying how many engagements it opened', async () => {
    bed = await startCampaignsPage();
    await bed.harness.navigateByUrl('/campagnes/nouvelle');
    await bed.settle();
    const created = aCampaign({ id: 'ca000000-0000-4000-8000-000000000002', name: 'Radioscopie numérique 2027', isCurrent: false });
    await (await input('[formControlName="name"]')).setValue(created.name);
    const days = await bed.loader.getAllHarnesses(MatInputHarness.with({ ancestor: 'bep-date-field' }));
    await days[0]?.setValue('26/04/2027');
    await days[1]?.setValue('31/12/2027');
    await days[2]?.setValue('17/12/2027');
    await (await input('[formControlName="diagnosticPrice"]')).setValue('5 200');
    await (await bed.loader.getHarness(MatButtonHarness.with({ text: 'Créer la campagne' }))).click();
    await bed.settle();
    const request = bed.http.expectOne('/api/campaigns');
    expect(request.request.body).toMatchObject({ name: created.name, startsOn: '2027-04-26', endsOn: '2027-12-31', deadline: '2027-12-17', prices: { diagnostic: { priceCents: 520_000, bepShareBp: 5000 } } });
    request.flush(created);
    await bed.settle();
    bed.http.expectOne((r) => r.url === '/api/campaigns').flush(aCampaignPage([created]));
    await bed.settle();
    expect(TestBed.inject(Router).url).toBe('/campagnes');
    expect(squash(await (await bed.documentLoader.getHarness(MatSnackBarHarness)).getMessage())).toBe('« Radioscopie numérique 2027 » est créée : 37 engagements ouverts.');
  });
});
