import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { Reminder, ReminderDetail, ReminderEvent } from '@bep/contracts';
import { ReminderSettingsStore, RemindersApi } from '@bep/web/reminders/data-access';
import { FailureTextPipe, Loadable } from '@bep/web/shared/data-access';
import { BepDateTimePipe, BepNumberPipe, formatDateTime } from '@bep/web/shared/i18n';
import { TranslocoPipe } from '@jsverse/transloco';
import { eventDetailWords, type LogWords, ReminderOccurrencePipe } from '../reminder-words';

/** The reminder whose log to show; the reminder itself when the page has it (shown while the log loads). */
export interface ReminderLogData {
  reminderId: string;
  reminder?: Reminder;
}

/** Opens the log of a reminder. */
export function openReminderLog(dialog: MatDialog, data: ReminderLogData): void {
  dialog.open(ReminderLogDialog, { data, width: '44rem', maxWidth: '95vw', autoFocus: 'dialog' });
}

/**
 * A reminder and its log (GET /api/reminders/{id}): when it was queued, deferred to the sending
 * window, sent (and how), skipped (and why), failed (and the error), cancelled or sent now (and by
 * whom), oldest line first, in Brussels time.
 */
@Component({
  selector: 'bep-reminder-log-dialog',
  imports: [BepDateTimePipe, BepNumberPipe, FailureTextPipe, MatButtonModule, MatDialogModule, MatProgressBarModule, ReminderOccurrencePipe, RouterLink, TranslocoPipe],
  template: `
    <h2 mat-dialog-title>
      @if (reminder(); as reminder) {
        {{ 'reminders.log.titleOf' | transloco: { rule: ('reminders.rule.' + reminder.rule | transloco) } }}
      } @else {
        {{ 'reminders.log.title' | transloco }}
      }
    </h2>
    <mat-dialog-content>
      @if (detail.loading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'reminders.log.loading' | transloco" />
      }
      @if (detail.failure(); as failure) {
        <div class="bep-error-banner" role="alert">
          <p>
            <strong>{{ 'reminders.log.cannotLoad' | transloco }}</strong>
            {{ failure | failureText: { fallback: ('reminders.log.loadFailed' | transloco) } }}
          </p>
          <button mat-flat-button type="button" (click)="load()">{{ 'action.retry' | transloco }}</button>
        </div>
      }
      @if (reminder(); as reminder) {
        <dl class="summary" [attr.aria-label]="'reminders.log.summary' | transloco">
          <div>
            <dt>{{ 'reminders.log.status' | transloco }}</dt>
            <dd>{{ 'reminders.status.' + reminder.status | transloco }}</dd>
          </div>
          <div>
            <dt>{{ 'reminders.log.commune' | transloco }}</dt>
            <dd>
              @if (reminder.engagement; as engagement) {
                <a [routerLink]="['/communes', engagement.communeNis]" mat-dialog-close>{{ engagement.communeName }}</a>
              } @else {
                {{ 'reminders.wholeCampaign' | transloco }}
              }
            </dd>
          </div>
          @if (reminder | reminderOccurrence: settings.maxCount(reminder.rule); as words) {
            <div>
              <dt>{{ 'reminders.log.occurrence' | transloco }}</dt>
              <dd>{{ words.key | transloco: words.params }}</dd>
            </div>
          }
          <div>
            <dt>{{ 'reminders.log.dueAt' | transloco }}</dt>
            <dd><time [attr.datetime]="reminder.dueAt">{{ reminder.dueAt | bepDateTime }}</time></dd>
          </div>
          <div>
            <dt>{{ 'reminders.log.sendAt' | transloco }}</dt>
            <dd><time [attr.datetime]="reminder.sendAt">{{ reminder.sendAt | bepDateTime }}</time></dd>
          </div>
          @if (reminder.sentAt) {
            <div>
              <dt>{{ 'reminders.log.sentAt' | transloco }}</dt>
              <dd><time [attr.datetime]="reminder.sentAt">{{ reminder.sentAt | bepDateTime }}</time></dd>
            </div>
          }
          <div>
            <dt>{{ 'reminders.log.attempts' | transloco }}</dt>
            <dd>{{ reminder.attempts | bepNumber }}</dd>
          </div>
          @if (reminder.recipients?.length) {
            <div>
              <dt>{{ 'reminders.log.recipients' | transloco }}</dt>
              <dd>
                @for (recipient of reminder.recipients; track recipient.email; let last = $last) {
                  {{ recipient.name }} &lt;{{ recipient.email }}&gt;{{ last ? '' : ', ' }}
                }
              </dd>
            </div>
          }
          @if (reminder.skipReason) {
            <div>
              <dt>{{ 'reminders.log.reason' | transloco }}</dt>
              <dd>{{ 'reminders.skipReason.' + reminder.skipReason | transloco }}</dd>
            </div>
          }
          @if (reminder.lastError) {
            <div>
              <dt>{{ 'reminders.log.lastError' | transloco }}</dt>
              <dd class="error-text">{{ reminder.lastError }}</dd>
            </div>
          }
        </dl>
      }
      @if (detail.value(); as loaded) {
        <h3 class="events-heading">{{ 'reminders.log.events' | transloco }}</h3>
        @if (loaded.events.length) {
          <ol class="events">
            @for (event of loaded.events; track $index) {
              <li>
                <time class="at" [attr.datetime]="event.at">{{ event.at | bepDateTime: 'seconds' }}</time>&ngsp;
                <span class="kind">{{ 'reminders.log.kind.' + event.kind | transloco }}</span>&ngsp;
                @for (words of detailOf(event); track $index) {
                  @if (wordsText(words); as text) {
                    <span class="detail">{{ text }}</span>&ngsp;
                  } @else {
                    <span class="detail">{{ wordsKey(words) | transloco: wordsParams(words) }}</span>&ngsp;
                  }
                }
                <span class="actor">
                  @if (event.actor; as actor) {
                    {{ 'reminders.log.by' | transloco: { name: actor.name } }}
                  } @else {
                    {{ 'reminders.log.system' | transloco }}
                  }
                </span>
              </li>
            }
          </ol>
        } @else {
          <p>{{ 'reminders.log.empty' | transloco }}</p>
        }
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>{{ 'action.close' | transloco }}</button>
    </mat-dialog-actions>
  `,
  styles: `
    .summary {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 12rem), 1fr));
      gap: 0.5rem 1.5rem;
      margin: 0 0 1rem;
    }
    dt {
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .events-heading {
      margin: 0.5rem 0;
      font: var(--mat-sys-title-small);
    }
    .events {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .events li {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.75rem;
      padding: 0.5rem 0;
      border-top: 1px solid var(--mat-sys-outline-variant);
      overflow-wrap: anywhere;
    }
    .at {
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
    .kind {
      font-weight: 500;
    }
    .detail,
    .actor {
      color: var(--mat-sys-on-surface-variant);
    }
    .error-text {
      overflow-wrap: anywhere;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReminderLogDialog {
  readonly #data = inject<ReminderLogData>(MAT_DIALOG_DATA);
  readonly #api = inject(RemindersApi);
  protected readonly settings = inject(ReminderSettingsStore);
  protected readonly detail = new Loadable<ReminderDetail>();

  /** The reminder as its log says it is now, else as the page had it. */
  protected reminder(): Reminder | null {
    return this.detail.value() ?? this.#data.reminder ?? null;
  }

  constructor() {
    this.load();
  }

  protected load(): void {
    this.detail.load(this.#api.get(this.#data.reminderId));
  }

  protected detailOf(event: ReminderEvent): LogWords[] {
    return eventDetailWords(event, (instant) => formatDateTime(instant));
  }

  protected wordsText(words: LogWords): string | null {
    return 'text' in words ? words.text : null;
  }

  protected wordsKey(words: LogWords): string {
    return 'key' in words ? words.key : '';
  }

  protected wordsParams(words: LogWords): Record<string, unknown> | undefined {
    return 'key' in words ? words.params : undefined;
  }
}
