import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import type { AuditEntry } from '@bep/contracts';
import { BrusselsDateTimePipe } from '@bep/web/ui';
import { actionLabel, entityTypeLabel } from '../audit-labels';

/** One entry of the audit log, with the state of the entity before and after the change. */
@Component({
  selector: 'bep-audit-entry-dialog',
  imports: [BrusselsDateTimePipe, MatButtonModule, MatDialogModule],
  template: `
    <h2 mat-dialog-title>{{ action }} · {{ entityType }}</h2>
    <mat-dialog-content>
      <dl class="facts">
        <dt>Date (heure de Bruxelles)</dt>
        <dd>{{ entry.occurredAt | brusselsDateTime }}</dd>
        <dt>Acteur</dt>
        <dd>{{ entry.actor?.name ?? 'Système' }}</dd>
        <dt>Action</dt>
        <dd>{{ action }} <span class="code">({{ entry.action }})</span></dd>
        <dt>Entité</dt>
        <dd>{{ entityType }} <span class="code">{{ entry.entityId }}</span></dd>
        @if (entry.requestId) {
          <dt>Requête</dt>
          <dd class="code">{{ entry.requestId }}</dd>
        }
      </dl>
      <div class="states">
        <section aria-labelledby="audit-before">
          <h3 id="audit-before">Avant</h3>
          @if (before !== null) {
            <pre tabindex="0" aria-label="État avant, en JSON">{{ before }}</pre>
          } @else {
            <p class="none">Aucune donnée.</p>
          }
        </section>
        <section aria-labelledby="audit-after">
          <h3 id="audit-after">Après</h3>
          @if (after !== null) {
            <pre tabindex="0" aria-label="État après, en JSON">{{ after }}</pre>
          } @else {
            <p class="none">Aucune donnée.</p>
          }
        </section>
      </div>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-flat-button type="button" mat-dialog-close>Fermer</button>
    </mat-dialog-actions>
  `,
  styles: `
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
  protected readonly action = actionLabel(this.entry.action);
  protected readonly entityType = entityTypeLabel(this.entry.entityType);
  protected readonly before = json(this.entry.before);
  protected readonly after = json(this.entry.after);
}

function json(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value, null, 2);
}
