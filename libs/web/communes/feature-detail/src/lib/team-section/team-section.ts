import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { EngagementDetail } from '@bep/contracts';
import { CommunePageStore } from '@bep/web/communes/data-access';
import { WorkloadStore } from '@bep/web/consultants/data-access';
import { TeamDialog, type TeamDialogData } from '@bep/web/engagements/feature-team';
import { TranslocoPipe } from '@jsverse/transloco';
import { Badge } from '../shared/badge';
import { PageDialogs } from '../shared/page-dialogs';

/** The consultants assigned to the engagement, the lead first; managers change the team. */
@Component({
  selector: 'bep-team-section',
  imports: [Badge, MatButtonModule, TranslocoPipe],
  // The consultants' loads, asked for when the manager first opens the team dialog.
  providers: [WorkloadStore],
  template: `
    <div class="section-header">
      <h2 id="team-heading">{{ 'commune.team.heading' | transloco }}</h2>
      @if (store.permissions().assignTeam) {
        <button mat-stroked-button type="button" (click)="change()">{{ 'commune.team.change' | transloco }}</button>
      }
    </div>
    @if (store.engagement.value()) {
      @if (team().length) {
        <ul class="team">
          @for (consultant of team(); track consultant.id) {
            <li>
              {{ consultant.name }}
              @if (consultant.isLead) {
                <bep-badge>{{ 'commune.team.lead' | transloco }}</bep-badge>
              }
            </li>
          }
        </ul>
      } @else {
        <p class="bep-empty-state">{{ 'commune.team.empty' | transloco }}</p>
      }
    }
  `,
  styleUrl: '../shared/section.css',
  styles: `
    .team {
      margin: 0;
      padding-left: 1.25rem;
      line-height: 2;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TeamSection {
  protected readonly store = inject(CommunePageStore);
  readonly #dialogs = inject(PageDialogs);
  readonly #workload = inject(WorkloadStore);

  protected readonly team = computed(() =>
    [...(this.store.engagement.value()?.consultants ?? [])].sort((a, b) => Number(b.isLead) - Number(a.isLead)),
  );

  protected async change(): Promise<void> {
    const engagement = this.store.engagement.value();
    if (!engagement) return;
    const saved = await this.#dialogs.open<TeamDialog<EngagementDetail>, TeamDialogData<EngagementDetail>, EngagementDetail>(TeamDialog, {
      engagement,
      workload: this.#workload,
      save: ({ leadId, consultantIds }) => this.store.assign(leadId, consultantIds),
    });
    if (saved) this.#dialogs.announce('commune.team.saved');
  }
}
