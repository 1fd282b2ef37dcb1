import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, signal, viewChild } from '@angular/core';
import type { Activity } from '@bep/contracts';
import { CommunePageStore } from '@bep/web/communes/data-access';
import { apiFailure, type ApiFailure, FailureTextPipe } from '@bep/web/shared/data-access';
import { TranslocoPipe } from '@jsverse/transloco';
import { ActivityForm, OUTCOME_MAX_LENGTH } from '../activity-form/activity-form';
import { COMMUNE_FAILURES } from '../shared/commune-failures';
import { LoadStatus } from '../shared/load-status';
import { PageDialogs } from '../shared/page-dialogs';
import { ActivityCard } from './activity-card';

/** What failed, on which activity, to say it next to the lists. */
interface ActionFailure {
  subject: string;
  failure: ApiFailure;
}

const time = (instant: string | null) => (instant ? Date.parse(instant) : Number.POSITIVE_INFINITY);

/**
 * The engagement's activities: what is planned (soonest first) and what was done (latest first).
 * Managers and the consultants of the team log and schedule them, mark them done, delete them.
 */
@Component({
  selector: 'bep-activities-section',
  imports: [ActivityCard, ActivityForm, FailureTextPipe, LoadStatus, TranslocoPipe],
  templateUrl: './activities-section.html',
  styleUrls: ['../shared/section.css', './activities-section.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ActivitiesSection {
  /** How the failures of this part of the page are worded. */
  protected readonly failures = COMMUNE_FAILURES;
  protected readonly store = inject(CommunePageStore);
  readonly #dialogs = inject(PageDialogs);

  protected readonly canAct = computed(() => this.store.permissions().actor !== null);

  /** Not done yet, the soonest first; an entry without a date last. */
  protected readonly upcoming = computed(() =>
    (this.store.activities.value() ?? []).filter((activity) => !activity.completedAt).sort((a, b) => time(a.scheduledAt) - time(b.scheduledAt)),
  );

  /** Done, the latest first (when it took place, or when it was marked done). */
  protected readonly done = computed(() =>
    (this.store.activities.value() ?? [])
      .filter((activity) => activity.completedAt)
      .sort((a, b) => time(b.scheduledAt ?? b.completedAt) - time(a.scheduledAt ?? a.completedAt)),
  );

  /** The two lists the section shows, with their words: the same markup serves both. */
  protected readonly groups = computed(() => [
    { key: 'upcoming', empty: 'noUpcoming', pending: true, activities: this.upcoming() },
    { key: 'done', empty: 'noDone', pending: false, activities: this.done() },
  ]);

  /** Where the focus goes when the activity it was on leaves its list. */
  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');

  protected readonly busy = signal<string | null>(null);
  protected readonly actionFailure = signal<ActionFailure | null>(null);

  protected async complete(activity: Activity): Promise<void> {
    const text = (key: string) => this.#dialogs.translate(`commune.completeDialog.${key}`, { subject: activity.subject });
    const outcome = await this.#dialogs.prompt({
      title: text('title'),
      label: text('outcome'),
      hint: text('outcomeHint'),
      maxLength: OUTCOME_MAX_LENGTH,
      tooLong: this.#dialogs.translate('commune.activityForm.outcomeTooLong'),
      confirmLabel: text('confirm'),
    });
    if (outcome === null) return;
    await this.#act(activity, async () => {
      await this.store.updateActivity(activity.id, { completed: true, outcome: outcome || null });
      this.heading().nativeElement.focus();
      this.#dialogs.announce('commune.activities.completed', { subject: activity.subject });
    });
  }

  protected async remove(activity: Activity): Promise<void> {
    if (!(await this.#dialogs.confirm('commune.activities.deleteConfirm', { subject: activity.subject }))) return;
    await this.#act(activity, async () => {
      await this.store.deleteActivity(activity.id);
      this.heading().nativeElement.focus();
      this.#dialogs.announce('commune.activities.deleted', { subject: activity.subject });
    });
  }

  async #act(activity: Activity, action: () => Promise<void>): Promise<void> {
    this.busy.set(activity.id);
    this.actionFailure.set(null);
    try {
      await action();
    } catch (error) {
      this.actionFailure.set({ subject: activity.subject, failure: apiFailure(error) });
    } finally {
      this.busy.set(null);
    }
  }
}
