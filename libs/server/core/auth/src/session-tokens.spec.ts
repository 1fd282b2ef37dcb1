import { newToken, sameTokenHash, tokenHash } from './session-tokens';

describe('session tokens', () => {
  it('are long, URL-safe and never repeat', () => {
    const tokens = new Set(Array.from({ length: 200 }, () => newToken()));
    expect(tokens.size).toBe(200);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('are stored as a keyed hash that depends on the secret', () => {
    const token = newToken();
    expect(tokenHash('secret-a', token)).toBe(tokenHash('secret-a', token));
    expect(tokenHash('secret-a', token)).not.toBe(tokenHash('secret-b', token));
    expect(tokenHash('secret-a', token)).not.toContain(token);
  });

  it('compares hashes exactly', () => {
    const hash = tokenHash('s', 'token');
    expect(sameTokenHash(hash, tokenHash('s', 'token'))).toBe(true);
    expect(sameTokenHash(hash, tokenHash('s', 'other'))).toBe(false);
    expect(sameTokenHash(hash, '')).toBe(false);
  });
});
