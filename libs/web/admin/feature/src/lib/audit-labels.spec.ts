import { en } from './i18n/en';
import { fr } from './i18n/fr';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, auditLabelKey } from './audit-labels';

describe('audit labels', () => {
  it('names every known entity type and action, in both languages', () => {
    expect(Object.keys(fr.audit.entityTypes)).toEqual([...AUDIT_ENTITY_TYPES]);
    expect(Object.keys(fr.audit.actions)).toEqual([...AUDIT_ACTIONS]);
    expect(Object.keys(en.audit.entityTypes)).toEqual([...AUDIT_ENTITY_TYPES]);
    expect(Object.keys(en.audit.actions)).toEqual([...AUDIT_ACTIONS]);
  });

  it('gives the key of a known value, none for an unknown one', () => {
    expect(auditLabelKey('actions', 'change-password')).toBe('admin.audit.actions.change-password');
    expect(auditLabelKey('entityTypes', 'user')).toBe('admin.audit.entityTypes.user');
    expect(auditLabelKey('actions', 'teleport')).toBeNull();
  });
});
