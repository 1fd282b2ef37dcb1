import { COMMUNE_STATUSES, type CommuneStatus } from '@bep/domain';
import { statusKey } from '@bep/web/ui';

/** Transloco's `translate`, as the option builders need it (a function, so that they stay pure). */
export type Translate = (key: string, params?: Record<string, unknown>) => string;

/**
 * The words drawn inside the charts' canvas, in the interface language. The page builds them
 * again when the language changes, and the charts re-render with them.
 */
export interface ChartLabels {
  /** The name of every stage and off-campaign status. */
  status: Readonly<Record<CommuneStatus, string>>;
  /** "Population : 26 253" from an already formatted figure. */
  population: (count: string) => string;
  /** The gauge's caption (committed), and the names of its other parts. */
  committed: string;
  invoiced: string;
  paid: string;
}

export function chartLabels(translate: Translate): ChartLabels {
  const status = Object.fromEntries(COMMUNE_STATUSES.map((value) => [value, translate(statusKey(value))])) as Record<CommuneStatus, string>;
  return {
    status,
    population: (count) => translate('dashboard.map.populationValue', { count }),
    committed: translate('dashboard.budget.committed'),
    invoiced: translate('dashboard.budget.invoiced'),
    paid: translate('dashboard.budget.paid'),
  };
}
