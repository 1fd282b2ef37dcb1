import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { SavedSurveySection, SurveySection } from '@bep/contracts';
import { aSurveyForm } from '../testing';
import { SurveyApi } from './survey-api';
import { SURVEY_SAVE_DELAY_MS, SurveyStore } from './survey-store';

const TOKEN = 'tok-0123456789abcdefghijklmnopqrstuvwxyzABCDE';

function saved(sectionId: string, revision: number, answered = 1): SavedSurveySection {
  return {
    section: { sectionId, revision, answers: {}, updatedAt: '2026-03-10T10:42:00.000Z' },
    progress: [{ sectionId, shown: 2, answered, missingRequired: [] }],
  };
}

describe('SurveyStore', () => {
  let store: SurveyStore;
  let http: HttpTestingController;

  beforeEach(() => {
    jest.useFakeTimers();
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), SurveyStore] });
    store = TestBed.inject(SurveyStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    jest.useRealTimers();
  });

  function load(form = aSurveyForm()): void {
    store.load(TestBed.inject(SurveyApi).link(TOKEN));
    http.expectOne('/api/survey').flush(form);
  }

  function expectSave(sectionId: string): TestRequest {
    return http.expectOne({ method: 'PUT', url: `/api/survey/sections/${sectionId}` });
  }

  it('loads the form with the token in a header, never in the URL', () => {
    store.load(TestBed.inject(SurveyApi).link(TOKEN));
    const request = http.expectOne('/api/survey');
    expect(request.request.headers.get('X-Survey-Token')).toBe(TOKEN);
    expect(request.request.urlWithParams).not.toContain(TOKEN);
    expect(store.state()).toBe('loading');
    request.flush(aSurveyForm());
    expect(store.state()).toBe('form');
    expect(store.progress().map((p) => p.answered)).toEqual([1, 0]);
  });

  it.each([
    [404, 'urn:bep:survey-link-unknown', 'unknown'],
    [410, 'urn:bep:survey-link-expired', 'expired'],
  ])('shows a closed link for a %s %s', (status, type, state) => {
    store.load(TestBed.inject(SurveyApi).link(TOKEN));
    http.expectOne('/api/survey').flush({ type, title: 'Closed', status }, { status, statusText: 'Closed' });
    expect(store.state()).toBe(state);
  });

  it('shows a submitted questionnaire as submitted, and a failed load as failed', () => {
    load(aSurveyForm({ submittedAt: '2026-03-12T14:00:00.000Z' }));
    expect(store.state()).toBe('submitted');
    store.load(TestBed.inject(SurveyApi).link(TOKEN));
    http.expectOne('/api/survey').flush(null, { status: 502, statusText: 'Bad Gateway' });
    expect(store.state()).toBe('failed');
  });

  it('saves a section once its changes pause, on the revision it last read, with its latest answers', () => {
    load();
    store.edit('strategie', { 'strategie-plan': 'non' });
    jest.advanceTimersByTime(SURVEY_SAVE_DELAY_MS - 100);
    store.edit('strategie', { 'strategie-plan': 'non', 'strategie-budget': null });
    jest.advanceTimersByTime(SURVEY_SAVE_DELAY_MS - 100);
    http.expectNone({ method: 'PUT' });
    expect(store.unsaved()).toBe(true);
    jest.advanceTimersByTime(100);
    const request = expectSave('strategie');
    expect(request.request.body).toEqual({ revision: 3, answers: { 'strategie-plan': 'non', 'strategie-budget': null } });
    expect(request.request.headers.get('X-Survey-Token')).toBe(TOKEN);
    expect(store.saveStatus().kind).toBe('saving');
    request.flush(saved('strategie', 4, 2));
    expect(store.saveStatus().kind).toBe('saved');
    expect(store.progress()).toEqual([{ sectionId: 'strategie', shown: 2, answered: 2, missingRequired: [] }]);
    expect(store.unsaved()).toBe(false);

    store.edit('strategie', { 'strategie-plan': 'oui' });
    jest.advanceTimersByTime(SURVEY_SAVE_DELAY_MS);
    expect(expectSave('strategie').request.body.revision).toBe(4);
  });

  it('keeps one save in flight per section: a change meanwhile is saved after it, on the new revision', () => {
    load();
    store.edit('strategie', { 'strategie-plan': 'non' });
    jest.advanceTimersByTime(SURVEY_SAVE_DELAY_MS);
    const first = expectSave('strategie');
    store.edit('strategie', { 'strategie-plan': 'oui' });
    jest.advanceTimersByTime(SURVEY_SAVE_DELAY_MS);
    http.expectNone({ method: 'PUT' });
    first.flush(saved('strategie', 4));
    const second = expectSave('strategie');
    expect(second.request.body).toEqual({ revision: 4, answers: { 'strategie-plan': 'oui' } });
    second.flush(saved('strategie', 5));
    expect(store.unsaved()).toBe(false);
  });

  it('saves two sections apart, a section never saved on revision 0', () => {
    load();
    store.edit('strategie', { 'strategie-plan': 'non' });
    store.edit('donnees', { 'donnees-publiees': 'Les budgets' });
    jest.advanceTimersByTime(SURVEY_SAVE_DELAY_MS);
    expectSave('strategie').flush(saved('strategie', 4));
    expect(expectSave('donnees').request.body.revision).toBe(0);
  });

  it("takes the server's section when someone else saved it first, and keeps the other sections' changes", () => {
    load();
    const replaced: SurveySection[] = [];
    store.replaced.subscribe((section) => replaced.push(section));
    store.edit('strategie', { 'strategie-plan': 'non' });
    store.edit('donnees', { 'donnees-publiees': 'Les budgets' });
    jest.advanceTimersByTime(SURVEY_SAVE_DELAY_MS);
    const theirs: SurveySection = { sectionId: 'strategie', revision: 5, answers: { 'strategie-plan': 'oui', 'strategie-budget': 20_000 }, updatedAt: '2026-03-10T10:41:00.000Z' };
    expectSave('strategie').flush({ type: 'urn:bep:survey-section-changed', title: 'Changed', status: 409, section: theirs }, { status: 409, statusText: 'Conflict' });
    expect(replaced).toEqual([theirs]);
    expect(store.conflictSection()).toBe('strategie');
    expect(expectSave('donnees').request.body.answers).toEqual({ 'donnees-publiees': 'Les budgets' });

    store.edit('strategie', { 'strategie-plan': 'non' });
    jest.advanceTimersByTime(SURVEY_SAVE_DELAY_MS);
    expect(expectSave('strategie').request.body.revision).toBe(5);
  });

  it('keeps the answers of a failed save, says so, and saves them again on retry', () => {
    load();
    store.edit('strategie', { 'strategie-plan': 'non' });
    jest.advanceTimersByTime(SURVEY_SAVE_DELAY_MS);
    expectSave('strategie').flush(null, { status: 0, statusText: 'Unknown Error' });
    expect(store.saveStatus()).toMatchObject({ kind: 'failed', failure: { status: 0 } });
    expect(store.unsaved()).toBe(true);
    store.retry();
    const again = expectSave('strategie');
    expect(again.request.body).toEqual({ revision: 3, answers: { 'strategie-plan': 'non' } });
    again.flush(saved('strategie', 4));
    expect(store.saveStatus().kind).toBe('saved');
    expect(store.unsaved()).toBe(false);
  });

  it('closes the form when a save finds the link revoked', () => {
    load();
    store.edit('strategie', { 'strategie-plan': 'non' });
    jest.advanceTimersByTime(SURVEY_SAVE_DELAY_MS);
    expectSave('strategie').flush({ type: 'urn:bep:survey-link-unknown', title: 'Unknown', status: 404 }, { status: 404, statusText: 'Not Found' });
    expect(store.state()).toBe('unknown');
  });

  it('submits: refused with the missing questions, then sent', async () => {
    load();
    const refused = store.submit();
    const first = http.expectOne({ method: 'POST', url: '/api/survey/submit' });
    expect(first.request.headers.get('X-Survey-Token')).toBe(TOKEN);
    first.flush({ type: 'urn:bep:survey-incomplete', title: 'Incomplete', status: 422 }, { status: 422, statusText: 'Unprocessable' });
    await expect(refused).resolves.toBe(false);
    expect(store.submitFailure()).toMatchObject({ status: 422, rule: 'survey-incomplete' });
    expect(store.state()).toBe('form');

    const sent = store.submit();
    http.expectOne({ method: 'POST', url: '/api/survey/submit' }).flush({ submittedAt: '2026-03-12T14:00:00.000Z', stageMoved: true });
    await expect(sent).resolves.toBe(true);
    expect(store.state()).toBe('submitted');
    expect(store.form()?.submittedAt).toBe('2026-03-12T14:00:00.000Z');
  });

  it("fills a manager's paper copy through the engagement's routes, with the session rather than a token", async () => {
    store.load(TestBed.inject(SurveyApi).engagement('e-1'));
    const read = http.expectOne('/api/engagements/e-1/survey');
    expect(read.request.headers.has('X-Survey-Token')).toBe(false);
    read.flush(aSurveyForm());

    store.edit('donnees', { 'donnees-publiees': 'Le budget.' });
    jest.advanceTimersByTime(SURVEY_SAVE_DELAY_MS);
    const save = http.expectOne({ method: 'PUT', url: '/api/engagements/e-1/survey/sections/donnees' });
    expect(save.request.body).toEqual({ revision: 0, answers: { 'donnees-publiees': 'Le budget.' } });
    save.flush(saved('donnees', 1));

    const submitted = store.submit();
    http.expectOne({ method: 'POST', url: '/api/engagements/e-1/survey/submit' }).flush({ submittedAt: '2026-03-12T14:00:00.000Z', stageMoved: true });
    expect(await submitted).toBe(true);
    expect(store.state()).toBe('submitted');
  });
});
