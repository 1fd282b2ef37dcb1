import { ChangeDetectionStrategy, Component, computed, effect, inject, linkedSignal, untracked } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSortModule, type Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { CommuneSummary } from '@bep/contracts';
import { CAMPAIGN_QUERY_PARAM, injectSelectedCampaignId } from '@bep/web/campaigns/data-access';
import { CampaignSwitcher } from '@bep/web/campaigns/feature';
import { CommunesStore } from '@bep/web/communes/data-access';
import { FailureTextPipe } from '@bep/web/shared/data-access';
import { BepNumberPipe, LanguageStore, pluralForm } from '@bep/web/shared/i18n';
import { COMMUNE_STATUSES, communeStatus, type CommuneStatus, statusKey } from '@bep/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { map } from 'rxjs';
import {
  DEFAULT_VIEW,
  normalize,
  queryFromView,
  SORT_COLUMNS,
  type SortColumn,
  type TableView,
  viewFromQuery,
} from './table-view';

interface CommuneRow extends CommuneSummary {
  status: CommuneStatus;
  statusKey: string;
  statusRank: number;
  searchText: string;
}

const collator = new Intl.Collator('fr', { sensitivity: 'base' });

const COMPARATORS: Record<SortColumn, (a: CommuneRow, b: CommuneRow) => number> = {
  name: (a, b) => collator.compare(a.name, b.name),
  nis: (a, b) => a.nis.localeCompare(b.nis),
  arrondissement: (a, b) => collator.compare(a.arrondissement, b.arrondissement),
  population: (a, b) => a.population - b.population,
  stage: (a, b) => a.statusRank - b.statusRank,
};

/** /communes: every commune of the province, sorted and filtered in the browser, the view kept in the URL. */
@Component({
  selector: 'bep-communes-page',
  imports: [
    BepNumberPipe,
    CampaignSwitcher,
    FailureTextPipe,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    MatSortModule,
    MatTableModule,
    RouterLink,
    TranslocoPipe,
  ],
  templateUrl: './communes-page.html',
  styleUrl: './communes-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CommunesPage {
  protected readonly store = inject(CommunesStore);
  readonly #router = inject(Router);
  readonly #route = inject(ActivatedRoute);
  readonly #language = inject(LanguageStore).language;

  protected readonly columns = SORT_COLUMNS;
  protected readonly statusOptions = COMMUNE_STATUSES.map((value) => ({ value, key: statusKey(value) }));

  /** The view in force: the URL's. */
  protected readonly view = toSignal(this.#route.queryParamMap.pipe(map(viewFromQuery)), { requireSync: true });

  /** What the stage filter shows. */
  protected readonly statusFilterKey = computed(() => {
    const status = this.view().status;
    return status ? statusKey(status) : 'communes.allStages';
  });

  /** What the search field holds: it filters at once, while the URL follows (and resets it on back/forward). */
  protected readonly text = linkedSignal(() => this.view().q);

  readonly #allRows = computed<CommuneRow[]>(() =>
    this.store.items().map((commune) => {
      const status = communeStatus(commune);
      return {
        ...commune,
        status,
        statusKey: statusKey(status),
        // The pipeline in stage order first, then closed engagements, then communes outside the campaign.
        statusRank: COMMUNE_STATUSES.indexOf(status),
        searchText: normalize(`${commune.name} ${commune.nis} ${commune.postalCode}`),
      };
    }),
  );

  protected readonly arrondissements = computed(() =>
    [...new Set(this.store.items().map((commune) => commune.arrondissement))].sort(collator.compare),
  );

  protected readonly rows = computed(() => {
    const query = normalize(this.text().trim());
    const { arrondissement, status, sort, direction } = this.view();
    const compare = COMPARATORS[sort];
    const sign = direction === 'desc' ? -1 : 1;

    return this.#allRows()
      .filter(
        (row) =>
          (!query || row.searchText.includes(query)) &&
          (!arrondissement || row.arrondissement === arrondissement) &&
          (!status || row.status === status),
      )
      .sort((a, b) => sign * compare(a, b) || collator.compare(a.name, b.name));
  });

  /** "8 communes" or "1 commune sur 8", in the plural form of the interface language. */
  protected readonly count = computed(() => {
    const count = this.rows().length;
    const total = this.#allRows().length;
    const form = pluralForm(this.#language(), count);
    return { key: `communes.${count === total ? 'count' : 'countFiltered'}.${form}`, params: { count, total } };
  });

  protected readonly trackByNis = (_index: number, row: CommuneRow) => row.nis;

  constructor() {
    // The campaign of the URL (the switcher's ?campagne=), else the current one: loads, then reloads on each choice.
    const campaignId = injectSelectedCampaignId();
    effect(() => {
      const id = campaignId();
      untracked(() => this.store.load(id));
    });
    // Remembered for the commune pages' way back to this very view.
    this.#route.queryParams.pipe(takeUntilDestroyed()).subscribe((params) => this.store.tableQuery.set(params));
  }

  protected search(text: string): void {
    this.text.set(text);
    this.#show({ ...this.view(), q: text });
  }

  protected filterArrondissement(arrondissement: string): void {
    this.#show({ ...this.view(), arrondissement });
  }

  protected filterStatus(status: CommuneStatus | ''): void {
    this.#show({ ...this.view(), status });
  }

  protected sortBy({ active, direction }: Sort): void {
    const sort = (SORT_COLUMNS as readonly string[]).includes(active) ? (active as SortColumn) : DEFAULT_VIEW.sort;
    this.#show({ ...this.view(), sort, direction: direction === 'desc' ? 'desc' : 'asc' });
  }

  protected clearFilters(): void {
    this.text.set('');
    this.#show({ ...this.view(), q: '', arrondissement: '', status: '' });
  }

  /** Filtering and sorting replace the history entry: Back leaves the table rather than undoing each keystroke. */
  #show(view: TableView): void {
    // The campaign the switcher chose (`campagne`) stays.
    const campaign = { [CAMPAIGN_QUERY_PARAM]: this.#route.snapshot.queryParamMap.get(CAMPAIGN_QUERY_PARAM) };
    void this.#router.navigate([], { relativeTo: this.#route, queryParams: { ...queryFromView(view), ...campaign }, replaceUrl: true });
  }
}
