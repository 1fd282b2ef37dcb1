import { BreakpointObserver } from '@angular/cdk/layout';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  linkedSignal,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatListModule } from '@angular/material/list';
import { MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { map } from 'rxjs';
import { NAV_LINKS } from './nav-links';

/** Below 768px (tablets in portrait, phones) the navigation becomes an overlay. */
export const COMPACT_LAYOUT_QUERY = '(max-width: 767.98px)';

@Component({
  selector: 'bep-shell',
  imports: [MatButtonModule, MatListModule, MatSidenavModule, MatToolbarModule, RouterLink, RouterLinkActive, RouterOutlet],
  templateUrl: './shell.html',
  styleUrl: './shell.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Shell {
  protected readonly links = NAV_LINKS;

  protected readonly compact = toSignal(
    inject(BreakpointObserver)
      .observe(COMPACT_LAYOUT_QUERY)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );

  /** Open beside the content on wide screens; closed until asked for on compact ones. */
  protected readonly navOpen = linkedSignal(() => !this.compact());

  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  /** Moves focus rather than following the fragment, which would resolve against <base href> and leave the page. */
  protected skipToMain(event: Event): void {
    event.preventDefault();
    this.main().nativeElement.focus();
  }

  protected closeNavIfCompact(): void {
    if (this.compact()) {
      this.navOpen.set(false);
    }
  }
}
