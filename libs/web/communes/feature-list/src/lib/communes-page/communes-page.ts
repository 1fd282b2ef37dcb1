import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSortModule, Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import type { CommuneSummary } from '@bep/contracts';
import { ALL_STAGES, isStage, PIPELINE_STAGES, type Stage, stageOrder } from '@bep/domain';
import { CommunesStore } from '@bep/web/communes/data-access';
import { NOT_ELIGIBLE_LABEL, OUT_OF_CAMPAIGN_LABEL, stageLabel } from '@bep/web/ui';

/** Where a commune stands: its engagement's stage, or why it has none. */
type CommuneStatus = Stage | 'out_of_campaign' | 'not_eligible';

type Column = 'name' | 'nis' | 'arrondissement' | 'population' | 'stage';

interface CommuneRow extends CommuneSummary {
  status: CommuneStatus;
  statusLabel: string;
  statusRank: number;
  searchText: string;
}

const STATUSES: readonly CommuneStatus[] = [...ALL_STAGES, 'out_of_campaign', 'not_eligible'];

const OFF_PIPELINE: readonly CommuneStatus[] = ['declined', 'withdrawn', 'out_of_campaign', 'not_eligible'];

const collator = new Intl.Collator('fr', { sensitivity: 'base' });

/** Case- and accent-insensitive, so "eghezee" finds "Éghezée". */
function normalize(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLocaleLowerCase('fr');
}

function statusOf(commune: CommuneSummary): CommuneStatus {
  return commune.engagement?.stage ?? (commune.eligible ? 'out_of_campaign' : 'not_eligible');
}

function statusLabel(status: CommuneStatus): string {
  switch (status) {
    case 'out_of_campaign':
      return OUT_OF_CAMPAIGN_LABEL;
    case 'not_eligible':
      return NOT_ELIGIBLE_LABEL;
    default:
      return stageLabel(status);
  }
}

/** The pipeline in stageOrder first, then closed engagements, then communes outside the campaign. */
function statusRank(status: CommuneStatus): number {
  const order = isStage(status) ? stageOrder(status) : null;
  return order ?? PIPELINE_STAGES.length + 1 + OFF_PIPELINE.indexOf(status);
}

const COMPARATORS: Record<Column, (a: CommuneRow, b: CommuneRow) => number> = {
  name: (a, b) => collator.compare(a.name, b.name),
  nis: (a, b) => a.nis.localeCompare(b.nis),
  arrondissement: (a, b) => collator.compare(a.arrondissement, b.arrondissement),
  population: (a, b) => a.population - b.population,
  stage: (a, b) => a.statusRank - b.statusRank,
};

function isColumn(value: string): value is Column {
  return value in COMPARATORS;
}

@Component({
  selector: 'bep-communes-page',
  imports: [
    DecimalPipe,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    MatSortModule,
    MatTableModule,
  ],
  templateUrl: './communes-page.html',
  styleUrl: './communes-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CommunesPage {
  protected readonly store = inject(CommunesStore);

  protected readonly columns: Column[] = ['name', 'nis', 'arrondissement', 'population', 'stage'];
  protected readonly statusOptions = STATUSES.map((value) => ({ value, label: statusLabel(value) }));

  protected readonly text = signal('');
  protected readonly arrondissement = signal('');
  protected readonly status = signal<CommuneStatus | ''>('');
  protected readonly sort = signal<Sort>({ active: 'name', direction: 'asc' });

  readonly #allRows = computed<CommuneRow[]>(() =>
    this.store.items().map((commune) => {
      const status = statusOf(commune);
      return {
        ...commune,
        status,
        statusLabel: statusLabel(status),
        statusRank: statusRank(status),
        searchText: normalize(`${commune.name} ${commune.nis} ${commune.postalCode}`),
      };
    }),
  );

  protected readonly arrondissements = computed(() =>
    [...new Set(this.store.items().map((commune) => commune.arrondissement))].sort(collator.compare),
  );

  protected readonly rows = computed(() => {
    const query = normalize(this.text().trim());
    const arrondissement = this.arrondissement();
    const status = this.status();
    const { active, direction } = this.sort();
    const compare = isColumn(active) ? COMPARATORS[active] : COMPARATORS.name;
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

  protected readonly countLabel = computed(() => {
    const visible = this.rows().length;
    const total = this.#allRows().length;
    const noun = visible > 1 ? 'communes' : 'commune';
    return visible === total ? `${total} ${noun}` : `${visible} ${noun} sur ${total}`;
  });

  protected readonly trackByNis = (_index: number, row: CommuneRow) => row.nis;

  constructor() {
    this.store.load();
  }

  protected clearFilters(): void {
    this.text.set('');
    this.arrondissement.set('');
    this.status.set('');
  }
}
