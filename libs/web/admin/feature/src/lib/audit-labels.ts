/** French names of the entity types the audit log records; an unknown one shows as is. */
export const ENTITY_TYPE_LABELS: Readonly<Record<string, string>> = {
  session: 'Session',
  user: 'Utilisateur',
  commune: 'Commune',
  contact: 'Contact',
  campaign: 'Campagne',
  engagement: 'Engagement',
  activity: 'Activité',
  consultant: 'Consultant',
  invoice: 'Facture',
  reminder: 'Rappel',
  settings: 'Réglages',
};

/** French names of the audited actions; an unknown one shows as is. */
export const ACTION_LABELS: Readonly<Record<string, string>> = {
  login: 'Connexion',
  logout: 'Déconnexion',
  'change-password': 'Changement de mot de passe',
  create: 'Création',
  update: 'Modification',
  delete: 'Suppression',
  erase: 'Effacement (RGPD)',
  deactivate: 'Désactivation',
  reactivate: 'Réactivation',
  transition: "Changement d'étape",
  assign: 'Attribution',
  issue: 'Émission',
  pay: 'Paiement',
  credit: 'Note de crédit',
  export: 'Export',
};

export function entityTypeLabel(type: string): string {
  return ENTITY_TYPE_LABELS[type] ?? type;
}

export function actionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action;
}
