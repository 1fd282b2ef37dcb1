import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { type ApiFailure, FailureTextPipe } from '@bep/web/shared/data-access';
import { TranslocoPipe } from '@jsverse/transloco';
import { COMMUNE_FAILURES } from './commune-failures';

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
          <strong>{{ failedKey() | transloco }}</strong> {{ failure | failureText: failures }}
        </p>
        <button mat-stroked-button type="button" (click)="retry.emit()">{{ 'action.retry' | transloco }}</button>
      </div>
    }
  `,
})
export class LoadStatus {
  /** How the failures of this part of the page are worded. */
  protected readonly failures = COMMUNE_FAILURES;
  readonly loading = input(false);
  readonly failure = input<ApiFailure | null>(null);
  /** The sentence that heads the failure, e.g. `commune.contacts.loadFailed`. */
  readonly failedKey = input.required<string>();
  /** What the progress bar announces. */
  readonly label = input('state.loading');
  readonly retry = output();
}
