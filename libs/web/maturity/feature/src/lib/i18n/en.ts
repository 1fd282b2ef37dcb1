import type { TranslationsLike } from '@bep/web/shared/i18n';
import type { fr } from './fr';

/** The maturity page's own words, in English (scope `maturity`). */
export const en: TranslationsLike<typeof fr> = {
  campaign: 'Campaign “{{ name }}”',
  intro: 'The digital maturity scores of the municipalities that sent their questionnaire, from 0 to 100, and what these municipalities say about their obstacles and projects.',
  loading: 'Loading the digital maturity',
  error: 'The digital maturity could not be loaded.',
  noQuestionnaire: 'This campaign has no online questionnaire: there are no scores to show.',
  empty: 'No municipality has sent its questionnaire yet. The scores will show here from the first one.',
  exports: {
    label: 'Export every answer and score',
    csv: 'Export CSV',
    xlsx: 'Export Excel',
    hint: 'One row per municipality that answered: its scores, then each question (a 0/1 column per option of multiple choices).',
    started: 'The {{ format }} export is downloading.',
  },
  figures: {
    heading: 'Key figures',
    answered: 'Municipalities that answered',
    answeredValue: '{{ answered }} of {{ engaged }}',
    median: "Province's median overall index",
    none: 'No score yet',
  },
  heat: {
    heading: 'Scores by municipality and dimension',
    hint: 'Click a column header to sort. From 0 (light) to 100 (dark).',
    caption: 'Digital maturity scores by municipality (rows) and dimension (columns), out of 100',
    region: 'Scores table, scrolls horizontally',
    pages: 'Pages of the municipalities in the table',
    commune: 'Municipality',
    overall: 'Overall index',
    median: "Province's median",
    noScore: 'no score',
    sortedAscending: 'sorted ascending',
    sortedDescending: 'sorted descending',
    legend: 'Colour key',
    legendNone: 'No score',
  },
  map: {
    heading: 'Map of the province by overall index',
    summary: "Map of the province's municipalities, coloured by their overall digital maturity index. The scores are detailed in the table above.",
    answered: 'Overall index',
    unanswered: 'No score',
    overall: 'Overall index: {{ score }}',
    hint: 'Click a municipality to open its page. Municipalities in grey have no score you can see.',
  },
  bars: {
    obstacles: 'Most cited obstacles',
    fears: 'Most cited fears',
    themes: 'Themes where municipalities already have projects',
    themesHint: 'Projects under way or done.',
    count: {
      one: '{{ count }} municipality ({{ share }})',
      other: '{{ count }} municipalities ({{ share }})',
    },
    none: 'No municipality cites any.',
  },
};
