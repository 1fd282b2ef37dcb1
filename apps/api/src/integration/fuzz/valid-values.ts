import type { SeededRandom as Random } from '@bep/server/core/database';
import type { JsonSchema } from './operations';

/**
 * A value that a JSON schema of the document (probably) accepts: the starting point that the
 * mutations spoil one thing at a time, so that each request goes as deep into the route as it can.
 * `everyProperty`: optional properties too, so that each of them gets spoiled in turn.
 */
export function validValue(schema: JsonSchema, random: Random, everyProperty = false): unknown {
  const choice = schema.anyOf ?? schema.oneOf;
  if (choice?.length) return validValue(random.pick(choice.filter((member) => member.type !== 'null')), random, everyProperty);
  if (schema.allOf?.length) return validValue(schema.allOf[0] as JsonSchema, random, everyProperty);
  if (schema.default !== undefined && random.next() < 0.3) return schema.default;
  if (schema.enum?.length) return random.pick(schema.enum);
  switch (schema.type) {
    case 'integer':
    case 'number':
      return Math.max(schema.minimum ?? 0, Math.min(schema.maximum ?? 10, random.int(0, 10)));
    case 'boolean':
      return random.next() < 0.5;
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => validValue(schema.items ?? {}, random, everyProperty));
    case 'object':
      return Object.fromEntries(
        Object.entries(schema.properties ?? {})
          .filter(([name]) => everyProperty || schema.required?.includes(name) || random.next() < 0.5)
          .map(([name, property]) => [name, validValue(property, random, everyProperty)]),
      );
    case 'string':
      return validString(schema, random);
    default:
      return null;
  }
}

function validString(schema: JsonSchema, random: Random): string {
  switch (schema.format) {
    case 'uuid':
      return random.uuid();
    case 'date':
      return '2019-06-12';
    case 'date-time':
      return '2019-06-12T14:00:00Z';
    case 'email':
      return 'fuzz@bep.demo';
  }
  if (schema.pattern === '^\\d{5}$') return '92142';
  // A list of keys separated by commas (`^(a|b)(,(a|b))*$`, e.g. the reminders' statuses): one of them.
  const keys = /^\^\(([\w-]+(?:\|[\w-]+)*)\)\(,/.exec(schema.pattern ?? '');
  if (keys?.[1]) return random.pick(keys[1].split('|'));
  if (schema.pattern === '^\\d{4}$') return '5030';
  if (schema.pattern?.includes(':[0-5]\\d')) return '08:00';
  return 'Gembloux'.repeat(Math.ceil((schema.minLength ?? 1) / 8)).slice(0, Math.max(schema.minLength ?? 1, Math.min(schema.maxLength ?? 8, 8)));
}

/** The member of a union that describes the value (`nullable` is the OpenAPI 3.0 spelling of `| null`). */
function memberFor(schema: JsonSchema, value: unknown): JsonSchema | undefined {
  const members = schema.anyOf ?? schema.oneOf;
  if (!members) return schema;
  const kind = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value === 'number' ? undefined : typeof value;
  return members.find((member) => member.type === kind || (typeof value === 'number' && (member.type === 'number' || member.type === 'integer')));
}

/**
 * The value with each free-text string (no enum, format nor pattern) and each e-mail made unique, so
 * that a creation sent many times reaches the database instead of stopping at a uniqueness check.
 */
export function withUniqueText(value: unknown, schema: JsonSchema | undefined, random: Random): unknown {
  const described = schema && memberFor(schema, value);
  if (!described) return value;
  const token = () => random.int(0, 36 ** 5).toString(36);
  if (typeof value === 'string' && described.type === 'string') {
    if (described.format === 'email') return `${token()}.${value}`;
    if (described.enum || described.format || described.pattern) return value;
    return `${value} ${token()}`.slice(0, described.maxLength ?? Number.MAX_SAFE_INTEGER);
  }
  if (Array.isArray(value)) return value.map((item) => withUniqueText(item, described.items, random));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withUniqueText(item, described.properties?.[key], random)]));
  }
  return value;
}
