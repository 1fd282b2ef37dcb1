import { inject } from '@angular/core';
import type { ResolveFn } from '@angular/router';
import { CommunesApi, CommunesStore } from '@bep/web/communes/data-access';
import { catchError, map, of } from 'rxjs';

/**
 * The commune page's title is the commune's name ("Gembloux · Communes · BEP Transition numérique"):
 * taken from the table when the user comes from it, asked for otherwise. The NIS code stands in
 * when the name cannot be had, rather than holding the page back.
 */
export const communeTitle: ResolveFn<string> = (route) => {
  const nis = route.paramMap.get('nis') ?? '';
  const known = inject(CommunesStore)
    .items()
    .find((commune) => commune.nis === nis);
  if (known) return known.name;
  return inject(CommunesApi)
    .list({ q: nis })
    .pipe(
      map((list) => list.items.find((commune) => commune.nis === nis)?.name ?? nis),
      catchError(() => of(nis)),
    );
};
