import { TestBed } from '@angular/core/testing';
import { NonNullableFormBuilder } from '@angular/forms';
import { REMINDER_SETTINGS_DEFAULTS } from '@bep/web/reminders/data-access';
import { formValueOf, settingsForm, settingsOf, settingsPatch, WEEK, type EditableSettings } from './settings-form';

const DEFAULTS: EditableSettings = {
  ...REMINDER_SETTINGS_DEFAULTS,
  sendingWindow: { workingDays: REMINDER_SETTINGS_DEFAULTS.sendingWindow.workingDays, from: '08:00', to: '18:00' },
};

describe('the reminder settings form', () => {
  function form() {
    return settingsForm(TestBed.inject(NonNullableFormBuilder), REMINDER_SETTINGS_DEFAULTS);
  }

  it('holds the week in order', () => {
    expect(WEEK).toEqual(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
  });

  it('reads back the settings it was filled with, the time zone aside', () => {
    const settings = form();
    expect(settings.valid).toBe(true);
    expect(settingsOf(settings.getRawValue())).toEqual(DEFAULTS);
    settings.reset(formValueOf({ ...DEFAULTS, sendingWindow: { workingDays: ['saturday', 'monday'], from: '09:00', to: '12:30' } }));
    expect(settingsOf(settings.getRawValue()).sendingWindow).toEqual({ workingDays: ['monday', 'saturday'], from: '09:00', to: '12:30' });
  });

  it('applies the API’s bounds and rules', () => {
    const settings = form();
    const survey = settings.controls.surveyUnanswered.controls;
    survey.firstAfterDays.setValue(0);
    expect(survey.firstAfterDays.hasError('min')).toBe(true);
    survey.firstAfterDays.setValue(366);
    expect(survey.firstAfterDays.hasError('max')).toBe(true);
    survey.maxCount.setValue(21);
    expect(survey.maxCount.hasError('max')).toBe(true);
    survey.repeatEveryDays.setValue(2.5);
    expect(survey.repeatEveryDays.hasError('integer')).toBe(true);
    survey.repeatEveryDays.setValue(null);
    expect(survey.repeatEveryDays.hasError('required')).toBe(true);
    settings.controls.weeklyDigest.controls.at.setValue('8h');
    expect(settings.controls.weeklyDigest.controls.at.hasError('time')).toBe(true);

    const window = settings.controls.sendingWindow;
    window.controls.from.setValue('18:00');
    window.controls.to.setValue('18:00');
    expect(window.hasError('window')).toBe(true);
    for (const day of WEEK) window.controls.workingDays.controls[day].setValue(false);
    expect(window.controls.workingDays.hasError('days')).toBe(true);
  });
});

describe('settingsPatch', () => {
  it('names only the fields that changed', () => {
    expect(settingsPatch(DEFAULTS, DEFAULTS)).toEqual({});
    expect(
      settingsPatch(DEFAULTS, {
        ...DEFAULTS,
        invoiceOverdue: { ...DEFAULTS.invoiceOverdue, maxCount: 5 },
        sendingWindow: { ...DEFAULTS.sendingWindow, workingDays: ['monday', 'wednesday'], to: '17:00' },
      }),
    ).toEqual({ invoiceOverdue: { maxCount: 5 }, sendingWindow: { workingDays: ['monday', 'wednesday'], to: '17:00' } });
  });
});
