import type { PipeTransform } from '@nestjs/common';
import type { z } from 'zod';
import { fieldPath, invalidInput } from './invalid-input';

/**
 * Parses a body, a query or a path parameter with its contract; invalid input is a 400 problem
 * listing each field. `at` names a single value (a path parameter) in the errors.
 */
export class ZodValidationPipe<T extends z.ZodType> implements PipeTransform<unknown, z.output<T>> {
  constructor(
    readonly schema: T,
    private readonly at?: string,
  ) {}

  transform(value: unknown): z.output<T> {
    const result = this.schema.safeParse(value);
    if (!result.success) {
      const prefix = this.at === undefined ? [] : [this.at];
      throw invalidInput(result.error.issues.map((issue) => ({ path: fieldPath([...prefix, ...issue.path]), message: issue.message })));
    }
    return result.data;
  }
}
