import { computed, DestroyRef, inject, Injectable, signal } from '@angular/core';
import type { Pipeline, TransitionRequest } from '@bep/contracts';
import type { Stage } from '@bep/domain';
import { AuthStore } from '@bep/web/auth/data-access';
import { PipelineApi } from '@bep/web/engagements/data-access';
import { apiFailure, type ApiFailure } from '@bep/web/shared/data-access';
import type { Subscription } from 'rxjs';
import { boardColumns, type BoardCard, type BoardColumn, cardAfterMove, findCard, withCard } from './board';
import { boardRequest, type BoardFilters, NO_FILTERS } from './board-filters';
import { type Mover, planMove } from './plan-move';

/** A move the server (or the rules, before any request) refused: the card as it was, where it was sent. */
export interface MoveFailure extends ApiFailure {
  card: BoardCard;
  to: Stage;
}

export type MoveResult = { moved: true; card: BoardCard } | { moved: false; failure: MoveFailure };

interface BoardState {
  campaign: Pipeline['campaign'];
  /** Null until the first answer. */
  columns: BoardColumn[] | null;
  loading: boolean;
  error: ApiFailure | null;
  /** Engagements whose move waits for the server's answer. */
  moving: ReadonlySet<string>;
  moveFailure: MoveFailure | null;
}

/**
 * A consultant's engagements, to know which cards they may move: the API lets every consultant
 * of an engagement's team move it, and a board card names the lead only. One request per page
 * visit; 200 is the API's ceiling, far above a consultant's load.
 */
const ASSIGNED_LIMIT = 200;

/**
 * The kanban board of the current campaign (GET /api/pipeline) under the URL's filters, and the
 * moves made on it: shown at once, sent with the version the user saw, then replaced by the
 * server's answer or put back with the server's reason (409: reloaded; 422: the rule; 403).
 * Provided by the pipeline page, so that each visit starts afresh.
 */
@Injectable()
export class PipelineBoardStore {
  readonly #api = inject(PipelineApi);
  readonly #auth = inject(AuthStore);
  readonly #state = signal<BoardState>({ campaign: null, columns: null, loading: false, error: null, moving: new Set(), moveFailure: null });
  readonly #assigned = signal<ReadonlySet<string>>(new Set());
  #filters: BoardFilters = NO_FILTERS;
  #request?: Subscription;
  #assignedRequested = false;

  readonly campaign = computed(() => this.#state().campaign);
  readonly columns = computed(() => this.#state().columns ?? []);
  readonly loaded = computed(() => this.#state().columns !== null);
  readonly loading = computed(() => this.#state().loading);
  readonly error = computed(() => this.#state().error);
  readonly moveFailure = computed(() => this.#state().moveFailure);
  readonly moving = computed(() => this.#state().moving);
  /** Engagements on the board under the filters, shown or not. */
  readonly total = computed(() => this.columns().reduce((sum, column) => sum + column.count, 0));

  readonly mover = computed<Mover>(() => ({
    roles: this.#auth.roles(),
    consultantId: this.#auth.user()?.consultantId ?? null,
    assignedEngagementIds: this.#assigned(),
  }));

  constructor() {
    inject(DestroyRef).onDestroy(() => this.#request?.unsubscribe());
  }

  /** (Re)loads the board under `filters`; the board on screen stays meanwhile, a late older answer is dropped. */
  load(filters: BoardFilters): void {
    this.#filters = filters;
    this.#loadAssigned();
    this.#request?.unsubscribe();
    this.#state.update((state) => ({ ...state, loading: true, error: null }));
    this.#request = this.#api.board(boardRequest(filters)).subscribe({
      next: (pipeline) =>
        this.#state.update((state) => ({ ...state, campaign: pipeline.campaign, columns: boardColumns(pipeline), loading: false })),
      error: (error: unknown) => this.#state.update((state) => ({ ...state, loading: false, error: apiFailure(error) })),
    });
  }

  /** Loads the board again under the same filters (retry, or after a conflict). */
  reload(): void {
    this.load(this.#filters);
  }

  /**
   * Moves the card: checked against the stage rules first (refused without a request, as the
   * server would refuse it with a 422), shown in its new column at once, then sent with the version
   * the user saw. Resolves with the card as the server answered, or with the reason it went back.
   */
  move(card: BoardCard, to: Stage, note?: string): Promise<MoveResult> {
    const plan = planMove(card, to, this.mover());
    if (plan.outcome === 'refused' || (plan.outcome === 'needs-note' && !note?.trim())) {
      const failure: MoveFailure =
        plan.outcome === 'refused'
          ? { status: 422, rule: plan.rule, detail: plan.message, fields: {}, card, to }
          : { status: 422, rule: 'note-required', detail: null, fields: {}, card, to };
      this.#state.update((state) => ({ ...state, moveFailure: failure }));
      return Promise.resolve({ moved: false, failure });
    }

    const place = findCard(this.columns(), card.engagementId) ?? { card, index: 0 };
    const shown: BoardCard = { ...card, stage: to };
    this.#state.update((state) => ({
      ...state,
      columns: withCard(state.columns ?? [], shown),
      moving: new Set([...state.moving, card.engagementId]),
      moveFailure: null,
    }));

    const request: TransitionRequest = { to, version: card.version, ...(note?.trim() ? { note: note.trim() } : {}) };
    return new Promise((resolve) => {
      this.#api.transition(card.engagementId, request).subscribe({
        next: (engagement) => {
          const moved = cardAfterMove(shown, engagement);
          this.#state.update((state) => ({ ...state, columns: withCard(state.columns ?? [], moved), moving: without(state.moving, card.engagementId) }));
          resolve({ moved: true, card: moved });
        },
        error: (error: unknown) => {
          const failure: MoveFailure = { ...apiFailure(error), card, to };
          this.#state.update((state) => ({
            ...state,
            columns: withCard(state.columns ?? [], place.card, place.index),
            moving: without(state.moving, card.engagementId),
            moveFailure: failure,
          }));
          // Someone else moved or changed it: show the board as it is now.
          if (failure.status === 409) {
            this.reload();
          }
          resolve({ moved: false, failure });
        },
      });
    });
  }

  dismissMoveFailure(): void {
    this.#state.update((state) => ({ ...state, moveFailure: null }));
  }

  /** A consultant who is no manager: which engagements of the campaign are theirs (see ASSIGNED_LIMIT). */
  #loadAssigned(): void {
    const { roles, consultantId } = this.mover();
    if (this.#assignedRequested || roles.includes('manager') || !roles.includes('consultant') || !consultantId) {
      return;
    }
    this.#assignedRequested = true;
    this.#api.engagements({ consultantId, limit: ASSIGNED_LIMIT }).subscribe({
      next: (page) => this.#assigned.set(new Set(page.items.map((engagement) => engagement.id))),
      // Without the list the consultant still moves the cards they lead; the API has the last word.
      error: () => undefined,
    });
  }
}

function without(ids: ReadonlySet<string>, id: string): ReadonlySet<string> {
  const rest = new Set(ids);
  rest.delete(id);
  return rest;
}
