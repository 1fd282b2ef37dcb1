import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { Title } from '@angular/platform-browser';
import { aCommune, aCommuneList, anEngagement, CAMILLE, JULIEN } from '@bep/web/communes/data-access/testing';
import { CommunesStore } from '@bep/web/communes/data-access';
import { LanguageStore } from '@bep/web/shared/i18n';
import {
  ACTIVITIES_URL,
  COMMUNE_URL,
  configureCommunePage,
  CONTACTS_URL,
  ENGAGEMENT_URL,
  openCommunePage,
  page,
  squash,
} from '../../testing/commune-page-testing';

describe('CommunePage', () => {
  beforeEach(() => configureCommunePage());

  it('heads the page with the commune, its facts and its team, and the sections in order', async () => {
    const { element, http } = await openCommunePage({
      engagement: anEngagement({ lead: CAMILLE, consultants: [{ ...CAMILLE, isLead: true }, { ...JULIEN, isLead: false }] }),
    });

    expect(element().querySelector('h1')?.textContent).toBe('Gembloux');
    const facts = Array.from(element().querySelectorAll('header .facts > div')).map(
      (fact) => `${squash(fact.querySelector('dt')?.textContent)} ${squash(fact.querySelector('dd')?.textContent)}`,
    );
    expect(facts).toEqual([
      'Arrondissement Namur',
      'Population 26 253',
      'Code NIS 92142',
      'Code postal 5030',
      'Consultant responsable Camille Dubois',
      'Équipe Camille Dubois, Julien Lambert',
    ]);
    expect(Array.from(element().querySelectorAll('h2')).map((heading) => squash(heading.textContent))).toEqual([
      'Étape',
      'Contacts',
      'Équipe',
      'Historique',
      'Activités',
      'Questionnaire de maturité',
      'Facturation',
      'Factures',
    ]);
    const crumbs = Array.from(element().querySelectorAll('nav[aria-label="Fil d\'Ariane"] li')).map((crumb) => squash(crumb.textContent));
    expect(crumbs).toEqual(['Communes', 'Gembloux']);
    expect(TestBed.inject(Title).getTitle()).toContain('Gembloux');
    http.verify();
  });

  it('speaks English on request', async () => {
    const { element, section, settle } = await openCommunePage();
    TestBed.inject(LanguageStore).use('en');
    await settle();

    expect(Array.from(element().querySelectorAll('h2')).map((heading) => squash(heading.textContent))).toEqual([
      'Stage',
      'Contacts',
      'Team',
      'History',
      'Activities',
      'Maturity questionnaire',
      'Billing',
      'Invoices',
    ]);
    expect(section('History').textContent).toContain('Survey sent → Survey answered');
    expect(squash(section('Stage').querySelector('[aria-current="step"]')?.textContent)).toBe('3 Diagnostic requested current stage · since 03/05/2019');
    TestBed.inject(LanguageStore).use('fr');
  });

  it('leads back to the table as the user left it', async () => {
    TestBed.inject(CommunesStore).tableQuery.set({ etape: 'diagnostic_requested' });
    const { element } = await openCommunePage();
    expect(element().querySelector('nav a')?.getAttribute('href')).toBe('/communes?etape=diagnostic_requested');
  });

  it('shows only the contacts and the billing data of a commune outside the campaign, and says why', async () => {
    const { element, http } = await openCommunePage({ commune: aCommune({ nis: '92094', name: 'Namur', eligible: false, engagement: null }) });

    expect(element().querySelector('h1')?.textContent).toBe('Namur');
    expect(element().textContent).toContain("Cette commune n'est pas éligible au programme (hors catégorie).");
    expect(Array.from(element().querySelectorAll('h2')).map((heading) => squash(heading.textContent))).toEqual(['Contacts', 'Facturation']);
    http.verify();
  });

  it('says so when no commune has the NIS code', async () => {
    const { element } = await openCommunePage({ commune: null });
    expect(element().querySelector('h1')?.textContent).toBe('Commune introuvable');
    expect(element().textContent).toContain('Aucune commune ne porte le code NIS 99999.');
  });

  it('keeps the other sections when one fails, and retries that one alone', async () => {
    const { http, loader, section, settle } = await openCommunePage({ fail: { contacts: 0 } });

    const alert = section('Contacts').querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Impossible de charger les contacts.');
    expect(alert?.textContent).toContain('Le serveur ne répond pas.');
    expect(section('Historique').querySelector('[role="alert"]')).toBeNull();

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Réessayer' }))).click();
    http.expectOne(CONTACTS_URL).flush(page([]));
    await settle();
    expect(section('Contacts').querySelector('[role="alert"]')).toBeNull();
    expect(section('Contacts').textContent).toContain("Aucun contact n'est enregistré pour cette commune.");
  });

  it('says why the commune could not be loaded, and retries', async () => {
    const { element, http, loader, settle } = await openCommunePage({ fail: { commune: 503 } });

    expect(element().querySelector('h1')?.textContent).toBe('Commune 92142');
    expect(element().querySelector('[role="alert"]')?.textContent).toContain('Impossible de charger la commune. Le serveur a un problème.');

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Réessayer' }))).click();
    http.expectOne(COMMUNE_URL).flush(aCommuneList());
    http.expectOne(ENGAGEMENT_URL).flush(anEngagement());
    http.expectOne(ACTIVITIES_URL).flush(page([]));
    await settle();
    expect(element().querySelector('h1')?.textContent).toBe('Gembloux');
  });
});
