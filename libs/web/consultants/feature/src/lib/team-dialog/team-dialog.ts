import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, signal, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormRecord, NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import type { EngagementListItem } from '@bep/contracts';
import { AssignmentStore } from '@bep/web/consultants/data-access';
import { BepNumberPipe, BepPluralPipe } from '@bep/web/shared/i18n';
import { httpStatusOf, ProblemMessagePipe } from '@bep/web/shared/data-access';
import { TranslocoPipe } from '@jsverse/transloco';

/** A consultant the manager may put on the team. */
export interface TeamOption {
  id: string;
  name: string;
  office: 'BE' | 'FR';
  active: boolean;
  /** Active engagements now, to weigh the choice. */
  activeEngagements: number;
}

export interface TeamDialogData {
  engagement: EngagementListItem;
  /** The active consultants, and any inactive one still on the team (so that they can be taken off). */
  options: TeamOption[];
}

/**
 * Sets an engagement's team: the consultants as checkboxes, the lead as a radio button among the
 * ticked ones. Saves itself (the page's AssignmentStore), shows a refusal without losing the
 * choices, and closes with the engagement and its new team, or nothing when cancelled.
 */
@Component({
  selector: 'bep-team-dialog',
  imports: [BepNumberPipe, BepPluralPipe, MatButtonModule, MatCheckboxModule, MatDialogModule, MatProgressBarModule, MatRadioModule, ProblemMessagePipe, ReactiveFormsModule, TranslocoPipe],
  templateUrl: './team-dialog.html',
  styleUrl: './team-dialog.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TeamDialog {
  readonly #store = inject(AssignmentStore);
  readonly #dialogRef = inject<MatDialogRef<TeamDialog, EngagementListItem>>(MatDialogRef);
  protected readonly data = inject<TeamDialogData>(MAT_DIALOG_DATA);
  private readonly leadFieldset = viewChild<ElementRef<HTMLElement>>('leadFieldset');

  readonly #fb = inject(NonNullableFormBuilder);
  protected readonly form = this.#fb.group({
    consultants: new FormRecord<FormControl<boolean>>(
      Object.fromEntries(
        this.data.options.map((option) => [option.id, this.#fb.control(this.data.engagement.consultants.some((member) => member.id === option.id))]),
      ),
    ),
    lead: new FormControl<string | null>(this.data.engagement.lead?.id ?? null),
  });

  readonly #ticked = toSignal(this.form.controls.consultants.valueChanges, { initialValue: this.form.controls.consultants.getRawValue() });
  /** The ticked consultants, in the order of the list: the choices for the lead. */
  protected readonly members = computed(() => this.data.options.filter((option) => this.#ticked()[option.id]));

  protected readonly submitting = signal(false);
  /** Why the last save failed (an HttpErrorResponse). */
  protected readonly error = signal<unknown>(null);
  /** 422: the server refuses one of the consultants (unknown, or no longer active). */
  protected readonly refused = computed(() => httpStatusOf(this.error()) === 422);
  protected readonly leadMissing = signal(false);

  constructor() {
    this.form.controls.consultants.valueChanges.subscribe((ticked) => {
      const lead = this.form.controls.lead;
      const members = this.data.options.filter((option) => ticked[option.id]);
      if (lead.value !== null && !ticked[lead.value]) {
        // The lead is one of the team: untick them and the team has no lead until one is chosen.
        lead.setValue(null);
      } else if (lead.value === null && members.length === 1) {
        // A team of one: its only member leads it.
        lead.setValue(members[0].id);
      }
    });
    this.form.controls.lead.valueChanges.subscribe(() => this.leadMissing.set(false));
  }

  protected async save(): Promise<void> {
    if (this.submitting()) {
      return;
    }
    const consultantIds = this.members().map((member) => member.id);
    const leadId = this.form.controls.lead.value;
    if (consultantIds.length > 0 && leadId === null) {
      this.leadMissing.set(true);
      this.leadFieldset()?.nativeElement.querySelector<HTMLInputElement>('input')?.focus();
      return;
    }
    this.submitting.set(true);
    this.error.set(null);
    const outcome = await this.#store.assign(this.data.engagement.id, { leadId, consultantIds });
    this.submitting.set(false);
    if (outcome.ok) {
      this.#dialogRef.close(outcome.engagement);
    } else {
      this.error.set(outcome.error);
    }
  }
}
