import { CdkDrag, type CdkDragDrop, CdkDropList } from '@angular/cdk/drag-drop';
import { BreakpointObserver, type BreakpointState } from '@angular/cdk/layout';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatMenuHarness } from '@angular/material/menu/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MatSnackBarHarness } from '@angular/material/snack-bar/testing';
import { By } from '@angular/platform-browser';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { CurrentUser, Pipeline } from '@bep/contracts';
import type { Stage } from '@bep/domain';
import { AuthStore } from '@bep/web/auth/data-access';
import { aUser } from '@bep/web/auth/data-access/testing';
import type { BoardCard } from '@bep/web/pipeline/data-access';
import { FOLDED_COLUMNS_KEY } from '@bep/web/pipeline/data-access';
import { aCard, aPipeline, aTransitionResult, BILLING_TERMS, CAMILLE, SARAH } from '@bep/web/pipeline/data-access/testing';
import { of } from 'rxjs';
import { provideI18nTesting } from '@bep/web/shared/i18n/testing';
import { SEARCH_DEBOUNCE_MS } from '@bep/web/ui';
import { fr } from '../i18n/fr';
import { PipelinePage } from './pipeline-page';

const gembloux = aCard('Gembloux', {
  lead: CAMILLE,
  version: 4,
  daysInStage: 2412,
  nextScheduled: { activityId: '9b2e1f7a-0000-4000-8000-000000000001', type: 'workshop', subject: 'Atelier', scheduledAt: '2019-06-12T12:00:00.000Z' },
});
const ciney = aCard('Ciney', { lead: SARAH, commune: { nis: '91030', name: 'Ciney', arrondissement: 'Dinant', population: 16000 } });
const andenne = aCard('Andenne', { commune: { nis: '92003', name: 'Andenne', arrondissement: 'Namur', population: 27000 } });
const board = aPipeline({ survey_sent: [andenne], diagnostic_requested: [gembloux, ciney] }, { survey_sent: 32 });

const manager = aUser(['manager']);
const consultant1 = aUser(['consultant'], { name: 'Camille Dubois', consultantId: CAMILLE.id });
const finance = aUser(['finance']);

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

