import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import type { AuditEntry } from '@bep/contracts';
import { BepDateTimePipe } from '@bep/web/shared/i18n';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuditLabelPipe } from '../audit-labels';
import { AuditSentencePipe } from '../audit-wording/audit-sentence.pipe';

/** One entry of the audit log, with the state of the entity before and after the change. */
@Component({
  selector: 'bep-audit-entry-dialog',
  imports: [AuditLabelPipe, AuditSentencePipe, BepDateTimePipe, MatButtonModule, MatDialogModule, TranslocoPipe],
  template: `
    <h2 mat-dialog-title>{{ entry.action | auditLabel: 'actions' }} · {{ entry.entityType | auditLabel: 'entityTypes' }}</h2>
    <mat-dialog-content>
      <p class="sentence">{{ entry | auditSentence }}</p>
      <dl class="facts">
        <dt>{{ 'admin.audit.entry.occurredAt' | transloco }}</dt>
        <dd>{{ entry.occurredAt | bepDateTime: 'seconds' }}</dd>
        <dt>{{ 'admin.audit.entry.actor' | transloco }}</dt>
        <dd>{{ entry.actor?.name ?? ('admin.audit.system' | transloco) }}</dd>
        <dt>{{ 'admin.audit.entry.action' | transloco }}</dt>
        <dd>{{ entry.action | auditLabel: 'actions' }} <span class="code">({{ entry.action }})</span></dd>
        <dt>{{ 'admin.audit.entry.entity' | transloco }}</dt>
        <dd>{{ entry.entityType | auditLabel: 'entityTypes' }} <span class="code">{{ entry.entityId }}</span></dd>
        @if (entry.commune; as commune) {
          <dt>{{ 'admin.audit.entry.commune' | transloco }}</dt>
          <dd>{{ commune.name }} <span class="code">({{ commune.nis }})</span></dd>
        }
        @if (entry.requestId) {
          <dt>{{ 'admin.audit.entry.request' | transloco }}</dt>
          <dd class="code">{{ entry.requestId }}</dd>
        }
      </dl>
      <div class="states">
        <section aria-labelledby="audit-before">
          <h3 id="audit-before">{{ 'admin.audit.entry.before' | transloco }}</h3>
          @if (before !== null) {
            <pre tabindex="0" [attr.aria-label]="'admin.audit.entry.beforeJson' | transloco">{{ before }}</pre>
          } @else {
            <p class="none">{{ 'admin.audit.entry.none' | transloco }}</p>
          }
        </section>
        <section aria-labelledby="audit-after">
          <h3 id="audit-after">{{ 'admin.audit.entry.after' | transloco }}</h3>
          @if (after !== null) {
            <pre tabindex="0" [attr.aria-label]="'admin.audit.entry.afterJson' | transloco">{{ after }}</pre>
          } @else {
            <p class="none">{{ 'admin.audit.entry.none' | transloco }}</p>
          }
        </section>
      </div>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-flat-button type="button" mat-dialog-close>{{ 'action.close' | transloco }}</button>
    </mat-dialog-actions>
  `,
  styles: `
    .sentence {
      margin: 0 0 1rem;
      font: var(--mat-sys-title-medium);
    }
    .facts {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.25rem 1rem;
      margin: 0 0 1rem;
    }
    dt {
      font-weight: 500;
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .code {
      font-family: monospace;
      color: var(--mat-sys-on-surface-variant);
    }
    .states {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
      gap: 1rem;
    }
    h3 {
      margin: 0 0 0.5rem;
      font: var(--mat-sys-title-small);
    }
    pre {
      margin: 0;
      padding: 0.75rem;
      max-height: 50vh;
      overflow: auto;
      border-radius: 4px;
      background: var(--mat-sys-surface-container);
      font-size: 0.875rem;
    }
    .none {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditEntryDialog {
  protected readonly entry = inject<AuditEntry>(MAT_DIALOG_DATA);
  protected readonly before = json(this.entry.before);
  protected readonly after = json(this.entry.after);
}

function json(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value, null, 2);
}
