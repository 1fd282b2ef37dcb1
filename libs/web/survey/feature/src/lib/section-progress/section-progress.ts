import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';

/** A section's line in the progress list: the server's count of its shown and answered questions. */
export interface SectionProgressRow {
  readonly id: string;
  readonly title: string;
  readonly shown: number;
  readonly answered: number;
}

/**
 * What is filled and what is left, section by section, the current one marked; a section's title
 * leads to it. On a phone the list folds behind a button, above the form, and folds again once a
 * section or the summary is chosen, so that what was chosen shows rather than the list.
 */
@Component({
  selector: 'bep-section-progress',
  imports: [MatButtonModule, MatProgressBarModule, TranslocoPipe],
  templateUrl: './section-progress.html',
  styleUrl: './section-progress.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SectionProgress {
  readonly rows = input.required<readonly SectionProgressRow[]>();
  readonly current = input<string | null>(null);
  readonly go = output<string>();
  readonly summary = output<void>();

  protected readonly open = signal(false);

  protected goTo(sectionId: string): void {
    this.open.set(false);
    this.go.emit(sectionId);
  }

  protected showSummary(): void {
    this.open.set(false);
    this.summary.emit();
  }

  protected percent(row: SectionProgressRow): number {
    return row.shown ? Math.round((100 * row.answered) / row.shown) : 0;
  }
}
