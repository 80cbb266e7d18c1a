// The rubric file format (rubrics.md): declarative YAML, data only.
import * as z from 'zod';
import { FACT_IDS } from '../core/facts.js';
import { AGENDA_TYPES, MEETING_KINDS } from '../validate/record-schema.js';
import { RATING_IDS } from '../core/rating.js';

export const OPERATORS = ['>=', '>', '<=', '<', '=', '!=', 'in', 'present'] as const;
export type Operator = (typeof OPERATORS)[number];

/** A text for people: the same in both languages, or one per language. */
const localized = z.union([z.string().min(1), z.strictObject({ vi: z.string().min(1), en: z.string().min(1) })]);
const source = localized.describe('Where this number comes from: document, article, page; one text, or { vi, en }');
const kinds = z.array(z.enum(MEETING_KINDS)).min(1).describe('Meeting kinds this applies to (default: all the rubric scores)');

const condition = z
  .strictObject({
    fact: z.enum(FACT_IDS).optional().describe('The fact compared'),
    facts: z.array(z.enum(FACT_IDS)).min(1).optional().describe('Several facts, each of which must meet the condition'),
    op: z.enum(OPERATORS),
    value: z.union([z.number(), z.boolean(), z.string(), z.array(z.string())]).optional(),
  })
  .describe('A condition on the facts of a record');

const band = z.strictObject({
  when: condition.optional().describe('The condition for these points; a band without one is "otherwise"'),
  points: z.number().min(0),
});

const cap = z.strictObject({
  when: condition,
  max: z.number().min(0).describe('The most the item may score when the condition holds'),
  source: source.optional(),
});

/** How an item is scored: judged, or measured through bands (with caps and a rule for missing facts). */
const scoring = {
  judged: z.boolean().optional().describe('Judged by the cell: the self-assessed score is taken'),
  bands: z.array(band).min(1).optional().describe('Measured: the first band whose condition holds gives the points'),
  caps: z.array(cap).optional(),
  missing: z.enum(['zero', 'judged']).optional().describe('What a measured item scores when its fact is absent (default: zero)'),
};

const item = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  max: z.number().min(0),
  kinds: kinds.optional(),
  source,
  ...scoring,
});

const criterion = z.strictObject({
  id: z.string().regex(/^[^.\s]+$/),
  name: z.string().min(1),
  max: z.number().min(0),
  kinds: kinds.optional(),
  source,
  items: z.array(item).min(1).optional(),
  ...scoring,
});

const yearlyLevel = z.strictObject({
  id: z.enum(RATING_IDS),
  missing_max: z.number().int().min(0).describe('At most this many months of the year without a regular meeting').optional(),
  every_month_at_least: z.enum(RATING_IDS).describe('Every month held and rated at least this').optional(),
  months_at_least: z
    .strictObject({ rating: z.enum(RATING_IDS), count: z.number().int().min(1).max(12) })
    .describe('At least `count` months rated `rating` or better')
    .optional(),
  missing_plus_max: z
    .strictObject({ ratings: z.array(z.enum(RATING_IDS)).min(1), max: z.number().int().min(0) })
    .describe('Months missing plus months rated one of `ratings`: at most `max`')
    .optional(),
});

export const rubricSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/).describe('Short id, lowercase letters, digits and dashes'),
  title: z.string().min(1),
  rule: z.string().min(1).describe('The document the rubric encodes, e.g. "Quy định 14-QĐ/TU"'),
  source: source.optional(),
  note: localized.describe('What a reader must know before relying on the rubric, e.g. that parts of it are a reconstruction; one text, or { vi, en }').optional(),
  kinds: z.array(z.enum(MEETING_KINDS)).min(1),
  minimum_duration: z.partialRecord(
    z.enum(MEETING_KINDS),
    z.strictObject({ minutes: z.number().int().min(0), source }),
  ),
  agenda: z
    .array(
      z.strictObject({
        type: z.enum(AGENDA_TYPES),
        kinds: kinds.optional(),
        severity: z.enum(['error', 'warning']),
        source,
      }),
    )
    .optional(),
  levels: z
    .array(
      z.strictObject({
        id: z.enum(RATING_IDS),
        name: z.string().min(1),
        min: z.number().min(0),
        gate: z.array(z.string()).optional().describe('Criteria that must be at full marks'),
        source,
      }),
    )
    .min(1),
  criteria: z.array(criterion).min(1),
  yearly: z
    .strictObject({ source, levels: z.array(yearlyLevel).min(1) })
    .describe("A cell's rating for a year of meetings: levels from best, the first whose conditions hold")
    .optional(),
});

export type RubricFile = z.output<typeof rubricSchema>;
export type ConditionFile = z.output<typeof condition>;
