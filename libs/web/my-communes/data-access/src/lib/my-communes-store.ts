import { computed, inject, Injectable, signal } from '@angular/core';
import type { Activity, EngagementListItem, LateItem } from '@bep/contracts';
import { brusselsDaysBetween, PIPELINE_STAGES, type PipelineStage, type Stage } from '@bep/domain';
import { AuthStore } from '@bep/web/auth/data-access';
import { PipelineApi } from '@bep/web/engagements/data-access';
import { planMove, type Mover } from '@bep/web/pipeline/data-access';
import { firstValueFrom, forkJoin, Subscription } from 'rxjs';
import { moveFailure, type MoveOutcome } from './move-outcome';

/** One of the consultant's engagements, as their home page shows it. */
export interface MyEngagement {
  id: string;
  version: number;
  commune: EngagementListItem['commune'];
  stage: Stage;
  daysInStage: number;
  /** Whether the signed-in consultant leads it (otherwise they are on its team). */
  isLead: boolean;
  lead: EngagementListItem['lead'];
  /** The quick move: the next stage of the main path, when the stage rules let this user make the move. */
  nextStage: PipelineStage | null;
}

/** Something the consultant should see to next: a late item of one of their communes, or a planned activity. */
export type DueItem = { kind: 'late'; late: LateItem } | { kind: 'activity'; activity: Activity; overdue: boolean };

interface Loaded {
  consultantId: string;
  engagements: EngagementListItem[];
  activities: Activity[];
  late: LateItem[];
  /** The server's clock when the figures were computed: "overdue" and "days in stage" count from it. */
  asOf: string;
}

interface MyCommunesState {
  loaded: Loaded | null;
  loading: boolean;
  /** The failed load (an HttpErrorResponse), for problemMessage. */
  error: unknown;
}

/** The API caps a page of engagements at 200; a consultant has a handful. */
const ENGAGEMENTS_LIMIT = 200;
const ACTIVITIES_LIMIT = 100;

function nextStageOf(stage: Stage): PipelineStage | null {
  const index = (PIPELINE_STAGES as readonly Stage[]).indexOf(stage);
  return index === -1 ? null : (PIPELINE_STAGES[index + 1] ?? null);
}

/**
 * A consultant's home (Mes communes): the engagements assigned to the signed-in user's consultant,
 * what is due next (the late items of their communes, then their pending activities, soonest
 * first), and the quick move of an engagement to its next stage. Provided by the page, so that
 * every visit starts afresh.
 */
@Injectable()
export class MyCommunesStore {
  readonly #api = inject(PipelineApi);
  readonly #auth = inject(AuthStore);
  readonly #state = signal<MyCommunesState>({ loaded: null, loading: false, error: null });
  readonly #moving = signal<ReadonlySet<string>>(new Set());
  #request?: Subscription;

