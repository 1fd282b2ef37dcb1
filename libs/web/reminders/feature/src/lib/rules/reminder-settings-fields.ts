import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import type { Weekday } from '@bep/domain';
import { REMINDER_SETTINGS_BOUNDS, REMINDER_SETTINGS_DEFAULTS } from '@bep/web/reminders/data-access';
import { TranslocoPipe } from '@jsverse/transloco';
import { WEEK, type SettingsForm } from './settings-form';

/**
 * The fields of a campaign's reminder settings (settingsForm): each rule on or off with its days,
 * the series' repeat and length, the digest's day and time, and the sending window, each field with
 * its default. Shown by Rappels › Règles and by the campaign form; the host owns the form and saves
 * it. Its words are of scope `reminders` (REMINDERS_TRANSLATIONS), which the host provides.
 */
@Component({
  selector: 'bep-reminder-settings-fields',
  imports: [MatCheckboxModule, MatFormFieldModule, MatInputModule, MatSelectModule, MatSlideToggleModule, NgTemplateOutlet, ReactiveFormsModule, TranslocoPipe],
  templateUrl: './reminder-settings-fields.html',
  styleUrl: './reminder-settings-fields.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReminderSettingsFields {
  readonly form = input.required<SettingsForm>();
  /** The host tried to save: the errors of fields not touched yet show too. */
  readonly submitted = input(false);
  /** The sending window's time zone, which the settings keep (the programme's). */
  readonly timeZone = input(REMINDER_SETTINGS_DEFAULTS.sendingWindow.timeZone);

  protected readonly weekdays = WEEK;
  protected readonly defaults = REMINDER_SETTINGS_DEFAULTS;
  protected readonly bounds = REMINDER_SETTINGS_BOUNDS;
  protected readonly controls = computed(() => this.form().controls);

  protected dayControl(day: Weekday): FormControl<boolean> {
    return this.controls().sendingWindow.controls.workingDays.controls[day];
  }
}
