import type { SeededRandom as Random } from '@bep/server/core/database';
import { containerPaths, jsonText, RawJson, replaceAt, valueAt, valuePaths, withRawKey, type JsonPath } from './json-text';
import type { Operation, Parameter } from './operations';
import { validValue, withUniqueText } from './valid-values';

export interface FuzzRequest {
  method: string;
  /** Path and query, already encoded (some cases send encodings no client library would). */
  url: string;
  body?: string;
  contentType?: string;
}

export interface FuzzCase {
  /** What was spoiled, for the failure message. */
  label: string;
  request: FuzzRequest;
  /** The status every caller must get, when the case decides it before any route code (413). */
  expectedStatus?: number;
}

export interface Inputs {
  random: Random;
  /** A value of the path parameter that names a record that exists, else a valid-looking one. */
  pathValue(operation: Operation, parameter: Parameter): string;
}

/** The body limit is 1 MiB: one string just under it is parsed, one over it is refused with 413. */
const BODY_LIMIT = 1024 * 1024;
const NUL = '\u0000';
const HIGH = '\uD800';
const LOW = '\uDFFF';

const MALFORMED_JSON = ['{', '{"a":', '[1,2', 'nul', '{"a":1}}', "{'a':1}", '{"a":undefined}', '\u0000', '{"a":1,}', ''];
const WHOLE_BODIES = ['[]', 'null', '"text"', '42', 'true', '[{}]', '{}', '[[[]]]'];
const ODD_TYPES: unknown[] = [42, -1, 'text', true, false, null, [], {}, [1, 'a'], { x: 1 }];
const EDGE_NUMBERS = ['1e999', '-1e999', '1e308', '-1e308', '9007199254740993', '2147483648', '-2147483649', '4294967296', '-1', '0', '0.5', '-0', '1e-400', '123456789012345678901234567890'];
const ODD_KEYS = ['extra', 'isAdmin', 'id', 'toString', 'hasOwnProperty', 'prototype', '', 'x'.repeat(300), '😀'];
const BAD_PATH_VALUES = ['not-a-uuid', '%00', 'a%00b', '%ED%A0%80', '%C0%80', '%F0%9F%98', '..%2F..%2Fetc%2Fpasswd', 'x'.repeat(300), '-1', '0', '%20', '%25', '%zz', '00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff', '12345', '99999', "1'%20OR%20'1'%3D'1"];
const BAD_QUERY_VALUES = ['', '%00', 'a%00', '%ED%A0%80', '%ED%B0%80', '%C0%80', '%', '%zz', 'x'.repeat(6000), '-1', '1.5', '1e309', '99999999999999999999', '0x10', 'NaN', 'Infinity', '-0', 'true', 'not-a-uuid', '0000-01-01', '-000001-01-01', '9999-12-31', '275760-09-13', '2019-02-30', '2019-06-12T25:00:00Z', '0000-01-01T00:00:00Z', '9999-12-31T23:59:59+14:00', "'%20OR%201%3D1--"];

const encode = (value: unknown) => encodeURIComponent(String(value));

/** GET and DELETE requests go without a body (fetch sends none with a GET). */
const sendsBody = (operation: Operation) => operation.method !== 'GET' && operation.method !== 'DELETE';

/** Builds one request of the operation: real path values, no query and its example body unless told otherwise. */
function request(operation: Operation, inputs: Inputs, change: { path?: Record<string, string>; query?: string; body?: string | null; contentType?: string } = {}): FuzzRequest {
  const path = operation.pathParameters.reduce(
    (url, parameter) => url.replace(`{${parameter.name}}`, change.path?.[parameter.name] ?? encode(inputs.pathValue(operation, parameter))),
    operation.path,
  );
  const body = change.body === null || !sendsBody(operation) ? undefined : (change.body ?? jsonText(baseBody(operation, inputs.random)));
  return {
    method: operation.method,
    url: change.query ? `${path}?${change.query}` : path,
    ...(body === undefined ? {} : { body, contentType: change.contentType ?? 'application/json' }),
  };
}

