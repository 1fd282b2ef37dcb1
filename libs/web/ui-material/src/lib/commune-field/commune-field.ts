import { LiveAnnouncer } from '@angular/cdk/a11y';
import { booleanAttribute, ChangeDetectionStrategy, ChangeDetectorRef, Component, DestroyRef, type DoCheck, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { type ControlValueAccessor, FormControl, NgControl, ReactiveFormsModule } from '@angular/forms';
import { type ErrorStateMatcher } from '@angular/material/core';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { catchError, debounceTime, map, type Observable, of, Subject, type Subscription, switchMap } from 'rxjs';
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
 * while nothing is typed (a filter); without it a choice is asked for (`required`), and
 * `errorText` says so once the form is touched. Enter takes the first commune found.
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
        (focus)="opened()"
        (input)="typed($any($event.target).value)"
        (blur)="onTouched()"
      />
      <mat-autocomplete #choices [displayWith]="nameOf" [requireSelection]="true" [autoActiveFirstOption]="true">
        @if (emptyLabel(); as every) {
          @if (searched() === '') {
            <mat-option [value]="EVERY">{{ every }}</mat-option>
          }
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
export class CommuneField implements ControlValueAccessor, DoCheck {
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
  /** The text last typed, whose communes are shown or on their way ('' for the first ones, null before any search). */
  protected readonly searched = signal<string | null>(null);
  readonly #control = inject(NgControl, { self: true, optional: true });
  readonly #changes = inject(ChangeDetectorRef);
  readonly #announcer = inject(LiveAnnouncer);
  readonly #transloco = inject(TranslocoService);
  readonly #typed = new Subject<string>();
  #onChange: (value: string) => void = () => undefined;
  #lookup?: Subscription;
  /** The form control's error state when last checked. */
  #errorShown = false;
  protected onTouched: () => void = () => undefined;

  /** The inner field shows the form control's error (it holds no validator of its own). */
  protected readonly errorState: ErrorStateMatcher = {
    isErrorState: () => !!this.#control?.invalid && !!this.#control.touched,
  };

  constructor() {
    if (this.#control) this.#control.valueAccessor = this;
    // Only a choice changes the value: typing only searches. Left after typing without choosing,
    // or emptied, the field holds none (every commune for a filter; else the error that one is needed).
    this.text.valueChanges.pipe(takeUntilDestroyed()).subscribe((value) => {
      if (value === this.EVERY) this.text.setValue(null, { emitEvent: false });
      if (value === null || value === this.EVERY) this.#onChange('');
      else if (typeof value === 'object') this.#onChange(value.value);
    });
    this.#typed
      .pipe(
        debounceTime(SEARCH_DEBOUNCE_MS),
        // Each pause asks again, the same text included: a search that failed is retried by typing.
        map((text) => text.trim()),
        switchMap((text) =>
          this.search()(text).pipe(
            map((choices) => ({ choices, state: 'idle' as const })),
            catchError(() => of({ choices: [], state: 'failed' as const })),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe(({ choices, state }) => {
        this.found.set(choices);
        this.state.set(state);
        this.#announce(state === 'failed' ? 'communeField.failed' : choices.length === 0 ? 'communeField.none' : null);
      });
    inject(DestroyRef).onDestroy(() => this.#lookup?.unsubscribe());
  }

  /**
   * The form touched or validated from outside (a submit marks every control touched): checked with
   * the parent, since this field's own view is only checked when something in it changed.
   */
  ngDoCheck(): void {
    const shown = this.errorState.isErrorState(null, null);
    if (shown !== this.#errorShown) {
      this.#errorShown = shown;
      this.#changes.markForCheck();
    }
  }

  protected readonly nameOf = (choice: CommuneChoice | string | null): string => (typeof choice === 'string' ? choice : (choice?.name ?? ''));

  /** The first communes, the first time the field is entered; afterwards what was last found stays. */
  protected opened(): void {
    if (this.searched() === null) this.typed('');
  }

  /** A new text: what was found for the last one goes, and a name still on its way is not put over what is typed. */
  protected typed(text: string): void {
    this.#lookup?.unsubscribe();
    this.found.set([]);
    this.searched.set(text.trim());
    this.state.set('searching');
    this.#typed.next(text);
  }

  writeValue(value: string | null): void {
    const shown = this.text.value;
    this.#lookup?.unsubscribe();
    if (!value) {
      this.text.setValue(null, { emitEvent: false });
    } else if (typeof shown === 'object' && shown?.value === value) {
      // The same choice: shown again over a text typed and left without a choice.
      this.text.setValue(shown, { emitEvent: false });
    } else {
      // Its code until the server names it (a commune from the URL, say), so that it is never blank.
      this.text.setValue({ value, name: value, nis: '' }, { emitEvent: false });
      this.#lookup = this.lookup()(value)
        .pipe(catchError(() => of(null)))
        .subscribe((choice) => {
          if (choice) this.text.setValue(choice, { emitEvent: false });
        });
    }
  }

  registerOnChange(onChange: (value: string) => void): void {
    this.#onChange = onChange;
  }

  registerOnTouched(onTouched: () => void): void {
    this.onTouched = onTouched;
  }

  setDisabledState(disabled: boolean): void {
    if (disabled) this.text.disable({ emitEvent: false });
    else this.text.enable({ emitEvent: false });
    this.#changes.markForCheck();
  }

  /** Said to screen readers, which do not read a disabled option as news. */
  #announce(key: string | null): void {
    if (key) void this.#announcer.announce(this.#transloco.translate(key), 'polite');
  }
}
