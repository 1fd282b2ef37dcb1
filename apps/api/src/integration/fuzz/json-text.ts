/**
 * Builds request bodies as text, including what JSON.stringify cannot write: numbers beyond a
 * double (`1e999`), an own `__proto__` key, nesting deeper than its recursion allows.
 */
export class RawJson {
  constructor(readonly text: string) {}
}

export function jsonText(value: unknown): string {
  const raws: string[] = [];
  const text = JSON.stringify(value, (_key, item: unknown) => (item instanceof RawJson ? `@@raw${raws.push(item.text) - 1}@@` : item)) ?? 'null';
  return text.replace(/"@@raw(\d+)@@"/g, (_match, index: string) => raws[Number(index)] ?? 'null');
}

/** The object's JSON with one more property first, whatever its name (`__proto__` included). */
export function withRawKey(object: Record<string, unknown>, key: string, valueText: string): RawJson {
  const inner = jsonText(object).slice(1, -1);
  return new RawJson(`{${JSON.stringify(key)}:${valueText}${inner ? `,${inner}` : ''}}`);
}

export type JsonPath = (string | number)[];

/** The path of every object and array in a value, the root first. */
export function containerPaths(value: unknown, path: JsonPath = []): JsonPath[] {
  if (typeof value !== 'object' || value === null || value instanceof RawJson) return [];
  const children = Array.isArray(value) ? value.map((item, index) => [index, item] as const) : Object.entries(value);
  return [path, ...children.flatMap(([key, item]) => containerPaths(item, [...path, key]))];
}

/** The path of every value under the root. */
export function valuePaths(value: unknown, path: JsonPath = []): JsonPath[] {
  if (typeof value !== 'object' || value === null || value instanceof RawJson) return path.length ? [path] : [];
  const children = Array.isArray(value) ? value.map((item, index) => [index, item] as const) : Object.entries(value);
  return [...(path.length ? [path] : []), ...children.flatMap(([key, item]) => valuePaths(item, [...path, key]))];
}

export function valueAt(value: unknown, path: JsonPath): unknown {
  return path.reduce<unknown>((current, key) => (current as Record<string | number, unknown> | undefined)?.[key], value);
}

/** A copy of the value with what is at the path replaced (or removed, with `remove`). */
export function replaceAt(value: unknown, path: JsonPath, replacement: unknown, remove = false): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path as [string | number, ...JsonPath];
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  if (rest.length === 0 && remove) {
    if (Array.isArray(copy)) copy.splice(head as number, 1);
    else delete copy[head];
  } else {
    copy[head] = replaceAt(copy[head], rest, replacement, remove);
  }
  return copy;
}
