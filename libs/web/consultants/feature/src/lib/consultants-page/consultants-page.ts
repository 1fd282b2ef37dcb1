import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { AssignmentStore, WorkloadStore } from '@bep/web/consultants/data-access';
import { ProblemMessagePipe } from '@bep/web/shared/data-access';
import { TranslocoPipe } from '@jsverse/transloco';
import { AssignmentPanel } from '../assignment-panel/assignment-panel';
import { WorkloadCard } from '../workload-card/workload-card';

/**
 * Consultants (managers): each consultant's workload against their capacity, and the teams of the
 * communes. A saved team reloads the workload, whose engagement counts change with it.
 */
@Component({
  selector: 'bep-consultants-page',
  imports: [AssignmentPanel, MatButtonModule, MatProgressBarModule, ProblemMessagePipe, TranslocoPipe, WorkloadCard],
  providers: [WorkloadStore, AssignmentStore],
  templateUrl: './consultants-page.html',
  styleUrl: './consultants-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConsultantsPage {
  protected readonly workload = inject(WorkloadStore);

  constructor() {
    this.workload.load();
  }
}
