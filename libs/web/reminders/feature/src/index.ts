export * from './lib/reminders.routes';
// The reminder settings' form, which the campaign form shows too (with the words of scope `reminders`).
export { REMINDERS_TRANSLATIONS } from './lib/i18n/reminders-translations';
export { ReminderSettingsFields } from './lib/rules/reminder-settings-fields';
export { formValueOf, settingsForm, settingsOf, settingsPatch, type EditableSettings, type SettingsForm } from './lib/rules/settings-form';
