import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideI18nTesting } from '@bep/web/shared/i18n/testing';
import { SURVEY_SAVE_DELAY_MS } from '@bep/web/survey/data-access';
import { aSurveyForm } from '@bep/web/survey/data-access/testing';
import type { Model } from 'survey-core';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';
import { QuestionnaireForm } from '../questionnaire-form/questionnaire-form';
import { SurveyJsView } from '../survey-js/survey-js-view';
import { SurveyPage } from './survey-page';

const TOKEN = 'tok-0123456789abcdefghijklmnopqrstuvwxyzABCDE';
/** The text as read: runs of spaces and line breaks as one space (the no-break spaces of French stay). */
const squash = (text: string | null | undefined) => (text ?? '').replace(/[ \n\t]+/g, ' ').trim();

/** The form library's drawing stays for the end-to-end test: here the page's own parts, and the model it is given. */
@Component({ selector: 'bep-survey-js-view', template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class SurveyJsViewStub {
  static last: Model | null = null;
  readonly model = input.required<Model>();
  constructor() {
    queueMicrotask(() => (SurveyJsViewStub.last = this.model()));
  }
}

describe('SurveyPage', () => {
  let http: HttpTestingController;

  async function open(url = `/questionnaire#${TOKEN}`) {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideI18nTesting({ survey: { fr, en } }),
        provideRouter([{ path: 'questionnaire', component: SurveyPage }]),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    TestBed.overrideComponent(QuestionnaireForm, { remove: { imports: [SurveyJsView] }, add: { imports: [SurveyJsViewStub] } });
    http = TestBed.inject(HttpTestingController);
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    const settle = async () => {
      await harness.fixture.whenStable();
      await new Promise((resolve) => setTimeout(resolve));
      await harness.fixture.whenStable();
    };
    return { harness, settle, element: harness.routeNativeElement as HTMLElement, loader: TestbedHarnessEnvironment.loader(harness.fixture) };
  }

  afterEach(() => http.verify());

  it('says in words that an unknown or revoked link is no longer valid', async () => {
    const { element, settle } = await open();
    const request = http.expectOne('/api/survey');
    expect(request.request.headers.get('X-Survey-Token')).toBe(TOKEN);
    request.flush({ type: 'urn:bep:survey-link-unknown', title: 'Unknown link', status: 404 }, { status: 404, statusText: 'Not Found' });
    await settle();
    expect(squash(element.querySelector('h1')?.textContent)).toBe("Ce lien n'est pas ou plus valable");
    expect(element.textContent).toContain('Demandez-en un nouveau au BEP.');
  });

  it('says a link without its token is no link, without calling the API', async () => {
    const { element, settle } = await open('/questionnaire');
    await settle();
    http.expectNone('/api/survey');
    expect(squash(element.querySelector('h1')?.textContent)).toBe("Ce lien n'est pas ou plus valable");
  });

  it('says a closed campaign no longer takes answers', async () => {
    const { element, settle } = await open();
    http.expectOne('/api/survey').flush({ type: 'urn:bep:survey-link-expired', title: 'Expired', status: 410 }, { status: 410, statusText: 'Gone' });
    await settle();
    expect(squash(element.querySelector('h1')?.textContent)).toBe('Ce questionnaire est clôturé');
  });

  it('thanks a commune that already sent its questionnaire, with the day it did', async () => {
    const { element, settle } = await open();
    http.expectOne('/api/survey').flush(aSurveyForm({ submittedAt: '2026-03-12T14:00:00.000Z' }));
    await settle();
    expect(squash(element.querySelector('h1')?.textContent)).toBe('Merci\u00a0!');
    expect(squash(element.textContent)).toContain('Envoyé le 12 mars 2026.');
    expect(element.querySelector('bep-questionnaire-form')).toBeNull();
  });

  it("shows the commune, the campaign, the introduction and each section's progress, the first one current", async () => {
    const { element, settle } = await open();
    http.expectOne('/api/survey').flush(aSurveyForm());
    await settle();
    expect(squash(element.querySelector('h1')?.textContent)).toBe('Andenne');
    expect(squash(element.querySelector('hgroup')?.textContent)).toContain('Campagne Radioscopie numérique 2026');
    expect(element.textContent).toContain('Ce questionnaire prend une vingtaine de minutes.');
    const rows = Array.from(element.querySelectorAll('bep-section-progress li')).map((row) => squash(row.textContent));
    expect(rows).toEqual(['Stratégie numérique 1 / 2', 'Données ouvertes 0 / 1']);
    expect(squash(element.querySelector('[aria-current="step"]')?.textContent)).toContain('Stratégie numérique');
  });

  it('saves the section of a changed answer, says when, and counts it in the progress', async () => {
    const { element, settle } = await open();
    http.expectOne('/api/survey').flush(aSurveyForm());
    await settle();
    SurveyJsViewStub.last?.setValue('donnees-publiees', 'Les budgets');
    await new Promise((resolve) => setTimeout(resolve, SURVEY_SAVE_DELAY_MS + 50));
    const save = http.expectOne({ method: 'PUT', url: '/api/survey/sections/donnees' });
    expect(save.request.body).toEqual({ revision: 0, answers: { 'donnees-publiees': 'Les budgets' } });
    save.flush({
      section: { sectionId: 'donnees', revision: 1, answers: { 'donnees-publiees': 'Les budgets' }, updatedAt: '2026-03-10T09:43:00.000Z' },
      progress: [
        { sectionId: 'strategie', shown: 2, answered: 1, missingRequired: [] },
        { sectionId: 'donnees', shown: 1, answered: 1, missingRequired: [] },
      ],
    });
    await settle();
    expect(squash(element.querySelector('[role="status"]')?.textContent)).toMatch(/^Enregistré à \d\d:\d\d$/);
    expect(squash(element.querySelectorAll('bep-section-progress li')[1]?.textContent)).toBe('Données ouvertes 1 / 1');
  });

  it('names the required questions still open in the summary, and sends the questionnaire once confirmed', async () => {
    const { element, settle, loader, harness } = await open();
    http.expectOne('/api/survey').flush(aSurveyForm());
    await settle();
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Récapitulatif et envoi' }))).click();
    await settle();
    const summary = squash(element.querySelector('bep-questionnaire-summary')?.textContent);
    expect(summary).toContain('Données ouvertesQuestions répondues\u00a0: 0 sur 1Questions obligatoires sans réponse\u00a0:Quelles données publiez-vous\u00a0?');
    expect(summary).toContain('Aller à la section Données ouvertes');
    expect(summary).not.toContain('Toutes les questions obligatoires ont une réponse.');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Envoyer le questionnaire au BEP' }))).click();
    const documentLoader = TestbedHarnessEnvironment.documentRootLoader(harness.fixture);
    await (await documentLoader.getHarness(MatButtonHarness.with({ text: 'Envoyer', ancestor: 'mat-dialog-container' }))).click();
    await settle();
    http.expectOne({ method: 'POST', url: '/api/survey/submit' }).flush({ submittedAt: '2026-03-12T14:00:00.000Z', stageMoved: true });
    await settle();
    expect(squash(element.querySelector('h1')?.textContent)).toBe('Merci\u00a0!');
  });

  it('says in the summary when every required question has an answer', async () => {
    const { element, settle, loader } = await open();
    const complete = aSurveyForm({ progress: aSurveyForm().progress.map((section) => ({ ...section, missingRequired: [] })) });
    http.expectOne('/api/survey').flush(complete);
    await settle();
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Récapitulatif et envoi' }))).click();
    await settle();
    expect(squash(element.querySelector('bep-questionnaire-summary')?.textContent)).toContain('Toutes les questions obligatoires ont une réponse.');
  });
});
