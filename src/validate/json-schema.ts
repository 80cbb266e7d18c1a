// The JSON Schema of the record format, generated from the same zod schema the checker uses.
import { z } from 'zod';
import { recordSchema } from './record-schema.js';

type JsonObject = { [key: string]: unknown };

/** Keys starting with `x-` are allowed at every level, as the checker allows them. */
function allowExtensions(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(allowExtensions);
  if (node === null || typeof node !== 'object') return;
  const obj = node as JsonObject;
  if (obj.additionalProperties === false) obj.patternProperties = { '^x-': {} };
  Object.values(obj).forEach(allowExtensions);
}

export function recordJsonSchema(): JsonObject {
  const schema = z.toJSONSchema(recordSchema, { io: 'input', target: 'draft-2020-12' }) as JsonObject;
  allowExtensions(schema);
  return { title: 'chibo meeting record (chibo/v1)', ...schema };
}
