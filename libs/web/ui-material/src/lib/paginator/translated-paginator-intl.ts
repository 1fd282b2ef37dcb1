import { DestroyRef, inject, Injectable } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { formatNumber } from '@bep/web/shared/i18n';
import { TranslocoService } from '@jsverse/transloco';
import { filter } from 'rxjs';

/**
 * MatPaginator in the interface language (shared words `paginator.*`), figures in Belgian format
 * ("1 – 25 sur 1 234"). Provide it where a paginator is: `{ provide: MatPaginatorIntl, useClass:
 * TranslatedPaginatorIntl }`; the paginators re-render when the language changes.
 */
@Injectable()
export class TranslatedPaginatorIntl extends MatPaginatorIntl {
  readonly #transloco = inject(TranslocoService);

  constructor() {
    super();
    this.#relabel();
    // A language's words arrive after the switch: relabel once they are there.
    this.#transloco.events$
      .pipe(
        filter((event) => event.type === 'translationLoadSuccess' || event.type === 'langChanged'),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe(() => {
        this.#relabel();
        this.changes.next();
      });
  }

  override getRangeLabel = (page: number, pageSize: number, length: number): string => {
    if (length === 0 || pageSize === 0) {
      return this.#transloco.translate('paginator.empty', { length: formatNumber(length) });
    }
    const start = page * pageSize;
    // Past the last item (the length shrank under the page): the page's range as it would be.
    const end = start < length ? Math.min(start + pageSize, length) : start + pageSize;
    return this.#transloco.translate('paginator.range', {
      start: formatNumber(start + 1),
      end: formatNumber(end),
      length: formatNumber(length),
    });
  };

  #relabel(): void {
    this.itemsPerPageLabel = this.#transloco.translate('paginator.itemsPerPage');
    this.nextPageLabel = this.#transloco.translate('paginator.next');
    this.previousPageLabel = this.#transloco.translate('paginator.previous');
    this.firstPageLabel = this.#transloco.translate('paginator.first');
    this.lastPageLabel = this.#transloco.translate('paginator.last');
  }
}
