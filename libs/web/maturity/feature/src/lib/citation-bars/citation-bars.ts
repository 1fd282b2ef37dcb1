import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { CitedOption } from '@bep/contracts';
import { BepNumberPipe, BepPercentPipe, BepPluralPipe } from '@bep/web/shared/i18n';
import { TranslocoPipe } from '@jsverse/transloco';

/** The bars shown at most: the most cited. */
export const TOP_CITED = 8;

/** The options cited by at least one commune, the most cited first (as the API orders them), at most `limit`. */
export function topCited(cited: readonly CitedOption[], limit = TOP_CITED): CitedOption[] {
  return cited.filter((option) => option.count > 0).slice(0, limit);
}

/**
 * What the communes cite (obstacles, fears, themes with projects) as horizontal bars: each option's
 * words, a bar as long as its share of the communes that answered, and the count and share in
 * words (the bar itself is decorative). A list, so that a screen reader reads it in order.
 */
@Component({
  selector: 'bep-citation-bars',
  imports: [BepNumberPipe, BepPercentPipe, BepPluralPipe, TranslocoPipe],
  template: `
    <section [attr.aria-labelledby]="headingId()">
      <h2 [id]="headingId()">{{ heading() }}</h2>
      @if (hint(); as hint) {
        <p class="hint">{{ hint }}</p>
      }
      @if (shown().length) {
        <ol class="bars">
          @for (option of shown(); track option.id) {
            <li>
              <span class="label">{{ option.label }}</span>
              <span class="track" aria-hidden="true"><span class="fill" [style.width.%]="option.share * 100"></span></span>
              <span class="count">{{ 'maturity.bars.count' | bepPlural: option.count | transloco: { count: (option.count | bepNumber), share: (option.share | bepPercent) } }}</span>
            </li>
          }
        </ol>
      } @else {
        <p class="bep-empty-state">{{ 'maturity.bars.none' | transloco }}</p>
      }
    </section>
  `,
  styles: `
    :host {
      display: block;
    }
    .hint {
      margin: 0 0 0.5rem;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .bars {
      display: grid;
      gap: 0.625rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    li {
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto;
      gap: 0.125rem 0.75rem;
      font: var(--mat-sys-body-medium);
    }
    .label {
      grid-column: 1 / -1;
    }
    .track {
      align-self: center;
      height: 0.75rem;
      border-radius: 2px;
      background: var(--mat-sys-surface-container-high);
    }
    .fill {
      display: block;
      height: 100%;
      border-radius: 2px;
      background: #2171b5;
    }
    .count {
      font: var(--mat-sys-body-small);
      font-variant-numeric: tabular-nums;
      color: var(--mat-sys-on-surface-variant);
      white-space: nowrap;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CitationBars {
  readonly heading = input.required<string>();
  readonly headingId = input.required<string>();
  readonly hint = input<string | null>(null);
  readonly cited = input.required<CitedOption[]>();

  protected readonly shown = computed(() => topCited(this.cited()));
}
