import type { TranslationsLike } from '@bep/web/shared/i18n';
import type { fr } from './fr';

/** The words of "Today / this week", in English (scope `today`). */
export const en: TranslationsLike<typeof fr> = {
  heading: 'Today / this week',
  loading: 'Loading the agenda and the late items',
  agenda: {
    heading: 'Agenda',
    intro: 'Diagnostics, workshops and other activities scheduled until {{ until }}.',
    introMine: 'Your activities scheduled until {{ until }}.',
    loadFailed: 'The agenda could not be loaded.',
    today: 'Today',
    tomorrow: 'Tomorrow',
    range: 'From {{ from }} to {{ to }}',
    dayLabel: '{{ name }}, {{ date }}',
    nothing: 'Nothing planned.',
    place: 'Place: {{ place }}',
    placeInCommune: 'Place: {{ commune }} (to be specified)',
    consultants: 'Consultant: {{ names }}',
    noConsultant: 'No consultant assigned',
    open: 'Open the page of {{ commune }}',
  },
  late: {
    heading: 'Late',
    loadFailed: 'The late items could not be loaded.',
    none: 'Nothing late: everything is on time.',
    count: '{{ count }} late',
    show: 'Show',
    hide: 'Hide',
    firstOnes: 'The first ones: ',
    more: 'and {{ count }} more',
    automatic: 'The automatic reminders chase these municipalities on their own.',
    kinds: {
      'diagnostic-not-scheduled': 'Diagnostic not scheduled',
      'activity-overdue': 'Activity overdue',
      'survey-unanswered': 'Survey unanswered',
    },
    actions: {
      sendReminders: 'Send a reminder now',
      schedule: 'Schedule the diagnostic',
      open: 'Open the municipality',
    },
    actionFor: '{{ action }}: {{ commune }}',
    sending: 'Sending the reminders',
    sent: {
      done: 'Reminders sent now: {{ sent }}.',
      without: 'No reminder left to send (series over): {{ count }}.',
      failed: 'No reminder was sent.',
      nothing: 'No reminder to send: every series is over or already being sent.',
    },
    all: 'See every late item',
  },
  reminders: {
    heading: 'Upcoming reminders',
    loadFailed: 'The upcoming reminders could not be loaded.',
    count: 'This week: {{ count }}',
    none: 'No reminder planned this week.',
    at: '{{ date }}, {{ time }}',
    all: 'See every reminder',
  },
};
