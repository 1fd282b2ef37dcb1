/** One page of one campaign timed in the browser. */
export interface PageTiming {
  page: string;
  campaign: string;
  /** From navigating to the page to its first rows on screen. */
  firstRowsMs: number;
  /** From the filter or sort to the new rows on screen. */
  changeMs: number;
  /** What was changed, in words. */
  change: string;
}

/** The timings as a Markdown table, pasted as is into docs/performance.md. */
export function formatPageTimings(timings: readonly PageTiming[]): string {
  const rows = timings.map((t) => `| ${t.page} | ${t.campaign} | ${t.firstRowsMs} | ${t.change} | ${t.changeMs} |`);
  return ['| page | campaign | first rows ms | change | new rows ms |', '|---|---|--:|---|--:|', ...rows].join('\n');
}
