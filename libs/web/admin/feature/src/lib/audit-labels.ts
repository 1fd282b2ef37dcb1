import { inject, Pipe, PipeTransform } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';

/** The entity types the audit log records, named by the words `admin.audit.entityTypes.*`. */
export const AUDIT_ENTITY_TYPES = [
  'session',
  'user',
  'commune',
  'contact',
  'campaign',
  'engagement',
  'activity',
  'consultant',
  'invoice',
  'reminder',
  'setting',
] as const;

/** The audited actions, named by the words `admin.audit.actions.*`. */
export const AUDIT_ACTIONS = [
  'login',
  'logout',
  'change-password',
  'create',
  'update',
  'delete',
  'erase',
  'export',
  'transition',
  'assign',
  'issue',
  'payment',
  'credit',
  'cancel',
  'send-now',
  'make-current',
  'close',
  'reopen',
  'archive',
  'survey-save',
  'survey-submit',
  'survey-link-issue',
  'survey-link-revoke',
] as const;

export type AuditLabelKind = 'entityTypes' | 'actions';

const KNOWN: Readonly<Record<AuditLabelKind, readonly string[]>> = { entityTypes: AUDIT_ENTITY_TYPES, actions: AUDIT_ACTIONS };

/** The translation key naming `value`, or null for a value the log does not know yet (shown as is). */
export function auditLabelKey(kind: AuditLabelKind, value: string): string | null {
  return KNOWN[kind].includes(value) ? `admin.audit.${kind}.${value}` : null;
}

/**
 * `{{ entry.action | auditLabel: 'actions' }}`: an entity type or an action of the audit log in
 * the interface language; an unknown one as it is. Impure, like the transloco pipe, to follow a
 * change of language.
 */
@Pipe({ name: 'auditLabel', pure: false })
export class AuditLabelPipe implements PipeTransform {
  readonly #transloco = inject(TranslocoService);

  transform(value: string, kind: AuditLabelKind): string {
    const key = auditLabelKey(kind, value);
    return key ? this.#transloco.translate(key) : value;
  }
}
