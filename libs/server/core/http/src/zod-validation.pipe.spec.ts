import { BadRequestException } from '@nestjs/common';
import { z } from 'zod';
import { ZodValidationPipe } from './zod-validation.pipe';

function refusal(pipe: ZodValidationPipe<z.ZodType>, value: unknown): { detail: string; errors: { path: string }[] } {
  try {
    pipe.transform(value);
  } catch (error) {
    expect(error).toBeInstanceOf(BadRequestException);
    return (error as BadRequestException).getResponse() as { detail: string; errors: { path: string }[] };
  }
  throw new Error('accepted');
}

describe('ZodValidationPipe', () => {
  it('answers the parsed value', () => {
    expect(new ZodValidationPipe(z.object({ limit: z.coerce.number() })).transform({ limit: '5' })).toEqual({ limit: 5 });
  });

  it('names each field, and a path parameter by its name', () => {
    expect(refusal(new ZodValidationPipe(z.object({ a: z.object({ b: z.string() }) })), { a: { b: 1 } }).errors.map((e) => e.path)).toEqual(['a.b']);
    expect(refusal(new ZodValidationPipe(z.uuid(), 'id'), 'nope').errors.map((e) => e.path)).toEqual(['id']);
  });

  it('lists the first twenty errors of a huge invalid body and says how many there were', () => {
    const answer = refusal(new ZodValidationPipe(z.array(z.uuid())), Array.from({ length: 100_000 }, () => 1));
    expect(answer.errors).toHaveLength(20);
    expect(answer.detail).toContain('the first 20 of 100000');
  });
});
