/** What the fuzz test reads of the OpenAPI document: each operation, its parameters and its body. */

export interface JsonSchema {
  type?: string;
  format?: string;
  enum?: unknown[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  default?: unknown;
  nullable?: boolean;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonSchema;
}

interface DocumentOperation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema?: JsonSchema; examples?: Record<string, { value: unknown }> }> };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, DocumentOperation>>;
}

export interface Operation {
  method: string;
  /** As the document writes it: `/api/contacts/{id}`. */
  path: string;
  /** As the route table writes it: `GET /api/contacts/:id`. */
  routeKey: string;
  pathParameters: Parameter[];
  queryParameters: Parameter[];
  body: { schema: JsonSchema; examples: unknown[] } | null;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** Every operation of the document, in its order: a route added to the API is fuzzed without more. */
export function operationsOf(document: OpenApiDocument): Operation[] {
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.entries(operations)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, operation]) => {
        const json = operation.requestBody?.content['application/json'];
        const parameters = operation.parameters ?? [];
        return {
          method: method.toUpperCase(),
          path,
          routeKey: `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`,
          pathParameters: parameters.filter((p) => p.in === 'path'),
          queryParameters: parameters.filter((p) => p.in === 'query'),
          body: json ? { schema: json.schema ?? {}, examples: Object.values(json.examples ?? {}).map((example) => example.value) } : null,
        };
      }),
  );
}
