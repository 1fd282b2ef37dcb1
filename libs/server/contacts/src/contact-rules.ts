import type { ContactPatch } from '@bep/contracts';
import { containsPattern } from '@bep/server/core/database';

/** The questionnaire is answered by a binôme: one administration agent and one échevin of the commune. */
const MAX_BINOME_MEMBERS = 2;

export type ContactRule = 'binome-size' | 'reachable';

export type ContactCheck = { allowed: true } | { allowed: false; rule: ContactRule; message: string };

/**
 * May the contact be (or stay) a binôme member? `members` are the ids of the commune's current
 * binôme members (erased contacts do not count); `contactId` is null for a contact being created.
 * The functions of the members are not checked: in a small commune the directeur général often is
 * the administration's half of the binôme.
 */
export function checkBinome(members: readonly string[], contactId: string | null): ContactCheck {
  if (contactId !== null && members.includes(contactId)) {
    return { allowed: true };
  }
  if (members.length >= MAX_BINOME_MEMBERS) {
    return {
      allowed: false,
      rule: 'binome-size',
      message: `A commune's binôme has at most ${MAX_BINOME_MEMBERS} members (one agent and one échevin); remove one from the binôme first.`,
    };
  }
  return { allowed: true };
}

/** A contact is held to be reached: it keeps an e-mail or a phone. */
export function checkReachable(contact: { email: string | null; phone: string | null }): ContactCheck {
  return contact.email || contact.phone
    ? { allowed: true }
    : { allowed: false, rule: 'reachable', message: 'A contact needs an e-mail or a phone number; keep one of them.' };
}

export interface ContactValues {
  name: string;
  function: string;
  email: string | null;
  phone: string | null;
  isBinome: boolean;
}

const FIELDS = ['name', 'function', 'email', 'phone', 'isBinome'] as const satisfies readonly (keyof ContactValues)[];

/** The names of the fields whose value the patch changes, in a fixed order. */
export function changedFields(current: ContactValues, patch: ContactPatch): (keyof ContactValues)[] {
  return FIELDS.filter((field) => patch[field] !== undefined && patch[field] !== current[field]);
}

/** The names of the fields a new contact has a value for (what its creation wrote). */
export function filledFields(contact: ContactValues): (keyof ContactValues)[] {
  return FIELDS.filter((field) => contact[field] !== null);
}

/**
 * The SQL patterns of a contact search: the text (name or e-mail, case-insensitive, LIKE
 * wildcards escaped) and, when it holds at least three digits, those digits without a national
 * `0` or international `00` prefix (phones are stored in E.164: `081 62 63` finds `+3281626364`).
 */
export function searchPatterns(q: string): { text: string; digits: string | null } {
  const digits = q.replace(/\D/g, '');
  return { text: containsPattern(q.trim()), digits: digits.length >= 3 ? `%${digits.replace(/^00?/, '')}%` : null };
}
