import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';

/** The administration: a heading and tabs between its sections. */
@Component({
  selector: 'bep-admin-layout',
  imports: [MatTabsModule, RouterLink, RouterLinkActive, RouterOutlet],
  template: `
    <h1>Administration</h1>
    <nav mat-tab-nav-bar [tabPanel]="panel" aria-label="Sections de l'administration">
      @for (section of sections; track section.path) {
        <a
          mat-tab-link
          [routerLink]="section.path"
          routerLinkActive
          #active="routerLinkActive"
          [active]="active.isActive"
          >{{ section.label }}</a
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
    { path: 'utilisateurs', label: 'Utilisateurs' },
    { path: 'journal', label: "Journal d'audit" },
  ];
}
