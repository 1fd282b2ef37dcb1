import type { Pipeline, PipelineCard, TransitionResult } from '@bep/contracts';
import { ALL_STAGES, type Stage } from '@bep/domain';

/** A card of the board with the stage it stands in (the API gives the stage per column only). */
export interface BoardCard extends PipelineCard {
  stage: Stage;
}

/** One column: `count` is the whole column as the server counts it, `cards` the ones it sent. */
export interface BoardColumn {
  stage: Stage;
  count: number;
  cards: BoardCard[];
}

/** Where a card stood before a move, to put it back if the server refuses. */
export interface CardPlace {
  card: BoardCard;
  index: number;
}

/** The board's columns in the pipeline's order: the main path, then the closed stages. */
export function boardColumns(pipeline: Pipeline): BoardColumn[] {
  return ALL_STAGES.map((stage) => {
    const column = pipeline.columns.find((candidate) => candidate.stage === stage);
    return { stage, count: column?.count ?? 0, cards: (column?.cards ?? []).map((card) => ({ ...card, stage })) };
  });
}

/** The card and its position, if the board shows it. */
export function findCard(columns: readonly BoardColumn[], engagementId: string): CardPlace | null {
  for (const column of columns) {
    const index = column.cards.findIndex((card) => card.engagementId === engagementId);
    if (index !== -1) {
      return { card: column.cards[index], index };
    }
  }
  return null;
}

/** The board without the card (its column counts one less); unchanged when the card is not shown. */
function withoutCard(columns: readonly BoardColumn[], engagementId: string): BoardColumn[] {
  return columns.map((column) =>
    column.cards.some((card) => card.engagementId === engagementId)
      ? { ...column, count: column.count - 1, cards: column.cards.filter((card) => card.engagementId !== engagementId) }
      : column,
  );
}

/**
 * The board with `card` in its stage's column at `index` (at the end by default, where the server
 * would put a card that just entered: the column lists the longest in stage first). A card shown
 * elsewhere is taken out first, so that the same card never appears twice.
 */
export function withCard(columns: readonly BoardColumn[], card: BoardCard, index?: number): BoardColumn[] {
  return withoutCard(columns, card.engagementId).map((column) => {
    if (column.stage !== card.stage) {
      return column;
    }
    const cards = [...column.cards];
    cards.splice(index ?? cards.length, 0, card);
    return { ...column, count: column.count + 1, cards };
  });
}

/** The card as the server answered a move: its new stage and version, zero days in the stage. */
export function cardAfterMove(card: BoardCard, moved: TransitionResult): BoardCard {
  return {
    ...card,
    stage: moved.stage,
    version: moved.version,
    lead: moved.lead,
    stageEnteredAt: moved.stageEnteredAt,
    daysInStage: 0,
  };
}
