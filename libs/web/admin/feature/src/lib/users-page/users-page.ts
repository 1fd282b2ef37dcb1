import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import type { User } from '@bep/contracts';
import { ConsultantsStore, UsersStore } from '@bep/web/admin/data-access';
import { AuthStore } from '@bep/web/auth/data-access';
import { ProblemMessagePipe, problemMessage } from '@bep/web/shared/data-access';
import { BepNumberPipe, BepPluralPipe } from '@bep/web/shared/i18n';
import { RoleList } from '@bep/web/ui';
import { confirmAction } from '@bep/web/ui-material';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { UserDialog, UserDialogData } from '../user-dialog/user-dialog';

type Column = 'name' | 'email' | 'roles' | 'consultant' | 'status' | 'mustChangePassword' | 'actions';

/** /administration/utilisateurs: the accounts, their roles, and whether they may sign in. */
@Component({
  selector: 'bep-users-page',
  imports: [
    BepNumberPipe,
    BepPluralPipe,
    MatButtonModule,
    MatProgressBarModule,
    MatTableModule,
    ProblemMessagePipe,
    RoleList,
    TranslocoPipe,
  ],
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
  readonly #transloco = inject(TranslocoService);

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

  protected async create(): Promise<void> {
    this.actionError.set(null);
    await this.#openDialog({});
  }

  protected async edit(user: User): Promise<void> {
    this.actionError.set(null);
    const updated = await this.#openDialog({ user });
    if (updated) {
      this.#announce('admin.users.saved', { name: updated.name });
    }
  }

  /** Deactivating ends the user's sessions at once: it is confirmed first. Reactivating too, for symmetry. */
  protected async setActive(user: User, active: boolean): Promise<void> {
    this.actionError.set(null);
    const question = active ? 'admin.users.confirmReactivate' : 'admin.users.confirmDeactivate';
    const params = { name: user.name, email: user.email };
    const confirmed = await firstValueFrom(
      confirmAction(this.#dialog, {
        title: this.#transloco.translate(`${question}.title`, params),
        message: this.#transloco.translate(`${question}.message`, params),
        confirmLabel: this.#transloco.translate(active ? 'admin.users.reactivate' : 'admin.users.deactivate'),
        destructive: !active,
      }),
    );
    if (!confirmed) {
      return;
    }
    this.busy.set(user.id);
    try {
      const updated = await this.store.update(user.id, { active });
      this.#announce(active ? 'admin.users.reactivated' : 'admin.users.deactivated', { name: updated.name });
    } catch (error) {
      const failed = this.#transloco.translate(active ? 'admin.users.reactivateFailed' : 'admin.users.deactivateFailed', {
        name: user.name,
      });
      this.actionError.set(problemMessage(error, failed, this.#transloco));
    } finally {
      this.busy.set(null);
    }
  }

  /** A short message in the interface language, which screen readers announce (a polite live region). */
  #announce(key: string, params: Record<string, unknown>): void {
    this.#snackBar.open(this.#transloco.translate(key, params), undefined, { duration: 5000 });
  }

  #openDialog(data: UserDialogData): Promise<User | undefined> {
    return firstValueFrom(
      this.#dialog
        .open<UserDialog, UserDialogData, User>(UserDialog, { data, width: '36rem', maxWidth: '95vw', autoFocus: 'first-tabbable' })
        .afterClosed(),
    );
  }
}
