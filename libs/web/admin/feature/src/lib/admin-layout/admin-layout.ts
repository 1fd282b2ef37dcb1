import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { AuthStore } from '@bep/web/auth/data-access';
import { TranslocoPipe } from '@jsverse/transloco';
import { sectionsFor } from './admin-sections';

/** The administration: a heading and tabs between the sections the user may open. */
@Component({
  selector: 'bep-admin-layout',
  imports: [MatTabsModule, RouterLink, RouterLinkActive, RouterOutlet, TranslocoPipe],
  template: `
    <h1>{{ 'page.administration' | transloco }}</h1>
    <nav mat-tab-nav-bar [tabPanel]="panel" [attr.aria-label]="'admin.sections.label' | transloco">
      @for (section of sections(); track section.path) {
        <a
          mat-tab-link
          [routerLink]="section.path"
          routerLinkActive
          #active="routerLinkActive"
          [active]="active.isActive"
          >{{ section.key | transloco }}</a
        >
      }
    </nav>
    <mat-tab-nav-panel #panel class="panel">
      <router-outlet />
    </mat-tab-nav-panel>
  `,
  styles: `
    :host {
      display: block;
    }
    .panel {
      display: block;
      padding-top: 1.5rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminLayout {
  readonly #auth = inject(AuthStore);
  protected readonly sections = computed(() => sectionsFor(this.#auth.roles()));
}
