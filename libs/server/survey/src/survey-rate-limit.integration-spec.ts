import { SURVEY_TOKEN_HEADER, type ProblemDetails } from '@bep/contracts';
import { randomBytes } from 'node:crypto';
import { REQUESTS_PER_ADDRESS, REQUESTS_PER_LINK } from './survey-rate-limit.guard';
import { startSurveyApi, type SurveyApi } from './testing/survey-api';

/** The public form's rate limit, per link and per client address, on an API of its own (the counters live in its memory). */
describe('survey rate limit', () => {
  let api: SurveyApi;
  const open = (token: string) => fetch(`${api.baseUrl}/api/survey`, { headers: { [SURVEY_TOKEN_HEADER]: token } });

  beforeAll(async () => {
    api = await startSurveyApi('survey_rate_limit');
  });

  afterAll(() => api?.close());

  it('answers 429 with problem details and Retry-After past the requests a minute of a link, then past those of an address', async () => {
    const ohey = await api.issueLink((await api.engagementOf('Ohey')).id);
    let sent = 0;
    for (let i = 0; i < REQUESTS_PER_LINK; i++, sent++) {
      const response = await open(ohey);
      expect(response.status).toBe(200);
      await response.arrayBuffer();
    }
    const limited = await open(ohey);
    sent++;
    expect(limited.status).toBe(429);
    expect(limited.headers.get('content-type')).toContain('application/problem+json');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(limited.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect(((await limited.json()) as ProblemDetails).detail).toMatch(/^Too many requests to the questionnaire; try again in \d+ seconds\.$/);
    // The same link is refused on every public route; saving counts as well.
    expect((await api.asCommune(ohey, 'PUT', '/api/survey/sections/profil', { revision: 0, answers: {} })).status).toBe(429);
    sent++;

    // Another commune behind the same address is not held back by Ohey's limit...
    const hamois = await api.issueLink((await api.engagementOf('Hamois')).id);
    expect((await open(hamois)).status).toBe(200);
    sent++;
    // ...until the address itself is over its limit, whatever links it tries.
    for (; sent < REQUESTS_PER_ADDRESS; sent++) {
      const guess = await open(randomBytes(32).toString('base64url'));
      expect(guess.status).toBe(404);
      await guess.arrayBuffer();
    }
    expect((await open(hamois)).status).toBe(429);
    // Signed-in routes are not limited.
    expect((await fetch(`${api.baseUrl}/api/engagements/${(await api.engagementOf('Hamois')).id}/survey`, { headers: api.manager })).status).toBe(200);
  });
});
