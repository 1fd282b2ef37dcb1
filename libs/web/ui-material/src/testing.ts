/**
 * Test helper, imported as `@bep/web/ui-material/testing`: never part of what the apps load.
 */
import type { HarnessLoader } from '@angular/cdk/testing';
import type { HttpTestingController } from '@angular/common/http/testing';
import { MatAutocompleteHarness } from '@angular/material/autocomplete/testing';
import type { CommuneList } from '@bep/contracts';
import { SEARCH_DEBOUNCE_MS } from '@bep/web/ui';

/**
 * Chooses a commune in the page's commune field as a person does: types `text`, lets the pause
 * pass, answers the search the field sends (`GET /api/communes`) with `found`, and picks `option`.
 */
export async function chooseCommune(loader: HarnessLoader, http: HttpTestingController, text: string, found: CommuneList, option: string | RegExp): Promise<void> {
  const field = await loader.getHarness(MatAutocompleteHarness);
  await field.enterText(text);
  await new Promise((resolve) => setTimeout(resolve, SEARCH_DEBOUNCE_MS + 20));
  http.expectOne((request) => request.url === '/api/communes' && request.params.get('q') === text).flush(found);
  await field.selectOption({ text: option });
}
