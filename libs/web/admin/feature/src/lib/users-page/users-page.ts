import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import type { User } from '@bep/contracts';
import { ConsultantsStore, UsersStore } from '@bep/web/admin/data-access';
import { AuthStore } from '@bep/web/auth/data-access';
import { problemMessage } from '@bep/web/shared/data-access';
import { RolesLabelPipe } from '@bep/web/ui';
import { confirmAction } from '@bep/web/ui-material';
import { firstValueFrom } from 'rxjs';
import { UserDialog, UserDialogData } from '../user-dialog/user-dialog';

type Column = 'name' | 'email' | 'roles' | 'consultant' | 'status' | 'mustChangePassword' | 'actions';

/** /administration/utilisateurs: the accounts, their roles, and whether they may sign in. */
@Component({
  selector: 'bep-users-page',
  imports: [MatButtonModule, MatProgressBarModule, MatTableModule, RolesLabelPipe],
  templateUrl: './users-page.html',
  styleUrl: './users-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UsersPage {
  protected readonly store = inject(UsersStore);
  protected readonly consultants = inject(ConsultantsStore);
  readonly #dialog = inject(MatDialog);
  readonly #snackBar = inject(MatSnackBar);
  readonly #auth = inject(AuthStore);

  /** The administrator's own account: they cannot deactivate it. */
  protected readonly me = computed(() => this.#auth.user()?.id ?? null);
  protected readonly columns: Column[] = ['name', 'email', 'roles', 'consultant', 'status', 'mustChangePassword', 'actions'];
  protected readonly actionError = signal<string | null>(null);
  protected readonly busy = signal<string | null>(null);

  protected readonly trackById = (_index: number, user: User) => user.id;

  constructor() {
    this.store.load();
    this.consultants.load();
  }

  protected consultantName(id: string | null): string {
    if (!id) {
      return '—';
    }
    return this.consultants.byId().get(id)?.name ?? 'Consultant inconnu';
  }

  protected async create(): Promise<void> {
    this.actionError.set(null);
    await this.#openDialog({});
  }

  protected async edit(user: User): Promise<void> {
    this.actionError.set(null);
    const updated = await this.#openDialog({ user });
    if (updated) {
      this.#snackBar.open(`${updated.name} : modifications enregistrées.`, undefined, { duration: 5000 });
    }
  }

  /** Deactivating ends the user's sessions at once: it is confirmed first. Reactivating too, for symmetry. */
  protected async setActive(user: User, active: boolean): Promise<void> {
    this.actionError.set(null);
    const confirmed = await firstValueFrom(
      confirmAction(
        this.#dialog,
        active
          ? {
              title: `Réactiver ${user.name} ?`,
              message: `${user.name} (${user.email}) pourra de nouveau se connecter avec son mot de passe actuel.`,
              confirmLabel: 'Réactiver',
            }
          : {
              title: `Désactiver ${user.name} ?`,
              message: `${user.name} (${user.email}) ne pourra plus se connecter et ses sessions ouvertes seront fermées immédiatement. Vous pourrez le réactiver plus tard.`,
              confirmLabel: 'Désactiver',
              destructive: true,
            },
      ),
    );
    if (!confirmed) {
      return;
    }
    this.busy.set(user.id);
    try {
      const updated = await this.store.update(user.id, { active });
      this.#snackBar.open(`${updated.name} est ${active ? 'réactivé' : 'désactivé'}.`, undefined, { duration: 5000 });
    } catch (error) {
      this.actionError.set(
        problemMessage(error, `${user.name} n'a pas pu être ${active ? 'réactivé' : 'désactivé'}.`),
      );
    } finally {
      this.busy.set(null);
    }
  }

  #openDialog(data: UserDialogData): Promise<User | undefined> {
    return firstValueFrom(
      this.#dialog
        .open<UserDialog, UserDialogData, User>(UserDialog, { data, width: '36rem', maxWidth: '95vw', autoFocus: 'first-tabbable' })
        .afterClosed(),
    );
  }
}
