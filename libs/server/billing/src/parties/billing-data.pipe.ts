import { BadRequestException, type PipeTransform, UnprocessableEntityException } from '@nestjs/common';
import { ZodValidationPipe } from '@bep/server/core/http';
import type { z } from 'zod';

/** The problem type of a refused seller identity or commune billing profile. */
export const INVALID_BILLING_DATA = 'urn:bep:invalid-billing-data';

/**
 * Parses the body of a billing party with its contract, answering 422 (not the usual 400) with
 * the same field errors: the request is well-formed JSON, it is its values (a wrong check digit
 * in an enterprise number or an IBAN) that cannot be used on an invoice, and the client shows
 * each message beside its field.
 */
export class BillingDataPipe<T extends z.ZodType> implements PipeTransform<unknown, z.output<T>> {
  private readonly parser: ZodValidationPipe<T>;

  constructor(schema: T) {
    this.parser = new ZodValidationPipe(schema);
  }

  transform(value: unknown): z.output<T> {
    try {
      return this.parser.transform(value);
    } catch (error) {
      if (error instanceof BadRequestException) {
        const { detail, errors } = error.getResponse() as { detail?: string; errors?: unknown };
        throw new UnprocessableEntityException({ type: INVALID_BILLING_DATA, title: 'Invalid billing data', detail, errors });
      }
      throw error;
    }
  }
}
