import { DEFAULT_REMINDER_SETTINGS, reminderSettingsSchema } from '@bep/contracts';
import { REMINDER_SETTINGS_DEFAULTS } from './reminder-settings-defaults';

describe('REMINDER_SETTINGS_DEFAULTS', () => {
  it('are the contracts’ defaults, which the client cannot import without zod', () => {
    expect(REMINDER_SETTINGS_DEFAULTS).toEqual(DEFAULT_REMINDER_SETTINGS);
    expect(reminderSettingsSchema.parse(REMINDER_SETTINGS_DEFAULTS)).toEqual(REMINDER_SETTINGS_DEFAULTS);
  });
});
