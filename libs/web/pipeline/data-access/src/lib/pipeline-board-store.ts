import { computed, DestroyRef, inject, Injectable, signal } from '@angular/core';
import type { Pipeline } from '@bep/contracts';
import type { Stage, TransitionActor } from '@bep/domain';
import { AuthStore } from '@bep/web/auth/data-access';
import { EngagementMoves, EngagementsApi, moveFailure, type MoveResult } from '@bep/web/engagements/data-access';
import { apiFailure, type ApiFailure } from '@bep/web/shared/data-access';
import type { Subscription } from 'rxjs';
import { boardColumns, type BoardCard, type BoardColumn, cardAfterMove, findCard, withCard } from './board';
import { BoardApi } from './board-api';
import { boardRequest, type BoardFilters, NO_FILTERS } from './board-filters';
import { actorOnCard, type Mover } from './card-actor';

/** A move the server (or the rules, before any request) refused, as the board words it: the card as it was, where it was sent. */
export interface MoveFailure extends ApiFailure {
  card: BoardCard;
  to: Stage;
}

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
  readonly #board = inject(BoardApi);
  readonly #engagements = inject(EngagementsApi);
  readonly #moves = inject(EngagementMoves);
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

  /** Who the user is on the card: what the rules let them do with it (planMove, moveTargets). */
  actorOn(card: Pick<BoardCard, 'engagementId' | 'lead'>): TransitionActor | null {
    return actorOnCard(card, this.mover());
  }

  constructor() {
    inject(DestroyRef).onDestroy(() => this.#request?.unsubscribe());
  }

  /** (Re)loads the board under `filters`; the board on screen stays meanwhile, a late older answer is dropped. */
  load(filters: BoardFilters): void {
    this.#filters = filters;
    this.#loadAssigned();
    this.#request?.unsubscribe();
    this.#state.update((state) => ({ ...state, loading: true, error: null }));
    this.#request = this.#board.get(boardRequest(filters)).subscribe({
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
   * Moves the card through EngagementMoves: checked against the stage rules first (refused without
   * a request, kept in `moveFailure` as the server's 422 would be), shown in its new column at once,
   * then sent with the version the user saw. Takes the server's answer (new version, zero days in
   * the stage), or puts the card back where it was and keeps the reason; a conflict (409) reloads
   * the board.
   */
  async move(card: BoardCard, to: Stage, note?: string): Promise<MoveResult> {
    const place = findCard(this.columns(), card.engagementId) ?? { card, index: 0 };
    const shown: BoardCard = { ...card, stage: to };
    const request = { engagement: { id: card.engagementId, stage: card.stage, version: card.version, work: card.work }, actor: this.actorOn(card), to, note };
    const result = await this.#moves.move(request, () =>
      this.#state.update((state) => ({
        ...state,
        columns: withCard(state.columns ?? [], shown),
        moving: new Set([...state.moving, card.engagementId]),
        moveFailure: null,
      })),
    );

    if (result.status === 'moved') {
      const moved = cardAfterMove(shown, result.engagement);
      this.#state.update((state) => ({ ...state, columns: withCard(state.columns ?? [], moved), moving: without(state.moving, card.engagementId) }));
      return result;
    }
    const failure: MoveFailure = { ...moveFailure(result), card, to };
    if (result.status === 'refused' || result.status === 'needs-note') {
      // Nothing was shown nor sent.
      this.#state.update((state) => ({ ...state, moveFailure: failure }));
      return result;
    }
    this.#state.update((state) => ({
      ...state,
      columns: withCard(state.columns ?? [], place.card, place.index),
      moving: without(state.moving, card.engagementId),
      moveFailure: failure,
    }));
    // Someone else moved or changed it: show the board as it is now.
    if (result.status === 'conflict') {
      this.reload();
    }
    return result;
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
    this.#engagements.list({ consultantId, limit: ASSIGNED_LIMIT }).subscribe({
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
