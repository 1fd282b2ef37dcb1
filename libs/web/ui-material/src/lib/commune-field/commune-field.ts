import { booleanAttribute, ChangeDetectionStrategy, ChangeDetectorRef, Component, DestroyRef, inject, input, type OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { type ControlValueAccessor, FormControl, NgControl, ReactiveFormsModule } from '@angular/forms';
import { type ErrorStateMatcher } from '@angular/material/core';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { catchError, debounceTime, map, type Observable, of, startWith, Subject, switchMap } from 'rxjs';
import { SEARCH_DEBOUNCE_MS } from '@bep/web/ui';

/** A commune the field offers: `value` is what the form holds (its NIS code, or its engagement's id). */
export interface CommuneChoice {
  value: string;
  name: string;
  nis: string;
}

/** The communes matching a text (part of a name, a NIS or a postal code), a few at a time; '' for the first ones. */
export type CommuneSearch = (text: string) => Observable<CommuneChoice[]>;

/** The commune a value stands for (a value from the URL), or null when there is none. */
export type CommuneLookup = (value: string) => Observable<CommuneChoice | null>;

/** What the list of choices shows besides them. */
type SearchState = 'idle' | 'searching' | 'failed';

/**
 * A commune chosen by typing part of its name or code, answered by the server as one types: the
 * programme may hold tens of thousands of communes, too many for a drop-down. A form control whose
 * value is the chosen choice's `value` ('' for none). `emptyLabel` offers "every commune" first
 * (a filter); without it a choice is asked for (`required`), and `errorText` says so once the form
 * is touched.
 */
@Component({
  selector: 'bep-commune-field',
  imports: [MatAutocompleteModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule, TranslocoPipe],
  template: `
    <mat-form-field class="field">
      <mat-label>{{ label() }}</mat-label>
      <input
        matInput
        type="search"
        autocomplete="off"
        [formControl]="text"
        [matAutocomplete]="choices"
        [placeholder]="'communeField.placeholder' | transloco"
        [errorStateMatcher]="errorState"
        [required]="required()"
        (focus)="typed('')"
        (input)="typed($any($event.target).value)"
        (blur)="onTouched()"
      />
      <mat-autocomplete #choices [displayWith]="nameOf" [requireSelection]="true">
        @if (emptyLabel(); as every) {
          <mat-option [value]="EVERY">{{ every }}</mat-option>
        }
        @for (choice of found(); track choice.value) {
          <mat-option [value]="choice">
            {{ choice.name }} <span class="nis">{{ choice.nis }}</span>
          </mat-option>
        }
        @switch (state()) {
          @case ('searching') {
            <mat-option disabled>{{ 'communeField.searching' | transloco }}</mat-option>
          }
          @case ('failed') {
            <mat-option disabled>{{ 'communeField.failed' | transloco }}</mat-option>
          }
          @default {
            @if (found().length === 0) {
              <mat-option disabled>{{ 'communeField.none' | transloco }}</mat-option>
            }
          }
        }
      </mat-autocomplete>
      @if (errorText(); as error) {
        <mat-error>{{ error }}</mat-error>
      }
    </mat-form-field>
  `,
  styles: `
    :host {
      display: block;
      flex: 1 1 11rem;
      min-width: 0;
      max-width: 22rem;
    }
    .field {
      width: 100%;
    }
    .nis {
      margin-left: 0.25rem;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CommuneField implements ControlValueAccessor, OnInit {
  readonly label = input.required<string>();
  readonly search = input.required<CommuneSearch>();
  readonly lookup = input.required<CommuneLookup>();
  /** The first choice, "every commune", for a filter; null when a commune must be chosen. */
  readonly emptyLabel = input<string | null>(null);
  /** Marks the label as required (the form's validator says so). */
  readonly required = input(false, { transform: booleanAttribute });
  /** Said when the form's control is invalid and touched. */
  readonly errorText = input<string | null>(null);

  protected readonly EVERY: CommuneChoice = { value: '', name: '', nis: '' };
  protected readonly text = new FormControl<CommuneChoice | string | null>(null);
  protected readonly found = signal<CommuneChoice[]>([]);
  protected readonly state = signal<SearchState>('idle');
  readonly #control = inject(NgControl, { self: true, optional: true });
  readonly #changes = inject(ChangeDetectorRef);
  readonly #destroyRef = inject(DestroyRef);
  readonly #typed = new Subject<string>();
  protected onTouched: () => void = () => undefined;

  /** The inner field shows the form control's error (it holds no validator of its own). */
  protected readonly errorState: ErrorStateMatcher = {
    isErrorState: () => !!this.#control?.invalid && !!this.#control.touched,
  };

  constructor() {
    if (this.#control) this.#control.valueAccessor = this;
    this.#typed
      .pipe(
        debounceTime(SEARCH_DEBOUNCE_MS),
        // Each pause asks again, the same text included: a search that failed is retried by typing.
        map((text) => text.trim()),
        switchMap((text) => {
          this.state.set('searching');
          return this.search()(text).pipe(
            map((choices) => ({ choices, state: 'idle' as const })),
            catchError(() => of({ choices: [], state: 'failed' as const })),
          );
        }),
        startWith({ choices: [], state: 'idle' as const }),
        takeUntilDestroyed(this.#destroyRef),
      )
      .subscribe(({ choices, state }) => {
        this.found.set(choices);
        this.state.set(state);
      });
  }

  /** The form touched or validated from outside (a submit marks every control touched): the error is shown or hidden at once. */
  ngOnInit(): void {
    this.#control?.control?.events.pipe(takeUntilDestroyed(this.#destroyRef)).subscribe(() => this.#changes.markForCheck());
  }

  protected readonly nameOf = (choice: CommuneChoice | string | null): string => (typeof choice === 'string' ? choice : (choice?.name ?? ''));

  protected typed(text: string): void {
    this.#typed.next(text);
  }

  writeValue(value: string | null): void {
    const shown = this.text.value;
    if (!value) {
      this.text.setValue(null, { emitEvent: false });
    } else if (typeof shown !== 'object' || shown?.value !== value) {
      // Its code until the server names it (a commune from the URL, say), so that it is never blank.
      this.text.setValue({ value, name: value, nis: '' }, { emitEvent: false });
      this.lookup()(value)
        .pipe(catchError(() => of(null)))
        .subscribe((choice) => {
          const still = this.text.value;
          if (choice && typeof still === 'object' && still?.value === value) this.text.setValue(choice, { emitEvent: false });
        });
    }
  }

  /**
   * Only a choice changes the value: typing only searches. Left after typing without choosing, or
   * emptied, the field holds none (every commune for a filter; else the error that one is needed).
   */
  registerOnChange(onChange: (value: string) => void): void {
    this.text.valueChanges.pipe(takeUntilDestroyed(this.#destroyRef)).subscribe((value) => {
      if (value === this.EVERY) this.text.setValue(null, { emitEvent: false });
      if (value === null || value === this.EVERY) onChange('');
      else if (typeof value === 'object') onChange(value.value);
    });
  }

  registerOnTouched(onTouched: () => void): void {
    this.onTouched = onTouched;
  }

  setDisabledState(disabled: boolean): void {
    if (disabled) this.text.disable({ emitEvent: false });
    else this.text.enable({ emitEvent: false });
  }
}
