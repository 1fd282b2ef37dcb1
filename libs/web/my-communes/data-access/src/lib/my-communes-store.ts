import { computed, inject, Injectable, signal } from '@angular/core';
import type { Activity, EngagementListItem, Reminder, TransitionResult } from '@bep/contracts';
import { brusselsDaysBetween, engagementActor, type MissingWork, PIPELINE_STAGES, type PipelineStage, type Stage, type TransitionActor, type WorkDone } from '@bep/domain';
import { AuthStore } from '@bep/web/auth/data-access';
import { StatsApi } from '@bep/web/dashboard/data-access';
import {
  ActivitiesApi,
  type BillingTerms,
  CampaignBillingTerms,
  EngagementMoves,
  EngagementsApi,
  MoveFeedback,
  type MoveResult,
  planMove,
  UNKNOWN_BILLING_TERMS,
} from '@bep/web/engagements/data-access';
import { UpcomingRemindersApi, type ReminderSeriesLengths } from '@bep/web/notifications/data-access';
import { nextDue, type NextDue } from '@bep/web/communes/data-access';
import { Loadable } from '@bep/web/shared/data-access';
import { forkJoin, map, Subscription } from 'rxjs';

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
  /** What is recorded as done, for the rule of "Atelier tenu". */
  work: WorkDone;
  /** The work to record first when the next stage, "Atelier tenu", waits for it (no quick move then). */
  workFirst: MissingWork | null;
  /** Its next scheduled reminders, soonest first (two at most). */
  nextReminders: Reminder[];
  /** What to see to first: the consultant's soonest pending activity on it, or what its stage calls for. */
  nextDue: NextDue | null;
}

interface Loaded {
  consultantId: string;
  engagements: EngagementListItem[];
  /** The consultant's pending activities: each card's next due. */
  activities: Activity[];
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
/** The scheduled reminders of a consultant's engagements: a few each; the API's ceiling. */
const REMINDERS_LIMIT = 200;
/** How many of an engagement's next reminders its card shows. */
const NEXT_REMINDERS_SHOWN = 2;

function nextStageOf(stage: Stage): PipelineStage | null {
  const index = (PIPELINE_STAGES as readonly Stage[]).indexOf(stage);
  return index === -1 ? null : (PIPELINE_STAGES[index + 1] ?? null);
}

/**
 * A consultant's home (Mes communes): the engagements assigned to the signed-in user's consultant,
 * each with what is due next on it, and the quick move of an engagement to its next stage (the
 * agenda and what is late are the page's *Aujourd'hui* panel's, TodayStore). Provided by the page,
 * so that every visit starts afresh.
 */
@Injectable()
export class MyCommunesStore {
  readonly #engagements = inject(EngagementsApi);
  readonly #activities = inject(ActivitiesApi);
  readonly #stats = inject(StatsApi);
  readonly #moves = inject(EngagementMoves);
  readonly #feedback = inject(MoveFeedback);
  readonly #billingTerms = inject(CampaignBillingTerms);
  readonly #auth = inject(AuthStore);
  readonly #reminders = inject(UpcomingRemindersApi);
  readonly #state = signal<MyCommunesState>({ loaded: null, loading: false, error: null });
  /** The scheduled reminders of the consultant's engagements, in one call for the page (the API scopes it). */
  readonly #scheduled = new Loadable<{ consultantId: string; items: Reminder[] }>();
  readonly #series = new Loadable<ReminderSeriesLengths>();
  readonly #moving = signal<ReadonlySet<string>>(new Set());
  readonly #loads = signal(0);
  #request?: Subscription;

