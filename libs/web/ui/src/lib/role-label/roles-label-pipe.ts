import { Pipe, PipeTransform } from '@angular/core';
import type { Role } from '@bep/contracts';
import { rolesLabel } from './role-label';

@Pipe({ name: 'rolesLabel' })
export class RolesLabelPipe implements PipeTransform {
  transform(roles: readonly Role[]): string {
    return rolesLabel(roles);
  }
}
