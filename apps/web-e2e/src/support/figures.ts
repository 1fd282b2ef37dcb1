import type { Locator } from '@playwright/test';

/** The value of a figure of a description list (`<dt>name</dt><dd>value</dd>`), found by its exact name. */
export function figure(scope: Locator, name: string): Locator {
  return scope
    .locator('dl > div')
    .filter({ has: scope.page().getByRole('term').filter({ hasText: new RegExp(`^\\s*${name}\\s*$`) }) })
    .getByRole('definition');
}
