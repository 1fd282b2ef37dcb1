import argon2 from 'argon2';

/** Passwords are stored as argon2id hashes (salted, memory-hard). */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export function verifyPassword(hash: string, password: string): Promise<boolean> {
  return argon2.verify(hash, password);
}

/**
 * Verified when no account has the e-mail, so that a wrong e-mail takes as long as a wrong
 * password and the answer's timing does not tell which part was wrong.
 */
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword('decoy password of no account');
  return decoyHash;
}
