import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { RouterLink } from '@angular/router';
import type { LateItem } from '@bep/contracts';
import type { LateKind } from '@bep/domain';
import type { LateGroup } from '@bep/web/dashboard/data-access';
import { BepNumberPipe } from '@bep/web/shared/i18n';
import { TranslocoPipe } from '@jsverse/transloco';

/** Communes a group names before "and N more". */
const SHOWN_PER_GROUP = 5;

/**
 * The query parameter the commune page reads to open its activity form for a diagnostic to
 * schedule (`/communes/92142?planifier=diagnostic`).
 */
export const SCHEDULE_QUERY = { planifier: 'diagnostic' } as const;

/** The one action of each kind, on each commune of its group (the questionnaires' is the group's, for managers). */
const COMMUNE_ACTIONS: Readonly<Record<Exclude<LateKind, 'survey-unanswered'>, { key: string; query: Record<string, string> | null }>> = {
  'diagnostic-not-scheduled': { key: 'today.late.actions.schedule', query: SCHEDULE_QUERY },
  'activity-overdue': { key: 'today.late.actions.open', query: null },
};

/**
 * What is late, by kind, what needs a person first: each group with its count, its first communes
 * and its action: schedule the diagnostic, open the commune, or (managers) send the
 * questionnaires' reminders now.
 */
@Component({
  selector: 'bep-late-groups',
  imports: [BepNumberPipe, MatButtonModule, MatProgressSpinnerModule, RouterLink, TranslocoPipe],
  templateUrl: './late-groups.html',
  styleUrl: './late-groups.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LateGroups {
  readonly groups = input.required<LateGroup[]>();
  /** Managers may send the reminders now (the API refuses anyone else). */
  readonly canSendReminders = input(false);
  readonly sending = input(false);
  readonly sendReminders = output<void>();

  protected shown(group: LateGroup): LateItem[] {
    return group.items.slice(0, SHOWN_PER_GROUP);
  }

  protected action(kind: LateKind): { key: string; query: Record<string, string> | null } | null {
    return kind === 'survey-unanswered' ? null : COMMUNE_ACTIONS[kind];
  }
}
