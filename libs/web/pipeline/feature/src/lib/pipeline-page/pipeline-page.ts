import { CdkDrag, type CdkDragDrop, CdkDropList, CdkDropListGroup } from '@angular/cdk/drag-drop';
import { CdkScrollable } from '@angular/cdk/scrolling';
import { afterNextRender, ChangeDetectionStrategy, Component, computed, DOCUMENT, ElementRef, inject, Injector } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ActivatedRoute, Router } from '@angular/router';
import type { Stage } from '@bep/domain';
import { type MoveTarget, moveTargets, planMove } from '@bep/web/engagements/data-access';
import { MoveNotePrompt } from '@bep/web/engagements/ui';
import {
  BoardFilterOptions,
  type BoardCard as Card,
  type BoardFilters,
  filtersFromQuery,
  isFiltered,
  NO_FILTERS,
  PipelineBoardStore,
  queryFromFilters,
  sameFilters,
} from '@bep/web/pipeline/data-access';
import { FailureTextPipe } from '@bep/web/shared/data-access';
import { BepNumberPipe, BepPluralPipe, formatNumber, LanguageStore, pluralForm } from '@bep/web/shared/i18n';
import { StageSwatch } from '@bep/web/ui';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { distinctUntilChanged, map } from 'rxjs';
import { BoardCard } from '../board-card/board-card';
import { BoardFiltersBar } from '../board-filters-bar/board-filters-bar';
import { PIPELINE_FAILURES } from '../pipeline-failures';

/** Dragging starts at once with a mouse; on a touch screen after a press, so that a swipe still scrolls. */
const DRAG_START_DELAY = { mouse: 0, touch: 250 };

/**
 * /pipeline: the kanban board of the current campaign, one column per stage (the main path, then
 * the closed stages), filtered through the URL. A card moves by dragging or through its
 * "Déplacer vers…" menu; the stage rules of libs/domain decide beforehand what the user may do and
 * when a note is needed; the board shows the move at once and puts it back if the server refuses.
 */
@Component({
  selector: 'bep-pipeline-page',
  imports: [
    BepNumberPipe,
    BepPluralPipe,
    BoardCard,
    BoardFiltersBar,
    CdkDrag,
    CdkDropList,
    CdkDropListGroup,
    CdkScrollable,
    FailureTextPipe,
    MatButtonModule,
    MatProgressBarModule,
    StageSwatch,
    TranslocoPipe,
  ],
  providers: [PipelineBoardStore, BoardFilterOptions],
  templateUrl: './pipeline-page.html',
  styleUrl: './pipeline-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PipelinePage {
  protected readonly store = inject(PipelineBoardStore);
  readonly #router = inject(Router);
  readonly #route = inject(ActivatedRoute);
  readonly #moveNote = inject(MoveNotePrompt);
  readonly #snackBar = inject(MatSnackBar);
  readonly #transloco = inject(TranslocoService);
  readonly #language = inject(LanguageStore).language;
  readonly #host = inject<ElementRef<HTMLElement>>(ElementRef);
  readonly #injector = inject(Injector);
  readonly #document = inject(DOCUMENT);

  protected readonly dragStartDelay = DRAG_START_DELAY;
  protected readonly failures = PIPELINE_FAILURES;
  protected readonly noFilters = NO_FILTERS;

  /** The filters in force: those of the URL. */
  protected readonly filters = toSignal(this.#route.queryParamMap.pipe(map(filtersFromQuery)), { requireSync: true });
  protected readonly filtered = computed(() => isFiltered(this.filters()));

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
  }

  protected applyFilters(filters: BoardFilters): void {
    void this.#router.navigate([], { relativeTo: this.#route, queryParams: queryFromFilters(filters) });
  }

  protected dropped(event: CdkDragDrop<Stage, Stage, Card>): void {
    if (event.previousContainer !== event.container) {
      void this.move(event.item.data, event.container.data);
    }
  }

  /** Asks for the note the rules want, if any, then moves; says how it went and keeps the focus on the card. */
  protected async move(card: Card, to: Stage): Promise<void> {
    const plan = planMove(card.stage, to, this.store.actorOn(card), card.work);
    let note: string | undefined;
    if (plan.outcome === 'needs-note') {
      note = (await this.#moveNote.ask({ to, kind: plan.kind, commune: card.commune.name, missing: plan.missing })) ?? undefined;
      if (!note) {
        return;
      }
    }
    const moving = this.store.move(card, to, note);
    this.#focusCard(card.engagementId);
    const result = await moving;
    if (result.status === 'moved') {
      const stage = this.#transloco.translate(`stage.${to}`);
      // Seen by everyone, and read out politely by screen readers (the snack bar is a live region).
      this.#snackBar.open(this.#transloco.translate('pipeline.announce.moved', { name: card.commune.name, stage }), undefined, { duration: 5000, politeness: 'polite' });
    }
    this.#focusCard(card.engagementId);
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
