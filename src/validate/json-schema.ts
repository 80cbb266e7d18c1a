// JSON Schemas of the record format, rubric files and the config file, generated from the same
// zod schemas the checker uses: never a second hand-written copy.
import * as z from 'zod';
import { configSchema } from './config-schema.js';
import { recordSchema } from './record-schema.js';
import { rubricSchema } from './rubric-schema.js';

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

export function rubricJsonSchema(): JsonObject {
  return { title: 'chibo rubric', ...(z.toJSONSchema(rubricSchema, { io: 'input', target: 'draft-2020-12' }) as JsonObject) };
}

export function configJsonSchema(): JsonObject {
  return { title: 'chibo configuration (chibo.config.yaml)', ...(z.toJSONSchema(configSchema, { io: 'input', target: 'draft-2020-12' }) as JsonObject) };
}

export const JSON_SCHEMAS = { record: recordJsonSchema, rubric: rubricJsonSchema, config: configJsonSchema } as const;
