/** The Communes table's own words (scope `communes`), in French. */
export const fr = {
  campaign: 'Campagne\u00a0: {{ name }}',
  loading: 'Chargement des communes',
  loadFailed: 'Impossible de charger les communes.',
  filters: 'Filtrer les communes',
  search: 'Rechercher',
  searchHint: 'Nom, code NIS ou code postal',
  arrondissement: 'Arrondissement',
  allArrondissements: 'Tous les arrondissements',
  stage: 'Étape',
  allStages: 'Toutes les étapes',
  table: 'Communes de la province de Namur',
  column: {
    name: 'Nom',
    nis: 'NIS',
    arrondissement: 'Arrondissement',
    population: 'Population',
    stage: 'Étape',
  },
  sortBy: {
    name: 'Trier par nom',
    nis: 'Trier par code NIS',
    arrondissement: 'Trier par arrondissement',
    population: 'Trier par population',
    stage: 'Trier par étape',
  },
  /** Plural forms (pluralForm of @bep/web/shared/i18n): in French 0 and 1 take the singular. */
  count: {
    one: '{{ count }} commune',
    other: '{{ count }} communes',
  },
  countFiltered: {
    one: '{{ count }} commune sur {{ total }}',
    other: '{{ count }} communes sur {{ total }}',
  },
  noMatch: 'Aucune commune ne correspond à ces filtres.',
  pages: 'Pages du tableau des communes',
  none: "Aucune commune n'est disponible pour le moment.",
} as const;
