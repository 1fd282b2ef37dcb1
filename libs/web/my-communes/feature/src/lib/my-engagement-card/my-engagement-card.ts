import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { Activity } from '@bep/contracts';
import { isClosedStage } from '@bep/domain';
import { NextDueNote, QuickLogButtons } from '@bep/web/communes/feature-detail';
import type { MyEngagement } from '@bep/web/my-communes/data-access';
import { ReminderNamePipe, type ReminderSeriesLengths } from '@bep/web/notifications/data-access';
import { BepDayMonthPipe, BepNumberPipe, BepPluralPipe, BepTimePipe } from '@bep/web/shared/i18n';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * One of the consultant's engagements as a card (phones and tablets first): the commune (a link to
 * its page), what is due next and the quick log of a call, a note or a meeting (first, for a thumb),
 * its stage and how long it has been there, its next reminders (Brussels time), the consultant's
 * place in the team, and the quick move to the next stage when the rules allow it.
 */
@Component({
  selector: 'bep-my-engagement-card',
  imports: [
    BepDayMonthPipe,
    BepNumberPipe,
    BepPluralPipe,
    BepTimePipe,
    MatButtonModule,
    NextDueNote,
    QuickLogButtons,
    ReminderNamePipe,
    RouterLink,
    TranslocoPipe,
  ],
  templateUrl: './my-engagement-card.html',
  styleUrl: './my-engagement-card.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyEngagementCard {
  readonly engagement = input.required<MyEngagement>();
  /** How long the campaign's reminder series are, for "Rappel questionnaire (2 sur 3)". */
  readonly seriesLengths = input<ReminderSeriesLengths | null>(null);
  /** A move of this engagement is under way. */
  readonly moving = input(false);
  /** The consultant asks to move the engagement to its next stage. */
  readonly moveRequested = output<MyEngagement>();
  /** The consultant logged a call, a note or a meeting on it (the quick log has said so). */
  readonly logged = output<Activity>();

  protected readonly isClosedStage = isClosedStage;
}
