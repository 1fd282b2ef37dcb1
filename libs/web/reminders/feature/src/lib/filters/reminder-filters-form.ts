import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal } from '@angular/core';
import { AbstractControl, NonNullableFormBuilder, ReactiveFormsModule, ValidationErrors } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { REMINDER_RULES, type ReminderRuleName } from '@bep/domain';
import { RemindersApi } from '@bep/web/reminders/data-access';
import { TranslocoPipe } from '@jsverse/transloco';
import { compactLayout } from '@bep/web/ui';
import { BelgianDateField, CommuneField, communesByNis } from '@bep/web/ui-material';

/** What the filters say, the page aside. */
export interface ChosenFilters {
  rule: ReminderRuleName | null;
  communeNis: string | null;
  from: string | null;
  to: string | null;
}

function periodInOrder(group: AbstractControl): ValidationErrors | null {
  const { from, to } = group.value as { from: string | null; to: string | null };
  return from && to && from > to ? { period: true } : null;
}

let nextId = 0;

/**
 * The filters of the reminders' lists (rule, commune, period) or of the outbox (commune only):
 * shows the filters in force, and emits the chosen ones when the user applies them.
 */
@Component({
  selector: 'bep-reminder-filters-form',
  imports: [BelgianDateField, CommuneField, MatButtonModule, MatFormFieldModule, MatSelectModule, NgTemplateOutlet, ReactiveFormsModule, TranslocoPipe],
  template: `
    <!-- On a narrow screen the filters fold away, open when some are in force. -->
    @if (compact()) {
      <details class="bep-filter-panel" [open]="filtered()">
        <summary>
          {{ label() | transloco }}
          @if (filtered()) {
            <span class="active">({{ 'reminders.filters.active' | transloco }})</span>
          }
        </summary>
        <ng-container *ngTemplateOutlet="filtersForm" />
      </details>
    } @else {
      <ng-container *ngTemplateOutlet="filtersForm" />
    }

    <ng-template #filtersForm>
      <form class="bep-filters" [formGroup]="form" (ngSubmit)="submit()" role="search" [attr.aria-label]="label() | transloco">
        @if (withRuleAndPeriod()) {
          <mat-form-field class="select">
            <mat-label>{{ 'reminders.filters.rule' | transloco }}</mat-label>
            <mat-select formControlName="rule">
              <mat-option value="">{{ 'reminders.filters.allRules' | transloco }}</mat-option>
              @for (rule of rules; track rule) {
                <mat-option [value]="rule">{{ 'reminders.rule.' + rule | transloco }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
        }

        <bep-commune-field
          formControlName="communeNis"
          [label]="'reminders.filters.commune' | transloco"
          [emptyLabel]="'reminders.filters.allCommunes' | transloco"
          [search]="communes.search"
          [lookup]="communes.lookup"
        />

        @if (withRuleAndPeriod()) {
          <bep-date-field formControlName="from" [label]="'reminders.filters.from' | transloco" [describedBy]="noteId" />
          <bep-date-field formControlName="to" [label]="'reminders.filters.to' | transloco" [describedBy]="periodError() ? noteId + ' ' + errorId : noteId" />
        }

        <div class="filter-actions">
          <button mat-flat-button type="submit">{{ 'reminders.filters.filter' | transloco }}</button>
          @if (filtered()) {
            <button mat-button type="button" (click)="clear()">{{ 'action.clearFilters' | transloco }}</button>
          }
        </div>

        @if (periodError()) {
          <p class="field-error" [id]="errorId" role="alert">{{ 'reminders.filters.periodOrder' | transloco }}</p>
        }
        @if (withRuleAndPeriod()) {
          <p class="note" [id]="noteId">{{ 'reminders.filters.periodHint' | transloco }}</p>
        }
      </form>
    </ng-template>
  `,
  // The shared look of filters is the global .bep-filters (styles.css); the rule and recipient lists want more room.
  styles: `
    mat-form-field.select {
      flex-basis: 14rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReminderFiltersForm {
  readonly #api = inject(RemindersApi);
  protected readonly communes = communesByNis((query) => this.#api.communes(query));

  /** The filters in force (those of the URL). */
  readonly filters = input.required<ChosenFilters>();
  /** False for the outbox, which filters by commune only. */
  readonly withRuleAndPeriod = input(true);
  /** The translation key of the form's name. */
  readonly label = input('reminders.filters.label');
  readonly applied = output<ChosenFilters>();

  protected readonly rules = REMINDER_RULES;
  protected readonly compact = compactLayout();
  protected readonly errorId = `reminder-period-error-${nextId}`;
  protected readonly noteId = `reminder-period-note-${nextId++}`;
  readonly #fb = inject(NonNullableFormBuilder);
  protected readonly form = this.#fb.group(
    { rule: '', communeNis: '', from: this.#fb.control<string | null>(null), to: this.#fb.control<string | null>(null) },
    { validators: periodInOrder },
  );
  protected readonly periodError = signal(false);
  protected readonly filtered = computed(() => {
    const { rule, communeNis, from, to } = this.filters();
    return !!(rule || communeNis || from || to);
  });

  constructor() {
    effect(() => {
      const { rule, communeNis, from, to } = this.filters();
      this.form.reset({ rule: rule ?? '', communeNis: communeNis ?? '', from: from ?? null, to: to ?? null });
      this.periodError.set(false);
    });
  }

  protected submit(): void {
    this.periodError.set(this.form.hasError('period'));
    if (this.form.invalid) return;
    const { rule, communeNis, from, to } = this.form.getRawValue();
    this.applied.emit({ rule: (rule || null) as ReminderRuleName | null, communeNis: communeNis || null, from: from || null, to: to || null });
  }

  protected clear(): void {
    this.applied.emit({ rule: null, communeNis: null, from: null, to: null });
  }
}
