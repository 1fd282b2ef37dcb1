import { ChangeDetectionStrategy, Component, computed, effect, inject, linkedSignal, untracked } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorIntl, MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSortModule, type Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { COMMUNE_SORT_KEYS, type CommuneSortKey, type CommuneSummary } from '@bep/contracts';
import { COMMUNE_STATUSES, type CommuneStatus } from '@bep/domain';
import { CAMPAIGN_QUERY_PARAM, injectSelectedCampaignId } from '@bep/web/campaigns/data-access';
import { CampaignSwitcher } from '@bep/web/campaigns/feature';
import {
  communeQueryFromView,
  COMMUNES_PAGE_SIZE,
  communesViewFromQuery,
  type CommunesTableView,
  CommunesStore,
  DEFAULT_COMMUNES_VIEW,
  queryFromCommunesView,
} from '@bep/web/communes/data-access';
import { FailureTextPipe } from '@bep/web/shared/data-access';
import { BepNumberPipe, formatNumber, LanguageStore, pluralForm } from '@bep/web/shared/i18n';
import { communeStatus, SEARCH_DEBOUNCE_MS, statusKey } from '@bep/web/ui';
import { TranslatedPaginatorIntl } from '@bep/web/ui-material';
import { TranslocoPipe } from '@jsverse/transloco';
import { debounceTime, map, Subject } from 'rxjs';

interface CommuneRow extends CommuneSummary {
  statusKey: string;
}

/**
 * /communes: the communes of the reference data, filtered, sorted and paged by the server (a
 * campaign may hold 35,000), the view kept in the URL.
 */
@Component({
  selector: 'bep-communes-page',
  imports: [
    BepNumberPipe,
    CampaignSwitcher,
    FailureTextPipe,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSelectModule,
    MatSortModule,
    MatTableModule,
    RouterLink,
    TranslocoPipe,
  ],
  providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
  templateUrl: './communes-page.html',
  styleUrl: './communes-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CommunesPage {
  protected readonly store = inject(CommunesStore);
  readonly #router = inject(Router);
  readonly #route = inject(ActivatedRoute);
  readonly #language = inject(LanguageStore).language;
  readonly #typed = new Subject<void>();

  protected readonly columns = COMMUNE_SORT_KEYS;
  protected readonly pageSize = COMMUNES_PAGE_SIZE;
  protected readonly statusOptions = COMMUNE_STATUSES.map((value) => ({ value, key: statusKey(value) }));

  /** The view in force: the URL's. */
  protected readonly view = toSignal(this.#route.queryParamMap.pipe(map(communesViewFromQuery)), { requireSync: true });

  /** What the stage filter shows. */
  protected readonly statusFilterKey = computed(() => {
    const status = this.view().status;
    return status ? statusKey(status) : 'communes.allStages';
  });

  /** What the search field holds: the server is asked once typing pauses; the URL resets it on back/forward. */
  protected readonly text = linkedSignal(() => this.view().q);

  protected readonly rows = computed<CommuneRow[]>(() =>
    this.store.items().map((commune) => ({ ...commune, statusKey: statusKey(communeStatus(commune)) })),
  );

  /** The arrondissement chosen stays a choice even if no commune holds it any more. */
  protected readonly arrondissements = computed(() => {
    const known = this.store.arrondissements();
    const chosen = this.view().arrondissement;
    return chosen && !known.includes(chosen) ? [...known, chosen] : known;
  });

  /** "8 communes" or "1 commune sur 35 000", in the plural form of the interface language. */
  protected readonly count = computed(() => {
    const count = this.store.total();
    const total = this.store.unfilteredTotal();
    const form = pluralForm(this.#language(), count);
    return { key: `communes.${count === total ? 'count' : 'countFiltered'}.${form}`, params: { count: formatNumber(count), total: formatNumber(total) } };
  });

  protected readonly trackByNis = (_index: number, row: CommuneRow) => row.nis;

  constructor() {
    // The campaign of the URL (the switcher's ?campagne=), else the current one; the page of the view: asked again on each change.
    const campaignId = injectSelectedCampaignId();
    effect(() => {
      const campaign = campaignId();
      const query = { ...communeQueryFromView(this.view()), ...(campaign && { campaignId: campaign }) };
      untracked(() => this.store.load(query));
    });
    // A page past the end (a bookmark, another campaign chosen, fewer communes since): its last page instead.
    effect(() => {
      const total = this.store.total();
      const { pageIndex } = this.view();
      if (this.store.loading() || !this.store.loaded() || pageIndex * COMMUNES_PAGE_SIZE < total || pageIndex === 0) return;
      untracked(() => this.#show({ ...this.view(), pageIndex: Math.max(0, Math.ceil(total / COMMUNES_PAGE_SIZE) - 1) }));
    });
    // Only the text still in the field once typing pauses: a cleared field does not bring an old word back.
    this.#typed.pipe(debounceTime(SEARCH_DEBOUNCE_MS), takeUntilDestroyed()).subscribe(() => {
      if (this.text() !== this.view().q) this.#show({ ...this.view(), q: this.text(), pageIndex: 0 });
    });
    // Remembered for the commune pages' way back to this very view.
    this.#route.queryParams.pipe(takeUntilDestroyed()).subscribe((params) => this.store.tableQuery.set(params));
  }

  protected search(text: string): void {
    this.text.set(text);
    this.#typed.next();
  }

  protected filterArrondissement(arrondissement: string): void {
    this.#show({ ...this.view(), arrondissement, pageIndex: 0 });
  }

  protected filterStatus(status: CommuneStatus | ''): void {
    this.#show({ ...this.view(), status, pageIndex: 0 });
  }

  protected sortBy({ active, direction }: Sort): void {
    const sort = (COMMUNE_SORT_KEYS as readonly string[]).includes(active) ? (active as CommuneSortKey) : DEFAULT_COMMUNES_VIEW.sort;
    this.#show({ ...this.view(), sort, direction: direction === 'desc' ? 'desc' : 'asc', pageIndex: 0 });
  }

  protected showPage({ pageIndex }: PageEvent): void {
    this.#show({ ...this.view(), pageIndex });
  }

  protected clearFilters(): void {
    this.text.set('');
    this.#show({ ...this.view(), q: '', arrondissement: '', status: '', pageIndex: 0 });
  }

  /** Filtering, sorting and paging replace the history entry: Back leaves the table rather than undoing each keystroke. */
  #show(view: CommunesTableView): void {
    // The campaign the switcher chose (`campagne`) stays.
    const campaign = { [CAMPAIGN_QUERY_PARAM]: this.#route.snapshot.queryParamMap.get(CAMPAIGN_QUERY_PARAM) };
    void this.#router.navigate([], { relativeTo: this.#route, queryParams: { ...queryFromCommunesView(view), ...campaign }, replaceUrl: true });
  }
}
