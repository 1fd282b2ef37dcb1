import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { EngagementDetail } from '@bep/contracts';
import { CommunePageStore } from '@bep/web/communes/data-access';
import { TranslocoPipe } from '@jsverse/transloco';
import { TeamDialog, type TeamDialogData } from '../team-dialog/team-dialog';
import { Badge } from '../shared/badge';
import { PageDialogs } from '../shared/page-dialogs';

/** The consultants assigned to the engagement, the lead first; managers change the team. */
@Component({
  selector: 'bep-team-section',
  imports: [Badge, MatButtonModule, TranslocoPipe],
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

  protected readonly team = computed(() =>
    [...(this.store.engagement.value()?.consultants ?? [])].sort((a, b) => Number(b.isLead) - Number(a.isLead)),
  );

  protected async change(): Promise<void> {
    const engagement = this.store.engagement.value();
    if (!engagement) return;
    const saved = await this.#dialogs.open<TeamDialog, TeamDialogData, EngagementDetail>(TeamDialog, { engagement }, '30rem');
    if (saved) this.#dialogs.announce('commune.team.saved');
  }
}
