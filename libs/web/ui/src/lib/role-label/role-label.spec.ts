import { ROLES } from '@bep/contracts';
import { ROLE_ORDER, roleLabel, rolesLabel } from './role-label';
import { RolesLabelPipe } from './roles-label-pipe';

describe('role labels', () => {
  it('names every role of the contract in French', () => {
    expect([...ROLE_ORDER].sort()).toEqual([...ROLES].sort());
    expect(roleLabel('manager')).toBe('Gestionnaire BEP');
    expect(roleLabel('consultant')).toBe('Consultant');
    expect(roleLabel('finance')).toBe('Finances');
    expect(roleLabel('admin')).toBe('Administrateur');
  });

  it('lists several roles in a stable order', () => {
    expect(rolesLabel(['admin', 'manager'])).toBe('Gestionnaire BEP, Administrateur');
    expect(rolesLabel([])).toBe('');
    expect(new RolesLabelPipe().transform(['finance'])).toBe('Finances');
  });
});
