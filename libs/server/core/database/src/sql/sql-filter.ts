/**
 * The WHERE clause of a list query, built from optional filters with numbered parameters, so
 * that no value is ever spliced into SQL. `?` in a condition stands for the value passed with it.
 */
export class SqlFilter {
  readonly params: unknown[] = [];
  private readonly conditions: string[] = [];

  /** Adds a condition; each `?` in it is the value (the same value when it appears twice). */
  where(sql: string, value?: unknown): this {
    if (value === undefined) {
      this.conditions.push(sql);
    } else {
      this.params.push(value);
      this.conditions.push(sql.replaceAll('?', `$${this.params.length}`));
    }
    return this;
  }

  /** `WHERE a AND b`, or nothing without conditions. */
  get sql(): string {
    return this.conditions.length ? `WHERE ${this.conditions.join(' AND ')}` : '';
  }

  /** The placeholder of a value added after the filters (LIMIT, OFFSET...). */
  next(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }
}

/** The LIKE pattern of "contains this text", with LIKE's own wildcards taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}
