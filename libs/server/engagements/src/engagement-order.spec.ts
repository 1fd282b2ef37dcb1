import { BadRequestException } from '@nestjs/common';
import { decodeCursor, encodeCursor, EngagementOrder } from './engagement-order';

describe('EngagementOrder', () => {
  it('tells where an engagement is in the list, or null once it left it', () => {
    const order = new EngagementOrder(['a', 'b', 'c']);
    expect(order.positionOf('c')).toBe(2);
    expect(order.positionOf('a')).toBe(0);
    expect(order.positionOf('z')).toBeNull();
  });
});

describe('list cursors', () => {
  const row = { name: 'Écaussinnes-d’Enghien "1"', id: '0e5a1a4c-3b8f-4d7e-9a51-2f6c7d8e9f10' };

  it('give back the row they were made from, in URL-safe characters', () => {
    const cursor = encodeCursor(row);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor)).toEqual(row);
  });

  it.each([
    ['not base64 JSON', 'bm90IGpzb24'],
    ['a JSON object', Buffer.from('{"name":"x"}').toString('base64url')],
    ['an id that is no UUID', Buffer.from('["Namur","1"]').toString('base64url')],
    ['a name that is no text', Buffer.from('[1,"0e5a1a4c-3b8f-4d7e-9a51-2f6c7d8e9f10"]').toString('base64url')],
  ])('refuse %s with a 400', (_, cursor) => {
    expect(() => decodeCursor(cursor)).toThrow(BadRequestException);
  });
});
