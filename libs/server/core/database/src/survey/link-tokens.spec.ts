import { createHash, createHmac } from 'node:crypto';
import { isLinkToken, linkToken, tokenHash } from './link-tokens';

const SECRET = 'a-test-secret-of-at-least-32-characters';
const LINK_ID = '0f8e2a4c-6b1d-4e3f-9a5c-7d2b1e0f3a46';

describe('link tokens', () => {
  it('are the link id then the first half of its HMAC, in base64url', () => {
    const token = linkToken(SECRET, LINK_ID);
    expect(token).toHaveLength(43);
    const bytes = Buffer.from(token, 'base64url');
    expect(bytes.subarray(0, 16).toString('hex')).toBe(LINK_ID.replace(/-/g, ''));
    expect(bytes.subarray(16)).toEqual(createHmac('sha256', SECRET).update(`survey-link:${LINK_ID}`).digest().subarray(0, 16));
  });

  it('are rebuilt the same from the link id and the secret, and differ with either', () => {
    expect(linkToken(SECRET, LINK_ID)).toBe(linkToken(SECRET, LINK_ID));
    expect(linkToken(`${SECRET}!`, LINK_ID)).not.toBe(linkToken(SECRET, LINK_ID));
    expect(linkToken(SECRET, '0f8e2a4c-6b1d-4e3f-9a5c-7d2b1e0f3a47')).not.toBe(linkToken(SECRET, LINK_ID));
  });

  it('are kept as the hexadecimal SHA-256 of the token', () => {
    const token = linkToken(SECRET, LINK_ID);
    expect(tokenHash(token)).toBe(createHash('sha256').update(token).digest('hex'));
    expect(tokenHash(token)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuse a link id that is no UUID', () => {
    expect(() => linkToken(SECRET, 'gembloux')).toThrow('A link id is a UUID, not gembloux');
  });

  it.each([
    [linkToken(SECRET, LINK_ID), true],
    [undefined, false],
    ['', false],
    [`${linkToken(SECRET, LINK_ID)}A`, false],
    [linkToken(SECRET, LINK_ID).replace(/^./, '+'), false],
  ])('%p has the shape of a token: %s', (value, expected) => {
    expect(isLinkToken(value)).toBe(expected);
  });
});
