/** The words of the public questionnaire's page, in French (the questionnaire itself is data, always French). */
export const fr = {
  title: 'Questionnaire',
  tagline: 'Radioscopie de la maturité numérique des communes',
  loading: 'Chargement du questionnaire…',
  unknown: {
    title: "Ce lien n'est pas ou plus valable",
    message: 'Il a peut-être été remplacé par un lien plus récent. Demandez-en un nouveau au BEP.',
  },
  expired: {
    title: 'Ce questionnaire est clôturé',
    message: "La campagne n'accepte plus de réponses. Pour toute question, contactez le BEP.",
  },
  failed: {
    title: "Le questionnaire n'a pas pu être chargé",
    retry: 'Réessayer',
  },
  submitted: {
    title: 'Merci\u00a0!',
    message: 'Le questionnaire a été envoyé au BEP.',
    sentOn: 'Envoyé le {{ date }}.',
  },
  form: {
    campaign: 'Campagne {{ name }}',
    conflict: "Quelqu'un d'autre vient de modifier cette section\u00a0: ses réponses sont affichées.",
  },
  progress: {
    title: 'Avancement',
    toggle: "Afficher l'avancement",
    count: '{{ answered }} / {{ shown }}',
    label: 'Questions répondues\u00a0: {{ answered }} sur {{ shown }}',
    current: 'section en cours',
    summary: 'Récapitulatif et envoi',
  },
  save: {
    saving: 'Enregistrement…',
    saved: 'Enregistré à {{ time }}',
    failed: "L'enregistrement a échoué\u00a0: {{ reason }}",
    retry: 'Réessayer',
  },
  summary: {
    title: 'Récapitulatif',
    intro: 'Vérifiez vos réponses avant de les envoyer au BEP. Une fois envoyé, le questionnaire ne peut plus être modifié.',
    answered: 'Questions répondues\u00a0: {{ answered }} sur {{ shown }}',
    missing: 'Questions obligatoires sans réponse\u00a0:',
    complete: 'Toutes les questions obligatoires ont une réponse.',
    goTo: 'Aller à la section {{ title }}',
    back: 'Revenir au questionnaire',
    unsaved: 'Attendez la fin de l\'enregistrement pour envoyer.',
    submit: 'Envoyer le questionnaire au BEP',
    incomplete: "Le questionnaire n'est pas complet\u00a0: répondez d'abord aux questions obligatoires nommées ci-dessus.",
    confirmTitle: 'Envoyer le questionnaire\u00a0?',
    confirmMessage: 'Le BEP recevra vos réponses et le questionnaire ne pourra plus être modifié.',
    confirm: 'Envoyer',
  },
  paper: {
    title: 'Réponses papier',
    breadcrumb: 'Retour',
    back: 'Retour à {{ commune }}',
    explanation:
      "Saisissez ici les réponses que la commune a renvoyées sur papier. Chaque réponse est enregistrée dès que vous la tapez\u00a0; l'envoi fait passer la commune à «\u00a0Questionnaire complété\u00a0».",
    noCommune: "Aucune commune n'a le code INS {{ nis }}.",
    noEngagement: "Cette commune n'a pas d'engagement dans la campagne en cours\u00a0: il n'y a pas de questionnaire à remplir.",
    submitted: 'Questionnaire envoyé',
    forbidden: 'Seuls les gestionnaires du BEP saisissent des réponses papier.',
  },
};