  /** The consultant the account works as; null: the account is linked to none, there is nothing to load. */
  readonly consultantId = computed(() => this.#auth.user()?.consultantId ?? null);
  readonly loading = computed(() => this.#state().loading);
  readonly error = computed(() => this.#state().error);
  /** Whether this consultant's communes have arrived (an empty list included). */
  readonly loaded = computed(() => this.#current() !== null);

  /** How long the current campaign's series are, for "Rappel questionnaire (2 sur 3)"; null until known. */
  readonly seriesLengths = this.#series.value;
  /** Why the scheduled reminders could not be read (the rest of the page does not wait for them). */
  readonly remindersFailure = this.#scheduled.failure;

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
    const scheduled = this.#scheduled.value();
    const reminders = scheduled?.consultantId === loaded.consultantId ? [...scheduled.items].sort((a, b) => a.sendAt.localeCompare(b.sendAt)) : [];
    return loaded.engagements.map((engagement) => {
      const next = nextStageOf(engagement.stage);
      const plan = next ? planMove(engagement.stage, next, this.#actorOn(engagement), engagement.work) : null;
      return {
        id: engagement.id,
        version: engagement.version,
        commune: engagement.commune,
        stage: engagement.stage,
        // A move made after `asOf` must not count a negative stay.
        daysInStage: Math.max(0, brusselsDaysBetween(new Date(engagement.stageEnteredAt), new Date(loaded.asOf))),
        isLead: engagement.lead?.id === loaded.consultantId,
        lead: engagement.lead,
        nextStage: plan?.outcome === 'allowed' ? next : null,
        work: engagement.work,
        workFirst: plan?.outcome === 'refused' && plan.rule === 'work-not-done' ? (plan.missing ?? null) : null,
        nextReminders: reminders.filter((reminder) => reminder.engagement?.id === engagement.id).slice(0, NEXT_REMINDERS_SHOWN),
        nextDue: nextDue(
          engagement.stage,
          loaded.activities.filter((activity) => activity.engagementId === engagement.id),
          Date.parse(loaded.asOf),
        ),
      };
    });
  });

  /** Engagements with a move under way: their move button waits. */
  readonly moving = this.#moving.asReadonly();

  /** How many times the list was (re)loaded: the page reloads its *Aujourd'hui* panel with it (moves, activities logged). */
  readonly loads = this.#loads.asReadonly();

  /**
   * (Re)loads the consultant's engagements, pending activities and the server's clock in one go; what is
   * shown stays until the answer. Their scheduled reminders come apart, in one call: the page does
   * not wait for them, nor fail with them. Does nothing for an account linked to no consultant.
   */
  load(): void {
    const consultantId = this.consultantId();
    if (!consultantId) {
      return;
    }
    this.#request?.unsubscribe();
    this.#loads.update((count) => count + 1);
    this.#state.update((state) => ({ ...state, loading: true, error: null }));
    this.#request = forkJoin({
      engagements: this.#engagements.list({ consultantId, limit: ENGAGEMENTS_LIMIT }),
      activities: this.#activities.list({ consultantId, pending: true, limit: ACTIVITIES_LIMIT }),
      // For the server's clock (`asOf`): the late items are the page's Aujourd'hui panel's.
      stats: this.#stats.get({ consultantId }),
    }).subscribe({
      next: ({ engagements, activities, stats }) =>
        this.#state.set({
          loaded: { consultantId, engagements: engagements.items, activities: activities.items, asOf: stats.asOf },
          loading: false,
          error: null,
        }),
      error: (error: unknown) => this.#state.update((state) => ({ ...state, loading: false, error })),
    });
    this.#scheduled.load(this.#reminders.scheduled({ limit: REMINDERS_LIMIT }).pipe(map((page) => ({ consultantId, items: page.items }))));
    if (!this.#series.loaded() && !this.#series.loading()) {
      this.#series.load(this.#reminders.seriesLengths());
    }
  }

  /**
   * The billing terms of the engagement's campaign as they stand now, for the confirmation of a move
   * that bills (MoveConfirmation); the move is then made, and offered *Annuler*, by those terms.
   */
  billingTerms(engagement: Pick<MyEngagement, 'id'>): Promise<BillingTerms> {
    const listed = this.#listed(engagement.id);
    return listed ? this.#billingTerms.of(listed.campaignId) : Promise.resolve(UNKNOWN_BILLING_TERMS);
  }

  /**
   * Moves the engagement (the quick move: to `nextStage`) through EngagementMoves, as this
   * consultant on its team, with the version they saw, and says what happened, with *Annuler*
   * where the rules allow the move back (MoveFeedback) under the billing terms the move was
   * confirmed by (billingTerms). The list is reloaded after the move (late items change with the
   * stage), and after a conflict (409) or a 403, so that what is shown is what the server holds.
   */
  async move(engagement: MyEngagement, to: Stage, { billing, note }: { billing: BillingTerms; note?: string }): Promise<MoveResult> {
    const listed = this.#listed(engagement.id);
    const actor = listed ? this.#actorOn(listed) : null;
    const result = await this.#send(engagement, actor, to, note);
    if (result.status === 'moved') {
      this.#announce(engagement, actor, result.engagement, billing);
    }
    return result;
  }

  /** The move's message, with *Annuler* when the rules and the campaign's billing terms allow it. */
  #announce(engagement: MyEngagement, actor: TransitionActor | null, moved: TransitionResult, billing: BillingTerms): void {
    this.#feedback.announce({
      commune: engagement.commune.name,
      from: engagement.stage,
      moved,
      actor,
      work: engagement.work,
      billing,
      moveBack: (back, note) => this.#send({ ...engagement, stage: moved.stage, version: moved.version }, actor, back, note),
    });
  }

  async #send(engagement: MyEngagement, actor: TransitionActor | null, to: Stage, note: string | undefined): Promise<MoveResult> {
    this.#setMoving(engagement.id, true);
    try {
      const result = await this.#moves.move({ engagement, actor, to, note });
      if (result.status === 'moved') {
        this.#replace(result.engagement);
      }
      if (result.status === 'moved' || result.status === 'conflict' || result.status === 'forbidden') {
        this.load();
      }
      return result;
    } finally {
      this.#setMoving(engagement.id, false);
    }
  }

  #listed(engagementId: string): EngagementListItem | undefined {
    return this.#current()?.engagements.find((candidate) => candidate.id === engagementId);
  }

  /** Who the signed-in user is on one of the listed engagements (engagementActor, the API's rule). */
  #actorOn(engagement: EngagementListItem): TransitionActor | null {
    const user = { roles: this.#auth.roles(), consultantId: this.consultantId() };
    return engagementActor(user, engagement.consultants.map((consultant) => consultant.id));
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
  #replace(moved: TransitionResult): void {
    this.#state.update((state) => {
      if (!state.loaded) {
        return state;
      }
      const { stage, stageEnteredAt, version, lead } = moved;
      const engagements = state.loaded.engagements.map((engagement) =>
        engagement.id === moved.id ? { ...engagement, stage, stageEnteredAt, version, lead } : engagement,
      );
      return { ...state, loaded: { ...state.loaded, engagements } };
    });
  }
}
