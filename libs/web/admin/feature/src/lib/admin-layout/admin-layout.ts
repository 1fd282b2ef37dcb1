import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

/** The administration: a heading and tabs between its sections. */
@Component({
  selector: 'bep-admin-layout',
  imports: [MatTabsModule, RouterLink, RouterLinkActive, RouterOutlet, TranslocoPipe],
  template: `
    <h1>{{ 'page.administration' | transloco }}</h1>
    <nav mat-tab-nav-bar [tabPanel]="panel" [attr.aria-label]="'admin.sections.label' | transloco">
      @for (section of sections; track section.path) {
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
  protected readonly sections = [
    { path: 'utilisateurs', key: 'admin.sections.users' },
    { path: 'journal', key: 'admin.sections.audit' },
  ];
}
