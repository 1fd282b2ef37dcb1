import type { CommuneList } from '@bep/contracts';
import { map, type Observable } from 'rxjs';
import type { CommuneChoice, CommuneLookup, CommuneSearch } from './commune-field';

/** How many communes a field offers at once: enough to spot the one meant, few enough to read. */
export const COMMUNE_CHOICES_SHOWN = 20;

/** A page of GET /api/communes for a text (the caller adds its own filters, such as `eligible`). */
export type CommuneListRequest = (query: { q: string; limit: number }) => Observable<CommuneList>;

/** A commune field whose value is the NIS code, searching and naming the communes through `list`. */
export function communesByNis(list: CommuneListRequest): { search: CommuneSearch; lookup: CommuneLookup } {
  const choices = (text: string) =>
    list({ q: text, limit: COMMUNE_CHOICES_SHOWN }).pipe(map((page) => page.items.map(({ nis, name }): CommuneChoice => ({ value: nis, name, nis }))));
  return {
    search: choices,
    // A code also matches the postal codes and longer codes containing it: the one meant is among the first.
    lookup: (nis) => choices(nis).pipe(map((found) => found.find((choice) => choice.nis === nis) ?? null)),
  };
}
