import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { CommunePageStore, CommunesStore, nextDue } from '@bep/web/communes/data-access';
import { EngagementInvoices } from '@bep/web/invoices/feature';
import { BepNumberPipe } from '@bep/web/shared/i18n';
import { TranslocoPipe } from '@jsverse/transloco';
import { ActivitiesSection } from '../activities-section/activities-section';
import { BillingSection } from '../billing-section/billing-section';
import { ContactsSection } from '../contacts-section/contacts-section';
import { NextDueNote } from '../next-due/next-due-note';
import { QuickLogButtons } from '../quick-log/quick-log-buttons';
import { LoadStatus } from '../shared/load-status';
import { PageDialogs } from '../shared/page-dialogs';
import { StageStepper } from '../stage-stepper/stage-stepper';
import { SurveySection } from '../survey-section/survey-section';
import { TeamSection } from '../team-section/team-section';
import { TimelineSection } from '../timeline-section/timeline-section';

/**
 * /communes/:nis: one commune, its engagement in the current campaign (stage, team, history,
 * activities, its maturity questionnaire), its contacts and how it is billed. Each section loads, fails and retries on its own.
 */
@Component({
  selector: 'bep-commune-page',
  imports: [
    ActivitiesSection,
    BepNumberPipe,
    BillingSection,
    ContactsSection,
    EngagementInvoices,
    LoadStatus,
    NextDueNote,
    QuickLogButtons,
    RouterLink,
    StageStepper,
    SurveySection,
    TeamSection,
    TimelineSection,
    TranslocoPipe,
  ],
  providers: [CommunePageStore, PageDialogs],
  templateUrl: './commune-page.html',
  styleUrl: './commune-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CommunePage {
  /** The commune's NIS code, from the route. */
  readonly nis = input.required<string>();

  protected readonly store = inject(CommunePageStore);
  /** The table's filters, for the way back to the same view. */
  protected readonly tableQuery = inject(CommunesStore).tableQuery;

  protected readonly commune = this.store.commune.value;
  protected readonly engagement = this.store.engagement.value;
  protected readonly team = computed(() =>
    (this.engagement()?.consultants ?? [])
      .map((consultant) => consultant.name)
      .join(', '),
  );

  /** The soonest planned activity, or what the stage calls for, once the activities are read. */
  protected readonly nextDue = computed(() => {
    const stage = this.engagement()?.stage ?? this.commune()?.engagement?.stage;
    const activities = this.store.activities.value();
    return stage && activities ? nextDue(stage, activities, Date.now()) : null;
  });

  constructor() {
    effect(() => {
      const nis = this.nis();
      untracked(() => this.store.open(nis));
    });
  }
}
