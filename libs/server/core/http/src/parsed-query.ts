import { applyDecorators, Query } from '@nestjs/common';
import { ApiQuery } from '@nestjs/swagger';
import type { z } from 'zod';
import { decorateMethodOf } from './method-of-parameter';
import { openApiSchema } from './openapi';
import { ZodValidationPipe } from './zod-validation.pipe';

interface ObjectJsonSchema {
  properties?: Record<string, Record<string, unknown> & { description?: string }>;
  required?: string[];
}

/**
 * Declares one OpenAPI query parameter per key of a contract's query schema, with its type, enum,
 * bounds, default and description as the schema gives them (what a client sends: `io: 'input'`).
 */
function ApiQueryFrom(schema: z.ZodType): MethodDecorator {
  const { properties = {}, required = [] } = openApiSchema(schema, 'input') as ObjectJsonSchema;
  return applyDecorators(
    ...Object.entries(properties).map(([name, { description, ...property }]) =>
      ApiQuery({ name, required: required.includes(name), schema: property, ...(description ? { description } : {}) }),
    ),
  );
}

/**
 * The query of a route, parsed with its contract (400 naming each field) and declared in the
 * OpenAPI document from the same schema: `list(@ParsedQuery(communeQuerySchema) query: CommuneQuery)`.
 */
export function ParsedQuery(schema: z.ZodType): ParameterDecorator {
  return (target, key, index) => {
    Query(new ZodValidationPipe(schema))(target, key, index);
    decorateMethodOf(target, key, ApiQueryFrom(schema));
  };
}
