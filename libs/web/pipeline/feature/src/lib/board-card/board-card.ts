import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatMenuModule } from '@angular/material/menu';
import { RouterLink } from '@angular/router';
import type { Stage } from '@bep/domain';
import type { MoveTarget } from '@bep/web/engagements/data-access';
import type { BoardCard as Card } from '@bep/web/pipeline/data-access';
import { BepDateTimePipe, BepNumberPipe } from '@bep/web/shared/i18n';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * One commune on the board: where it stands and what comes next, a link to its page, and the
 * "Déplacer vers…" menu (the keyboard and screen-reader way to do what dragging does), listing
 * only the stages the user may send it to. No menu when there is none.
 */
@Component({
  selector: 'bep-board-card',
  imports: [BepDateTimePipe, BepNumberPipe, MatButtonModule, MatMenuModule, RouterLink, TranslocoPipe],
  templateUrl: './board-card.html',
  styleUrl: './board-card.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BoardCard {
  readonly card = input.required<Card>();
  readonly targets = input.required<readonly MoveTarget[]>();
  /** The move waits for the server's answer. */
  readonly moving = input(false);
  readonly moveTo = output<Stage>();
}
