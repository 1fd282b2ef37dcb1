import { ChangeDetectionStrategy, Component, computed, inject, Injector, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { EngagementListItem } from '@bep/contracts';
import { ALL_STAGES, type Stage } from '@bep/domain';
import { AssignmentStore, WorkloadStore } from '@bep/web/consultants/data-access';
import { TeamDialog, type TeamDialogData } from '@bep/web/engagements/feature-team';
import { BepNumberPipe, BepPluralPipe } from '@bep/web/shared/i18n';
import { ProblemMessagePipe } from '@bep/web/shared/data-access';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';

/**
 * "Équipes des communes": the manager looks for an engagement by commune and stage, and opens the
 * team dialog (@bep/web/engagements/feature-team) to set its consultants and lead. Says when a team is saved and tells the page, whose
 * workload figures change with it.
 */
@Component({
  selector: 'bep-assignment-panel',
  imports: [BepNumberPipe, BepPluralPipe, MatButtonModule, MatFormFieldModule, MatInputModule, MatProgressBarModule, ProblemMessagePipe, ReactiveFormsModule, TranslocoPipe],
  templateUrl: './assignment-panel.html',
  styleUrl: './assignment-panel.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AssignmentPanel {
  protected readonly store = inject(AssignmentStore);
  readonly #dialog = inject(MatDialog);
  readonly #injector = inject(Injector);

  /** The consultants a team can be made of, with their load: the page's, reloaded after a change of team. */
  protected readonly workload = inject(WorkloadStore);
  /** An engagement's team changed. */
  readonly teamChanged = output<EngagementListItem>();

  protected readonly stages = ALL_STAGES;
  protected readonly search = inject(NonNullableFormBuilder).group({ q: '', stage: '' as Stage | '' });
  /** The commune whose team was just saved, announced in the status region. */
  protected readonly saved = signal<string | null>(null);

  protected readonly shownPartly = computed(() => this.store.total() > this.store.items().length);

  constructor() {
    this.store.find();
  }

  protected find(): void {
    this.store.find(this.search.getRawValue());
  }

  protected teamNames(engagement: EngagementListItem): string {
    return engagement.consultants.map((member) => member.name).join(', ');
  }

  protected async editTeam(engagement: EngagementListItem): Promise<void> {
    if (!this.workload.loaded()) {
      return;
    }
    this.saved.set(null);
    const data: TeamDialogData<EngagementListItem> = {
      engagement,
      workload: this.workload,
      save: (request) => this.store.assign(engagement.id, request),
    };
    const changed = await firstValueFrom(
      this.#dialog
        .open<TeamDialog<EngagementListItem>, TeamDialogData<EngagementListItem>, EngagementListItem>(TeamDialog, {
          data,
          width: '32rem',
          maxWidth: '95vw',
          injector: this.#injector,
        })
        .afterClosed(),
    );
    if (changed) {
      this.saved.set(changed.commune.name);
      this.teamChanged.emit(changed);
    }
  }
}
