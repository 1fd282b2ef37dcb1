import { Param } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';
import { z } from 'zod';
import { decorateMethodOf } from './method-of-parameter';
import { openApiSchema } from './openapi';
import { ZodValidationPipe } from './zod-validation.pipe';

/**
 * A path parameter parsed with its contract (a 400 naming the parameter) and declared in the
 * OpenAPI document from the same schema.
 */
export function ParsedParam(name: string, schema: z.ZodType, description?: string): ParameterDecorator {
  return (target, key, index) => {
    Param(name, new ZodValidationPipe(schema, name))(target, key, index);
    decorateMethodOf(target, key, ApiParam({ name, required: true, schema: openApiSchema(schema, 'input'), ...(description ? { description } : {}) }));
  };
}

/** The id of a record in a path: a UUID. */
export const UuidParam = (name = 'id', description?: string): ParameterDecorator => ParsedParam(name, z.uuid(), description);
