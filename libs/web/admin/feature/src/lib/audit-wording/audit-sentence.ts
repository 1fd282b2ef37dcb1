import type { AuditEntry } from '@bep/contracts';
import { auditLabelKey } from '../audit-labels';

/** Transloco's `translate`, or any function of the same shape: the wording stays a pure function of it. */
export type Translate = (key: string, params?: Record<string, unknown>) => string;

type State = Record<string, unknown>;

const SAY = 'admin.audit.say';

/** The fields of audited records the sentences name (`admin.audit.say.field.*`); another one shows as is. */
export const AUDIT_FIELDS = [
  'name',
  'function',
  'email',
  'phone',
  'isBinome',
  'roles',
  'consultantId',
  'active',
  'office',
  'weeklyCapacityHours',
  'startsOn',
  'endsOn',
  'deadline',
  'prices',
  'billingStage',
  'reminderSettings',
  'budgetEnvelopeCents',
] as const;

function fieldName(field: string, t: Translate): string {
  return (AUDIT_FIELDS as readonly string[]).includes(field) ? t(`${SAY}.field.${field}`) : field;
}

/** An entity type or an action in words, or as it is when the log knows no words for it. */
function label(kind: 'entityTypes' | 'actions', value: string, t: Translate): string {
  const key = auditLabelKey(kind, value);
  return key ? t(key) : value;
}

function state(value: unknown): State {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as State) : {};
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : typeof value === 'number' ? String(value) : null;
}

/**
 * What changed between two states, one phrase per field the reader knows, in the order of
 * `fields`: `e-mail a@x → b@x`, `désactivé`. A field absent from both, or equal, says nothing.
 */
function changes(before: State, after: State, fields: readonly string[], t: Translate): string {
  return fields
    .filter((field) => field in after && JSON.stringify(before[field]) !== JSON.stringify(after[field]))
    .map((field) => {
      if (field === 'active') return t(`${SAY}.change.${after[field] ? 'reactivated' : 'deactivated'}`);
      // A link is a record's id: it is said, not shown.
      if (field === 'consultantId') return t(`${SAY}.change.${after[field] ? 'linked' : 'unlinked'}`);
      const value = (v: unknown) =>
        field === 'roles' && Array.isArray(v)
          ? v.map((role) => t(`role.${String(role)}`)).join(', ')
          : field === 'office'
            ? t(`${SAY}.office.${String(v)}`)
            : field === 'weeklyCapacityHours'
              ? t(`${SAY}.hours`, { hours: v })
              : (text(v) ?? '—');
      const name = fieldName(field, t);
      return field in before ? `${name} ${value(before[field])} → ${value(after[field])}` : `${name} ${value(after[field])}`;
    })
    .join(', ');
}

/** The sentence with its details after a dash, when there are any. */
function withDetails(sentence: string, details: string): string {
  return details ? `${sentence} — ${details}` : sentence;
}

/**
 * The entry in one sentence of the interface language: the record by its name, its commune, and
 * the change in words — "Gembloux : Diagnostic demandé → Atelier tenu", "Contact ajouté : Marie
 * Dupont (Gembloux)", "Facture CF-2026-0001 émise (Gembloux)", "Utilisateur modifié : Paul
 * Coquille — e-mail a@bep.be → b@bep.be". An action the wording does not know says its kind and
 * action, so that a newer server's entries still read.
 */
