import type { TranslationsLike } from '@bep/web/shared/i18n';
import type { fr } from './fr';

/** The words of the Mes communes page (scope `myCommunes`), in English. */
export const en: TranslationsLike<typeof fr> = {
  intro: 'The municipalities assigned to you, what lies ahead and the move to the next stage.',
  loading: 'Loading your municipalities',
  loadFailed: 'Your municipalities could not be loaded.',
  noConsultant: {
    title: 'Your account is linked to no consultant.',
    body: 'This page shows the municipalities of an Ocalia consultant. Ask an administrator to link your account to your consultant record.',
  },
  engagements: {
    heading: 'My engagements',
    empty: 'No municipality is assigned to you yet.',
    stage: 'Stage',
    daysInStage: 'for {{ days }} d',
    daysInStageToday: 'since today',
    lead: 'You are the lead',
    member: 'Team member',
    leadBy: 'Lead: {{ name }}',
    noLead: 'No lead appointed',
    lastStage: 'Last stage of the pipeline.',
    workFirst: {
      diagnostic: 'To move to “Workshop held”, first record the diagnostic as done.',
      workshop: 'To move to “Workshop held”, first record a workshop as done.',
      'diagnostic-and-workshop': 'To move to “Workshop held”, first record the diagnostic and a workshop as done.',
    },
    closed: 'Engagement closed.',
    nextReminder: { one: 'Next reminder', other: 'Next reminders' },
    remindersFailed: 'The next reminders could not be loaded.',
  },
  move: {
    action: 'Move to “{{ stage }}”',
    moving: 'Moving…',
    done: '{{ commune }}: move to “{{ stage }}” saved.',
    stale: '{{ commune }} was changed meanwhile and nothing changed. The list is reloaded: check the stage, then try again.',
    forbidden: '{{ commune }} is no longer assigned to you: the list is reloaded.',
    failed: 'Moving {{ commune }} to the next stage failed.',
    refused: {
      default: 'The stage rules refuse this move for {{ commune }}.',
      'same-stage': '{{ commune }} is already at this stage.',
      'skip-or-backward-needs-manager': 'Only a BEP manager may make {{ commune }} skip a stage or move back.',
      'note-required': 'This move of {{ commune }} needs a note.',
      'reopen-needs-manager': 'Only a BEP manager may reopen the engagement of {{ commune }}.',
      'already-closed': 'The engagement of {{ commune }} is closed.',
      'work-not-done': 'The work for {{ commune }} is not recorded as done: first record the diagnostic and a workshop.',
    },
  },
};
