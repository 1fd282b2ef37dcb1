import type { Locator, Page } from '@playwright/test';

/**
 * Chooses a commune in a commune field (a filter, the draft's engagement): types its name, waits
 * for the server's answer and picks it, its NIS code beside it. `scope` is the page or the form
 * holding the field; the choices open over the page.
 */
export async function chooseCommune(scope: Page | Locator, label: string, name: string): Promise<void> {
  const page = 'page' in scope ? scope.page() : scope;
  await scope.getByRole('combobox', { name: label }).fill(name);
  await page.getByRole('option', { name: new RegExp(`^${name} \\d{5}$`) }).click();
}
