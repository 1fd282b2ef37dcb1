import { createHash, createHmac } from 'node:crypto';

/** 32 bytes in base64url, without padding. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * A link's token, derived rather than stored: the link's id (16 bytes) followed by the first 16
 * bytes of HMAC-SHA256(secret, `survey-link:<id>`), in base64url (43 characters, 256 bits of which
 * 128 are secret). The server rebuilds the token of a link in force for the e-mails that carry it,
 * while the database alone, which keeps only `tokenHash`, opens nothing.
 */
export function linkToken(secret: string, linkId: string): string {
  const id = Buffer.from(linkId.replace(/-/g, ''), 'hex');
  if (id.length !== 16) {
    throw new Error(`A link id is a UUID, not ${linkId}`);
  }
  const mac = createHmac('sha256', secret).update(`survey-link:${linkId}`).digest().subarray(0, 16);
  return Buffer.concat([id, mac]).toString('base64url');
}

/** What the link's row keeps of its token: its SHA-256, hexadecimal. A lookup by it needs no constant-time comparison. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Whether the value has the shape of a token (anything else is unknown without a query). */
export function isLinkToken(value: string | undefined): value is string {
  return value !== undefined && TOKEN.test(value);
}
