import type { TranslationsLike } from '@bep/web/shared/i18n';
import type { fr } from './fr';

/** The Pipeline page's own words in English; the type makes a key missing here a build error. */
export const en: TranslationsLike<typeof fr> = {
  campaign: 'Campaign: {{ name }}',
  loading: 'Loading the pipeline',
  loadFailed: 'The pipeline could not be loaded.',
  noCampaign: 'No campaign is under way: the pipeline is empty.',
  total: {
    one: '{{ count }} municipality',
    other: '{{ count }} municipalities',
  },
  totalFiltered: {
    one: '{{ count }} municipality matches the filters',
    other: '{{ count }} municipalities match the filters',
  },
  noMatch: 'No municipality matches these filters.',
  filters: {
    label: 'Filter the pipeline',
    search: 'Search',
    searchHint: 'Name of the municipality',
    arrondissement: 'District',
    allArrondissements: 'All districts',
    consultant: 'Consultant',
    allConsultants: 'All consultants',
    mine: 'My municipalities',
    unavailable: 'List unavailable for now.',
  },
  board: {
    label: 'Pipeline stages',
    dragHint: 'Drag a card to another column to move it, or use its “Move to…” button with the keyboard.',
    menuHint: 'Move a municipality with its “Move to…” button.',
    stage: 'Stage shown',
    stageOption: '{{ stage }} ({{ count }})',
  },
  column: {
    count: {
      one: '({{ count }} municipality)',
      other: '({{ count }} municipalities)',
    },
    empty: 'No municipality at this stage.',
    /** The closed columns fold to their title and count. */
    fold: 'Fold',
    unfold: 'Unfold',
    foldLabel: 'Fold the “{{ stage }}” column',
    unfoldLabel: 'Unfold the “{{ stage }}” column',
    more: {
      one: '{{ count }} more municipality not shown: narrow the filters.',
      other: '{{ count }} more municipalities not shown: narrow the filters.',
    },
    seeAll: 'See every “{{ stage }}” municipality in the table',
  },
  card: {
    lead: 'Lead: {{ name }}',
    noLead: 'No lead',
    days: '{{ days }} d in this stage',
    next: 'Next: {{ type }} on {{ date }}',
    moving: 'Moving…',
    move: 'Move to…',
    moveMenu: 'Move {{ name }} to',
    needsNote: '(note required)',
    workFirst: '(record the work first)',
  },
  failure: {
    title: 'Moving {{ name }} to “{{ stage }}” failed.',
    stale: 'Someone else changed the municipality meanwhile: the pipeline was reloaded. Check its new stage, then try again if needed.',
    forbidden: 'Only a BEP manager and the consultants assigned to this engagement may move it.',
    dismiss: 'Dismiss the message',
  },
  rule: {
    'same-stage': 'The municipality is already at this stage.',
    'skip-or-backward-needs-manager': 'Only a BEP manager may skip a stage or move backward.',
    'note-required': 'This move needs a note that says why.',
    'reopen-needs-manager': 'Only a BEP manager may reopen a closed engagement.',
    'already-closed': 'The engagement is closed: reopen it before closing it another way.',
    'not-assigned': 'Only a BEP manager and the consultants assigned to this engagement may move it.',
    'work-not-done': 'To move to “Workshop held”, which bills the municipality, first record the diagnostic and at least one workshop as done.',
    'work-not-done-diagnostic': 'To move to “Workshop held”, which bills the municipality, first record the diagnostic as done (in the municipality’s activities).',
    'work-not-done-workshop': 'To move to “Workshop held”, which bills the municipality, first record a workshop as done (in the municipality’s activities).',
    'work-not-done-diagnostic-and-workshop': 'To move to “Workshop held”, which bills the municipality, first record the diagnostic and a workshop as done (in the municipality’s activities).',
  },
};
