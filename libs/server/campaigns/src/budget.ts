import { roundHalfAwayFromZero, stageOrder, type Stage } from '@bep/domain';

/** BEP's share of a price, in cents: price x share (basis points), rounded once. */
export function bepShareCents(priceCents: number, shareBp: number): number {
  return roundHalfAwayFromZero(priceCents * shareBp, 10_000);
}

/** An engagement commits BEP's share once it reached `diagnostic_requested` on the main path (closed ones do not). */
export function commitsBudget(stage: Stage): boolean {
  const order = stageOrder(stage);
  return order !== null && order >= (stageOrder('diagnostic_requested') ?? 0);
}

/** What BEP committed for a campaign: its share of the diagnostic, rounded per engagement, for each committing engagement. */
export function committedCents(byStage: Partial<Record<Stage, number>>, diagnosticPriceCents: number, diagnosticBepShareBp: number): number {
  const perEngagement = bepShareCents(diagnosticPriceCents, diagnosticBepShareBp);
  const engagements = (Object.entries(byStage) as [Stage, number][]).filter(([stage]) => commitsBudget(stage)).reduce((sum, [, count]) => sum + count, 0);
  return perEngagement * engagements;
}
