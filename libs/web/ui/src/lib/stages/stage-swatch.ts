import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { CommuneStatus } from '@bep/domain';
import { STAGE_COLOURS } from './commune-status';

/** A stage's colour beside its name (legends, figures, tables); decorative, the name says it all. */
@Component({
  selector: 'bep-stage-swatch',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { 'aria-hidden': 'true', '[style.background-color]': 'colour()' },
  template: '',
  styles: `
    :host {
      display: inline-block;
      flex: none;
      width: 0.75rem;
      height: 0.75rem;
      border-radius: 50%;
      vertical-align: baseline;
    }
  `,
})
export class StageSwatch {
  readonly status = input.required<CommuneStatus>();
  protected readonly colour = computed(() => STAGE_COLOURS[this.status()]);
}
