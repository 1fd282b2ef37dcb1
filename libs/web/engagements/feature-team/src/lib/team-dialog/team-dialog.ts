import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, type Signal, signal, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import type { AssignmentsRequest, ConsultantSummary, ConsultantWorkload, EngagementListItem } from '@bep/contracts';
import { apiFailure, type ApiFailure, FailureTextPipe, type FailureWording, ProblemMessagePipe } from '@bep/web/shared/data-access';
import { BepNumberPipe, BepPluralPipe } from '@bep/web/shared/i18n';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * Every consultant's load (GET /api/consultants/workload) as the dialog reads it: the WorkloadStore
 * of @bep/web/consultants/data-access fits it. Declared here so that the engagements' libraries
 * never depend on the consultants' ones.
 */
export interface TeamWorkload {
  items: Signal<readonly ConsultantWorkload[]>;
  loaded: Signal<boolean>;
  loading: Signal<boolean>;
  /** The failed load, for problemMessage. */
  error: Signal<unknown>;
  load(): void;
}

export interface TeamDialogData<Saved> {
  /** The engagement whose team changes: its commune (named in the title) and its team now. */
  engagement: Pick<EngagementListItem, 'commune' | 'lead' | 'consultants'>;
  /** Every consultant's load, the page's own store: the dialog loads it if the page has not. */
  workload: TeamWorkload;
  /** Saves the team through the page's store (PUT /api/engagements/:id/assignments); rejects with the failed call. */
  save(request: AssignmentsRequest): Promise<Saved>;
}

/** A consultant the dialog offers, with their office and load (null for a team member the workload does not know). */
export interface TeamOption {
  id: string;
  name: string;
  active: boolean;
  load: { office: ConsultantSummary['office']; activeEngagements: number } | null;
}

/** 422: the server refuses one of the consultants (unknown, or no longer active). */
const TEAM_FAILURES: FailureWording = { statuses: { 422: 'team.invalid' } };

/**
 * Sets an engagement's team: the consultants as checkboxes (each with their office and load), the
 * lead as a radio button among the ticked ones. Saves through the page (`save`), shows a refusal
 * without losing the choices, and closes with what `save` resolved with, or nothing when cancelled.
 */
@Component({
  selector: 'bep-team-dialog',
  imports: [BepNumberPipe, BepPluralPipe, FailureTextPipe, MatButtonModule, MatCheckboxModule, MatDialogModule, MatProgressBarModule, MatRadioModule, ProblemMessagePipe, TranslocoPipe],
  templateUrl: './team-dialog.html',
  styleUrl: './team-dialog.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TeamDialog<Saved> {
  protected readonly data = inject<TeamDialogData<Saved>>(MAT_DIALOG_DATA);
  readonly #dialogRef = inject<MatDialogRef<TeamDialog<Saved>, Saved>>(MatDialogRef);
  private readonly leadFieldset = viewChild<ElementRef<HTMLElement>>('leadFieldset');

  protected readonly workload = this.data.workload;
  protected readonly failures = TEAM_FAILURES;
  protected readonly chosen = signal<ReadonlySet<string>>(new Set(this.data.engagement.consultants.map((member) => member.id)));
  protected readonly leadId = signal<string | null>(this.data.engagement.lead?.id ?? null);
  protected readonly leadMissing = signal(false);
  protected readonly submitting = signal(false);
  protected readonly failure = signal<ApiFailure | null>(null);

  /** The active consultants, and those of the team who are no longer active (so that they can be taken off). */
  protected readonly options = computed<TeamOption[]>(() => {
    const team = this.data.engagement.consultants;
    const known = this.workload.items().filter(({ consultant }) => consultant.active || team.some((member) => member.id === consultant.id));
    const unknown = team.filter((member) => !known.some(({ consultant }) => consultant.id === member.id));
    return [
      ...known.map(({ consultant: { id, name, active, office }, activeEngagements }) => ({
        id,
        name,
        active,
        load: { office, activeEngagements: activeEngagements.total },
      })),
      ...unknown.map(({ id, name }) => ({ id, name, active: false, load: null })),
    ];
  });

  /** The ticked consultants, in the order of the list: the choices for the lead. */
  protected readonly members = computed(() => this.options().filter((option) => this.chosen().has(option.id)));

  constructor() {
    if (!this.workload.loaded() && !this.workload.loading()) {
      this.workload.load();
    }
  }

  protected toggle(id: string, ticked: boolean): void {
    const chosen = new Set(this.chosen());
    if (ticked) {
      chosen.add(id);
    } else {
      chosen.delete(id);
    }
    this.chosen.set(chosen);
    const lead = this.leadId();
    if (lead !== null && !chosen.has(lead)) {
      // The lead is one of the team: untick them and the team has no lead until one is chosen.
      this.leadId.set(null);
    } else if (lead === null && chosen.size === 1) {
      // A team of one: its only member leads it.
      this.leadId.set([...chosen][0]);
    }
  }

  protected chooseLead(id: string): void {
    this.leadId.set(id);
    this.leadMissing.set(false);
  }

  protected async save(): Promise<void> {
    if (this.submitting()) {
      return;
    }
    const consultantIds = this.members().map((member) => member.id);
    const leadId = consultantIds.length ? this.leadId() : null;
    if (consultantIds.length && leadId === null) {
      this.leadMissing.set(true);
      this.leadFieldset()?.nativeElement.querySelector<HTMLInputElement>('input')?.focus();
      return;
    }
    this.submitting.set(true);
    this.failure.set(null);
    try {
      this.#dialogRef.close(await this.data.save({ leadId, consultantIds }));
    } catch (error) {
      this.failure.set(apiFailure(error));
    } finally {
      this.submitting.set(false);
    }
  }
}
