import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { AuthStore } from '@bep/web/auth/data-access';
import { RolesLabelPipe } from '@bep/web/ui';
import { AuthFrame } from '../auth-frame/auth-frame';

/** /acces-refuse: where a route guard sends a user whose roles do not open the page asked for. */
@Component({
  selector: 'bep-access-denied-page',
  imports: [AuthFrame, MatButtonModule, RolesLabelPipe, RouterLink],
  template: `
    <bep-auth-frame>
      <h1>Accès refusé</h1>
      <p>Votre compte ne permet pas d'ouvrir cette page.</p>
      @if (user(); as user) {
        <p>
          Vous êtes connecté en tant que <strong>{{ user.name }}</strong>
          ({{ user.roles | rolesLabel }}). Si vous avez besoin de cet accès, demandez-le à un administrateur de
          l'application.
        </p>
      }
      <p class="actions">
        <a mat-flat-button routerLink="/">Retour à la page d'accueil</a>
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
