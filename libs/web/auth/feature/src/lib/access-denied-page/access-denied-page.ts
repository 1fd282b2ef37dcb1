import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { AuthStore } from '@bep/web/auth/data-access';
import { RoleList } from '@bep/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthFrame } from '../auth-frame/auth-frame';
import { AUTH_TRANSLATIONS } from '../i18n/auth-translations';

/** /acces-refuse: where a route guard sends a user whose roles do not open the page asked for. */
@Component({
  selector: 'bep-access-denied-page',
  imports: [AuthFrame, MatButtonModule, RoleList, RouterLink, TranslocoPipe],
  providers: [AUTH_TRANSLATIONS],
  template: `
    <bep-auth-frame>
      <h1>{{ 'auth.accessDenied.title' | transloco }}</h1>
      <p>{{ 'auth.accessDenied.message' | transloco }}</p>
      @if (user(); as user) {
        <p>
          {{ 'auth.accessDenied.signedInAs' | transloco }} <strong>{{ user.name }}</strong>
          (<bep-role-list [roles]="user.roles" />). {{ 'auth.accessDenied.askAdministrator' | transloco }}
        </p>
      }
      <p class="actions">
        <a mat-flat-button routerLink="/">{{ 'auth.accessDenied.home' | transloco }}</a>
      </p>
    </bep-auth-frame>
  `,
  styles: `
    h1 {
      margin: 0 0 1rem;
    }
    .actions {
      margin: 1.5rem 0 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccessDeniedPage {
  protected readonly user = inject(AuthStore).user;
}
