import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  signal,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  AbstractControl,
  FormControl,
  FormGroup,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelect, MatSelectModule } from '@angular/material/select';
import type { CreateUserResponse, Role, User } from '@bep/contracts';
import { ConsultantsStore, UsersStore } from '@bep/web/admin/data-access';
import { httpStatusOf, problemFieldErrors, problemMessage, ProblemMessagePipe } from '@bep/web/shared/data-access';
import { ROLE_ORDER } from '@bep/web/ui';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { map } from 'rxjs';

export interface UserDialogData {
  /** The user to edit; absent: a new user. */
  user?: User;
}

type RolesGroup = FormGroup<Record<Role, FormControl<boolean>>>;

function atLeastOneRole(group: AbstractControl): ValidationErrors | null {
  return Object.values((group as RolesGroup).getRawValue()).some(Boolean) ? null : { noRole: true };
}

/** The longest name the API accepts (the contract's, restated: zod stays out of the browser). */
const NAME_MAX_LENGTH = 200;

/**
 * Creates a user (then shows their temporary password, once) or edits one's e-mail, name, roles
 * and linked consultant. A consultant account must name its consultant record: the dialog says so
 * before sending (the API refuses it too). Closes with the created or updated user, or nothing.
 */
@Component({
  selector: 'bep-user-dialog',
  imports: [
    MatButtonModule,
    MatCheckboxModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    ProblemMessagePipe,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  templateUrl: './user-dialog.html',
  styleUrl: './user-dialog.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UserDialog {
  readonly #users = inject(UsersStore);
  readonly #dialogRef = inject<MatDialogRef<UserDialog, User>>(MatDialogRef);
  readonly #injector = inject(Injector);
  readonly #transloco = inject(TranslocoService);
  protected readonly consultants = inject(ConsultantsStore);
  /** The records an account may be linked to: the active ones, and the one it is linked to already. */
  protected readonly linkable = computed(() =>
    this.consultants.items().filter((consultant) => consultant.active || consultant.id === this.editing?.consultantId),
  );

  protected readonly editing = inject<UserDialogData>(MAT_DIALOG_DATA)?.user ?? null;
  protected readonly roles = ROLE_ORDER;
  protected readonly nameMaxLength = NAME_MAX_LENGTH;

  readonly #fb = inject(NonNullableFormBuilder);
  protected readonly form = this.#fb.group({
    email: [this.editing?.email ?? '', [Validators.required, Validators.email, Validators.maxLength(320)]],
    name: [this.editing?.name ?? '', [Validators.required, Validators.maxLength(NAME_MAX_LENGTH)]],
    roles: this.#fb.group(
      Object.fromEntries(ROLE_ORDER.map((role) => [role, this.editing?.roles.includes(role) ?? false])) as Record<
        Role,
        boolean
      >,
      { validators: atLeastOneRole },
    ),
    consultantId: new FormControl<string | null>(this.editing?.consultantId ?? null),
  });

  protected readonly isConsultant = toSignal(
    this.form.controls.roles.controls.consultant.valueChanges.pipe(map(Boolean)),
    { initialValue: this.form.controls.roles.controls.consultant.value },
  );

  protected readonly submitting = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly rolesServerError = signal<string | null>(null);
  protected readonly rolesTouched = signal(false);
  protected readonly created = signal<CreateUserResponse | null>(null);
  /** The translation key of what the copy button did, or '' before it is used. */
  protected readonly copyStatus = signal('');

  protected readonly showRolesError = computed(() => this.rolesTouched() || this.rolesServerError() !== null);

  private readonly emailInput = viewChild<ElementRef<HTMLInputElement>>('emailInput');
  private readonly nameInput = viewChild<ElementRef<HTMLInputElement>>('nameInput');
  private readonly firstRole = viewChild<ElementRef<HTMLElement>>('rolesFieldset');
  private readonly copyButton = viewChild('copyButton', { read: ElementRef<HTMLButtonElement> });
  private readonly consultantSelect = viewChild(MatSelect);

  constructor() {
    this.consultants.load();
    this.form.controls.roles.controls.consultant.valueChanges.subscribe((checked) => {
      if (!checked) {
        this.form.controls.consultantId.setValue(null);
      }
    });
    this.form.controls.roles.valueChanges.subscribe(() => this.rolesServerError.set(null));
  }

  protected async submit(): Promise<void> {
    if (this.submitting()) {
      return;
    }
    this.rolesTouched.set(true);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.#focusFirstInvalid();
      return;
    }
    const { email, name, roles, consultantId } = this.form.getRawValue();
    const chosen = ROLE_ORDER.filter((role) => roles[role]);
    const linked = chosen.includes('consultant') ? consultantId : null;
    this.submitting.set(true);
    this.error.set(null);
    try {
      if (this.editing) {
        const corrected = email.trim().toLowerCase() !== this.editing.email.toLowerCase() ? { email: email.trim() } : {};
        const updated = await this.#users.update(this.editing.id, { ...corrected, name: name.trim(), roles: chosen, consultantId: linked });
        this.#dialogRef.close(updated);
      } else {
        const created = await this.#users.create({ email: email.trim(), name: name.trim(), roles: chosen, consultantId: linked });
        this.created.set(created);
        this.#dialogRef.disableClose = true;
        afterNextRender(() => this.copyButton()?.nativeElement.focus(), { injector: this.#injector });
      }
    } catch (error) {
      this.#showFailure(error);
    } finally {
      this.submitting.set(false);
    }
  }

  protected async copy(password: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(password);
      this.copyStatus.set('admin.userDialog.created.copied');
    } catch {
      this.copyStatus.set('admin.userDialog.created.copyFailed');
    }
  }

  protected close(): void {
    this.#dialogRef.close(this.created()?.user);
  }

  #showFailure(error: unknown): void {
    const status = httpStatusOf(error);
    const { email, name, consultantId } = this.form.controls;
    if (status === 409) {
      email.setErrors({ taken: true });
      this.emailInput()?.nativeElement.focus();
      return;
    }
    const fields = problemFieldErrors(error);
    const paths = Object.keys(fields);
    if ((status === 400 || status === 422) && paths.length > 0) {
      const message = (path: string) => this.#transloco.translate(`admin.userDialog.refused.${path}`, { message: fields[path] });
      const controls: Record<string, AbstractControl> = { email, name, consultantId };
      for (const path of paths) {
        const root = path.split('.')[0];
        if (root === 'roles') {
          this.rolesServerError.set(message('roles'));
        } else if (controls[root]) {
          controls[root].setErrors({ server: message(root) });
          controls[root].markAsTouched();
        }
      }
      const unplaced = paths.filter((path) => !['roles', ...Object.keys(controls)].includes(path.split('.')[0]));
      this.error.set(
        unplaced.length
          ? this.#transloco.translate('admin.userDialog.refusedValues', {
              fields: unplaced.map((path) => `${path} (${fields[path]})`).join(', '),
            })
          : this.#transloco.translate('admin.userDialog.refusedSeeFields'),
      );
      return;
    }
    const failed = this.#transloco.translate(this.editing ? 'admin.userDialog.updateFailed' : 'admin.userDialog.createFailed');
    this.error.set(problemMessage(error, failed, this.#transloco));
  }

  #focusFirstInvalid(): void {
    const { email, name, roles, consultantId } = this.form.controls;
    if (email.invalid) {
      this.emailInput()?.nativeElement.focus();
    } else if (name.invalid) {
      this.nameInput()?.nativeElement.focus();
    } else if (roles.invalid) {
      this.firstRole()?.nativeElement.querySelector<HTMLInputElement>('input')?.focus();
    } else if (consultantId.invalid) {
      this.consultantSelect()?.focus();
    }
  }
}
