import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import type { ConsultantList, ConsultantSummary, EngagementDetail } from '@bep/contracts';
import { CommunePageStore } from '@bep/web/communes/data-access';
import { PipelineApi } from '@bep/web/engagements/data-access';
import { apiFailure, type ApiFailure, FailureTextPipe, Loadable } from '@bep/web/shared/data-access';
import { TranslocoPipe } from '@jsverse/transloco';
import { COMMUNE_FAILURES } from '../shared/commune-failures';
import { LoadStatus } from '../shared/load-status';

export interface TeamDialogData {
  engagement: EngagementDetail;
}

/** A consultant the dialog offers; the office is unknown for a team member no longer listed. */
interface ConsultantOption {
  id: string;
  name: string;
  office: ConsultantSummary['office'] | null;
}

/** Every Ocalia consultant fits in one page. */
const CONSULTANTS_PAGE = 200;

/**
 * Picks the engagement's consultants among the active ones, and its lead among those picked
 * (managers). Closes with the engagement as the server answers it.
 */
@Component({
  selector: 'bep-team-dialog',
  imports: [FailureTextPipe, FormsModule, LoadStatus, MatButtonModule, MatCheckboxModule, MatDialogModule, MatProgressBarModule, MatRadioModule, TranslocoPipe],
  templateUrl: './team-dialog.html',
  styleUrl: '../shared/dialog-form.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TeamDialog {
  protected readonly failures = COMMUNE_FAILURES;
  readonly #store = inject(CommunePageStore);
  readonly #api = inject(PipelineApi);
  readonly #dialogRef = inject<MatDialogRef<TeamDialog, EngagementDetail>>(MatDialogRef);
  protected readonly engagement = inject<TeamDialogData>(MAT_DIALOG_DATA).engagement;

  protected readonly consultants = new Loadable<ConsultantList>();
  protected readonly chosen = signal<ReadonlySet<string>>(new Set(this.engagement.consultants.map((consultant) => consultant.id)));
  protected readonly leadId = signal<string | null>(this.engagement.lead?.id ?? null);
  protected readonly submitted = signal(false);
  protected readonly submitting = signal(false);
  protected readonly failure = signal<ApiFailure | null>(null);

  /** The active consultants, then those of the team who are no longer active (so that they can be unchecked). */
  protected readonly options = computed<ConsultantOption[]>(() => {
    const active: ConsultantOption[] = (this.consultants.value()?.items ?? []).filter((consultant) => consultant.active);
    const listed = new Set(active.map((consultant) => consultant.id));
    const departed = this.engagement.consultants.filter((member) => !listed.has(member.id)).map(({ id, name }) => ({ id, name, office: null }));
    return [...active, ...departed];
  });

  protected readonly leadOptions = computed(() => this.options().filter((option) => this.chosen().has(option.id)));
  protected readonly leadMissing = computed(() => {
    const lead = this.leadId();
    return this.chosen().size > 0 && !(lead && this.chosen().has(lead));
  });

  constructor() {
    this.loadConsultants();
  }

  protected loadConsultants(): void {
    this.consultants.load(this.#api.consultants({ active: true, limit: CONSULTANTS_PAGE }));
  }

  protected toggle(id: string, checked: boolean): void {
    const chosen = new Set(this.chosen());
    if (checked) {
      chosen.add(id);
    } else {
      chosen.delete(id);
    }
    this.chosen.set(chosen);
    // The only consultant is the lead; a lead who leaves the team is no longer the lead.
    const lead = this.leadId();
    if (chosen.size === 1) {
      this.leadId.set([...chosen][0]);
    } else if (lead && !chosen.has(lead)) {
      this.leadId.set(null);
    }
  }

  protected async submit(): Promise<void> {
    this.submitted.set(true);
    if (this.submitting() || this.leadMissing()) return;
    this.submitting.set(true);
    this.failure.set(null);
    const consultantIds = this.options()
      .map((option) => option.id)
      .filter((id) => this.chosen().has(id));
    try {
      this.#dialogRef.close(await this.#store.assign(consultantIds.length ? this.leadId() : null, consultantIds));
    } catch (error) {
      this.failure.set(apiFailure(error));
    } finally {
      this.submitting.set(false);
    }
  }
}
