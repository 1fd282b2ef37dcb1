import { BadRequestException } from '@nestjs/common';
import { MATURITY_SORT_BY_NAME, MATURITY_SORT_BY_OVERALL, type MaturityRow, type ProvinceMaturity } from '@bep/contracts';

const byName = new Intl.Collator('fr', { sensitivity: 'base' });

/**
 * The heat map's rows of one province view, sorted once per order asked for and kept with the
 * view (per campaign revision), so that a page of 35,000 answering communes is a slice.
 */
export class MaturityRowOrders {
  readonly #sorted = new Map<string, readonly MaturityRow[]>();

  constructor(readonly view: ProvinceMaturity) {}

  /** The rows in the order asked for; rows without the score last whatever the order, ties by name then NIS code. */
  sorted(sort: string, order: 'asc' | 'desc'): readonly MaturityRow[] {
    const key = `${sort} ${order}`;
    const known = this.#sorted.get(key);
    if (known) return known;
    const score = this.#scoreOf(sort);
    const direction = order === 'asc' ? 1 : -1;
    const tieBreak = (a: MaturityRow, b: MaturityRow) => byName.compare(a.name, b.name) || a.nis.localeCompare(b.nis);
    const sorted = [...this.view.rows].sort((a, b) => {
      if (!score) return direction * tieBreak(a, b);
      const [left, right] = [score(a), score(b)];
      if (left === null || right === null) return left === right ? tieBreak(a, b) : left === null ? 1 : -1;
      return direction * (left - right) || tieBreak(a, b);
    });
    this.#sorted.set(key, sorted);
    return sorted;
  }

  /** How a row's sort value is read; null for the name; a 400 for a key the view's model does not have. */
  #scoreOf(sort: string): ((row: MaturityRow) => number | null) | null {
    if (sort === MATURITY_SORT_BY_NAME) return null;
    if (sort === MATURITY_SORT_BY_OVERALL) return (row) => row.overall;
    if (this.view.model?.dimensions.some((dimension) => dimension.id === sort)) return (row) => row.dimensions[sort] ?? null;
    throw new BadRequestException(`The rows sort by name, overall or a dimension of the model (${this.view.model?.dimensions.map((d) => d.id).join(', ') || 'none'}), not "${sort}".`);
  }
}
