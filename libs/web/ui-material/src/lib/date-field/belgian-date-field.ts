import { booleanAttribute, ChangeDetectionStrategy, Component, computed, DestroyRef, forwardRef, inject, input } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { type ControlValueAccessor, FormControl, NG_VALIDATORS, NG_VALUE_ACCESSOR, ReactiveFormsModule, type ValidationErrors, type Validator } from '@angular/forms';
import type { ErrorStateMatcher } from '@angular/material/core';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { fromCalendarDay, toCalendarDay } from '@bep/web/shared/i18n';
import { TranslocoPipe } from '@jsverse/transloco';
import { provideBelgianDates } from './provide-belgian-dates';

/**
 * A date typed "24/03/2026" or chosen in the calendar, for a form control that holds the calendar
 * day the API takes (`YYYY-MM-DD`, null when empty): `<bep-date-field formControlName="from"
 * [label]="..." />`. A text that is no day in this format (month first, "31/02/2026") is said under
 * the field and makes the control invalid (`{ date: true }`), so the form is not sent with a guess.
 */
@Component({
  selector: 'bep-date-field',
  imports: [MatDatepickerModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [
    provideBelgianDates(),
    { provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => BelgianDateField), multi: true },
    { provide: NG_VALIDATORS, useExisting: forwardRef(() => BelgianDateField), multi: true },
  ],
  template: `
    <mat-form-field>
      <mat-label>{{ label() }}</mat-label>
      <input matInput [matDatepicker]="picker" [formControl]="date" [required]="required()" [aria-describedby]="describedBy() ?? ''" [max]="maxDay()" [errorStateMatcher]="errorState" (blur)="touched()" />
      <mat-datepicker-toggle matIconSuffix [for]="picker" />
      <mat-datepicker #picker (closed)="touched()" />
      @if (date.hasError('matDatepickerParse')) {
        <mat-error>{{ 'datepicker.invalid' | transloco }}</mat-error>
      } @else if (error()) {
        <mat-error>{{ error() }}</mat-error>
      } @else {
        <mat-hint>{{ 'datepicker.format' | transloco }}</mat-hint>
      }
    </mat-form-field>
  `,
  styles: `
    :host {
      display: block;
      flex: 1 1 10rem;
      min-width: 0;
      max-width: 22rem;
    }
    mat-form-field {
      width: 100%;
    }
  `,
})
export class BelgianDateField implements ControlValueAccessor, Validator {
  readonly label = input.required<string>();
  readonly required = input(false, { transform: booleanAttribute });
  /** The id of a message about this field said elsewhere (a period in the wrong order). */
  readonly describedBy = input<string | null>(null);
  /** The last day the calendar offers (`YYYY-MM-DD`). */
  readonly max = input<string | null>(null);
  /** What the form says of the day (required, too late...), in words; shown unless the text itself is unreadable. */
  readonly error = input<string | null>(null);

  protected readonly date = new FormControl<Date | null>(null);
  protected readonly maxDay = computed(() => fromCalendarDay(this.max()));
  protected readonly errorState: ErrorStateMatcher = { isErrorState: (control) => !!this.error() || !!(control?.invalid && control.touched) };
  #onChange: (day: string | null) => void = () => undefined;
  #onTouched: () => void = () => undefined;

  constructor() {
    // An unreadable text leaves the picker's value null: the day sent up is null, and validate() says why.
    this.date.valueChanges.pipe(takeUntilDestroyed(inject(DestroyRef))).subscribe((value) => this.#onChange(toCalendarDay(value)));
  }

  writeValue(day: string | null): void {
    this.date.setValue(fromCalendarDay(day), { emitEvent: false });
  }

  registerOnChange(onChange: (day: string | null) => void): void {
    this.#onChange = onChange;
  }

  registerOnTouched(onTouched: () => void): void {
    this.#onTouched = onTouched;
  }

  setDisabledState(disabled: boolean): void {
    if (disabled) this.date.disable({ emitEvent: false });
    else this.date.enable({ emitEvent: false });
  }

  validate(): ValidationErrors | null {
    return this.date.hasError('matDatepickerParse') ? { date: true } : null;
  }

  protected touched(): void {
    this.#onTouched();
  }
}
