// chibo.config.yaml: defaults for a repository or folder of records. Command-line options win.
import * as z from 'zod';
import { RULE_IDS } from '../core/rule-ids.js';
import { date as day } from './record-schema.js';

export const configSchema = z
  .strictObject({
    rubric: z.string().min(1).describe('Default rubric: a bundled id or a path relative to this file').optional(),
    rubrics: z
      .array(
        z.union([
          z.string().min(1),
          z.strictObject({
            rubric: z.string().min(1).describe('A bundled id or a path relative to this file'),
            from: day('First meeting day it is used for; an entry with neither from nor until takes the rubric\'s own dates').optional(),
            until: day('Last meeting day it is used for; none: no last day').optional(),
          }),
        ]),
      )
      .min(1)
      .describe('Default rubrics by date: each is used for meetings on the days it is in force (its own `from`/`until`, or those given here); spans must not overlap')
      .optional(),
    lang: z.enum(['vi', 'en']).describe('Language of messages').optional(),
    ignore: z.array(z.string()).describe('Paths to skip, in gitignore syntax, relative to this file').optional(),
    rules: z
      .partialRecord(z.enum(RULE_IDS), z.enum(['off', 'warning', 'error']))
      .describe('Severity of each rule: off, warning or error')
      .optional(),
    'max-warnings': z.number().int().min(-1).describe('Exit 1 when warnings exceed this; -1: no limit').optional(),
    'max-file-size': z.number().int().min(1).describe('Largest record file, in bytes').optional(),
    'max-depth': z.number().int().min(1).describe('Deepest nesting in a record').optional(),
    'max-aliases': z.number().int().min(0).describe('Most YAML aliases in a record').optional(),
    'max-items': z.number().int().min(1).describe('Most items in one list or mapping').optional(),
  })
  .describe('chibo configuration (chibo.config.yaml)');

export type Config = z.output<typeof configSchema>;
