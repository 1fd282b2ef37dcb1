/** What no answer of the API may show, whatever it was sent. */
const LEAKS: [string, RegExp][] = [
  ['a stack trace', /\n\s+at \S|\bat [\w$.<>]+ \([^)]*:\d+:\d+\)/],
  ['a file path', /\/(?:work|home|root|usr|opt|srv|var)\/[\w.-]+\/|node_modules|\b[\w-]+\.(?:ts|js|mjs|cjs):\d+/],
  [
    'SQL or a database error',
    /QueryFailedError|syntax error at or near|violates [\w -]*constraint|invalid input (?:syntax|value) for|out of range for type|duplicate key value|relation "[^"]*"|\bSELECT\b[\s\S]{0,300}?\bFROM\s+"|\bINSERT INTO\b|\bUPDATE "[^"]+" SET\b/i,
  ],
];

/**
 * The flaws of one answer: a 5xx, internals in the body, an error that is not RFC 9457 problem
 * details of its own status.
 */
export function answerFlaws(status: number, contentType: string | null, body: string): string[] {
  const flaws: string[] = [];
  if (status >= 500) flaws.push(`answered ${status}`);
  for (const [what, pattern] of LEAKS) {
    const match = pattern.exec(body);
    if (match) flaws.push(`shows ${what}: ${JSON.stringify(body.slice(Math.max(0, match.index - 40), match.index + 80))}`);
  }
  if (status >= 400) {
    if (!contentType?.startsWith('application/problem+json')) flaws.push(`answered ${status} as ${contentType ?? 'no content type'}, not problem details`);
    const problem = parsed(body) as { status?: unknown; title?: unknown; type?: unknown } | undefined;
    if (problem === undefined) flaws.push(`answered ${status} with a body that is not JSON: ${JSON.stringify(body.slice(0, 80))}`);
    else if (problem === null || problem.status !== status || typeof problem.title !== 'string' || typeof problem.type !== 'string') {
      flaws.push(`answered ${status} with a problem that does not match it: ${body.slice(0, 120)}`);
    }
  }
  return flaws;
}

function parsed(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}
