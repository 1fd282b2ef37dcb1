import { ChangeDetectionStrategy, Component } from '@angular/core';
import { Shell } from '@bep/web/shell';

@Component({
  selector: 'bep-root',
  imports: [Shell],
  template: '<bep-shell />',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {}
