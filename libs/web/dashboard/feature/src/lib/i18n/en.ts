import type { TranslationsLike } from '@bep/web/shared/i18n';
import type { fr } from './fr';

/** The Tableau de bord's own words, in English (scope `dashboard`). */
export const en: TranslationsLike<typeof fr> = {
  campaign: 'Campaign “{{ name }}” · as of {{ asOf }}',
  loading: 'Loading the dashboard',
  error: 'The dashboard could not be loaded.',
  noCampaign: 'No campaign is under way. The dashboard will show as soon as a campaign is opened.',
  filters: {
    label: 'Filter the dashboard',
    arrondissement: 'Arrondissement',
    allArrondissements: 'All arrondissements',
    consultant: 'Consultant',
    allConsultants: 'All consultants',
  },
  figures: {
    heading: 'Key figures',
    engaged: 'Municipalities engaged',
    late: 'Late',
  },
  deadline: {
    heading: 'Campaign deadline',
    left: 'Days left: {{ days }}',
    today: 'The deadline is today.',
    past: 'Deadline passed {{ days }} d ago',
  },
  budget: {
    heading: "BEP's budget",
    campaign: 'Campaign “{{ name }}”',
    committed: 'Committed',
    invoiced: 'Invoiced',
    paid: 'Paid',
    envelope: 'Envelope',
    remaining: 'Available',
    exceeded: 'Overrun',
    noEnvelope: 'No budget envelope is set for this campaign.',
    explanation:
      "BEP's share of the diagnostic price, for each municipality that asked for it (committed), whose co-financing invoice is issued (invoiced) or paid (paid).",
    communes: {
      heading: "Municipalities' share",
      billed: 'Billed to municipalities',
      collected: 'Collected',
      explanation: 'Issued invoices, VAT included, less credit notes; and the payments received.',
    },
  },
  stages: {
    heading: 'Progress by stage',
    funnel: 'Funnel: municipalities that reached each stage',
    caption: 'Progress by stage: municipalities in the stage, municipalities that reached it, conversion and median time',
    stage: 'Stage',
    current: 'In the stage',
    reached: 'Reached the stage',
    conversion: 'Go on to the next stage',
    medianDays: 'Median time (days)',
    none: '—',
  },
  map: {
    heading: 'Map of the province',
    summary:
      'Map of the municipalities of the Province of Namur: one dot per municipality, coloured by its stage and sized by its population. The legend and the table below give the details.',
    legend: 'Legend',
    hint: 'Hover over a dot to see the municipality; click to open its page.',
    table: 'See the municipalities as a table',
    tableCaption: 'Municipalities on the map',
    commune: 'Municipality',
    arrondissement: 'Arrondissement',
    stage: 'Stage',
    population: 'Population',
    populationValue: 'Population: {{ count }}',
    empty: 'No municipality matches these filters.',
  },
  late: {
    heading: 'Late items',
    caption: 'Late engagements, oldest first',
    kind: 'Late item',
    commune: 'Municipality',
    since: 'Since',
    daysLate: 'Days late',
    none: 'Nothing is late: everything is on time.',
    showAll: 'Show all {{ count }} late items',
    showFewer: 'Show fewer',
    kinds: {
      'survey-unanswered': 'Survey unanswered',
      'diagnostic-not-scheduled': 'Diagnostic not scheduled',
      'activity-overdue': 'Activity overdue',
    },
  },
};
