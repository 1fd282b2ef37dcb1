/**
 * The words every page shares, in French (the reference language): stage, activity and role
 * names as the programme uses them, page names, common actions and states. Features keep their own words
 * in their own scope (see provideFeatureTranslations).
 */
export const fr = {
  app: { name: 'BEP Transition numérique' },
  language: { label: 'Langue', fr: 'Français', en: 'English' },
  shell: {
    skipToContent: 'Aller au contenu principal',
    navigation: 'Navigation principale',
    menu: 'Menu de navigation',
    account: 'Mon compte ({{ name }})',
    password: 'Mot de passe',
    changePassword: 'Changer mon mot de passe',
    signOut: 'Se déconnecter',
    /** Offered in the language it switches to. */
    otherLanguage: 'English',
    otherLanguageLabel: 'Switch to English',
  },
  page: {
    dashboard: 'Tableau de bord',
    pipeline: 'Pipeline',
    communes: 'Communes',
    'my-communes': 'Mes communes',
    maturity: 'Maturité numérique',
    consultants: 'Consultants',
    invoices: 'Factures',
    reminders: 'Rappels',
    campaigns: 'Campagnes',
    administration: 'Administration',
  },
  stage: {
    survey_sent: 'Questionnaire envoyé',
    survey_answered: 'Questionnaire complété',
    diagnostic_requested: 'Diagnostic demandé',
    workshop_held: 'Atelier tenu',
    accompaniment: 'Accompagnement',
    declined: 'Refusé',
    withdrawn: 'Retiré',
    outOfCampaign: 'Hors campagne',
    notEligible: 'Non éligible (hors catégorie)',
  },
  activityType: {
    note: 'Note',
    call: 'Appel',
    email: 'E-mail',
    meeting: 'Réunion',
    diagnostic: 'Diagnostic',
    workshop: 'Atelier',
  },
  role: {
    manager: 'Gestionnaire BEP',
    consultant: 'Consultant',
    finance: 'Finances',
    admin: 'Administrateur',
  },
  action: {
    save: 'Enregistrer',
    cancel: 'Annuler',
    close: 'Fermer',
    retry: 'Réessayer',
    delete: 'Supprimer',
    edit: 'Modifier',
    add: 'Ajouter',
    search: 'Rechercher',
    clearFilters: 'Effacer les filtres',
    open: 'Ouvrir',
  },
  state: {
    loading: 'Chargement…',
    empty: 'Rien à afficher.',
    error: 'Le chargement a échoué.',
    saved: 'Enregistré.',
  },
  unit: {
    days: '{{ count }} j',
    hours: '{{ count }} h',
  },
  /** What problemMessage says of a failed call that the server did not explain itself. */
  problem: {
    unreachable: 'Le serveur ne répond pas. Vérifiez votre connexion, puis réessayez.',
    httpError: '{{ fallback }} Erreur HTTP {{ status }}.',
  },
  /**
   * The note of a stage move (MoveNotePrompt of @bep/web/engagements/ui): optional for a move to the
   * next stage, required by the stage rules for the others. `titleOf` names the commune, where the
   * page does not already.
   */
  move: {
    title: { forward: 'Passer à «\u00a0{{ stage }}\u00a0»\u00a0?', other: 'Déplacer vers «\u00a0{{ stage }}\u00a0»' },
    titleOf: { forward: 'Passer {{ commune }} à «\u00a0{{ stage }}\u00a0»\u00a0?', other: 'Déplacer {{ commune }} vers «\u00a0{{ stage }}\u00a0»' },
    why: {
      forward: 'Vous pouvez ajouter une note à ce passage.',
      skip: 'Sauter une étape demande une note qui dit pourquoi.',
      backward: 'Revenir à une étape précédente demande une note qui dit pourquoi.',
      close: 'Clore un engagement demande une note qui dit pourquoi.',
      reopen: 'Rouvrir un engagement demande une note qui dit pourquoi.',
    },
    note: 'Note',
    noteOptional: 'Note (facultative)',
    hint: "Elle figurera dans l'historique de l'engagement.",
    required: 'La note est obligatoire.',
    tooLong: 'La note compte au plus 2 000 caractères.',
    confirm: { forward: 'Passer à «\u00a0{{ stage }}\u00a0»', other: 'Déplacer', override: 'Passer outre' },
    /** A manager's move into "Atelier tenu", the billing stage, before its work is recorded as done. */
    override: {
      diagnostic: "Le diagnostic n'est pas enregistré comme fait.",
      workshop: "Aucun atelier n'est enregistré comme fait.",
      'diagnostic-and-workshop': 'Ni le diagnostic ni un atelier ne sont enregistrés comme faits.',
      why: "En tant que gestionnaire, vous pouvez passer outre\u00a0: la commune sera facturée, et la note, qui dit pourquoi, figurera dans l'historique.",
    },
    /**
     * The message after a move (MoveFeedback of @bep/web/engagements/data-access), its *Annuler*
     * and the undo's own message; `undoNote` is the note the undo sends where the rules want one.
     */
    feedback: {
      moved: '{{ commune }} : {{ from }} → {{ to }}',
      undo: 'Annuler',
      undone: '{{ commune }} : déplacement annulé, retour à « {{ stage }} ».',
      undoFailed: "Le déplacement de {{ commune }} n'a pas pu être annulé : {{ reason }}",
      undoStale: "la commune a été modifiée entre-temps par quelqu'un d'autre.",
      undoNote: 'Déplacement vers « {{ stage }} » annulé juste après (Annuler).',
    },
    /** A move into the campaign's billing stage, confirmed first (MoveConfirmation of @bep/web/engagements/ui). */
    billing: {
      amount: 'Ce passage engage la facturation : un brouillon de facture de {{ amount }} hors TVA (la part de la commune pour le diagnostic) sera préparé pour le service financier.',
      unknownAmount: 'Ce passage engage la facturation : un brouillon de facture du diagnostic (la part de la commune) sera préparé pour le service financier.',
      final: 'Il ne pourra pas être annulé depuis le message qui suit.',
      confirm: 'Passer et facturer',
    },
  },
  /** An engagement's consultants and lead (TeamDialog of @bep/web/engagements/feature-team). */
  team: {
    title: 'Équipe de {{ commune }}',
    consultants: 'Consultants',
    consultantLoad: { one: '{{ office }} · {{ count }} engagement actif', other: '{{ office }} · {{ count }} engagements actifs' },
    office: { BE: 'Bureau de Belgique', FR: 'Bureau de France' },
    inactiveName: '{{ name }} (inactif)',
    lead: 'Responsable',
    noneChosen: 'Aucun consultant coché\u00a0: la commune restera sans équipe.',
    leadRequired: 'Choisissez le responsable parmi les consultants cochés.',
    loading: 'Chargement des consultants',
    loadFailed: 'Impossible de charger les consultants.',
    save: "Enregistrer l'équipe",
    saving: "Enregistrement de l'équipe",
    invalid: "Le serveur refuse cette équipe\u00a0: un des consultants choisis est inconnu ou n'est plus actif. Décochez-le ou rechargez la page.",
    failed: "L'équipe n'a pas pu être enregistrée.",
  },
  /** The header's notifications (NotificationsBell of @bep/web/shell): the reminders that concern the signed-in user. */
  notifications: {
    label: 'Notifications',
    labelUnread: { one: 'Notifications, {{ count }} non lue', other: 'Notifications, {{ count }} non lues' },
    loading: 'Chargement des notifications…',
    loadFailed: 'Impossible de charger les notifications.',
    empty: 'Aucune notification pour le moment.',
    unread: 'Non lue',
    markAllRead: 'Tout marquer comme lu',
  },
  /**
   * A reminder in words, wherever one shows (commune timeline, Mes communes): its rule, its place in
   * a series, its status and why it did not leave. `name` reads "Rappel questionnaire (2 sur 3)".
   */
  reminder: {
    rule: {
      surveyInvitation: 'envoi du questionnaire',
      surveyUnanswered: 'questionnaire',
      diagnosticNotScheduled: 'diagnostic non planifié',
      upcomingEvent: 'activité à venir',
      invoiceOverdue: 'facture échue',
      weeklyDigest: 'résumé hebdomadaire',
    },
    name: 'Rappel {{ rule }}',
    nameInSeries: 'Rappel {{ rule }} ({{ occurrence }} sur {{ count }})',
    status: {
      scheduled: 'prévu',
      sending: "en cours d'envoi",
      sent: 'envoyé',
      skipped: 'ignoré',
      cancelled: 'annulé',
      failed: 'en échec',
    },
    outcome: '{{ name }} {{ status }}',
    outcomeBecause: '{{ name }} {{ status }}\u00a0: {{ reason }}',
    skipReason: {
      'rule-disabled': 'la règle a été désactivée dans les réglages de la campagne',
      'stage-left': "l'engagement a changé d'étape",
      'diagnostic-scheduled': 'un diagnostic a été planifié',
      'event-changed': "l'activité a eu lieu, a été annulée ou déplacée",
      'invoice-settled': 'la facture a été payée ou créditée',
      superseded: 'un rappel plus récent de la série le remplace',
      'settings-changed': 'les réglages de la campagne ont changé sa date',
      'no-recipient': "personne à qui l'envoyer",
      cancelled: 'annulé par un gestionnaire',
    },
    /** "le 23 mars à 09:00" (Brussels time). */
    when: 'le {{ date }} à {{ time }}',
    next: 'Prochain rappel le {{ date }} à {{ time }}',
    error: 'Erreur\u00a0:',
  },
  /** The commune field's words (CommuneField of @bep/web/ui-material). */
  communeField: {
    placeholder: 'Nom, code NIS ou code postal',
    searching: 'Recherche…',
    failed: 'La recherche a échoué\u00a0; réessayez.',
    none: 'Aucune commune ne correspond',
  },
  /** The labels of every table's paginator (TranslatedPaginatorIntl). */
  paginator: {
    itemsPerPage: 'Lignes par page',
    next: 'Page suivante',
    previous: 'Page précédente',
    first: 'Première page',
    last: 'Dernière page',
    range: '{{ start }} – {{ end }} sur {{ length }}',
    empty: '0 sur {{ length }}',
  },
  /** The date picker's labels (TranslatedDatepickerIntl) and the error of a date typed in another format. */
  datepicker: {
    calendar: 'Calendrier',
    open: 'Ouvrir le calendrier',
    close: 'Fermer le calendrier',
    previousMonth: 'Mois précédent',
    nextMonth: 'Mois suivant',
    previousYear: 'Année précédente',
    nextYear: 'Année suivante',
    previousYears: '24 années précédentes',
    nextYears: '24 années suivantes',
    monthView: 'Choisir le jour',
    yearsView: "Choisir l'année et le mois",
    startDate: 'Date de début',
    endDate: 'Date de fin',
    comparisonDate: 'Date de comparaison',
    yearRange: 'de {{ start }} à {{ end }}',
    format: 'jj/mm/aaaa',
    invalid: 'Date attendue au format jj/mm/aaaa, par exemple 24/03/2026',
  },
  /** The quick log of a call, a note or a meeting (commune page, Mes communes cards). */
  quickLog: {
    group: 'Consigner pour {{ commune }}',
    forCommune: ' – consigner pour {{ commune }}',
    title: { call: 'Appel · {{ commune }}', note: 'Note · {{ commune }}', meeting: 'Réunion · {{ commune }}' },
    now: 'Enregistré maintenant, comme fait.',
    outcome: "Résultat de l'appel",
    outcomes: { reached: 'Joint', noAnswer: 'Pas de réponse', leftMessage: 'Message laissé' },
    text: { call: 'Commentaire (facultatif)', note: 'Note', meeting: 'Compte rendu (facultatif)' },
    textRequired: 'Saisissez la note.',
    textTooLong: 'Le texte compte au plus {{ max }} caractères.',
    subject: 'Objet',
    subjectRequired: 'Saisissez un objet.',
    subjectTooLong: "L'objet compte au plus 200 caractères.",
    save: 'Enregistrer',
    cancel: 'Annuler',
    saving: 'Enregistrement en cours',
    saved: { call: 'Appel enregistré pour {{ commune }}.', note: 'Note enregistrée pour {{ commune }}.', meeting: 'Réunion enregistrée pour {{ commune }}.' },
    failed: "L'enregistrement a échoué.",
  },
  /** What is due next on an engagement: its soonest planned activity, or what its stage calls for. */
  nextDue: {
    heading: 'À faire ensuite',
    overdue: 'En retard',
    scheduledAt: 'prévu le {{ date }}',
    undated: 'sans date',
    stage: {
      survey_sent: 'Obtenir les réponses du binôme au questionnaire',
      survey_answered: 'Recueillir la demande de diagnostic de la commune',
      diagnostic_requested: "Planifier et tenir le diagnostic, puis l'atelier",
      workshop_held: 'Proposer un accompagnement à la commune',
      accompaniment: 'Accompagner la commune',
    },
  },
  notFound: {
    title: 'Page introuvable',
    message: "Cette adresse ne correspond à aucune page de l'application. Utilisez le menu de navigation pour continuer.",
  },
} as const;
