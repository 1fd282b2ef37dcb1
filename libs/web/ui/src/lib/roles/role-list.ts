import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { Role } from '@bep/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { inRoleOrder } from './roles';

/** "Gestionnaire BEP, Administrateur": a user's roles, named in the interface language, in a stable order. */
@Component({
  selector: 'bep-role-list',
  imports: [TranslocoPipe],
  // On one line: the whitespace between the names would show.
  template: `@for (role of ordered(); track role) {{{ 'role.' + role | transloco }}@if (!$last) {, }}`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RoleList {
  readonly roles = input.required<readonly Role[]>();

  protected readonly ordered = computed(() => inRoleOrder(this.roles()));
}
