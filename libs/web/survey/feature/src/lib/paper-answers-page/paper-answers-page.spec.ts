import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { aCommune, aCommuneList, ENGAGEMENT_ID, GEMBLOUX_NIS } from '@bep/web/communes/data-access/testing';
import { provideI18nTesting } from '@bep/web/shared/i18n/testing';
import { aSurveyForm } from '@bep/web/survey/data-access/testing';
import type { Model } from 'survey-core';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';
import { QuestionnaireForm } from '../questionnaire-form/questionnaire-form';
import { SurveyJsView } from '../survey-js/survey-js-view';
import { PaperAnswersPage } from './paper-answers-page';

const squash = (text: string | null | undefined) => (text ?? '').replace(/[ \n\t]+/g, ' ').trim();

/** The form library's drawing stays for the end-to-end test. */
@Component({ selector: 'bep-survey-js-view', template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class SurveyJsViewStub {
  readonly model = input.required<Model>();
}

describe('PaperAnswersPage', () => {
  let http: HttpTestingController;

  async function open() {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideI18nTesting({ survey: { fr, en } }),
        provideRouter([{ path: 'communes/:nis/questionnaire', component: PaperAnswersPage }], withComponentInputBinding()),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    TestBed.overrideComponent(QuestionnaireForm, { remove: { imports: [SurveyJsView] }, add: { imports: [SurveyJsViewStub] } });
    http = TestBed.inject(HttpTestingController);
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(`/communes/${GEMBLOUX_NIS}/questionnaire`);
    const settle = async () => {
      await harness.fixture.whenStable();
      await new Promise((resolve) => setTimeout(resolve));
      await harness.fixture.whenStable();
    };
    await settle();
    return { settle, element: harness.routeNativeElement as HTMLElement };
  }

  afterEach(() => http.verify());

  function answerCommunes(list = aCommuneList()): void {
    // The commune found by its NIS code, as the commune page finds it.
    http.expectOne((request) => request.url === '/api/communes' && request.params.get('q') === GEMBLOUX_NIS).flush(list);
  }

  it("opens the commune's questionnaire through its engagement, with the session, under the commune's name", async () => {
    const { element, settle } = await open();
    answerCommunes();
    await settle();
    const read = http.expectOne(`/api/engagements/${ENGAGEMENT_ID}/survey`);
    expect(read.request.headers.has('X-Survey-Token')).toBe(false);
    read.flush(aSurveyForm({ commune: { nis: GEMBLOUX_NIS, name: 'Gembloux' } }));
    await settle();
    expect(squash(element.querySelector('h1')?.textContent)).toBe('Réponses papier — Gembloux');
    expect(element.querySelector('bep-questionnaire-form')).not.toBeNull();
    expect(element.querySelector('.breadcrumb a')?.getAttribute('href')).toBe(`/communes/${GEMBLOUX_NIS}`);
  });

  it('says when the commune has no engagement in the current campaign, asking for no questionnaire', async () => {
    const { element, settle } = await open();
    answerCommunes(aCommuneList([aCommune({ engagement: null })]));
    await settle();
    http.expectNone(`/api/engagements/${ENGAGEMENT_ID}/survey`);
    expect(element.textContent).toContain("Cette commune n'a pas d'engagement dans la campagne en cours");
  });

  it('says a submitted questionnaire is sent, with a way back to the commune', async () => {
    const { element, settle } = await open();
    answerCommunes();
    await settle();
    http.expectOne(`/api/engagements/${ENGAGEMENT_ID}/survey`).flush(aSurveyForm({ submittedAt: '2026-03-12T14:00:00.000Z' }));
    await settle();
    expect(squash(element.querySelector('h2')?.textContent)).toBe('Questionnaire envoyé');
    expect(element.textContent).toContain('Envoyé le');
  });

  it("words a refusal of the read (a consultant's 403) rather than a bare status", async () => {
    const { element, settle } = await open();
    answerCommunes();
    await settle();
    http.expectOne(`/api/engagements/${ENGAGEMENT_ID}/survey`).flush({ type: 'about:blank', title: 'Forbidden', status: 403 }, { status: 403, statusText: 'Forbidden' });
    await settle();
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('Seuls les gestionnaires du BEP saisissent des réponses papier.');
  });
});
