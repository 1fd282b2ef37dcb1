import { afterNextRender, ChangeDetectionStrategy, Component, ElementRef, inject, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule } from '@angular/material/dialog';
import type { MailMessage } from '@bep/contracts';
import { BepDateTimePipe } from '@bep/web/shared/i18n';
import { TranslocoPipe } from '@jsverse/transloco';
import { openReminderLog } from '../log/reminder-log-dialog';

/**
 * One message of the outbox as its recipients got it: the HTML version in a sandboxed frame (an
 * empty `sandbox`: no script, no form, no navigation of this page, an origin of its own), the plain
 * text version under it, and whether it left by SMTP or stayed in the in-app outbox.
 */
@Component({
  selector: 'bep-mail-message-dialog',
  imports: [BepDateTimePipe, MatButtonModule, MatDialogModule, TranslocoPipe],
  template: `
    <h2 mat-dialog-title>{{ message.subject }}</h2>
    <mat-dialog-content>
      <p class="transport" [class.outbox]="message.transport === 'outbox'">
        {{ 'reminders.outbox.transportLong.' + message.transport | transloco }}
      </p>
      <dl class="headers">
        <div>
          <dt>{{ 'reminders.outbox.message.from' | transloco }}</dt>
          <dd>{{ message.from }}</dd>
        </div>
        <div>
          <dt>{{ 'reminders.outbox.message.to' | transloco }}</dt>
          <dd>
            @for (recipient of message.to; track recipient.email; let last = $last) {
              {{ recipient.name }} &lt;{{ recipient.email }}&gt;{{ last ? '' : ', ' }}
            }
          </dd>
        </div>
        <div>
          <dt>{{ 'reminders.outbox.message.date' | transloco }}</dt>
          <dd><time [attr.datetime]="message.sentAt">{{ message.sentAt | bepDateTime }}</time></dd>
        </div>
      </dl>
      <iframe
        #frame
        class="rendered"
        sandbox=""
        referrerpolicy="no-referrer"
        [title]="'reminders.outbox.message.frame' | transloco: { subject: message.subject }"
      ></iframe>
      <p class="note">{{ 'reminders.outbox.message.linksInactive' | transloco }}</p>
      <details class="plain">
        <summary>{{ 'reminders.outbox.message.text' | transloco }}</summary>
        <pre class="text">{{ message.text }}</pre>
      </details>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      @if (message.reminderId) {
        <button mat-button type="button" (click)="showLog()">{{ 'reminders.outbox.message.showLog' | transloco }}</button>
      }
      <button mat-button type="button" mat-dialog-close>{{ 'action.close' | transloco }}</button>
    </mat-dialog-actions>
  `,
  styles: `
    .transport {
      margin: 0 0 0.75rem;
      padding: 0.5rem 0.75rem;
      border-left: 4px solid var(--mat-sys-primary);
      background: var(--mat-sys-surface-container);
    }
    .transport.outbox {
      border-left-color: var(--mat-sys-tertiary);
    }
    .headers {
      display: grid;
      gap: 0.25rem;
      margin: 0 0 0.75rem;
    }
    .headers div {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.5rem;
    }
    dt {
      min-width: 3.5rem;
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .rendered {
      display: block;
      width: 100%;
      height: min(60vh, 36rem);
      margin-top: 0.75rem;
      border: 1px solid var(--mat-sys-outline-variant);
      background: #ffffff;
    }
    .note {
      margin: 0.25rem 0 0;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .plain {
      margin-top: 0.75rem;
    }
    .plain summary {
      cursor: pointer;
      color: var(--mat-sys-primary);
    }
    .text {
      margin: 0.5rem 0 0;
      padding: 0.75rem;
      border: 1px solid var(--mat-sys-outline-variant);
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      font: var(--mat-sys-body-medium);
      font-family: monospace;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MailMessageDialog {
  protected readonly message = inject<MailMessage>(MAT_DIALOG_DATA);
  readonly #dialog = inject(MatDialog);

  private readonly frame = viewChild.required<ElementRef<HTMLIFrameElement>>('frame');

  constructor() {
    // The message's own HTML, as sent, written straight into the frame: Angular's sanitizer would
    // strip the inline styles mail clients need. The frame's empty `sandbox` (static, set before
    // its document) runs no script and lets nothing reach this page.
    afterNextRender(() => {
      this.frame().nativeElement.srcdoc = this.message.html;
    });
  }

  protected showLog(): void {
    if (this.message.reminderId) openReminderLog(this.#dialog, { reminderId: this.message.reminderId });
  }
}

/** Opens a message of the outbox. */
export function openMailMessage(dialog: MatDialog, message: MailMessage): void {
  dialog.open(MailMessageDialog, { data: message, width: '52rem', maxWidth: '95vw', autoFocus: 'dialog' });
}
