import { BadRequestException, PipeTransform } from '@nestjs/common';
import type { z } from 'zod';

/** Parses a body or query with its contract; invalid input is a 400 problem listing each field. */
export class ZodValidationPipe<T extends z.ZodType> implements PipeTransform<unknown, z.output<T>> {
  constructor(private readonly schema: T) {}

  transform(value: unknown): z.output<T> {
    const result = this.schema.safeParse(value);
    if (!result.success) {
      throw new BadRequestException({
        detail: 'The request is invalid; see errors.',
        errors: result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
      });
    }
    return result.data;
  }
}
