import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { Failure } from '@bep/web/communes/data-access';
import { TranslocoPipe } from '@jsverse/transloco';
import { FailureTextPipe } from './failure-text.pipe';

/** What a section of the page shows while it loads, and when loading failed: the reason and a retry. */
@Component({
  selector: 'bep-load-status',
  imports: [FailureTextPipe, MatButtonModule, MatProgressBarModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="label() | transloco" />
    }
    @if (failure(); as failure) {
      <div class="bep-error-banner" role="alert">
        <p>
          <strong>{{ failedKey() | transloco }}</strong> {{ failure | failureText }}
        </p>
        <button mat-stroked-button type="button" (click)="retry.emit()">{{ 'action.retry' | transloco }}</button>
      </div>
    }
  `,
})
export class LoadStatus {
  readonly loading = input(false);
  readonly failure = input<Failure | null>(null);
  /** The sentence that heads the failure, e.g. `commune.contacts.loadFailed`. */
  readonly failedKey = input.required<string>();
  /** What the progress bar announces. */
  readonly label = input('state.loading');
  readonly retry = output();
}
