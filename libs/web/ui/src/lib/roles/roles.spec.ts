import { TestBed } from '@angular/core/testing';
import { ROLES, type Role } from '@bep/contracts';
import { LanguageStore } from '@bep/web/shared/i18n';
import { provideI18nTesting } from '@bep/web/shared/i18n/testing';
import { RoleList } from './role-list';
import { inRoleOrder, ROLE_ORDER } from './roles';

describe('roles', () => {
  it('orders every role of the contract', () => {
    expect([...ROLE_ORDER].sort()).toEqual([...ROLES].sort());
    expect(ROLE_ORDER).toEqual(['manager', 'consultant', 'finance', 'admin']);
    expect(inRoleOrder(['admin', 'manager'])).toEqual(['manager', 'admin']);
    expect(inRoleOrder([])).toEqual([]);
  });
});

describe('RoleList', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideI18nTesting()] });
  });

  async function render(roles: Role[]) {
    const fixture = TestBed.createComponent(RoleList);
    fixture.componentRef.setInput('roles', roles);
    await fixture.whenStable();
    return { fixture, text: () => (fixture.nativeElement as HTMLElement).textContent };
  }

  it('names the roles in French, in a stable order', async () => {
    expect((await render(['admin', 'manager'])).text()).toBe('Gestionnaire BEP, Administrateur');
    expect((await render(['finance'])).text()).toBe('Finances');
    expect((await render([])).text()).toBe('');
  });

  it('names them in English once the interface is in English', async () => {
    const { fixture, text } = await render(['consultant', 'finance']);
    TestBed.inject(LanguageStore).use('en');
    fixture.detectChanges();
    await fixture.whenStable();
    expect(text()).toBe('Consultant, Finance');
  });
});
