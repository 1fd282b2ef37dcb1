import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { AuthStore } from '@bep/web/auth/data-access';
import { BoardFilterOptions, type BoardFilters, isFiltered, NO_FILTERS } from '@bep/web/pipeline/data-access';
import { SEARCH_DEBOUNCE_MS } from '@bep/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { debounceTime, distinctUntilChanged, map } from 'rxjs';

/**
 * The board's filters: text, arrondissement, and the consultant (any of them for managers and
 * administrators; "Mes communes" for a consultant). It only says what the user chose: the page
 * writes it to the URL, which the board follows.
 */
@Component({
  selector: 'bep-board-filters-bar',
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, MatSlideToggleModule, ReactiveFormsModule, TranslocoPipe],
  templateUrl: './board-filters-bar.html',
  styleUrl: './board-filters-bar.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BoardFiltersBar {
  protected readonly options = inject(BoardFilterOptions);

  readonly filters = input.required<BoardFilters>();
  readonly filtersChange = output<BoardFilters>();

  readonly #auth = inject(AuthStore);

  /** The consultant record of a consultant's account, for "Mes communes". */
  protected readonly me = computed(() => {
    const user = this.#auth.user();
    return user?.roles.includes('consultant') ? user.consultantId : null;
  });

  /** The chosen consultant's name, once the list has it. */
  protected readonly consultantName = computed(() => {
    const id = this.filters().consultant;
    return id ? (this.options.consultants().find((consultant) => consultant.id === id)?.name ?? '') : '';
  });

  protected readonly text = new FormControl('', { nonNullable: true });
  protected readonly filtered = computed(() => isFiltered(this.filters()));

  /** The choices, plus the one a shared link asks for if the list does not hold it (yet). */
  protected readonly arrondissements = computed(() => {
    const current = this.filters().arrondissement;
    const known = this.options.arrondissements();
    return current && !known.includes(current) ? [...known, current] : known;
  });

  constructor() {
    // The URL may change the text (back button, a link): show it without asking the board twice.
    effect(() => {
      const q = this.filters().q;
      if (this.text.value.trim() !== q) {
        this.text.setValue(q, { emitEvent: false });
      }
    });
    this.text.valueChanges
      .pipe(
        debounceTime(SEARCH_DEBOUNCE_MS),
        map((value) => value.trim()),
        distinctUntilChanged(),
        takeUntilDestroyed(),
      )
      .subscribe((q) => {
        if (q !== this.filters().q) {
          this.change({ q });
        }
      });
  }

  protected change(change: Partial<BoardFilters>): void {
    this.filtersChange.emit({ ...this.filters(), ...change });
  }

  protected clear(): void {
    this.text.setValue('', { emitEvent: false });
    this.filtersChange.emit(NO_FILTERS);
  }
}
