import { BadRequestException } from '@nestjs/common';

/**
 * The engagements a list's filters keep, in the list's order (commune name, then id), as ids: read
 * once per campaign revision and filter, so that the total and a page however deep cost the same
 * at 37 engagements and at 35,000.
 */
export class EngagementOrder {
  readonly #positions = new Map<string, number>();

  constructor(readonly ids: readonly string[]) {
    ids.forEach((id, position) => this.#positions.set(id, position));
  }

  /** Where the engagement is in the list, or null when the filters no longer keep it. */
  positionOf(id: string): number | null {
    return this.#positions.get(id) ?? null;
  }
}

/** What a cursor points after: a row of the list by its sort key, so that it keeps its place if the row leaves the list. */
export interface ListCursor {
  name: string;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The cursor of the page after the row (`name`, `id`): opaque to the client, URL-safe. */
export function encodeCursor(cursor: ListCursor): string {
  return Buffer.from(JSON.stringify([cursor.name, cursor.id])).toString('base64url');
}

/** The row a cursor points after; a 400 for anything a page did not give. */
export function decodeCursor(text: string): ListCursor {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    decoded = null;
  }
  if (Array.isArray(decoded) && decoded.length === 2 && typeof decoded[0] === 'string' && typeof decoded[1] === 'string' && UUID.test(decoded[1])) {
    return { name: decoded[0], id: decoded[1] };
  }
  throw new BadRequestException('The cursor is not one a page of this list gave: start again from the first page.');
}