describe('PipelinePage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let loader: HarnessLoader;
  let documentLoader: HarnessLoader;

  async function settle(): Promise<void> {
    await harness.fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
  }

  /** Opens `url` signed in as `user` and answers the page's first requests; `phone`: a screen under 600 px. */
  async function open(user: CurrentUser, url = '/pipeline', answer: Pipeline = board, phone = false): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        { provide: BreakpointObserver, useValue: { observe: () => of<BreakpointState>({ matches: phone, breakpoints: {} }) } },
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'pipeline', component: PipelinePage }]),
        provideI18nTesting({ pipeline: { fr } }),
        // Dialogs and menus close at once rather than after a CSS transition jsdom never ends.
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const signedIn = TestBed.inject(AuthStore).ensureLoaded();
    http.expectOne('/api/auth/me').flush({ user });
    await signedIn;

    harness = await RouterTestingHarness.create();
    loader = TestbedHarnessEnvironment.loader(harness.fixture);
    documentLoader = TestbedHarnessEnvironment.documentRootLoader(harness.fixture);
    await harness.navigateByUrl(url);
    http.expectOne((r) => r.url === '/api/pipeline').flush(answer);
    http.expectOne((r) => r.url === '/api/communes').flush({ items: [], arrondissements: ['Dinant', 'Namur', 'Philippeville'] });
    // The campaign switcher's choices (none here: it shows nothing).
    http.expectOne((r) => r.url === '/api/campaigns').flush({ items: [], total: 0, limit: 200, offset: 0 });
    if (user.roles.includes('manager')) {
      http.expectOne((r) => r.url === '/api/consultants').flush({ items: [{ ...CAMILLE, email: 'c@o', office: 'BE', active: true }, { ...SARAH, email: 's@o', office: 'BE', active: true }] });
    }
    if (user.roles.includes('consultant') && !user.roles.includes('manager')) {
      http.expectOne((r) => r.url === '/api/engagements').flush({ items: [{ id: gembloux.engagementId }], total: 1, limit: 200, offset: 0 });
    }
    await settle();
  }

  beforeEach(() => {
    localStorage.clear();
    // jsdom does not lay out: a moved card is scrolled into view through this.
    Element.prototype.scrollIntoView = jest.fn();
  });
  afterEach(() => http.verify());

  /** Answers the read of the campaign's billing terms, which a move asks for before its questions. */
  async function answerBillingTerms(): Promise<void> {
    await settle();
    for (const request of http.match((r) => r.url === `/api/campaigns/${board.campaign?.id}`)) request.flush(BILLING_TERMS);
    await settle();
  }

  const element = () => harness.routeNativeElement as HTMLElement;
  const column = (label: string) =>
    Array.from(element().querySelectorAll('section')).find((section) => section.querySelector('h2 span')?.textContent?.trim() === label);
  const cardNames = (label: string) => Array.from(column(label)?.querySelectorAll('li h3') ?? []).map((h3) => squash(h3.textContent));
  const badge = (label: string) => squash(column(label)?.querySelector('.count')?.textContent);
  const cardLoader = (card: { engagementId: string }) => loader.getChildLoader(`[data-engagement="${card.engagementId}"]`);
  const moveButtons = () => element().querySelectorAll('.move-button');

  async function menuItems(card: { engagementId: string }): Promise<string[]> {
    const menu = await (await cardLoader(card)).getHarness(MatMenuHarness);
    await menu.open();
    const items = await Promise.all((await menu.getItems()).map((item) => item.getText()));
    await menu.close();
    return items.map(squash);
  }

  async function chooseTarget(card: { engagementId: string }, stage: RegExp): Promise<void> {
    const menu = await (await cardLoader(card)).getHarness(MatMenuHarness);
    await menu.open();
    await menu.clickItem({ text: stage });
    await answerBillingTerms();
  }

  function dropLists(): CdkDropList<Stage>[] {
    return harness.fixture.debugElement.queryAll(By.directive(CdkDropList)).map((list) => list.injector.get(CdkDropList));
  }

  const listOf = (stage: Stage) => dropLists().find((list) => list.data === stage) as CdkDropList<Stage>;
  const dragOf = (card: BoardCard) => ({ data: card }) as CdkDrag<BoardCard>;
  const boardCard = (card: { engagementId: string }, stage: Stage): BoardCard => ({ ...(card as BoardCard), stage });

  describe('as a manager', () => {
    beforeEach(() => open(manager));

    it('shows one column per stage in the order of the pipeline, each with its French label and count', () => {
      expect(element().querySelector('h1')?.textContent).toBe('Pipeline');
      expect(squash(element().textContent)).toContain('Campagne : Radioscopie numérique 2019');
      expect(element().querySelector('.hint')?.textContent).toContain('Glissez une carte vers une autre colonne');
      const headings = Array.from(element().querySelectorAll('section h2')).map((h2) =>
        Array.from(h2.children, (part) => squash(part.textContent)).join(' '),
      );
      expect(headings).toEqual([
        'Questionnaire envoyé 32 (32 communes)',
        'Questionnaire complété 0 (0 commune)',
        'Diagnostic demandé 2 (2 communes)',
        'Atelier tenu 0 (0 commune)',
        'Accompagnement 0 (0 commune)',
        'Refusé 0 (0 commune)',
        'Retiré 0 (0 commune)',
      ]);
      // Each stage's colour marks its column, as on the dashboard, beside the name (hidden from screen readers).
      const swatch = column('Atelier tenu')?.querySelector<HTMLElement>('h2 bep-stage-swatch');
      expect(swatch?.getAttribute('aria-hidden')).toBe('true');
      expect(swatch?.style.backgroundColor).toBe('rgb(106, 27, 154)');
      expect(squash(element().querySelector('[role="status"]')?.textContent)).toBe('34 communes');
      expect(cardNames('Diagnostic demandé')).toEqual(['Gembloux', 'Ciney']);
      expect(squash(column('Atelier tenu')?.textContent)).toContain('Aucune commune à cette étape.');
      expect(squash(column('Questionnaire envoyé')?.textContent)).toContain('31 autres communes non affichées');
      // The column cut short opens whole in the communes table; the others need no link.
      const seeAll = column('Questionnaire envoyé')?.querySelector<HTMLAnchorElement>('a.see-all');
      expect(squash(seeAll?.textContent)).toBe('Voir toutes les communes « Questionnaire envoyé » dans le tableau');
      expect(seeAll?.getAttribute('href')).toBe('/communes?etape=survey_sent');
      expect(column('Diagnostic demandé')?.querySelector('a.see-all')).toBeNull();
    });

    it('shows on each card its arrondissement, lead, days in stage, next activity and a link to the commune', () => {
      const card = element().querySelector(`[data-engagement="${gembloux.engagementId}"]`);
      const text = squash(card?.textContent);
      expect(text).toContain('Namur');
      expect(text).toContain('Responsable : Camille Dubois');
      expect(text).toContain('2 412 j dans cette étape');
      expect(text).toContain('Prochain : Atelier le 12/06/2019 14:00');
      expect(card?.querySelector('h3 a')?.getAttribute('href')).toBe('/communes/92142');
      expect(squash(element().querySelector(`[data-engagement="${andenne.engagementId}"]`)?.textContent)).toContain('Pas de responsable');
    });

    it('offers every other stage in the "Déplacer vers…" menu, saying which need a note', async () => {
      expect(moveButtons()).toHaveLength(3);
      expect(await menuItems(gembloux)).toEqual([
        'Questionnaire envoyé (note requise)',
        'Questionnaire complété (note requise)',
        'Atelier tenu',
        'Accompagnement (note requise)',
        'Refusé (note requise)',
        'Retiré (note requise)',
      ]);
    });

    it('moves a card from the menu: at once, then as the server answers, and says so with Annuler', async () => {
      await chooseTarget(andenne, /Questionnaire complété/);

      expect(cardNames('Questionnaire complété')).toEqual(['Andenne']);
      expect(badge('Questionnaire complété')).toBe('1');
      expect(badge('Questionnaire envoyé')).toBe('31');
      expect(squash(column('Questionnaire complété')?.textContent)).toContain('Déplacement en cours…');

      const request = http.expectOne((r) => r.method === 'POST');
      expect(request.request.url).toBe(`/api/engagements/${andenne.engagementId}/transitions`);
      expect(request.request.body).toEqual({ to: 'survey_answered', version: 3 });
      request.flush(aTransitionResult(andenne, 'survey_answered', 4));
      await settle();

      expect(squash(column('Questionnaire complété')?.textContent)).toContain('0 j dans cette étape');
      const moved = element().querySelector(`[data-engagement="${andenne.engagementId}"]`);
      expect(moved?.classList).toContain('just-moved');
      expect(moved?.scrollIntoView).toHaveBeenCalled();
      const said = await documentLoader.getHarness(MatSnackBarHarness);
      expect(squash(await said.getMessage())).toBe('Andenne : Questionnaire envoyé → Questionnaire complété');
      expect(await said.getAriaLive()).toBe('polite');
      expect(element().querySelector('[role="alert"]')).toBeNull();

      // Annuler: a manager's move back, with the note the rules want for it, from the version the move answered.
      expect(await said.getActionDescription()).toBe('Annuler');
      await said.dismissWithAction();
      await settle();
      const undo = http.expectOne((r) => r.method === 'POST');
      expect(undo.request.body).toEqual({ to: 'survey_sent', version: 4, note: expect.any(String) });
      expect(squash(undo.request.body.note)).toBe('Déplacement vers « Questionnaire complété » annulé juste après (Annuler).');
      undo.flush({ ...aTransitionResult(andenne, 'survey_sent', 5), kind: 'backward' });
      await settle();
      expect(cardNames('Questionnaire envoyé')).toEqual(['Andenne']);
      const undone = await documentLoader.getHarness(MatSnackBarHarness);
      expect(squash(await undone.getMessage())).toBe('Andenne : déplacement annulé, retour à « Questionnaire envoyé ».');
      expect(await undone.hasAction()).toBe(false);
    });

    it('asks to confirm a move into the billing stage, saying what is billed, and offers no Annuler after it', async () => {
      await chooseTarget(gembloux, /Atelier tenu/);
      let dialog = await documentLoader.getHarness(MatDialogHarness);
      expect(await dialog.getTitleText()).toBe('Passer Gembloux à «\u00a0Atelier tenu\u00a0»\u00a0?');
      // The commune's share of the diagnostic: 1 500,00 € less BEP's 50 %.
      expect(squash(await dialog.getContentText())).toContain('un brouillon de facture de 750,00 € hors TVA');
      await (await dialog.getHarness(MatButtonHarness.with({ text: 'Annuler' }))).click();
      await settle();
      http.expectNone((r) => r.method === 'POST');
      expect(cardNames('Diagnostic demandé')).toEqual(['Gembloux', 'Ciney']);

      await chooseTarget(gembloux, /Atelier tenu/);
      dialog = await documentLoader.getHarness(MatDialogHarness);
      await (await dialog.getHarness(MatButtonHarness.with({ text: 'Passer et facturer' }))).click();
      await settle();
      const request = http.expectOne((r) => r.method === 'POST');
      expect(request.request.body).toEqual({ to: 'workshop_held', version: 4 });
      request.flush(aTransitionResult(gembloux, 'workshop_held', 5));
      await settle();
      const said = await documentLoader.getHarness(MatSnackBarHarness);
      expect(squash(await said.getMessage())).toBe('Gembloux : Diagnostic demandé → Atelier tenu');
      expect(await said.hasAction()).toBe(false);
    });

    it('asks for a note before a skip, requires it, then sends it', async () => {
      await chooseTarget(ciney, /Accompagnement/);
      const dialog = await documentLoader.getHarness(MatDialogHarness);
      expect(await dialog.getTitleText()).toBe('Déplacer Ciney vers «\u00a0Accompagnement\u00a0»');
      expect(await dialog.getContentText()).toContain('Sauter une étape demande une note qui dit pourquoi.');
      // Passing over Atelier tenu, the skip bills: the same question says so.
      expect(squash(await dialog.getContentText())).toContain('Ce passage engage la facturation');

      await (await dialog.getHarness(MatButtonHarness.with({ text: 'Passer et facturer' }))).click();
      const field = await dialog.getHarness(MatFormFieldHarness.with({ floatingLabelText: /Note/ }));
      expect(await field.getTextErrors()).toEqual(['La note est obligatoire.']);
      http.expectNone((r) => r.method === 'POST');

      await (await dialog.getHarness(MatInputHarness)).setValue('  La commune demande un accompagnement sans atelier.  ');
      await (await dialog.getHarness(MatButtonHarness.with({ text: 'Passer et facturer' }))).click();
      await settle();

      const request = http.expectOne((r) => r.method === 'POST');
      expect(request.request.body).toEqual({ to: 'accompaniment', version: 3, note: 'La commune demande un accompagnement sans atelier.' });
      expect(cardNames('Accompagnement')).toEqual(['Ciney']);
      request.flush(aTransitionResult(ciney, 'accompaniment'));
      await settle();
    });

    it('moves nothing when the note prompt is cancelled', async () => {
      await chooseTarget(ciney, /Refusé/);
      const dialog = await documentLoader.getHarness(MatDialogHarness);
      await (await dialog.getHarness(MatButtonHarness.with({ text: 'Annuler' }))).click();
      await settle();

      http.expectNone((r) => r.method === 'POST');
      expect(cardNames('Diagnostic demandé')).toEqual(['Gembloux', 'Ciney']);
      expect(await documentLoader.getAllHarnesses(MatDialogHarness)).toHaveLength(0);
    });

    it('puts the card back and says the rule in French when the server refuses (422)', async () => {
      await chooseTarget(andenne, /Questionnaire complété/);
      http.expectOne((r) => r.method === 'POST').flush(
        { type: 'urn:bep:stage-rule:skip-or-backward-needs-manager', title: 'Stage rule broken', status: 422, detail: 'Only a manager may skip a stage or move backward.' },
        { status: 422, statusText: 'Unprocessable Entity' },
      );
      await settle();

      expect(cardNames('Questionnaire envoyé')).toEqual(['Andenne']);
      const alert = squash(element().querySelector('[role="alert"]')?.textContent);
      expect(alert).toContain("Le déplacement d'Andenne vers « Questionnaire complété » a échoué.");
      expect(alert).toContain('Seul un gestionnaire BEP peut sauter une étape ou revenir en arrière.');

      await (await loader.getHarness(MatButtonHarness.with({ text: 'Fermer le message' }))).click();
      expect(element().querySelector('[role="alert"]')).toBeNull();
    });

    it('reloads the board and says so when the card changed meanwhile (409)', async () => {
      await chooseTarget(andenne, /Questionnaire complété/);
      http
        .expectOne((r) => r.method === 'POST')
        .flush({ type: 'about:blank', title: 'Conflict', status: 409, detail: 'The engagement changed meanwhile.' }, { status: 409, statusText: 'Conflict' });
      await settle();

      expect(squash(element().querySelector('[role="alert"]')?.textContent)).toContain('le pipeline a été rechargé');
      http.expectOne((r) => r.url === '/api/pipeline').flush(aPipeline({ accompaniment: [{ ...gembloux, version: 6 }], diagnostic_requested: [ciney] }));
      await settle();
      expect(cardNames('Accompagnement')).toEqual(['Gembloux']);
    });

    it('refuses a drop on a column the rules forbid, and moves on a drop the rules allow', async () => {
      const card = boardCard(gembloux, 'diagnostic_requested');
      // A manager may go anywhere; a closed card may not go to the other closed stage.
      expect(listOf('workshop_held').enterPredicate(dragOf(card), listOf('workshop_held'))).toBe(true);
      const closed = boardCard(gembloux, 'declined');
      expect(listOf('withdrawn').enterPredicate(dragOf(closed), listOf('withdrawn'))).toBe(false);

      listOf('survey_answered').dropped.emit({
        container: listOf('survey_answered'),
        previousContainer: listOf('survey_sent'),
        item: dragOf(boardCard(andenne, 'survey_sent')),
      } as CdkDragDrop<Stage, Stage, BoardCard>);
      await answerBillingTerms();

      expect(http.expectOne((r) => r.method === 'POST').request.body).toEqual({ to: 'survey_answered', version: 3 });
      expect(cardNames('Questionnaire complété')).toEqual(['Andenne']);
    });
  });

  describe('as a consultant', () => {
    beforeEach(() => open(consultant1));

    it('moves only the cards of their engagements, forward by one or closing', async () => {
      expect(moveButtons()).toHaveLength(1);
      expect(element().querySelector(`[data-engagement="${ciney.engagementId}"] .move-button`)).toBeNull();
      expect(await menuItems(gembloux)).toEqual(['Atelier tenu', 'Refusé (note requise)', 'Retiré (note requise)']);
    });

    it('cannot drag a card to a skip, nor drag another consultant\'s card', () => {
      expect(listOf('accompaniment').enterPredicate(dragOf(boardCard(gembloux, 'diagnostic_requested')), listOf('accompaniment'))).toBe(false);
      expect(listOf('workshop_held').enterPredicate(dragOf(boardCard(gembloux, 'diagnostic_requested')), listOf('workshop_held'))).toBe(true);
      const drags = harness.fixture.debugElement.queryAll(By.directive(CdkDrag)).map((drag) => drag.injector.get(CdkDrag));
      expect(drags.filter((drag) => !drag.disabled).map((drag) => (drag.data as BoardCard).commune.name)).toEqual(['Gembloux']);
    });

    it('filters on their own communes with "Mes communes"', async () => {
      const toggle = element().querySelector('mat-slide-toggle button') as HTMLButtonElement;
      expect(squash(element().querySelector('mat-slide-toggle')?.textContent)).toBe('Mes communes');
      toggle.click();
      await settle();
      expect(TestBed.inject(Router).url).toBe(`/pipeline?consultant=${CAMILLE.id}`);
      const request = http.expectOne((r) => r.url === '/api/pipeline');
      expect(request.request.params.get('consultantId')).toBe(CAMILLE.id);
      request.flush(board);
    });
  });

  describe('before the work is recorded as done', () => {
    // Camille leads Fernelmont too: its diagnostic is done, no workshop yet.
    const fernelmont = aCard('Fernelmont', { lead: CAMILLE, version: 5, work: { diagnosticDone: true, workshopDone: false } });
    const unfinished = aPipeline({ diagnostic_requested: [fernelmont] });

    it('tells a consultant who drops the card on "Atelier tenu" to record a workshop first, and sends nothing', async () => {
      await open(consultant1, '/pipeline', unfinished);
      expect(await menuItems(fernelmont)).toEqual(["Atelier tenu (travail à enregistrer d'abord)", 'Refusé (note requise)', 'Retiré (note requise)']);
      const card = boardCard(fernelmont, 'diagnostic_requested');
      // The column takes the drop, so that the board can say why the card stays where it is.
      expect(listOf('workshop_held').enterPredicate(dragOf(card), listOf('workshop_held'))).toBe(true);
      listOf('workshop_held').dropped.emit({ container: listOf('workshop_held'), previousContainer: listOf('diagnostic_requested'), item: dragOf(card) } as CdkDragDrop<
        Stage,
        Stage,
        BoardCard
      >);
      await settle();

      http.expectNone((r) => r.method === 'POST');
      expect(cardNames('Diagnostic demandé')).toEqual(['Fernelmont']);
      const alert = squash(element().querySelector('[role="alert"]')?.textContent);
      expect(alert).toContain('Le déplacement de Fernelmont vers « Atelier tenu » a échoué.');
      expect(alert).toContain("enregistrez d'abord un atelier comme fait");
    });

    it('offers a manager the override, with the note that says why', async () => {
      await open(manager, '/pipeline', unfinished);
      expect(await menuItems(fernelmont)).toContain('Atelier tenu (note requise)');
      await chooseTarget(fernelmont, /Atelier tenu/);
      const dialog = await documentLoader.getHarness(MatDialogHarness);
      expect(await dialog.getContentText()).toContain("Aucun atelier n'est enregistré comme fait. En tant que gestionnaire, vous pouvez passer outre");
      await (await dialog.getHarness(MatInputHarness)).setValue('Atelier tenu hier, compte rendu à venir');
      await (await dialog.getHarness(MatButtonHarness.with({ text: 'Passer outre' }))).click();
      await settle();

      const request = http.expectOne((r) => r.method === 'POST');
      expect(request.request.body).toEqual({ to: 'workshop_held', version: 5, note: 'Atelier tenu hier, compte rendu à venir' });
      request.flush(aTransitionResult(fernelmont, 'workshop_held'));
      await settle();
      expect(cardNames('Atelier tenu')).toEqual(['Fernelmont']);
    });
  });

  describe('the closed columns', () => {
    const closedBoard = aPipeline({ diagnostic_requested: [ciney], declined: [aCard('Hastière')] }, { declined: 3 });
    const foldButton = (stage: string) => element().querySelector<HTMLButtonElement>(`section[data-stage="${stage}"] button.fold`);

    it('are folded at first, showing their count, and unfold (remembered) with their button', async () => {
      await open(manager, '/pipeline', closedBoard);
      expect(cardNames('Refusé')).toEqual([]);
      expect(badge('Refusé')).toBe('3');
      expect(foldButton('declined')?.getAttribute('aria-expanded')).toBe('false');
      expect(squash(foldButton('declined')?.getAttribute('aria-label'))).toBe('Déplier la colonne « Refusé »');
      // The main path never folds.
      expect(foldButton('diagnostic_requested')).toBeNull();

      foldButton('declined')?.click();
      await settle();
      expect(cardNames('Refusé')).toEqual(['Hastière']);
      expect(foldButton('declined')?.getAttribute('aria-expanded')).toBe('true');
      expect(JSON.parse(localStorage.getItem(FOLDED_COLUMNS_KEY) ?? '[]')).toEqual(['withdrawn']);
    });

    it('unfold to show a card just moved into them', async () => {
      await open(manager, '/pipeline', closedBoard);
      await chooseTarget(ciney, /Refusé/);
      const dialog = await documentLoader.getHarness(MatDialogHarness);
      await (await dialog.getHarness(MatInputHarness)).setValue('La commune renonce.');
      await (await dialog.getHarness(MatButtonHarness.with({ text: 'Déplacer' }))).click();
      await settle();
      http.expectOne((r) => r.method === 'POST').flush({ ...aTransitionResult(ciney, 'declined'), kind: 'close' });
      await settle();
      expect(cardNames('Refusé')).toEqual(['Hastière', 'Ciney']);
    });
  });

  describe('on a phone', () => {
    beforeEach(() => open(manager, '/pipeline', board, true));

    it('shows one stage at a time, chosen with its count, and moves through the card menu only', async () => {
      expect(element().querySelectorAll('section')).toHaveLength(1);
      expect(cardNames('Questionnaire envoyé')).toEqual(['Andenne']);
      expect(squash(element().querySelector('.hint')?.textContent)).toBe('Déplacez une commune avec son bouton « Déplacer vers… ».');
      const drags = harness.fixture.debugElement.queryAll(By.directive(CdkDrag)).map((drag) => drag.injector.get(CdkDrag));
      expect(drags.every((drag) => drag.disabled)).toBe(true);

      const select = (await (await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Étape affichée' }))).getControl(MatSelectHarness)) as MatSelectHarness;
      await select.open();
      const options = await Promise.all((await select.getOptions()).map((option) => option.getText()));
      expect(options).toEqual([
        'Questionnaire envoyé (32)',
        'Questionnaire complété (0)',
        'Diagnostic demandé (2)',
        'Atelier tenu (0)',
        'Accompagnement (0)',
        'Refusé (0)',
        'Retiré (0)',
      ]);
      await select.clickOptions({ text: 'Diagnostic demandé (2)' });
      await settle();
      expect(cardNames('Diagnostic demandé')).toEqual(['Gembloux', 'Ciney']);
      expect(element().querySelectorAll('section')).toHaveLength(1);
    });

    it('keeps showing the stage the user is on after a move, and says where the card went', async () => {
      await chooseTarget(andenne, /Questionnaire complété/);
      http.expectOne((r) => r.method === 'POST').flush(aTransitionResult(andenne, 'survey_answered'));
      await settle();
      expect(cardNames('Questionnaire envoyé')).toEqual([]);
      expect(column('Questionnaire complété')).toBeUndefined();
      expect(squash(await (await documentLoader.getHarness(MatSnackBarHarness)).getMessage())).toBe('Andenne : Questionnaire envoyé → Questionnaire complété');
    });
  });

  describe('as finance', () => {
    beforeEach(() => open(finance));

    it('reads the board but has no move action and drags nothing', () => {
      expect(cardNames('Diagnostic demandé')).toEqual(['Gembloux', 'Ciney']);
      expect(moveButtons()).toHaveLength(0);
      const drags = harness.fixture.debugElement.queryAll(By.directive(CdkDrag)).map((drag) => drag.injector.get(CdkDrag));
      expect(drags.every((drag) => drag.disabled)).toBe(true);
      expect(element().querySelector('mat-slide-toggle')).toBeNull();
      expect(element().textContent).not.toContain('Tous les consultants');
      expect(element().querySelector('.hint')).toBeNull();
    });
  });

  describe('filters in the URL', () => {
    it('loads the board of a shared link, with the filters shown', async () => {
      await open(manager, `/pipeline?arrondissement=Dinant&consultant=${SARAH.id}&q=cin`);
      // open() answered the request; check what it asked through the fields.
      const arrondissement = (await (await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Arrondissement' }))).getControl(
        MatSelectHarness,
      )) as MatSelectHarness;
      expect(await arrondissement.getValueText()).toBe('Dinant');
      const consultant = (await (await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Consultant' }))).getControl(
        MatSelectHarness,
      )) as MatSelectHarness;
      expect(await consultant.getValueText()).toBe('Sarah Martin');
      expect(await (await loader.getHarness(MatInputHarness.with({ selector: '[type="search"]' }))).getValue()).toBe('cin');
      expect(squash(element().querySelector('[role="status"]')?.textContent)).toBe('34 communes correspondent aux filtres');
      // The communes table cannot narrow to a consultant: no link to a column shown whole there.
      expect(squash(column('Questionnaire envoyé')?.textContent)).toContain('31 autres communes non affichées');
      expect(element().querySelector('a.see-all')).toBeNull();
    });

    it('writes a chosen arrondissement and a typed text to the URL, and asks the board again', async () => {
      await open(manager);
      const field = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Arrondissement' }));
      const select = (await field.getControl(MatSelectHarness)) as MatSelectHarness;
      await select.open();
      expect(await Promise.all((await select.getOptions()).map((option) => option.getText()))).toEqual([
        'Tous les arrondissements',
        'Dinant',
        'Namur',
        'Philippeville',
      ]);
      await select.clickOptions({ text: 'Dinant' });
      await settle();
      expect(TestBed.inject(Router).url).toBe('/pipeline?arrondissement=Dinant');
      expect(http.expectOne((r) => r.url === '/api/pipeline').request.params.get('arrondissement')).toBe('Dinant');

      await (await loader.getHarness(MatInputHarness.with({ selector: '[type="search"]' }))).setValue('gemb');
      await new Promise((resolve) => setTimeout(resolve, SEARCH_DEBOUNCE_MS + 50));
      await settle();
      expect(TestBed.inject(Router).url).toBe('/pipeline?arrondissement=Dinant&q=gemb');
      const search = http.expectOne((r) => r.url === '/api/pipeline');
      expect(search.request.params.get('q')).toBe('gemb');
      search.flush(aPipeline({}));
      await settle();

      expect(element().textContent).toContain('Aucune commune ne correspond à ces filtres.');
      await (await loader.getHarness(MatButtonHarness.with({ text: 'Effacer les filtres', ancestor: '.bep-empty-state' }))).click();
      await settle();
      expect(TestBed.inject(Router).url).toBe('/pipeline');
      http.expectOne((r) => r.url === '/api/pipeline').flush(board);
    });
  });

  it('says why the board could not be loaded, and retries', async () => {
    await open(manager, '/pipeline', board);
    await harness.navigateByUrl('/pipeline?q=x');
    http.expectOne((r) => r.url === '/api/pipeline').flush(
      { type: 'about:blank', title: 'Service Unavailable', status: 503, detail: 'La base de données ne répond pas.' },
      { status: 503, statusText: 'Service Unavailable' },
    );
    await settle();

    const alert = squash(element().querySelector('[role="alert"]')?.textContent);
    expect(alert).toContain('Impossible de charger le pipeline.');
    expect(alert).toContain('La base de données ne répond pas.');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Réessayer' }))).click();
    http.expectOne((r) => r.url === '/api/pipeline').flush(board);
    await settle();
    expect(element().querySelector('[role="alert"]')).toBeNull();
  });
});
