import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormArray, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { BepMoneyPipe } from '@bep/web/shared/i18n';
import { TranslocoPipe } from '@jsverse/transloco';
import { startWith, switchMap } from 'rxjs';
import { draftLineForm, lineNet, type DraftLineForm } from './draft-lines-form';

let nextId = 0;

/**
 * The lines of a draft, edited: description, quantity, unit price and the commune's share of each,
 * with what each line and the whole come to (rounded as the API rounds them). Lines are added and
 * removed here; the page that holds the form saves it.
 */
@Component({
  selector: 'bep-draft-lines-editor',
  imports: [BepMoneyPipe, MatButtonModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule, TranslocoPipe],
  template: `
    @for (line of lines().controls; track line; let index = $index) {
      <fieldset class="line" [formGroup]="line">
        <legend>{{ 'invoices.lines.line' | transloco: { n: index + 1 } }}</legend>
        <mat-form-field class="description">
          <mat-label>{{ 'invoices.lines.description' | transloco }}</mat-label>
          <input matInput formControlName="description" maxlength="500" required />
          @if (line.controls.description.invalid) {
            <mat-error>{{ 'invoices.lines.required' | transloco }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field class="figure">
          <mat-label>{{ 'invoices.lines.quantity' | transloco }}</mat-label>
          <input matInput formControlName="quantity" inputmode="decimal" required [attr.aria-describedby]="hintId + '-' + index" />
          <mat-hint [id]="hintId + '-' + index">{{ 'invoices.lines.quantityHint' | transloco }}</mat-hint>
          @if (line.controls.quantity.invalid) {
            <mat-error>{{ (line.controls.quantity.hasError('required') ? 'invoices.lines.required' : 'invoices.lines.number') | transloco }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field class="figure">
          <mat-label>{{ 'invoices.lines.unitPrice' | transloco }}</mat-label>
          <input matInput formControlName="unitPrice" inputmode="decimal" required />
          @if (line.controls.unitPrice.invalid) {
            <mat-error>{{ (line.controls.unitPrice.hasError('required') ? 'invoices.lines.required' : 'invoices.lines.amount') | transloco }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field class="figure">
          <mat-label>{{ 'invoices.lines.share' | transloco }}</mat-label>
          <input matInput formControlName="share" inputmode="decimal" required />
          @if (line.controls.share.invalid) {
            <mat-error>{{ (line.controls.share.hasError('required') ? 'invoices.lines.required' : 'invoices.lines.percent') | transloco }}</mat-error>
          }
        </mat-form-field>
        <div class="line-end">
          <p class="net">
            @if (nets()[index]; as net) {
              {{ 'invoices.lines.net' | transloco: { amount: (net.cents | bepMoney) } }}
            }
          </p>
          @if (lines().length > 1) {
            <button mat-button type="button" class="remove" (click)="remove(index)">{{ 'invoices.lines.remove' | transloco: { n: index + 1 } }}</button>
          }
        </div>
      </fieldset>
    }
    <div class="footer">
      <button mat-stroked-button type="button" (click)="add()">{{ 'invoices.lines.add' | transloco }}</button>
      <p class="total" aria-live="polite">
        @if (total() !== null) {
          <strong>{{ 'invoices.lines.total' | transloco: { amount: (total() | bepMoney) } }}</strong>
        }
      </p>
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .line {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
      margin: 0 0 0.75rem;
      padding: 0.5rem 1rem 0;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
    }
    legend {
      padding: 0 0.25rem;
      font: var(--mat-sys-title-small);
    }
    .description {
      flex: 1 1 100%;
    }
    .figure {
      flex: 1 1 9rem;
      min-width: 0;
    }
    .line-end {
      display: flex;
      flex: 1 1 100%;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem;
      padding-bottom: 0.5rem;
    }
    .net {
      margin: 0;
      font-variant-numeric: tabular-nums;
    }
    .remove {
      color: var(--mat-sys-error);
    }
    .footer {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem 1rem;
    }
    .total {
      margin: 0;
      font-variant-numeric: tabular-nums;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DraftLinesEditor {
  readonly lines = input.required<FormArray<DraftLineForm>>();
  /** The values of a line added by hand (the service's description, price and share). */
  readonly newLine = input<Parameters<typeof draftLineForm>[0]>({});

  protected readonly hintId = `draft-line-hint-${nextId++}`;
  readonly #values = toSignal(toObservable(this.lines).pipe(switchMap((lines) => lines.valueChanges.pipe(startWith(lines.getRawValue())))), { initialValue: [] });
  /** Each line's amount, as an object so that a line of 0,00 € still shows it; null while a field does not read. */
  protected readonly nets = computed(() =>
    this.#values().map((line) => {
      const cents = lineNet(line);
      return cents === null ? null : { cents };
    }),
  );
  protected readonly total = computed(() => {
    const nets = this.nets();
    return nets.length && nets.every((net) => net !== null) ? nets.reduce((sum, net) => sum + (net?.cents ?? 0), 0) : null;
  });

  protected add(): void {
    this.lines().push(draftLineForm(this.newLine()));
  }

  protected remove(index: number): void {
    this.lines().removeAt(index);
  }
}
