import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { Activity } from '@bep/contracts';
import type { AgendaRow } from '@bep/domain';
import { BepTimePipe, BepWeekdayDatePipe } from '@bep/web/shared/i18n';
import { TranslocoPipe } from '@jsverse/transloco';

/** How a day is named after its date: today and tomorrow by name, the others by their weekday alone. */
const DAY_NAMES: Readonly<Record<number, string>> = { 0: 'today.agenda.today', 1: 'today.agenda.tomorrow' };

/**
 * The agenda of the coming days, one block per Brussels day ("Aujourd'hui", "Demain", then the
 * weekday), each activity with its time, kind, commune (linked), place (the commune while none is
 * given) and consultants. Empty days say so in a line, those in a row together ("Du mercredi
 * 18 mars au lundi 23 mars").
 */
@Component({
  selector: 'bep-agenda-days',
  imports: [BepTimePipe, BepWeekdayDatePipe, RouterLink, TranslocoPipe],
  templateUrl: './agenda-days.html',
  styleUrl: './agenda-days.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AgendaDays {
  readonly rows = input.required<AgendaRow<Activity>[]>();

  protected readonly dayNames = DAY_NAMES;

  /** The consultants taking part, by name. */
  protected consultantNames(activity: Activity): string {
    return activity.participants.consultants.map((consultant) => consultant.name).join(', ');
  }
}