  /** The consultant the account works as; null: the account is linked to none, there is nothing to load. */
  readonly consultantId = computed(() => this.#auth.user()?.consultantId ?? null);
  readonly loading = computed(() => this.#state().loading);
  readonly error = computed(() => this.#state().error);
  /** Whether this consultant's communes have arrived (an empty list included). */
  readonly loaded = computed(() => this.#current() !== null);

  /** What was loaded, if it is the signed-in consultant's: another account's communes are never shown. */
  readonly #current = computed(() => {
    const loaded = this.#state().loaded;
    return loaded && loaded.consultantId === this.consultantId() ? loaded : null;
  });

  readonly engagements = computed<MyEngagement[]>(() => {
    const loaded = this.#current();
    if (!loaded) {
      return [];
    }
    // The stage rules as the pipeline board applies them: this user, on engagements assigned to them.
    const mover: Mover = {
      roles: this.#auth.roles(),
      consultantId: loaded.consultantId,
      assignedEngagementIds: new Set(loaded.engagements.map((engagement) => engagement.id)),
    };
    return loaded.engagements.map((engagement) => {
      const next = nextStageOf(engagement.stage);
      const card = { engagementId: engagement.id, lead: engagement.lead, stage: engagement.stage };
      return {
        id: engagement.id,
        version: engagement.version,
        commune: engagement.commune,
        stage: engagement.stage,
        // A move made after `asOf` must not count a negative stay.
        daysInStage: Math.max(0, brusselsDaysBetween(new Date(engagement.stageEnteredAt), new Date(loaded.asOf))),
        isLead: engagement.lead?.id === loaded.consultantId,
        lead: engagement.lead,
        nextStage: next && planMove(card, next, mover).outcome === 'allowed' ? next : null,
      };
    });
  });

  /**
   * Late items first (the longest late first, as the API sorts them), then the pending activities
   * in time order, the overdue ones flagged. An overdue activity the list holds is not repeated as
   * a late item.
   */
  readonly dueNext = computed<DueItem[]>(() => {
    const loaded = this.#current();
    if (!loaded) {
      return [];
    }
    const listed = new Set(loaded.activities.map((activity) => activity.id));
    const late = loaded.late
      .filter((item) => !(item.activity && listed.has(item.activity.id)))
      .map((item): DueItem => ({ kind: 'late', late: item }));
    const asOf = Date.parse(loaded.asOf);
    const activities = loaded.activities.map(
      (activity): DueItem => ({
        kind: 'activity',
        activity,
        overdue: activity.scheduledAt !== null && Date.parse(activity.scheduledAt) < asOf,
      }),
    );
    return [...late, ...activities];
  });

  /** Engagements with a move under way: their move button waits. */
  readonly moving = this.#moving.asReadonly();

  /**
   * (Re)loads the consultant's engagements, pending activities and late items in one go; what is
   * shown stays until the answer. Does nothing for an account linked to no consultant.
   */
  load(): void {
    const consultantId = this.consultantId();
    if (!consultantId) {
      return;
    }
    this.#request?.unsubscribe();
    this.#state.update((state) => ({ ...state, loading: true, error: null }));
    this.#request = forkJoin({
      engagements: this.#api.engagements({ consultantId, limit: ENGAGEMENTS_LIMIT }),
      activities: this.#api.activities({ consultantId, pending: true, limit: ACTIVITIES_LIMIT }),
      stats: this.#api.stats({ consultantId }),
    }).subscribe({
      next: ({ engagements, activities, stats }) =>
        this.#state.set({
          loaded: { consultantId, engagements: engagements.items, activities: activities.items, late: stats.late.items, asOf: stats.asOf },
          loading: false,
          error: null,
        }),
      error: (error: unknown) => this.#state.update((state) => ({ ...state, loading: false, error })),
    });
  }

  /**
   * Moves the engagement one stage forward, sending the version the consultant saw. The list is
   * reloaded after the move (late items change with the stage), and after a 409 or a 403, so that
   * what is shown is what the server holds.
   */
  async moveToNext(engagement: MyEngagement, note?: string): Promise<MoveOutcome> {
    const commune = engagement.commune.name;
    const to = engagement.nextStage;
    if (!to) {
      return { status: 'refused', commune, rule: null };
    }
    this.#setMoving(engagement.id, true);
    try {
      const trimmed = note?.trim();
      const moved = await firstValueFrom(
        this.#api.transition(engagement.id, { to, version: engagement.version, ...(trimmed ? { note: trimmed } : {}) }),
      );
      this.#replace(moved);
      this.load();
      return { status: 'moved', commune, to: moved.stage };
    } catch (error) {
      const outcome = moveFailure(commune, error);
      if (outcome.status === 'stale' || outcome.status === 'forbidden') {
        this.load();
      }
      return outcome;
    } finally {
      this.#setMoving(engagement.id, false);
    }
  }

  #setMoving(engagementId: string, moving: boolean): void {
    this.#moving.update((ids) => {
      const next = new Set(ids);
      if (moving) {
        next.add(engagementId);
      } else {
        next.delete(engagementId);
      }
      return next;
    });
  }

  /** Shows the engagement as the server returned it, until the reload answers. */
  #replace(moved: EngagementListItem): void {
    this.#state.update((state) => {
      if (!state.loaded) {
        return state;
      }
      const { stage, stageEnteredAt, version, lead, consultants } = moved;
      const engagements = state.loaded.engagements.map((engagement) =>
        engagement.id === moved.id ? { ...engagement, stage, stageEnteredAt, version, lead, consultants } : engagement,
      );
      return { ...state, loaded: { ...state.loaded, engagements } };
    });
  }
}
