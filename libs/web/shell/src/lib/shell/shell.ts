import { BreakpointObserver } from '@angular/cdk/layout';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  linkedSignal,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatMenu, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { AuthStore, SIGN_IN_PATH } from '@bep/web/auth/data-access';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageSwitch, RoleList } from '@bep/web/ui';
import { map } from 'rxjs';
import { NotificationsBell } from '../notifications-bell/notifications-bell';
import { navLinksFor } from './nav-links';

/**
 * Below 1024 px (phones, and tablets in portrait: 768 px wide) the navigation becomes an overlay
 * behind a menu button, so that the page (the board's columns above all) gets the whole width;
 * a landscape tablet and a desktop keep it open beside the content.
 */
export const COMPACT_LAYOUT_QUERY = '(max-width: 1023.98px)';

@Component({
  selector: 'bep-shell',
  imports: [
    LanguageSwitch,
    MatButtonModule,
    MatMenu,
    MatMenuItem,
    MatMenuTrigger,
    MatSidenavModule,
    MatToolbarModule,
    NotificationsBell,
    RouterLink,
    RouterLinkActive,
    RoleList,
    RouterOutlet,
    TranslocoPipe,
  ],
  templateUrl: './shell.html',
  styleUrl: './shell.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Shell {
  readonly #auth = inject(AuthStore);
  readonly #router = inject(Router);

  protected readonly user = this.#auth.user;

  /** Only the pages the user's roles may open. */
  protected readonly links = computed(() => navLinksFor(this.#auth.roles()));

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

  protected async logout(): Promise<void> {
    await this.#auth.logout();
    await this.#router.navigateByUrl(SIGN_IN_PATH);
  }

  protected closeNavIfCompact(): void {
    if (this.compact()) {
      this.navOpen.set(false);
    }
  }
}
