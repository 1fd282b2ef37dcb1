import { afterNextRender, ChangeDetectionStrategy, Component, computed, ElementRef, inject, signal, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { AbstractControl, FormControl, FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTimepickerModule } from '@angular/material/timepicker';
import { ActivatedRoute } from '@angular/router';
import { ACTIVITY_TYPES, DEFAULT_ACTIVITY_MINUTES, type ActivityType } from '@bep/domain';
import { CommunePageStore } from '@bep/web/communes/data-access';
import { apiFailure, type ApiFailure, FailureTextPipe } from '@bep/web/shared/data-access';
import { BelgianDateField, provideBelgianDates } from '@bep/web/ui-material';
import { TranslocoPipe } from '@jsverse/transloco';
import { COMMUNE_FAILURES } from '../shared/commune-failures';
import { activityRequest } from './activity-request';
import { PageDialogs } from '../shared/page-dialogs';

/** The API's limits (createActivityRequestSchema), written out so that zod stays out of the bundle. */
const SUBJECT_MAX_LENGTH = 200;
const LOCATION_MAX_LENGTH = 200;
export const OUTCOME_MAX_LENGTH = 4000;
const MAX_MINUTES = 1440;

/**
 * What usually lies ahead when it is logged (a meeting, a diagnostic, a workshop) rather than what
 * already happened (a note, a call, an e-mail): the form offers "Planifier" for those and
 * "Consigner" for the others until the user says otherwise.
 */
const PLANNED_BY_DEFAULT: readonly ActivityType[] = ['meeting', 'diagnostic', 'workshop'];

function notBlank(control: AbstractControl<string>): ValidationErrors | null {
  return control.value.trim() ? null : { required: true };
}

/** `YYYY-MM-DDTHH:mm`, the Brussels wall-clock time the API reads, from the day and the time typed; empty while either is. */
export function wallClockTime(day: string | null, time: Date | null): string {
  if (!day || !time) return '';
  const twoDigits = (value: number) => String(value).padStart(2, '0');
  return `${day}T${twoDigits(time.getHours())}:${twoDigits(time.getMinutes())}`;
}

function wholeMinutes(control: AbstractControl<number | null>): ValidationErrors | null {
  const value = control.value;
  return value === null || (Number.isInteger(value) && value >= 0 && value <= MAX_MINUTES) ? null : { minutes: true };
}

/**
 * Logs what happened on the engagement or schedules what comes (a diagnostic, a workshop), at a
 * Brussels time: a day typed "24/03/2026" or chosen in the calendar and a time "14:30" (never the
 * browser's own date field, which speaks the browser's locale), sent as `YYYY-MM-DDTHH:mm`, which
 * the API reads as a Brussels wall-clock time whatever the browser's time zone. Participants are
 * the commune's contacts and the team's consultants.
 */
@Component({
  selector: 'bep-activity-form',
  imports: [
    BelgianDateField,
    FailureTextPipe,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTimepickerModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  // The time picker reads and shows "14:30" through the same date adapter as the calendar.
  providers: [provideBelgianDates()],
  templateUrl: './activity-form.html',
  styleUrl: './activity-form.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ActivityForm {
  /** How the failures of this part of the page are worded. */
  protected readonly failures = COMMUNE_FAILURES;
  protected readonly store = inject(CommunePageStore);
  readonly #dialogs = inject(PageDialogs);

  protected readonly types = ACTIVITY_TYPES;

  protected readonly form = inject(NonNullableFormBuilder).group({
    type: ['note' as ActivityType],
    subject: ['', [notBlank, Validators.maxLength(SUBJECT_MAX_LENGTH)]],
    /** The calendar day (`YYYY-MM-DD`), null when empty. */
    day: new FormControl<string | null>(null),
    /** The time of day, as the time picker holds it (only its hours and minutes count). */
    time: new FormControl<Date | null>(null),
    duration: new FormControl<number | null>(null, wholeMinutes),
    location: ['', Validators.maxLength(LOCATION_MAX_LENGTH)],
    completed: [true],
    outcome: ['', Validators.maxLength(OUTCOME_MAX_LENGTH)],
    contactIds: [[] as string[]],
    consultantIds: [[] as string[]],
  });

  readonly #type = toSignal(this.form.controls.type.valueChanges, { initialValue: this.form.controls.type.value });
  protected readonly completed = toSignal(this.form.controls.completed.valueChanges, { initialValue: true });
  protected readonly defaultMinutes = computed(() => DEFAULT_ACTIVITY_MINUTES[this.#type()]);

  /** Contacts that can take part: the erased ones have no name any more. */
  protected readonly contacts = computed(() => (this.store.contacts.value() ?? []).filter((contact) => !contact.erasedAt));
  protected readonly consultants = computed(() => this.store.engagement.value()?.consultants ?? []);

  protected readonly submitting = signal(false);
  protected readonly failure = signal<ApiFailure | null>(null);

  /** Resetting through the directive also forgets that the form was submitted (no error shown on the empty form). */
  private readonly formDirective = viewChild.required(FormGroupDirective);
  private readonly subjectInput = viewChild.required<ElementRef<HTMLInputElement>>('subjectInput');
  private readonly timeInput = viewChild.required<ElementRef<HTMLInputElement>>('timeInput');
  readonly #host = inject<ElementRef<HTMLElement>>(ElementRef);

  constructor() {
    const { type, completed, day, time } = this.form.controls;
    type.valueChanges.subscribe((value) => {
      if (completed.pristine) completed.setValue(!PLANNED_BY_DEFAULT.includes(value));
    });
    // What is planned needs its day and time; what is done may have them, but not one without the other.
    day.addValidators((control) => (!control.value && (!completed.value || time.value) ? { required: true } : null));
    time.addValidators((control) => (!control.value && (!completed.value || day.value) ? { required: true } : null));
    completed.valueChanges.subscribe(() => {
      day.updateValueAndValidity();
      time.updateValueAndValidity();
    });
    day.valueChanges.subscribe(() => time.updateValueAndValidity({ emitEvent: false }));
    time.valueChanges.subscribe(() => day.updateValueAndValidity({ emitEvent: false }));
    this.#prepareFromLink();
  }

  /**
   * `?planifier=diagnostic` (the dashboard's "Planifier le diagnostic"): the form opens on an
   * activity of that type to schedule, brought into view with the focus in its subject.
   */
  #prepareFromLink(): void {
    const planned = inject(ActivatedRoute).snapshot.queryParamMap.get('planifier');
    if (!planned || !(ACTIVITY_TYPES as readonly string[]).includes(planned)) return;
    this.form.controls.type.setValue(planned as ActivityType);
    this.form.controls.completed.setValue(false);
    afterNextRender(() => {
      const subject = this.subjectInput().nativeElement;
      subject.scrollIntoView({ block: 'center' });
      subject.focus();
    });
  }

  protected isChosen(list: 'contactIds' | 'consultantIds', id: string): boolean {
    return this.form.controls[list].value.includes(id);
  }

  protected toggle(list: 'contactIds' | 'consultantIds', id: string, checked: boolean): void {
    const control = this.form.controls[list];
    control.setValue(checked ? [...control.value, id] : control.value.filter((chosen) => chosen !== id));
  }

  protected async submit(): Promise<void> {
    if (this.submitting()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.#focusFirstInvalid();
      return;
    }
    const { day, time, ...value } = this.form.getRawValue();
    const request = activityRequest({ ...value, when: wallClockTime(day, time) });
    this.submitting.set(true);
    this.failure.set(null);
    try {
      await this.store.createActivity(request);
      this.#dialogs.announce('commune.activities.saved', { subject: request.subject });
      this.formDirective().resetForm();
    } catch (error) {
      this.#showFailure(apiFailure(error));
    } finally {
      this.submitting.set(false);
    }
  }

  /** The server's field messages on their field, anything else above the form. */
  #showFailure(failure: ApiFailure): void {
    const { subject, day, duration, location, outcome } = this.form.controls;
    const controls: Record<string, AbstractControl> = { subject, scheduledAt: day, durationMinutes: duration, location, outcome };
    const placed = Object.entries(failure.fields).filter(([path]) => controls[path]);
    for (const [path, message] of placed) {
      controls[path].setErrors({ server: message });
      controls[path].markAsTouched();
    }
    this.failure.set(placed.length ? null : failure);
    this.#focusFirstInvalid();
  }

  #focusFirstInvalid(): void {
    const { subject, day, time } = this.form.controls;
    const dayInput = this.#host.nativeElement.querySelector<HTMLInputElement>('bep-date-field input');
    const input = subject.invalid ? this.subjectInput().nativeElement : day.invalid ? dayInput : time.invalid ? this.timeInput().nativeElement : null;
    input?.focus();
  }
}
