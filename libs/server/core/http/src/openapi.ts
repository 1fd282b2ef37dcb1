import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { z } from 'zod';

/**
 * JSON Schema of a contract, for `@ApiResponse({ schema })` and `@ApiBody({ schema })`: the OpenAPI
 * document and the code share one definition. Bodies and queries describe what the client sends
 * (`input`: before defaults and parsing), responses what the API answers (`output`).
 */
export function openApiSchema(schema: z.ZodType, io: 'input' | 'output' = 'output'): Record<string, unknown> {
  const jsonSchema = z.toJSONSchema(schema, { target: 'openapi-3.0', io }) as Record<string, unknown>;
  // OpenAPI embeds schemas; a JSON Schema dialect marker has no place inside them.
  delete jsonSchema['$schema'];
  return jsonSchema;
}

/** Serves the OpenAPI UI at /api/docs and the document at /api/docs-json. */
export function setupOpenApi(app: INestApplication): void {
  const config = new DocumentBuilder()
    .setTitle('BEP Transition numérique API')
    .setDescription('Engagements of the communes of the Province of Namur in the digital-transition programme. Errors are RFC 9457 problem details.')
    .setVersion('1.0')
    .build();
  const document = SwaggerModule.createDocument(app, config);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
}
