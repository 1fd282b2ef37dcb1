import { DEFAULT_REMINDER_SETTINGS, mergeReminderSettings, readReminderSettings, reminderSettingsPatchSchema, reminderSettingsSchema } from './reminder-settings';

describe('reminder settings', () => {
  it("default to the programme's reminder rules and sending window", () => {
    expect(DEFAULT_REMINDER_SETTINGS).toEqual({
      surveyInvitation: { enabled: true },
      surveyUnanswered: { enabled: true, firstAfterDays: 14, repeatEveryDays: 7, maxCount: 3 },
      diagnosticNotScheduled: { enabled: true, afterDays: 21 },
      upcomingEvent: { enabled: true, daysBefore: 2 },
      invoiceOverdue: { enabled: true, firstAfterDays: 1, repeatEveryDays: 15, maxCount: 3 },
      weeklyDigest: { enabled: true, weekday: 'monday', at: '08:00' },
      sendingWindow: { workingDays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], from: '08:00', to: '18:00', timeZone: 'Europe/Brussels' },
    });
    expect(reminderSettingsSchema.parse(DEFAULT_REMINDER_SETTINGS)).toEqual(DEFAULT_REMINDER_SETTINGS);
  });

  describe('readReminderSettings', () => {
    it.each([{}, null, undefined, 'text', [], 42])('reads %p as the defaults', (stored) => {
      expect(readReminderSettings(stored)).toEqual(DEFAULT_REMINDER_SETTINGS);
    });

    it('reads a partial value over the defaults, field by field', () => {
      expect(readReminderSettings({ surveyUnanswered: { maxCount: 5 }, weeklyDigest: { weekday: 'friday' } })).toEqual({
        ...DEFAULT_REMINDER_SETTINGS,
        surveyUnanswered: { ...DEFAULT_REMINDER_SETTINGS.surveyUnanswered, maxCount: 5 },
        weeklyDigest: { ...DEFAULT_REMINDER_SETTINGS.weeklyDigest, weekday: 'friday' },
      });
    });

    it('replaces invalid fields by their default and drops unknown ones', () => {
      const read = readReminderSettings({ surveyUnanswered: { firstAfterDays: -3, repeatEveryDays: 10, colour: 'red' }, upcomingEvent: 'soon', retired: { x: 1 } });
      expect(read.surveyUnanswered).toEqual({ enabled: true, firstAfterDays: 14, repeatEveryDays: 10, maxCount: 3 });
      expect(read.upcomingEvent).toEqual(DEFAULT_REMINDER_SETTINGS.upcomingEvent);
      expect(Object.keys(read)).toEqual(Object.keys(DEFAULT_REMINDER_SETTINGS));
    });

    it('falls back to the default window when the stored one ends before it starts', () => {
      expect(readReminderSettings({ sendingWindow: { from: '19:00' } }).sendingWindow).toEqual(DEFAULT_REMINDER_SETTINGS.sendingWindow);
    });
  });

  describe('mergeReminderSettings', () => {
    it('changes only the fields the patch names', () => {
      const patch = reminderSettingsPatchSchema.parse({ surveyUnanswered: { maxCount: 4 }, sendingWindow: { to: '17:30' } });
      const merged = mergeReminderSettings(DEFAULT_REMINDER_SETTINGS, patch);
      expect(merged).toEqual({
        ...DEFAULT_REMINDER_SETTINGS,
        surveyUnanswered: { ...DEFAULT_REMINDER_SETTINGS.surveyUnanswered, maxCount: 4 },
        sendingWindow: { ...DEFAULT_REMINDER_SETTINGS.sendingWindow, to: '17:30' },
      });
      expect(DEFAULT_REMINDER_SETTINGS.surveyUnanswered.maxCount).toBe(3);
    });

    it('leaves the result to be checked: a window ending before it starts does not parse', () => {
      const merged = mergeReminderSettings(DEFAULT_REMINDER_SETTINGS, { sendingWindow: { from: '18:00' } });
      expect(reminderSettingsSchema.safeParse(merged).success).toBe(false);
    });
  });

  it('refuses unknown rules or fields, bad times, zones and days in a patch', () => {
    for (const patch of [
      { birthday: {} },
      { surveyUnanswered: { every: 3 } },
      { weeklyDigest: { at: '8h' } },
      { weeklyDigest: { at: '24:00' } },
      { weeklyDigest: { weekday: 'lundi' } },
      { sendingWindow: { timeZone: 'Mars/Olympus' } },
      { sendingWindow: { workingDays: [] } },
      { sendingWindow: { workingDays: ['monday', 'monday'] } },
      { surveyUnanswered: { maxCount: 0 } },
      { diagnosticNotScheduled: { afterDays: 2.5 } },
    ]) {
      expect(reminderSettingsPatchSchema.safeParse(patch).success).toBe(false);
    }
    expect(reminderSettingsPatchSchema.safeParse({ sendingWindow: { timeZone: 'Europe/Paris' } }).success).toBe(true);
  });
});
