import { TestBed } from '@angular/core/testing';
import type { AuditEntry } from '@bep/contracts';
import { provideI18nTesting } from '@bep/web/shared/i18n/testing';
import { TranslocoService } from '@jsverse/transloco';
import { AUDIT_FIELDS, auditSentence, type Translate } from './audit-sentence';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';

const GEMBLOUX = { nis: '92142', name: 'Gembloux' };

function anEntry(overrides: Partial<AuditEntry>): AuditEntry {
  return {
    id: '1',
    occurredAt: '2026-03-17T09:00:00.000Z',
    actor: { id: '7c9e6679-7425-40de-944b-e07fc1f90ae7', name: 'Marie Gestionnaire' },
    action: 'update',
    entityType: 'engagement',
    entityId: 'e-1',
    before: null,
    after: null,
    requestId: null,
    commune: null,
    subject: null,
    ...overrides,
  };
}

/** The sentence, with French no-break spaces written as ordinary ones for the table's readability. */
const read = (sentence: string) => sentence.replace(/\u00a0/g, ' ');

const CASES: [string, Partial<AuditEntry>, string, string][] = [
  [
    'a stage move',
    { action: 'transition', commune: GEMBLOUX, before: { stage: 'diagnostic_requested' }, after: { stage: 'workshop_held' } },
    'Gembloux : Diagnostic demandé → Atelier tenu',
    'Gembloux: Diagnostic requested → Workshop held',
  ],
  [
    'a new team',
    { action: 'assign', commune: GEMBLOUX, after: { lead: 'Camille Dubois', consultants: ['Camille Dubois', 'Julien Lambert'] } },
    'Gembloux : équipe — responsable Camille Dubois, consultants Camille Dubois, Julien Lambert',
    'Gembloux: team — lead Camille Dubois, consultants Camille Dubois, Julien Lambert',
  ],
  [
    'a new contact',
    { action: 'create', entityType: 'contact', commune: GEMBLOUX, subject: 'Marie Dupont', after: { communeNis: '92142', fields: ['name', 'function'] } },
    'Contact ajouté : Marie Dupont (Gembloux)',
    'Contact added: Marie Dupont (Gembloux)',
  ],
  [
    'a changed contact',
    { action: 'update', entityType: 'contact', commune: GEMBLOUX, subject: 'Marie Dupont', after: { fields: ['phone', 'isBinome'] } },
    'Contact modifié : Marie Dupont (Gembloux) — téléphone, binôme',
    'Contact changed: Marie Dupont (Gembloux) — phone, pair member',
  ],
  [
    'an erased contact, which has no name any more',
    { action: 'erase', entityType: 'contact', commune: GEMBLOUX, after: { erasedAt: '2026-03-17T09:00:00.000Z' } },
    "Données personnelles d'un contact effacées (Gembloux)",
    'Personal data of a contact erased (Gembloux)',
  ],
  [
    'a logged call',
    { action: 'create', entityType: 'activity', commune: { nis: '91030', name: 'Ciney' }, after: { type: 'call', subject: 'Relance' } },
    'Activité ajoutée : Appel « Relance » (Ciney)',
    'Activity added: Call "Relance" (Ciney)',
  ],
  [
    'an issued invoice',
    { action: 'issue', entityType: 'invoice', commune: GEMBLOUX, subject: 'CF-2026-0001', after: { status: 'issued', number: 'CF-2026-0001' } },
    'Facture CF-2026-0001 émise (Gembloux)',
    'Invoice CF-2026-0001 issued (Gembloux)',
  ],
  [
    'a draft made by the pipeline',
    { action: 'create', entityType: 'invoice', actor: null, commune: GEMBLOUX, after: { status: 'draft' } },
    'Facture créée (brouillon) (Gembloux)',
    'Invoice created (draft) (Gembloux)',
  ],
  [
    "a user's corrected e-mail",
    { entityType: 'user', subject: 'Paul Coquille', before: { email: 'typo@bep.bee', name: 'Paul Coquille' }, after: { email: 'paul@bep.be', name: 'Paul Coquille' } },
    'Utilisateur modifié : Paul Coquille — e-mail typo@bep.bee → paul@bep.be',
    'User changed: Paul Coquille — e-mail typo@bep.bee → paul@bep.be',
  ],
  [
    "a user's new roles, link and deactivation",
    {
      entityType: 'user',
      subject: 'Sarah Martin',
      before: { roles: ['finance'], consultantId: null, active: true },
      after: { roles: ['finance', 'consultant'], consultantId: '0b6f1f5c-2f59-4b07-9d0c-1d0f8a0c7a01', active: false },
    },
    'Utilisateur modifié : Sarah Martin — rôles Finances → Finances, Consultant, consultant lié, désactivé',
    'User changed: Sarah Martin — roles Finance → Finance, Consultant, consultant linked, deactivated',
  ],
  [
    "a consultant's capacity and office",
    { entityType: 'consultant', subject: 'Léa Moreau', before: { weeklyCapacityHours: 16, office: 'FR' }, after: { weeklyCapacityHours: 8, office: 'BE' } },
    'Consultant modifié : Léa Moreau — bureau France → Belgique, capacité 16 h → 8 h',
    'Consultant changed: Léa Moreau — office France → Belgium, capacity 16 h → 8 h',
  ],
  [
    'a new consultant record',
    { action: 'create', entityType: 'consultant', subject: 'Léa Moreau', after: { name: 'Léa Moreau', office: 'BE', weeklyCapacityHours: 16, active: true } },
    'Consultant créé : Léa Moreau',
    'Consultant created: Léa Moreau',
  ],
  [
    'a contact added by a consultant',
    {
      action: 'create',
      entityType: 'contact',
      actor: { id: '0b6f1f5c-2f59-4b07-9d0c-1d0f8a0c7a01', name: 'Camille Dubois' },
      commune: GEMBLOUX,
      subject: 'Marie Dupont',
      after: { communeNis: '92142', fields: ['name', 'email'] },
    },
    'Contact ajouté : Marie Dupont (Gembloux)',
    'Contact added: Marie Dupont (Gembloux)',
  ],
  [
    'a closed campaign and the reminders its closing cancelled',
    { action: 'close', entityType: 'campaign', subject: 'Campagne 2026', before: { status: 'open' }, after: { status: 'closed', remindersCancelled: 3 } },
    'Campagne clôturée : Campagne 2026 — rappels annulés : 3',
    'Campaign closed: Campagne 2026 — reminders cancelled: 3',
  ],
  [
    'a closed campaign with no reminder to cancel',
    { action: 'close', entityType: 'campaign', subject: 'Campagne 2026', before: { status: 'open' }, after: { status: 'closed', remindersCancelled: 0 } },
    'Campagne clôturée : Campagne 2026',
    'Campaign closed: Campagne 2026',
  ],
  [
    'a reopened campaign',
    { action: 'reopen', entityType: 'campaign', subject: 'Campagne 2026', before: { status: 'closed' }, after: { status: 'open' } },
    'Campagne rouverte : Campagne 2026',
    'Campaign reopened: Campagne 2026',
  ],
  [
    'an archived campaign',
    { action: 'archive', entityType: 'campaign', subject: 'Campagne 2025', before: { status: 'closed' }, after: { status: 'archived' } },
    'Campagne archivée : Campagne 2025',
    'Campaign archived: Campagne 2025',
  ],
  [
    'answers saved to the questionnaire',
    { action: 'survey-save', commune: GEMBLOUX, after: { sectionId: 'strategie', revision: 3, questions: ['strategie-existe', 'strategie-pst'] } },
    'Gembloux : réponses au questionnaire enregistrées (2 questions)',
    'Gembloux: questionnaire answers saved (2 questions)',
  ],
  [
    'a questionnaire sent by the commune, with its overall index',
    { action: 'survey-submit', actor: null, commune: GEMBLOUX, after: { via: 'link', stageMoved: true, scores: { model: 'maturite-numerique-dma v1', overall: 54 } } },
    'Gembloux : questionnaire envoyé par la commune — indice global 54/100',
    'Gembloux: questionnaire sent by the municipality — overall index 54/100',
  ],
  [
    'a questionnaire typed in from paper',
    { action: 'survey-submit', commune: GEMBLOUX, after: { via: 'manager', stageMoved: false, scores: null } },
    'Gembloux : questionnaire envoyé pour la commune (réponses sur papier)',
    'Gembloux: questionnaire sent for the municipality (answers on paper)',
  ],
  [
    'a new questionnaire link replacing the one in force',
    { action: 'survey-link-issue', commune: GEMBLOUX, after: { linkId: 'l-2', replaced: 'l-1' } },
    'Gembloux : nouveau lien du questionnaire, le précédent révoqué',
    'Gembloux: new questionnaire link, the previous one revoked',
  ],
  ['a first questionnaire link', { action: 'survey-link-issue', commune: GEMBLOUX, after: { linkId: 'l-1', replaced: null } }, 'Gembloux : lien du questionnaire émis', 'Gembloux: questionnaire link issued'],
  ['a revoked questionnaire link', { action: 'survey-link-revoke', commune: GEMBLOUX, before: { linkId: 'l-1' } }, 'Gembloux : lien du questionnaire révoqué', 'Gembloux: questionnaire link revoked'],
  ['a sign-in', { action: 'login', entityType: 'session', after: { ip: '10.0.0.1' } }, 'Connexion', 'Signed in'],
  [
    'an action the wording does not know',
    { action: 'teleport', entityType: 'invoice', commune: GEMBLOUX },
    'Facture · teleport (Gembloux)',
    'Invoice · teleport (Gembloux)',
  ],
  ['a kind of record the wording does not know', { action: 'create', entityType: 'gadget' }, 'gadget · Création', 'gadget · Creation'],
];

describe('auditSentence', () => {
  let transloco: TranslocoService;
  const t: Translate = (key, params) => transloco.translate(key, params);

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideI18nTesting({ admin: { fr, en } })] });
    transloco = TestBed.inject(TranslocoService);
  });

  it.each(CASES)('says %s in French', (_name, entry, french) => {
    transloco.setActiveLang('fr');
    expect(read(auditSentence(anEntry(entry), t))).toBe(french);
  });

  it.each(CASES)('says %s in English', (_name, entry, _french, english) => {
    transloco.setActiveLang('en');
    expect(auditSentence(anEntry(entry), t)).toBe(english);
  });

  it('keeps the French no-break space before a colon', () => {
    transloco.setActiveLang('fr');
    expect(auditSentence(anEntry(CASES[0]?.[1] ?? {}), t)).toBe('Gembloux\u00a0: Diagnostic demandé → Atelier tenu');
  });

  it('names every field it knows, in both languages', () => {
    expect(Object.keys(fr.audit.say.field)).toEqual([...AUDIT_FIELDS]);
    expect(Object.keys(en.audit.say.field)).toEqual([...AUDIT_FIELDS]);
  });
});