export function auditSentence(entry: AuditEntry, t: Translate): string {
  const before = state(entry.before);
  const after = state(entry.after);
  const commune = entry.commune?.name ?? null;
  const where = commune ? t(`${SAY}.in`, { commune }) : '';
  const name = entry.subject ?? text(after['name']) ?? text(before['name']);
  const say = (key: string, params: Record<string, unknown> = {}) => t(`${SAY}.${key}`, { name: name ?? t(`${SAY}.unnamed`), where, ...params }).trim();

  switch (`${entry.entityType}.${entry.action}`) {
    case 'engagement.transition': {
      const move = `${t(`stage.${String(before['stage'])}`)} → ${t(`stage.${String(after['stage'])}`)}`;
      return commune ? t(`${SAY}.transition`, { commune, move }) : move;
    }
    case 'engagement.assign': {
      const team = Array.isArray(after['consultants']) ? after['consultants'].map(String).join(', ') : '';
      return t(`${SAY}.assign`, { commune: commune ?? '—', lead: text(after['lead']) ?? '—', team: team || '—' });
    }
    case 'engagement.survey-save': {
      const questions = Array.isArray(after['questions']) ? after['questions'].length : 0;
      return t(`${SAY}.survey.save`, { commune: commune ?? '—', count: questions });
    }
    case 'engagement.survey-submit': {
      const overall = typeof state(after['scores'])['overall'] === 'number' ? t(`${SAY}.survey.overall`, { score: state(after['scores'])['overall'] }) : '';
      return withDetails(t(`${SAY}.survey.submit.${after['via'] === 'manager' ? 'manager' : 'link'}`, { commune: commune ?? '—' }), overall);
    }
    case 'engagement.survey-link-issue':
      return t(`${SAY}.survey.${after['replaced'] ? 'reissue' : 'issue'}`, { commune: commune ?? '—' });
    case 'engagement.survey-link-revoke':
      return t(`${SAY}.survey.revoke`, { commune: commune ?? '—' });
    case 'contact.create':
    case 'contact.delete':
    case 'contact.export':
    case 'contact.erase':
    case 'activity.delete':
    case 'invoice.delete':
    case 'session.login':
    case 'session.logout':
    case 'user.change-password':
    case 'consultant.create':
    case 'campaign.create':
    case 'campaign.make-current':
    case 'campaign.reopen':
    case 'campaign.archive':
    case 'reminder.cancel':
    case 'reminder.send-now':
    case 'commune.update':
    case 'setting.update':
      return say(`${entry.entityType}.${entry.action}`);
    case 'contact.update':
      return withDetails(say('contact.update'), fieldList(after['fields'], t));
    case 'activity.create':
    case 'activity.update':
      return say(`activity.${entry.action}`, { type: t(`activityType.${String(after['type'])}`), subject: text(after['subject']) ?? '' });
    case 'invoice.create':
    case 'invoice.update':
    case 'invoice.issue':
    case 'invoice.payment':
    case 'invoice.credit':
      return say(`invoice.${entry.action}`, { number: entry.subject ?? text(after['number']) ?? t(`${SAY}.draft`), creditNote: text(after['creditNote']) ?? '' });
    case 'user.create':
      return say('user.create', { email: text(after['email']) ?? '' });
    case 'user.update':
      return withDetails(say('user.update'), changes(before, after, ['email', 'name', 'roles', 'consultantId', 'active'], t));
    case 'consultant.update':
      return withDetails(say('consultant.update'), changes(before, after, ['name', 'email', 'office', 'weeklyCapacityHours', 'active'], t));
    case 'campaign.update':
      return withDetails(say('campaign.update'), fieldList(Object.keys(after), t));
    case 'campaign.close': {
      // Closing cancels the campaign's reminders still to send: how many, when there were any.
      const cancelled = typeof after['remindersCancelled'] === 'number' ? after['remindersCancelled'] : 0;
      return withDetails(say('campaign.close'), cancelled > 0 ? t(`${SAY}.campaign.remindersCancelled`, { count: cancelled }) : '');
    }
    default:
      return `${label('entityTypes', entry.entityType, t)} · ${label('actions', entry.action, t)}${where}`;
  }
}

/** The names of the fields a change touched, as the record's own labels: "fonction, e-mail". */
function fieldList(fields: unknown, t: Translate): string {
  if (!Array.isArray(fields)) return '';
  return fields.map((field) => fieldName(String(field), t)).join(', ');
}