/** One of the document's examples of the body (valid, or nearly), else a value its schema accepts. */
function baseBody(operation: Operation, random: Random): unknown {
  if (!operation.body) return {};
  return operation.body.examples.length ? random.pick(operation.body.examples) : validValue(operation.body.schema, random);
}

type Mutation = (operation: Operation, inputs: Inputs) => FuzzCase;

/** Spoils one value of the example body: at a random place, or at the root when it has none. */
function spoilBody(label: string, replacement: (random: Random, current: unknown) => unknown): Mutation {
  return (operation, inputs) => {
    const base = baseBody(operation, inputs.random);
    const paths = valuePaths(base);
    const path: JsonPath = paths.length ? inputs.random.pick(paths) : [];
    return { label: `${label} at ${path.join('.') || 'the root'}`, request: request(operation, inputs, { body: jsonText(replaceAt(base, path, replacement(inputs.random, valueAt(base, path)))) }) };
  };
}

/** Adds a property, whatever its name, to one of the body's objects. */
function extraProperty(label: string, key: (random: Random) => string, valueText: (random: Random) => string): Mutation {
  return (operation, inputs) => {
    const base = baseBody(operation, inputs.random);
    const objects = containerPaths(base).filter((path) => {
      const value = valueAt(base, path);
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    });
    const path = objects.length ? inputs.random.pick(objects) : [];
    const name = key(inputs.random);
    const object = (objects.length ? valueAt(base, path) : {}) as Record<string, unknown>;
    const body = jsonText(replaceAt(objects.length ? base : {}, path, withRawKey(object, name, valueText(inputs.random))));
    return { label: `${label} ${JSON.stringify(name).slice(0, 40)} at ${path.join('.') || 'the root'}`, request: request(operation, inputs, { body }) };
  };
}

function bodyText(label: string, text: (random: Random) => string, contentType?: string): Mutation {
  return (operation, inputs) => {
    const body = text(inputs.random);
    return { label: `${label}: ${JSON.stringify(body.slice(0, 30))}`, request: request(operation, inputs, { body, ...(contentType ? { contentType } : {}) }) };
  };
}

