/**
 * How the demo's communes tend to answer the questionnaire where an answer is not a matter of
 * maturity: who the binôme is, which obstacles, fears and stakes they cite, the themes where they
 * have projects, the few sentences they write. Weights are relative frequencies: some obstacles
 * are cited by most communes (budget, staff), some rarely (the legal framework), as the
 * programme's first campaign found them. Read by demo-survey-answers.ts.
 */

/** Options drawn without replacement, up to the question's `maxChoices`, each draw weighted. */
export const DEMO_CITED: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  'freins-obstacles': {
    budget: 24,
    personnel: 12,
    temps: 9,
    competences: 7,
    connectivite: 2.5,
    outils: 2,
    vision: 1.5,
    resistance: 1.2,
    'portage-politique': 0.8,
    'cadre-legal': 0.6,
    offre: 0.5,
    autre: 0.3,
  },
  'freins-craintes': {
    couts: 14,
    cyberattaque: 10,
    exclusion: 9,
    surcharge: 4,
    deshumanisation: 3.5,
    'vie-privee': 2.5,
    dependance: 2,
    metiers: 1,
    gadgets: 1,
  },
  'concept-enjeux': {
    services: 12,
    'qualite-vie': 9,
    environnement: 5,
    attractivite: 4,
    participation: 3.5,
    economie: 2.5,
    depenses: 2,
    securite: 1.5,
  },
};

/** The share of communes that cite no option at all where the question offers "none" (no fear). */
export const DEMO_CITES_NOTHING: Readonly<Record<string, number>> = { 'freins-craintes': 0.05 };

/** Single choices that say who or what rather than how far: an option drawn by its weight. */
export const DEMO_SHARES: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  'profil-agent-fonction': { 'directeur-general': 4, projets: 2.5, informatique: 1.5, communication: 1.5, autre: 1 },
  'concept-decouverte': { oui: 4, non: 1 },
  // A commune that asked for the diagnostic said yes; the others hesitate more than they refuse.
  'freins-diagnostic': { oui: 4, 'a-discuter': 5, non: 1 },
};

/**
 * The share of communes with a project (planned or more) on each smart-city theme of the
 * `projets-themes` matrix, for a commune of middling maturity: online services and mobility are
 * everywhere, local economy and security rarer.
 */
export const DEMO_THEME_PROJECTS: Readonly<Record<string, number>> = {
  'e-administration': 0.9,
  mobilite: 0.8,
  'environnement-energie': 0.75,
  'participation-citoyenne': 0.55,
  'tourisme-culture': 0.5,
  'inclusion-numerique': 0.45,
  'mobilite-partagee': 0.3,
  securite: 0.25,
  'economie-locale': 0.2,
};

/** Free-text answers, one picked when the commune writes something (straight apostrophes, French spacing). */
export const DEMO_TEXTS: Readonly<Record<string, readonly string[]>> = {
  'projets-reference': [
    'Le guichet en ligne\u00a0: les habitants commandent leurs documents sans se déplacer, et les agents de la population gagnent une matinée par semaine.',
    "L'éclairage public passé en LED avec une gestion à distance\u00a0; la facture d'électricité a baissé d'un tiers.",
    'Une voiture partagée et une borne de recharge près de la gare, proposées avec la commune voisine.',
    "Le budget participatif\u00a0: douze projets déposés par des habitants la première année, quatre réalisés.",
    "La numérisation des registres de l'état civil, qui répond aux demandes de recherches en quelques minutes.",
  ],
  'services-plateforme': ['Decidim', 'CitizenLab', 'Fluicity', "Une plateforme de l'intercommunale"],
  'freins-precisions': [
    "Un seul informaticien pour toute l'administration et le CPAS\u00a0: les projets passent après le dépannage.",
    "Le réseau mobile est faible dans plusieurs villages\u00a0; un service en ligne n'y remplace pas le guichet.",
    'Les élus sont partants, mais le budget ordinaire ne laisse presque rien pour de nouveaux logiciels.',
    "Nos aînés craignent de ne plus trouver personne au guichet\u00a0; nous voulons garder un accueil physique.",
  ],
  'freins-remarques': [
    'Nous aimerions échanger avec des communes de taille comparable qui ont déjà franchi le pas.',
    'Merci pour cette démarche\u00a0; le questionnaire nous a déjà fait réfléchir en collège.',
    'Un accompagnement pour rédiger les cahiers des charges nous serait précieux.',
  ],
};
