import type { TranslationsLike } from '@bep/web/shared/i18n';
import type { fr } from './fr';

/** The Communes table's own words (scope `communes`), in English. */
export const en: TranslationsLike<typeof fr> = {
  campaign: 'Campaign: {{ name }}',
  loading: 'Loading the municipalities',
  loadFailed: 'The municipalities could not be loaded.',
  filters: 'Filter the municipalities',
  search: 'Search',
  searchHint: 'Name, NIS code or postcode',
  arrondissement: 'District',
  allArrondissements: 'All districts',
  stage: 'Stage',
  allStages: 'All stages',
  table: 'Municipalities of the Province of Namur',
  column: {
    name: 'Name',
    nis: 'NIS',
    arrondissement: 'District',
    population: 'Population',
    stage: 'Stage',
  },
  sortBy: {
    name: 'Sort by name',
    nis: 'Sort by NIS code',
    arrondissement: 'Sort by district',
    population: 'Sort by population',
    stage: 'Sort by stage',
  },
  count: {
    one: '{{ count }} municipality',
    other: '{{ count }} municipalities',
  },
  countFiltered: {
    one: '{{ count }} municipality of {{ total }}',
    other: '{{ count }} municipalities of {{ total }}',
  },
  noMatch: 'No municipality matches these filters.',
  pages: 'Pages of the municipalities table',
  none: 'No municipality is available yet.',
};
