import { BadRequestException } from '@nestjs/common';
import type { MaturityRow, ProvinceMaturity } from '@bep/contracts';
import { MaturityRowOrders } from './maturity-row-orders';

const DIMENSIONS = ['digital-strategy', 'human-centric', 'green-digital'];

const row = (name: string, nis: string, overall: number | null, scores: (number | null)[]): MaturityRow => ({
  nis,
  name,
  engagementId: `00000000-0000-4000-8000-0000000${nis}`,
  overall,
  dimensions: Object.fromEntries(DIMENSIONS.map((id, index) => [id, scores[index] ?? null])),
  submittedAt: '2026-03-02T13:05:00.000Z',
});

const view = {
  model: { code: 'dmat', version: 1, dimensions: DIMENSIONS.map((id) => ({ id, label: id })) },
  rows: [row('Éghezée', '92045', 55, [55, 40, null]), row('Andenne', '92003', 70, [40, 40, 80]), row('Ciney', '91030', null, [null, null, null]), row('Dinant', '91034', 55, [90, 10, 30])],
} as unknown as ProvinceMaturity;

const names = (rows: readonly MaturityRow[]) => rows.map((r) => r.name);

describe('MaturityRowOrders', () => {
  it('sorts by name the French way (É with the E)', () => {
    const orders = new MaturityRowOrders(view);
    expect(names(orders.sorted('name', 'asc'))).toEqual(['Andenne', 'Ciney', 'Dinant', 'Éghezée']);
    expect(names(orders.sorted('name', 'desc'))).toEqual(['Éghezée', 'Dinant', 'Ciney', 'Andenne']);
  });

  it('sorts by a score, equal scores by name, the communes without one last in both directions', () => {
    const orders = new MaturityRowOrders(view);
    expect(names(orders.sorted('overall', 'desc'))).toEqual(['Andenne', 'Dinant', 'Éghezée', 'Ciney']);
    expect(names(orders.sorted('overall', 'asc'))).toEqual(['Dinant', 'Éghezée', 'Andenne', 'Ciney']);
    expect(names(orders.sorted('green-digital', 'asc'))).toEqual(['Dinant', 'Andenne', 'Ciney', 'Éghezée']);
  });

  it('sorts once per order and keeps it', () => {
    const orders = new MaturityRowOrders(view);
    expect(orders.sorted('overall', 'desc')).toBe(orders.sorted('overall', 'desc'));
  });

  it('refuses a key the model does not have with a 400 naming the ones it has', () => {
    const orders = new MaturityRowOrders(view);
    expect(() => orders.sorted('charisma', 'asc')).toThrow(BadRequestException);
    expect(() => orders.sorted('charisma', 'asc')).toThrow(/digital-strategy, human-centric, green-digital/);
  });
});
