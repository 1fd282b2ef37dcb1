import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import type { ConsultantSummary } from '@bep/contracts';
import { ConsultantsStore } from '@bep/web/admin/data-access';
import { ProblemMessagePipe } from '@bep/web/shared/data-access';
import { BepNumberPipe, BepPluralPipe } from '@bep/web/shared/i18n';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { ConsultantDialog, ConsultantDialogData } from '../consultant-dialog/consultant-dialog';

type Column = 'name' | 'email' | 'office' | 'capacity' | 'status' | 'actions';

/** /administration/consultants: Ocalia's consultant records, created and edited here (managers and administrators). */
@Component({
  selector: 'bep-consultant-records-page',
  imports: [BepNumberPipe, BepPluralPipe, MatButtonModule, MatProgressBarModule, MatTableModule, ProblemMessagePipe, TranslocoPipe],
  templateUrl: './consultant-records-page.html',
  styleUrls: ['../users-page/users-page.css', './consultant-records-page.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConsultantRecordsPage {
  protected readonly store = inject(ConsultantsStore);
  readonly #dialog = inject(MatDialog);
  readonly #snackBar = inject(MatSnackBar);
  readonly #transloco = inject(TranslocoService);

  protected readonly columns: Column[] = ['name', 'email', 'office', 'capacity', 'status', 'actions'];
  protected readonly trackById = (_index: number, consultant: ConsultantSummary) => consultant.id;

  constructor() {
    // Fresh: another administrator or manager may have changed the records since the list was read.
    this.store.load(true);
  }

  protected async create(): Promise<void> {
    const created = await this.#open({});
    if (created) {
      this.#announce('admin.consultants.created', created);
    }
  }

  protected async edit(consultant: ConsultantSummary): Promise<void> {
    const saved = await this.#open({ consultant });
    if (saved) {
      this.#announce(saved.active === consultant.active ? 'admin.consultants.saved' : saved.active ? 'admin.consultants.reactivated' : 'admin.consultants.deactivated', saved);
    }
  }

  /** A short message in the interface language, which screen readers announce (a polite live region). */
  #announce(key: string, consultant: ConsultantSummary): void {
    this.#snackBar.open(this.#transloco.translate(key, { name: consultant.name }), undefined, { duration: 5000 });
  }

  #open(data: ConsultantDialogData): Promise<ConsultantSummary | undefined> {
    return firstValueFrom(
      this.#dialog
        .open<ConsultantDialog, ConsultantDialogData, ConsultantSummary>(ConsultantDialog, { data, width: '32rem', maxWidth: '95vw', autoFocus: 'first-tabbable' })
        .afterClosed(),
    );
  }
}
