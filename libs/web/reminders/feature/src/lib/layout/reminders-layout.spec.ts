import { HttpTestingController } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { RouterTestingHarness } from '@angular/router/testing';
import { aCampaign } from '@bep/web/reminders/data-access/testing';
import { REMINDERS_TRANSLATIONS } from '../i18n/reminders-translations';
import { RemindersLayout } from './reminders-layout';
import { startRemindersPage } from '../../testing';

@Component({ template: '<p>section</p>' })
class Section {}

describe('RemindersLayout', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;

  beforeEach(async () => {
    ({ harness, http } = await startRemindersPage([
          {
            path: 'rappels',
            component: RemindersLayout,
            providers: [REMINDERS_TRANSLATIONS],
            children: ['a-venir', 'envoyes', 'echecs', 'ignores', 'boite-d-envoi', 'regles'].map((path) => ({ path, component: Section })),
          },
        ]));
  });

  afterEach(() => http.verify());

  async function settle(): Promise<void> {
    await harness.fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
  }

  it('names the campaign, counts each list under the filters, and keeps the filters from one list to the next', async () => {
    await harness.navigateByUrl('/rappels/envoyes?commune=93090&regle=surveyUnanswered&page=3');
    http.expectOne('/api/campaigns/current').flush(aCampaign());
    const counts = http.match((request) => request.url === '/api/reminders');
    expect(counts.map((request) => request.request.urlWithParams)).toEqual([
      '/api/reminders?rule=surveyUnanswered&communeNis=93090&limit=1&offset=0&status=scheduled,sending',
      '/api/reminders?rule=surveyUnanswered&communeNis=93090&limit=1&offset=0&status=sent',
      '/api/reminders?rule=surveyUnanswered&communeNis=93090&limit=1&offset=0&status=failed',
      '/api/reminders?rule=surveyUnanswered&communeNis=93090&limit=1&offset=0&status=skipped,cancelled',
    ]);
    counts.forEach((request, index) => request.flush({ items: [], total: [12, 1, 0, 3][index], limit: 1, offset: 0 }));
    await settle();

    const element = harness.routeNativeElement as HTMLElement;
    expect(element.querySelector('h1')?.textContent).toBe('Rappels');
    expect(element.querySelector('.intro')?.textContent).toContain('«\u00a0Radioscopie numérique 2026\u00a0»');
    const links = Array.from(element.querySelectorAll<HTMLAnchorElement>('nav a'));
    expect(links.map((link) => link.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'À venir 12 (12 rappels)',
      'Envoyés 1 (1 rappel)',
      'Échecs 0 (0 rappel)',
      'Ignorés/annulés 3 (3 rappels)',
      "Boîte d'envoi",
      'Règles',
    ]);
    expect(links[0].getAttribute('href')).toBe('/rappels/a-venir?regle=surveyUnanswered&commune=93090');
    expect(links[4].getAttribute('href')).toBe('/rappels/boite-d-envoi');
    expect(links[1].getAttribute('aria-selected')).toBe('true');

    // Another page of the same list asks for no new counts.
    await harness.navigateByUrl('/rappels/envoyes?commune=93090&regle=surveyUnanswered&page=4');
    http.expectNone((request) => request.url === '/api/reminders');
  });
});
