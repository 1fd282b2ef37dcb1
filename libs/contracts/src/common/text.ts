import { z } from 'zod';

/**
 * The one rule for text the API accepts: PostgreSQL's `text` cannot hold NUL (U+0000), and a lone
 * UTF-16 surrogate has no UTF-8 form (the driver would silently store U+FFFD instead, and jsonb, so
 * the audit log, refuses its `\uD800` escape). Such text is refused where it enters, naming the field.
 */
export const UNSTORABLE_TEXT_MESSAGE = 'must not contain a NUL character or an unpaired UTF-16 surrogate';

const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/** False when the string holds a NUL or a surrogate without its pair. */
export function isStorableText(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const unit = value.charCodeAt(index);
    if (unit === 0 || isLowSurrogate(unit)) return false;
    if (isHighSurrogate(unit)) {
      if (!isLowSurrogate(value.charCodeAt(index + 1))) return false;
      index++;
    }
  }
  return true;
}

/**
 * Every free-text field of a request starts here, then adds its own checks:
 * `text().trim().min(1).max(200)`. Formats (uuid, dates, enums, anchored patterns) cannot hold
 * those characters in the first place.
 */
export function text() {
  return z.string().refine(isStorableText, UNSTORABLE_TEXT_MESSAGE);
}

export interface UnstorableText {
  /** Where, from the root of the value: property names and array indexes. */
  path: (string | number)[];
  /** True when the property name itself breaks the rule, not its value. */
  inKey: boolean;
}

/** Enough to show the caller what to fix; bounds the work on a body made of nothing else. */
const MAX_FINDINGS = 10;

interface Node {
  value: unknown;
  key?: string | number;
  parent?: Node;
}

function pathOf(node: Node): (string | number)[] {
  const path: (string | number)[] = [];
  for (let at: Node | undefined = node; at?.key !== undefined; at = at.parent) path.push(at.key);
  return path.reverse();
}

/**
 * Every string in a parsed request (JSON body, query, path parameter), property names included,
 * that breaks the rule (the first ten): the API applies it to all input before any schema, so that a
 * field a schema forgets, or drops as unknown, cannot carry such text either. Walks with its own
 * stack and links each node to its parent (a path is built only for what is found), so that a body
 * nested a hundred thousand levels deep costs linear time and no call stack.
 */
export function findUnstorableText(value: unknown): UnstorableText[] {
  const found: UnstorableText[] = [];
  const pending: Node[] = [{ value }];
  while (pending.length > 0 && found.length < MAX_FINDINGS) {
    const node = pending.pop() as Node;
    const current = node.value;
    if (typeof node.key === 'string' && !isStorableText(node.key)) found.push({ path: pathOf(node), inKey: true });
    if (typeof current === 'string') {
      if (!isStorableText(current)) found.push({ path: pathOf(node), inKey: false });
    } else if (typeof current === 'object' && current !== null) {
      // Pushed last to first, so that what is found comes in the order of the input.
      const children = Array.isArray(current) ? current.map((item, index) => [index, item] as const) : Object.entries(current);
      for (const [key, item] of children.reverse()) {
        pending.push({ value: item, key, parent: node });
      }
    }
  }
  return found.slice(0, MAX_FINDINGS);
}
