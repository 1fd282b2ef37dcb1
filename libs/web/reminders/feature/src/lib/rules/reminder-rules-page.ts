import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { REMINDER_SETTINGS_DEFAULTS, ReminderSettingsStore } from '@bep/web/reminders/data-access';
import { apiFailure, FailureTextPipe, failureText } from '@bep/web/shared/data-access';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { ReminderSettingsFields } from './reminder-settings-fields';
import { formValueOf, settingsForm, settingsOf, settingsPatch, type EditableSettings } from './settings-form';

/** A field of the form the server refused, with its own message. */
interface Refusal {
  field: string;
  message: string;
}

/** The words of a settings path the API names in a 400 or 422 (`reminderSettings.sendingWindow.to`). */
const FIELD_WORDS: Record<string, string> = {
  firstAfterDays: 'reminders.settings.field.firstAfterSurvey',
  repeatEveryDays: 'reminders.settings.field.repeatEveryDays',
  maxCount: 'reminders.settings.field.maxCount',
  afterDays: 'reminders.settings.field.afterDays',
  daysBefore: 'reminders.settings.field.daysBefore',
  weekday: 'reminders.settings.field.weekday',
  at: 'reminders.settings.field.at',
  workingDays: 'reminders.settings.field.workingDays',
  from: 'reminders.settings.field.from',
  to: 'reminders.settings.field.to',
};

const SECTIONS = ['surveyInvitation', 'surveyUnanswered', 'diagnosticNotScheduled', 'upcomingEvent', 'invoiceOverdue', 'weeklyDigest'] as const;

/**
 * /rappels/regles: the current campaign's reminder settings, which managers change here (the
 * campaign's PATCH with the fields that changed): each rule on or off with its days, the series'
 * repeat and length, the digest's day and time, and the sending window. Each field says its
 * default; the defaults can be put back in one click, and nothing is saved before "Enregistrer".
 */
@Component({
  selector: 'bep-reminder-rules-page',
  imports: [
    FailureTextPipe,
    MatButtonModule,
    MatProgressBarModule,
    ReactiveFormsModule,
    ReminderSettingsFields,
    TranslocoPipe,
  ],
  templateUrl: './reminder-rules-page.html',
  styleUrl: './reminder-rules-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReminderRulesPage {
  protected readonly store = inject(ReminderSettingsStore);
  readonly #snackBar = inject(MatSnackBar);
  readonly #transloco = inject(TranslocoService);

  protected readonly form = settingsForm(inject(NonNullableFormBuilder), REMINDER_SETTINGS_DEFAULTS);
  protected readonly saving = signal(false);
  protected readonly submitted = signal(false);
  protected readonly saveError = signal<string | null>(null);
  protected readonly refusals = signal<Refusal[]>([]);
  /** A polite message about the form (defaults put back), read by screen readers. */
  protected readonly notice = signal<string | null>(null);
  protected readonly noCampaign = computed(() => this.store.failure()?.status === 404);
  protected readonly timeZone = computed(() => this.store.settings()?.sendingWindow.timeZone ?? REMINDER_SETTINGS_DEFAULTS.sendingWindow.timeZone);

  constructor() {
    this.store.ensureLoaded();
    // The form shows the settings as loaded or saved.
    effect(() => {
      const settings = this.store.settings();
      if (settings) this.#fill(settings);
    });
  }

  protected undo(): void {
    const settings = this.store.settings();
    if (settings) this.#fill(settings);
    this.notice.set(null);
  }

  protected useDefaults(): void {
    this.form.reset(formValueOf(REMINDER_SETTINGS_DEFAULTS));
    this.form.markAsDirty();
    this.notice.set(this.#transloco.translate('reminders.settings.defaultsApplied'));
  }

  protected async save(): Promise<void> {
    this.submitted.set(true);
    this.saveError.set(null);
    this.refusals.set([]);
    this.notice.set(null);
    const settings = this.store.settings();
    if (!settings) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.saveError.set(this.#transloco.translate('reminders.settings.invalid'));
      return;
    }
    const patch = settingsPatch(settings, settingsOf(this.form.getRawValue()));
    if (Object.keys(patch).length === 0) {
      this.#announce('reminders.settings.unchanged');
      return;
    }
    this.saving.set(true);
    try {
      await this.store.save(patch);
      this.submitted.set(false);
      this.#announce('reminders.settings.saved');
    } catch (error) {
      const failure = apiFailure(error);
      this.refusals.set(Object.entries(failure.fields).map(([path, message]) => ({ field: this.#fieldWords(path), message })));
      this.saveError.set(
        this.refusals().length
          ? this.#transloco.translate('reminders.settings.refused')
          : `${this.#transloco.translate('reminders.settings.saveFailed')} ${failureText(failure, { fallback: '' }, this.#transloco)}`.trim(),
      );
    } finally {
      this.saving.set(false);
    }
  }

  #fill(settings: EditableSettings): void {
    this.form.reset(formValueOf(settings));
    this.submitted.set(false);
  }

  /** "Fenêtre d'envoi · À" for `reminderSettings.sendingWindow.to`; a path it does not know as it is. */
  #fieldWords(path: string): string {
    const [, section, field] = path.split('.');
    const sectionWords = section === 'sendingWindow' ? 'reminders.settings.window.title' : (SECTIONS as readonly string[]).includes(section) ? `reminders.rule.${section}` : null;
    const fieldKey = field ? FIELD_WORDS[field] : undefined;
    if (!sectionWords) return path;
    const words = [this.#transloco.translate(sectionWords)];
    if (fieldKey) words.push(this.#transloco.translate(fieldKey));
    return words.join(' · ');
  }

  #announce(key: string): void {
    this.#snackBar.open(this.#transloco.translate(key), undefined, { duration: 5000 });
  }
}
