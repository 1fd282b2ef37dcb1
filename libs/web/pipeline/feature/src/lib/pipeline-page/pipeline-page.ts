import { CdkDrag, type CdkDragDrop, CdkDropList, CdkDropListGroup } from '@angular/cdk/drag-drop';
import { BreakpointObserver } from '@angular/cdk/layout';
import { CdkScrollable } from '@angular/cdk/scrolling';
import { afterNextRender, ChangeDetectionStrategy, Component, computed, DestroyRef, DOCUMENT, ElementRef, inject, Injector, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { ALL_STAGES, isClosedStage, PIPELINE_STAGES, type Stage } from '@bep/domain';
import { type BillingTerms, CampaignBillingTerms, MoveFeedback, type MoveResult, type MoveTarget, moveTargets, planMove, UNKNOWN_BILLING_TERMS } from '@bep/web/engagements/data-access';
import { MoveConfirmation } from '@bep/web/engagements/ui';
import {
  BoardFilterOptions,
  type BoardCard as Card,
  type BoardFilters,
  cardAfterMove,
  columnInCommunesTable,
  filtersFromQuery,
  findCard,
  FoldedColumns,
  isFiltered,
  NO_FILTERS,
  PipelineBoardStore,
  queryFromFilters,
  sameFilters,
} from '@bep/web/pipeline/data-access';
import { FailureTextPipe } from '@bep/web/shared/data-access';
import { BepNumberPipe, BepPluralPipe, formatNumber, LanguageStore, pluralForm } from '@bep/web/shared/i18n';
import { StageSwatch } from '@bep/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { distinctUntilChanged, map } from 'rxjs';
import { CampaignSwitcher } from '@bep/web/campaigns/feature';
import { BoardCard } from '../board-card/board-card';
import { BoardFiltersBar } from '../board-filters-bar/board-filters-bar';
import { PIPELINE_FAILURES } from '../pipeline-failures';

/** Dragging starts at once with a mouse; on a touch screen after a press, so that a swipe still scrolls. */
const DRAG_START_DELAY = { mouse: 0, touch: 250 };

/**
 * Pixels per frame the board scrolls while a card is dragged near its edge (the CDK's default, 2,
 * takes seconds to reach a far column).
 */
const AUTO_SCROLL_STEP = 12;

/** Phones: one stage at a time, chosen in a stage selector; cards move through their menu. */
const PHONE_QUERY = '(max-width: 599.98px)';

/** How long a card that just moved stays highlighted in its new column. */
const HIGHLIGHT_MS = 2500;

/**
 * /pipeline: the kanban board of the current campaign, one column per stage (the main path, then
 * the closed stages, which fold), filtered through the URL. Only the board scrolls sideways, each
 * column scrolls on its own, and a card dragged near the board's edge scrolls it; on a phone, one
 * stage at a time, chosen with its count. A card moves by dragging or through its "Déplacer vers…"
 * menu; the stage rules of libs/domain decide beforehand what the user may do and when a note is
 * needed, a move into the billing stage is confirmed (MoveConfirmation); the board shows the move at
 * once and puts it back if the server refuses; the moved card is scrolled into view and highlighted,
 * and the move's message offers to undo it where the rules allow (MoveFeedback).
 */
@Component({
  selector: 'bep-pipeline-page',
  imports: [
    BepNumberPipe,
    BepPluralPipe,
    BoardCard,
    BoardFiltersBar,
    CampaignSwitcher,
    CdkDrag,
    CdkDropList,
    CdkDropListGroup,
    CdkScrollable,
    FailureTextPipe,
    MatButtonModule,
    MatFormFieldModule,
    MatProgressBarModule,
    MatSelectModule,
    RouterLink,
    StageSwatch,
    TranslocoPipe,
  ],
  providers: [PipelineBoardStore, BoardFilterOptions, FoldedColumns],
  templateUrl: './pipeline-page.html',
  styleUrl: './pipeline-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PipelinePage {
  protected readonly store = inject(PipelineBoardStore);
  readonly #router = inject(Router);
  readonly #route = inject(ActivatedRoute);
  readonly #confirmation = inject(MoveConfirmation);
  readonly #feedback = inject(MoveFeedback);
  readonly #billingTerms = inject(CampaignBillingTerms);
  protected readonly foldedColumns = inject(FoldedColumns);
  readonly #language = inject(LanguageStore).language;
  readonly #host = inject<ElementRef<HTMLElement>>(ElementRef);
  readonly #injector = inject(Injector);
  readonly #document = inject(DOCUMENT);

  protected readonly dragStartDelay = DRAG_START_DELAY;
  protected readonly autoScrollStep = AUTO_SCROLL_STEP;

  /** A phone: the board shows the chosen stage only. */
  protected readonly phone = toSignal(inject(BreakpointObserver).observe(PHONE_QUERY).pipe(map((state) => state.matches)), { initialValue: false });
  /** The stage a phone shows; it stays when a card moves out of it (the message says where it went). */
  protected readonly shownStage = signal<Stage>(PIPELINE_STAGES[0]);
  protected readonly shownColumns = computed(() => (this.phone() ? this.store.columns().filter((column) => column.stage === this.shownStage()) : this.store.columns()));
  /** The card that just moved, highlighted for a moment in its new column. */
  protected readonly highlighted = signal<string | null>(null);
  #highlightTimer?: ReturnType<typeof setTimeout>;
  protected readonly failures = PIPELINE_FAILURES;
  protected readonly noFilters = NO_FILTERS;

  /** The filters in force: those of the URL. */
  protected readonly filters = toSignal(this.#route.queryParamMap.pipe(map(filtersFromQuery)), { requireSync: true });
  protected readonly filtered = computed(() => isFiltered(this.filters()));
  /** Where a column cut short is shown whole: the communes table's query per stage (none under a consultant filter). */
  protected readonly columnsInTable = computed(() => {
    const filters = this.filters();
    return new Map(ALL_STAGES.map((stage) => [stage, columnInCommunesTable(filters, stage)]));
  });

  /** "34 communes", or how many match the filters. */
  protected readonly total = computed(() => {
    const count = this.store.total();
    const key = this.filtered() ? 'pipeline.totalFiltered' : 'pipeline.total';
    return { key: `${key}.${pluralForm(this.#language(), count)}`, params: { count: formatNumber(count) } };
  });

  /** Where each card may go, for its menu; none for a card the user may not move. */
  protected readonly targets = computed(() => {
    const targets = new Map<string, MoveTarget[]>();
    for (const column of this.store.columns()) {
      for (const card of column.cards) {
        targets.set(card.engagementId, moveTargets(card.stage, this.store.actorOn(card), card.work));
      }
    }
    return targets;
  });

  /** Whether the user may move any card shown: the hint about dragging is for them only. */
  protected readonly mayMoveAny = computed(() => [...this.targets().values()].some((targets) => targets.length > 0));

  /**
   * A card is dropped only on a column the rules allow (or back on its own): an illegal drop never
   * reaches the API. "Atelier tenu" before the work is recorded as done takes the drop, to say what
   * to record first (the move itself is refused without a request).
   */
  protected readonly mayEnter = (drag: CdkDrag<Card>, drop: CdkDropList<Stage>): boolean => {
    const plan = planMove(drag.data.stage, drop.data, this.store.actorOn(drag.data), drag.data.work);
    return drop.data === drag.data.stage || plan.outcome !== 'refused' || plan.rule === 'work-not-done';
  };

  constructor() {
    this.#route.queryParamMap
      .pipe(map(filtersFromQuery), distinctUntilChanged(sameFilters), takeUntilDestroyed())
      .subscribe((filters) => this.store.load(filters));
    inject(BoardFilterOptions).load();
    inject(DestroyRef).onDestroy(() => clearTimeout(this.#highlightTimer));
  }

  protected isClosed(stage: Stage): boolean {
    return isClosedStage(stage);
  }

  protected applyFilters(filters: BoardFilters): void {
    // Merged: the campaign the switcher chose (`campagne`) stays.
    void this.#router.navigate([], { relativeTo: this.#route, queryParams: queryFromFilters(filters), queryParamsHandling: 'merge' });
  }

  protected dropped(event: CdkDragDrop<Stage, Stage, Card>): void {
    if (event.previousContainer !== event.container) {
      void this.move(event.item.data, event.container.data);
    }
  }

  /**
   * Asks what the move needs (the note the rules want, the confirmation of a move that bills), then
   * moves; says how it went, with *Annuler* where the rules allow the move back.
   */
  protected async move(card: Card, to: Stage): Promise<void> {
    const actor = this.store.actorOn(card);
    const plan = planMove(card.stage, to, actor, card.work);
    if (plan.outcome === 'refused') {
      // Nothing to ask: the store refuses it without a request and the board says why.
      await this.#send(card, to, undefined);
      return;
    }
    const billing = await this.#campaignBilling();
    const needsNote = plan.outcome === 'needs-note';
    const answer = await this.#confirmation.ask({ from: card.stage, to, kind: plan.kind, needsNote, missing: needsNote ? plan.missing : undefined, commune: card.commune.name, billing });
    if (!answer) {
      return;
    }
    const result = await this.#send(card, to, answer.note);
    if (result.status === 'moved') {
      this.#feedback.announce({
        commune: card.commune.name,
        from: card.stage,
        moved: result.engagement,
        actor,
        work: card.work,
        billing,
        // The card as the board shows it then (its new version), else as the move left it.
        moveBack: (back, backNote) => this.#send(findCard(this.store.columns(), card.engagementId)?.card ?? cardAfterMove({ ...card, stage: to }, result.engagement), back, backNote),
      });
    }
  }

  /** The billing terms of the board's campaign, as they stand now (read for each move). */
  #campaignBilling(): Promise<BillingTerms> {
    const campaign = this.store.campaign();
    return campaign ? this.#billingTerms.of(campaign.id) : Promise.resolve(UNKNOWN_BILLING_TERMS);
  }

  /** Sends the move through the store, keeps the focus on the card, and shows where it went. */
  async #send(card: Card, to: Stage, note: string | undefined): Promise<MoveResult> {
    const moving = this.store.move(card, to, note);
    this.#focusCard(card.engagementId);
    const result = await moving;
    this.#focusCard(card.engagementId);
    if (result.status === 'moved') {
      this.#showMoved(card.engagementId, result.engagement.stage);
    }
    return result;
  }

  /**
   * Keeps the moved card in sight: its column unfolded, the card scrolled into view in the board
   * and highlighted for a moment. A phone keeps showing the stage the user is on (the message says
   * where the card went).
   */
  #showMoved(engagementId: string, stage: Stage): void {
    this.foldedColumns.unfold(stage);
    this.highlighted.set(engagementId);
    clearTimeout(this.#highlightTimer);
    this.#highlightTimer = setTimeout(() => this.highlighted.set(null), HIGHLIGHT_MS);
    afterNextRender(
      () => this.#host.nativeElement.querySelector(`[data-engagement="${engagementId}"]`)?.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'smooth' }),
      { injector: this.#injector },
    );
  }

  /**
   * Once the board has re-rendered, puts the focus on the card's link if the move lost it (the
   * card's element is rebuilt in its new column, or back in its old one); focus the user put
   * elsewhere meanwhile stays there.
   */
  #focusCard(engagementId: string): void {
    afterNextRender(
      () => {
        const focused = this.#document.activeElement;
        // Lost: on the body, on a removed element, or in a menu or dialog that is closing.
        const lost = !focused || focused === this.#document.body || !focused.isConnected || !!focused.closest('.cdk-overlay-container');
        if (!lost) {
          return;
        }
        this.#host.nativeElement.querySelector<HTMLElement>(`[data-engagement="${engagementId}"] h3 a`)?.focus();
      },
      { injector: this.#injector },
    );
  }
}
