/** The words of the Mes communes page (scope `myCommunes`), in French, the reference language. */
export const fr = {
  intro: "Les communes qui vous sont attribuées, ce qui vous attend et le passage à l'étape suivante.",
  loading: 'Chargement de vos communes',
  loadFailed: 'Impossible de charger vos communes.',
  noConsultant: {
    title: "Votre compte n'est lié à aucun consultant.",
    body: "Cette page montre les communes d'un consultant d'Ocalia. Demandez à un administrateur de lier votre compte à votre fiche de consultant.",
  },
  engagements: {
    heading: 'Mes engagements',
    empty: 'Aucune commune ne vous est attribuée pour le moment.',
    stage: 'Étape',
    daysInStage: 'depuis {{ days }} j',
    daysInStageToday: "depuis aujourd'hui",
    lead: 'Vous êtes responsable',
    member: "Membre de l'équipe",
    leadBy: 'Responsable\u00a0: {{ name }}',
    noLead: 'Pas de responsable désigné',
    lastStage: 'Dernière étape du parcours.',
    /** "Atelier tenu" bills the commune: it waits for the work to be recorded as done. */
    workFirst: {
      diagnostic: "Pour passer à «\u00a0Atelier tenu\u00a0», enregistrez d'abord le diagnostic comme fait.",
      workshop: "Pour passer à «\u00a0Atelier tenu\u00a0», enregistrez d'abord un atelier comme fait.",
      'diagnostic-and-workshop': "Pour passer à «\u00a0Atelier tenu\u00a0», enregistrez d'abord le diagnostic et un atelier comme faits.",
    },
    closed: 'Engagement clôturé.',
    nextReminder: { one: 'Prochain rappel', other: 'Prochains rappels' },
    remindersFailed: "Les prochains rappels n'ont pas pu être chargés.",
  },
  move: {
    action: 'Passer à «\u00a0{{ stage }}\u00a0»',
    moving: 'Passage en cours…',
    done: "{{ commune }}\u00a0: passage à l'étape «\u00a0{{ stage }}\u00a0» enregistré.",
    stale: "{{ commune }} a été modifiée entre-temps et rien n'a changé. La liste est rechargée\u00a0: vérifiez l'étape, puis réessayez.",
    forbidden: '{{ commune }} ne vous est plus attribuée\u00a0: la liste est rechargée.',
    failed: "Le passage de {{ commune }} à l'étape suivante a échoué.",
    refused: {
      default: 'Les règles des étapes refusent ce passage pour {{ commune }}.',
      'same-stage': '{{ commune }} est déjà à cette étape.',
      'skip-or-backward-needs-manager': 'Seul un gestionnaire BEP peut faire sauter une étape à {{ commune }} ou la faire reculer.',
      'note-required': 'Ce passage de {{ commune }} demande une note.',
      'reopen-needs-manager': "Seul un gestionnaire BEP peut rouvrir l'engagement de {{ commune }}.",
      'already-closed': "L'engagement de {{ commune }} est clôturé.",
      'work-not-done': "Le travail de {{ commune }} n'est pas enregistré comme fait\u00a0: enregistrez d'abord le diagnostic et un atelier.",
    },
  },
} as const;
