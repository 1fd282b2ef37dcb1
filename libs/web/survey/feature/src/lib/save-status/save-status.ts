import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { failureText } from '@bep/web/shared/data-access';
import { formatTime } from '@bep/web/shared/i18n';
import type { SurveySaveStatus } from '@bep/web/survey/data-access';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

/** The save status line, read out politely by screen readers: saving, saved at a time, or failed with a retry. */
@Component({
  selector: 'bep-save-status',
  imports: [MatButtonModule, TranslocoPipe],
  template: `
    <p class="status" role="status" aria-live="polite">
      @switch (status().kind) {
        @case ('saving') {
          {{ 'survey.save.saving' | transloco }}
        }
        @case ('saved') {
          {{ 'survey.save.saved' | transloco: { time: savedAt() } }}
        }
        @case ('failed') {
          <span class="failed">{{ 'survey.save.failed' | transloco: { reason: reason() } }}</span>
          <button mat-button type="button" (click)="retry.emit()">{{ 'survey.save.retry' | transloco }}</button>
        }
      }
    </p>
  `,
  styles: `
    .status {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0 0.5rem;
      min-height: 2.5rem;
      margin: 0;
      font: var(--mat-sys-body-medium);
    }
    .failed {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SaveStatus {
  readonly #transloco = inject(TranslocoService);
  readonly status = input.required<SurveySaveStatus>();
  readonly retry = output<void>();

  protected readonly savedAt = computed(() => {
    const status = this.status();
    return status.kind === 'saved' ? formatTime(status.at) : '';
  });

  protected readonly reason = computed(() => {
    const status = this.status();
    return status.kind === 'failed' ? failureText(status.failure, {}, this.#transloco) : '';
  });
}