function deeplyNested(random: Random): RawJson {
  const depth = random.pick([10_000, 100_000]);
  return random.next() < 0.5 ? new RawJson(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`) : new RawJson(`${'['.repeat(depth)}${']'.repeat(depth)}`);
}

const BODY_MUTATIONS: Mutation[] = [
  bodyText('malformed JSON', (random) => random.pick(MALFORMED_JSON)),
  spoilBody('a wrong type', (random, current) => random.pick(ODD_TYPES.filter((odd) => typeof odd !== typeof current || Array.isArray(odd) !== Array.isArray(current)))),
  (operation, inputs) => {
    const base = baseBody(operation, inputs.random);
    const paths = valuePaths(base);
    const path = paths.length ? inputs.random.pick(paths) : [];
    return { label: `without ${path.join('.') || 'a body'}`, request: request(operation, inputs, { body: path.length ? jsonText(replaceAt(base, path, undefined, true)) : null }) };
  },
  extraProperty('an extra property', (random) => random.pick(ODD_KEYS), (random) => jsonText(random.pick(ODD_TYPES))),
  spoilBody('an edge number', (random) => new RawJson(random.pick(EDGE_NUMBERS))),
  spoilBody('a NUL', (random) => random.pick([NUL, `Nam${NUL}ur`, `${NUL}${'x'.repeat(50)}`])),
  spoilBody('a lone surrogate', (random) => random.pick([HIGH, LOW, `Namur${HIGH}`, `${LOW}Namur`, `${HIGH}${HIGH}`])),
  extraProperty('a key with a NUL or lone surrogate:', (random) => random.pick([`k${NUL}`, `k${HIGH}`, LOW]), () => '1'),
  spoilBody('a string just under the body limit', () => 'x'.repeat(BODY_LIMIT - 50_000)),
  (operation, inputs) => ({
    label: 'a string over the body limit',
    request: request(operation, inputs, { body: jsonText(replaceAt(baseBody(operation, inputs.random), [], { text: 'x'.repeat(BODY_LIMIT + 10_000) })) }),
    expectedStatus: 413,
  }),
  spoilBody('deep nesting', deeplyNested),
  extraProperty('a prototype key', (random) => random.pick(['__proto__', 'constructor']), (random) => random.pick(['{"isAdmin":true}', '{"prototype":{"isAdmin":true}}', 'null', '"x"'])),
  bodyText('a body of another shape', (random) => random.pick(WHOLE_BODIES)),
  bodyText('JSON sent as another type', () => '{}', 'text/plain'),
  bodyText('a form sent as the body', () => 'a=1&b=2', 'application/x-www-form-urlencoded'),
];

/** A query parameter's value that its schema refuses (or a document parameter's edge case). */
function spoiledQuery(operation: Operation, random: Random): string {
  const parameter = operation.queryParameters.length ? random.pick(operation.queryParameters).name : random.pick(['q', 'limit', 'id']);
  return `${encode(parameter)}=${random.pick(BAD_QUERY_VALUES)}`;
}

function validQuery(operation: Operation, random: Random): string {
  return operation.queryParameters
    .filter(() => random.next() < 0.6)
    .map((parameter) => `${encode(parameter.name)}=${encode(validValue(parameter.schema ?? {}, random))}`)
    .join('&');
}

const QUERY_MUTATIONS: Mutation[] = [
  (operation, inputs) => {
    const query = validQuery(operation, inputs.random);
    return { label: `a valid query ?${query}`, request: request(operation, inputs, { query }) };
  },
  (operation, inputs) => {
    const query = spoiledQuery(operation, inputs.random);
    return { label: `a bad query ?${query.slice(0, 60)}`, request: request(operation, inputs, { query }) };
  },
  (operation, inputs) => {
    const name = operation.queryParameters.length ? inputs.random.pick(operation.queryParameters).name : 'q';
    return { label: `?${name} twice`, request: request(operation, inputs, { query: `${name}=1&${name}=2` }) };
  },
  (operation, inputs) => ({ label: 'prototype keys in the query', request: request(operation, inputs, { query: '__proto__=x&constructor=y&hasOwnProperty=z&__proto__[isAdmin]=true' }) }),
];

const PATH_MUTATIONS: Mutation[] = [
  (operation, inputs) => {
    const parameter = inputs.random.pick(operation.pathParameters);
    const value = inputs.random.pick(BAD_PATH_VALUES);
    return { label: `{${parameter.name}} = ${value.slice(0, 40)}`, request: request(operation, inputs, { path: { [parameter.name]: value } }) };
  },
  (operation, inputs) => {
    const parameter = inputs.random.pick(operation.pathParameters);
    const value = validValue(parameter.schema ?? {}, inputs.random);
    return { label: `{${parameter.name}} = ${String(value)} (valid, probably unknown)`, request: request(operation, inputs, { path: { [parameter.name]: encode(value) } }) };
  },
];

/** Edge values for a field, by what it holds: out of range, impossible or beyond what the database stores. */
const EDGES = {
  integer: ['-1', '1.5', '1e309', '99999999999999999999', 'NaN'],
  date: ['0000-01-01', '-000001-01-01', '9999-12-31', '275760-09-13', '2019-02-30'],
  dateTime: ['0000-01-01T00:00:00Z', '0001-01-01T00:00:00+14:00', '9999-12-31T23:59:59-14:00', '275760-09-13T00:00:00Z', '2019-06-12T25:00:00Z'],
  uuid: ['not-a-uuid', '00000000-0000-0000-0000-000000000000', 'FFFFFFFF-FFFF-4FFF-BFFF-FFFFFFFFFFFF'],
  text: ['x'.repeat(6000), "' OR 1=1--", '%', '\\'],
  number: ['1e999', '-1e999', '2147483648', '9007199254740993', '-1', '0.5'],
};

function queryEdges(parameter: Parameter): string[] {
  const schema = parameter.schema ?? {};
  if (schema.type === 'integer' || schema.type === 'number') return EDGES.integer;
  if (schema.format === 'date') return EDGES.date;
  if (schema.format === 'date-time') return EDGES.dateTime;
  if (schema.format === 'uuid') return EDGES.uuid;
  if (schema.enum) return ['nope', String(schema.enum[0]).toUpperCase()];
  return EDGES.text;
}

function bodyEdges(current: unknown, random: Random): unknown[] {
  if (typeof current === 'number') return EDGES.number.map((text) => new RawJson(text));
  if (typeof current !== 'string') return [random.pick(ODD_TYPES.filter((odd) => typeof odd !== typeof current)), 'text'];
  const lookalike = /^\d{4}-\d\d-\d\dT/.test(current) ? [...EDGES.dateTime, ...EDGES.dateTime.map((edge) => edge.slice(0, current.length))] : /^\d{4}-\d\d-\d\d$/.test(current) ? EDGES.date : /^[0-9a-f]{8}-/i.test(current) ? EDGES.uuid : [];
  return [`Nam${NUL}ur`, `Namur${random.pick([HIGH, LOW])}`, 42, ...lookalike];
}

/**
 * Each field spoiled in turn: every query parameter with a NUL, an encoded lone surrogate and the
 * edge values of its type; every value of the example body with a NUL, a lone surrogate, a wrong type
 * and the edge values of what it holds (numbers, dates, instants, ids). What a random pick would miss
 * on a route with many fields.
 */
function fieldByField(operation: Operation, inputs: Inputs): FuzzCase[] {
  const { random } = inputs;
  const queries = operation.queryParameters.flatMap((parameter) =>
    ['a%00b', '%ED%A0%80', ...queryEdges(parameter).map(encode)].map((value) => {
      const query = `${encode(parameter.name)}=${value}`;
      return { label: `?${query.slice(0, 60)}`, request: request(operation, inputs, { query }) };
    }),
  );
  // The document's examples, and a value with every property of the schema (what no example shows is spoiled too).
  const examples = operation.body ? [...operation.body.examples, validValue(operation.body.schema, random, true)] : [{}];
  const bodies = !sendsBody(operation)
    ? []
    : examples.flatMap((example) =>
        valuePaths(example).flatMap((path) =>
          bodyEdges(valueAt(example, path), random).map((value) => {
            // Fresh names and e-mails each time: a spoiled field, not a name already taken, decides the answer.
            const base = withUniqueText(example, operation.body?.schema, random);
            return { label: `${jsonText(value).slice(0, 30)} at ${path.join('.')}`, request: request(operation, inputs, { body: jsonText(replaceAt(base, path, value)) }) };
          }),
        ),
      );
  return [...queries, ...bodies];
}

export interface OperationCases {
  /** For every caller (a refused one gets the first few and those with an expected status). */
  general: FuzzCase[];
  /** Field by field, for one caller the policy lets in: the same field fails alike for every role. */
  fieldByField: FuzzCase[];
}

/**
 * The cases of one operation: first its example as it is, then each kind of spoiled input that
 * applies once, then more of them at random up to `count`; and each of its fields spoiled in turn.
 */
export function malformedRequests(operation: Operation, inputs: Inputs, count: number): OperationCases {
  const kinds = [...(sendsBody(operation) ? BODY_MUTATIONS : []), ...QUERY_MUTATIONS, ...(operation.pathParameters.length ? PATH_MUTATIONS : [])];
  const general: FuzzCase[] = [{ label: 'the example as it is', request: request(operation, inputs) }];
  kinds.forEach((kind) => general.push(kind(operation, inputs)));
  while (general.length < count) general.push(inputs.random.pick(kinds)(operation, inputs));
  return { general, fieldByField: fieldByField(operation, inputs) };
}
