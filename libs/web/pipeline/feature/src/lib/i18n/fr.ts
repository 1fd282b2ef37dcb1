/** The Pipeline page's own words (scope `pipeline`), in French. Stage names are the shared `stage.*`. */
export const fr = {
  campaign: 'Campagne : {{ name }}',
  loading: 'Chargement du pipeline',
  loadFailed: 'Impossible de charger le pipeline.',
  noCampaign: "Aucune campagne n'est en cours : le pipeline est vide.",
  /** Plural forms as Intl.PluralRules names them: in French 0 and 1 take the singular. */
  total: {
    one: '{{ count }} commune',
    other: '{{ count }} communes',
  },
  totalFiltered: {
    one: '{{ count }} commune correspond aux filtres',
    other: '{{ count }} communes correspondent aux filtres',
  },
  noMatch: 'Aucune commune ne correspond à ces filtres.',
  filters: {
    label: 'Filtrer le pipeline',
    search: 'Rechercher',
    searchHint: 'Nom de la commune',
    arrondissement: 'Arrondissement',
    allArrondissements: 'Tous les arrondissements',
    consultant: 'Consultant',
    allConsultants: 'Tous les consultants',
    mine: 'Mes communes',
    unavailable: 'Liste indisponible pour le moment.',
  },
  board: {
    label: 'Étapes du pipeline',
    dragHint:
      'Glissez une carte vers une autre colonne pour la déplacer, ou utilisez son bouton « Déplacer vers… » au clavier.',
    menuHint: 'Déplacez une commune avec son bouton « Déplacer vers… ».',
    stage: 'Étape affichée',
    stageOption: '{{ stage }} ({{ count }})',
  },
  column: {
    count: {
      one: '({{ count }} commune)',
      other: '({{ count }} communes)',
    },
    empty: 'Aucune commune à cette étape.',
    /** The closed columns fold to their title and count. */
    fold: 'Replier',
    unfold: 'Déplier',
    foldLabel: 'Replier la colonne « {{ stage }} »',
    unfoldLabel: 'Déplier la colonne « {{ stage }} »',
    more: {
      one: '{{ count }} autre commune non affichée : affinez les filtres.',
      other: '{{ count }} autres communes non affichées : affinez les filtres.',
    },
    seeAll: 'Voir toutes les communes « {{ stage }} » dans le tableau',
  },
  card: {
    lead: 'Responsable : {{ name }}',
    noLead: 'Pas de responsable',
    days: '{{ days }} j dans cette étape',
    next: 'Prochain : {{ type }} le {{ date }}',
    moving: 'Déplacement en cours…',
    move: 'Déplacer vers…',
    moveMenu: 'Déplacer {{ name }} vers',
    needsNote: '(note requise)',
    workFirst: "(travail à enregistrer d'abord)",
  },
  failure: {
    title: 'Le déplacement de {{ name }} vers « {{ stage }} » a échoué.',
    stale: "La commune a été modifiée entre-temps par quelqu'un d'autre : le pipeline a été rechargé. Vérifiez sa nouvelle étape, puis réessayez si nécessaire.",
    forbidden: 'Seuls un gestionnaire BEP et les consultants assignés à cet engagement peuvent le déplacer.',
    dismiss: 'Fermer le message',
  },
  /** The stage rules of libs/domain, as the API names them in its 422 answers. */
  rule: {
    'same-stage': 'La commune est déjà à cette étape.',
    'skip-or-backward-needs-manager': 'Seul un gestionnaire BEP peut sauter une étape ou revenir en arrière.',
    'note-required': 'Ce déplacement demande une note qui dit pourquoi.',
    'reopen-needs-manager': 'Seul un gestionnaire BEP peut rouvrir un engagement clos.',
    'already-closed': "L'engagement est clos : rouvrez-le avant de le clore autrement.",
    'not-assigned': 'Seuls un gestionnaire BEP et les consultants assignés à cet engagement peuvent le déplacer.',
    'work-not-done': "Pour passer à « Atelier tenu », qui facture la commune, enregistrez d'abord le diagnostic et au moins un atelier comme faits.",
    'work-not-done-diagnostic': "Pour passer à « Atelier tenu », qui facture la commune, enregistrez d'abord le diagnostic comme fait (dans les activités de la commune).",
    'work-not-done-workshop': "Pour passer à « Atelier tenu », qui facture la commune, enregistrez d'abord un atelier comme fait (dans les activités de la commune).",
    'work-not-done-diagnostic-and-workshop': "Pour passer à « Atelier tenu », qui facture la commune, enregistrez d'abord le diagnostic et un atelier comme faits (dans les activités de la commune).",
  },
} as const;
