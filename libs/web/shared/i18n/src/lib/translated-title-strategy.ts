import { inject, Injectable } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { ActivatedRouteSnapshot, RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { filter } from 'rxjs';

/** Between the parts of a document title: "Utilisateurs · Administration · BEP Transition numérique". */
const SEPARATOR = ' · ';

/**
 * The document title in the interface language. A route's `title` is a translation key
 * (`page.communes`, `admin.sections.users`); the title reads the keys of the active route and of
 * its parents, innermost first, then the application's name. It is written again when the
 * language changes and when a lazy page's words arrive. A title that is no key shows as it is.
 */
@Injectable({ providedIn: 'root' })
export class TranslatedTitleStrategy extends TitleStrategy {
  readonly #title = inject(Title);
  readonly #transloco = inject(TranslocoService);
  #keys: string[] = [];

  constructor() {
    super();
    this.#transloco.events$
      .pipe(filter((event) => event.type === 'translationLoadSuccess' || event.type === 'langChanged'))
      .subscribe(() => this.#write());
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.#keys = this.#titleKeys(snapshot.root);
    this.#write();
  }

  /** The keys of the route's own titles (not those it inherits), innermost first. */
  #titleKeys(root: ActivatedRouteSnapshot): string[] {
    const keys: string[] = [];
    for (let route: ActivatedRouteSnapshot | null = root; route; route = route.firstChild) {
      const title = this.getResolvedTitleForRoute(route);
      if (title && route.routeConfig?.title !== undefined) {
        keys.unshift(title);
      }
    }
    return keys;
  }

  #write(): void {
    const parts = [...this.#keys, 'app.name'].map((key) => this.#transloco.translate(key));
    this.#title.setTitle(parts.join(SEPARATOR));
  }
}
