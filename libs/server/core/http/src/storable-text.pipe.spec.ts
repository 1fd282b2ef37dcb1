import { BadRequestException, type ArgumentMetadata } from '@nestjs/common';
import { UNSTORABLE_TEXT_MESSAGE } from '@bep/contracts';
import { StorableTextPipe } from './storable-text.pipe';

const pipe = new StorableTextPipe();

function errorsOf(value: unknown, metadata: ArgumentMetadata): unknown {
  try {
    pipe.transform(value, metadata);
    return 'accepted';
  } catch (error) {
    expect(error).toBeInstanceOf(BadRequestException);
    return ((error as BadRequestException).getResponse() as { errors: unknown }).errors;
  }
}

describe('StorableTextPipe', () => {
  it.each([
    ['a body field', { name: 'Nam\u0000ur' }, { type: 'body' }, [{ path: 'name', message: UNSTORABLE_TEXT_MESSAGE }]],
    ['a nested body field', { participants: { notes: ['ok', '\uD800'] } }, { type: 'body' }, [{ path: 'participants.notes.1', message: UNSTORABLE_TEXT_MESSAGE }]],
    ['a property name', { ['k\u0000']: 1 }, { type: 'body' }, [{ path: 'k\u0000', message: `property name ${UNSTORABLE_TEXT_MESSAGE}` }]],
    ['a query parameter', { q: 'a\u0000' }, { type: 'query' }, [{ path: 'q', message: UNSTORABLE_TEXT_MESSAGE }]],
    ['a path parameter read alone', '\uDC00', { type: 'param', data: 'id' }, [{ path: 'id', message: UNSTORABLE_TEXT_MESSAGE }]],
  ] as const)('refuses %s, naming it', (_case, value, metadata, errors) => {
    expect(errorsOf(value, metadata as ArgumentMetadata)).toEqual(errors);
  });

  it.each([
    ['a body', { name: 'Namur 😀', count: 3, list: [null, true] }, { type: 'body' }],
    ['a query', { q: 'Gembloux' }, { type: 'query' }],
    // What a custom decorator gives (the signed-in user) is not input.
    ['a custom parameter', { name: 'x\u0000' }, { type: 'custom' }],
  ] as const)('lets %s through unchanged', (_case, value, metadata) => {
    expect(pipe.transform(value, metadata as ArgumentMetadata)).toBe(value);
  });
});
