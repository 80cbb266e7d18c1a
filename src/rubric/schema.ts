// The rubric file format (rubrics.md): declarative YAML, data only.
import * as z from 'zod';
import { FACT_IDS, YEARLY_FACT_IDS, type FactId } from '../core/facts.js';
import { date as day } from '../validate/record-schema.js';
import { AGENDA_TYPES, MEETING_KINDS } from '../validate/vocabulary.js';
import { RATING_IDS } from '../core/rating.js';

export const OPERATORS = ['>=', '>', '<=', '<', '=', '!=', 'in', 'present'] as const;
export type Operator = (typeof OPERATORS)[number];

/** A text for people: the same in both languages, or one per language. */
const localized = z.union([z.string().min(1), z.strictObject({ vi: z.string().min(1), en: z.string().min(1) })]);
/** A name shown to people: one text, or { vi, en }. */
const name = localized.describe('Name shown to people; one text, or { vi, en }');
const source = localized.describe('Where this number comes from: document, article, page; one text, or { vi, en }');
const kinds = z.array(z.enum(MEETING_KINDS)).min(1).describe('Meeting kinds this applies to (default: all the rubric scores)');

/** A condition as written: a comparison, or `all` / `any` of conditions, or `not` one. */
export interface ConditionFile<F extends string = FactId> {
  fact?: F;
  facts?: F[];
  sum?: F[];
  op?: Operator;
  value?: number | boolean | string | string[];
  all?: ConditionFile<F>[];
  any?: ConditionFile<F>[];
  not?: ConditionFile<F>;
}

/**
 * The schema of conditions on one set of facts (a record's, or a year's): a comparison
 * `{ fact | facts | sum, op, value }`, or `all` / `any` of several conditions, or `not` one. One
 * object type (not a union) so that a wrong key or fact is reported at its own place;
 * rubric/condition.ts checks that exactly one form is used. `id` names it in the JSON Schema.
 */
function conditionSchema<F extends string>(ids: readonly [F, ...F[]], id: string, of: string): z.ZodType<ConditionFile<F>> {
  const fact = z.enum(ids as unknown as [string, ...string[]]);
  const self = z
    .strictObject({
      fact: fact.optional().describe('The fact compared'),
      facts: z.array(fact).min(1).optional().describe('Several facts, each of which must meet the condition'),
      sum: z.array(fact).min(2).optional().describe('Several numeric facts whose sum is compared'),
      op: z.enum(OPERATORS).optional().describe('How the fact is compared (with `fact`, `facts` or `sum`)'),
      value: z.union([z.number(), z.boolean(), z.string(), z.array(z.string())]).optional(),
      get all(): z.ZodOptional<z.ZodType<ConditionFile<F>[]>> {
        return list.optional().describe('Every one of these conditions holds');
      },
      get any(): z.ZodOptional<z.ZodType<ConditionFile<F>[]>> {
        return list.optional().describe('At least one of these conditions holds');
      },
      get not(): z.ZodOptional<z.ZodType<ConditionFile<F>>> {
        return (self as unknown as z.ZodType<ConditionFile<F>>).optional().describe('This condition does not hold');
      },
    })
    .describe(`A condition on ${of}: a comparison, or all / any / not of conditions`)
    .meta({ id }) as unknown as z.ZodType<ConditionFile<F>>;
  const list: z.ZodType<ConditionFile<F>[]> = z.array(self).min(1).meta({ id: `${id}_list` });
  return self;
}

const condition = conditionSchema(FACT_IDS, 'condition', 'the facts of a record');
const yearlyCondition = conditionSchema(YEARLY_FACT_IDS, 'yearly_condition', "the facts of a cell's year of meetings");

const band = z.strictObject({
  when: condition.optional().describe('The condition for these points; a band without one is "otherwise"'),
  points: z.number().describe('Points; 0 or below (down to minus the item\'s maximum) in a deduction criterion'),
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
  name,
  max: z.number().min(0),
  kinds: kinds.optional(),
  source,
  ...scoring,
});

const criterion = z.strictObject({
  id: z.string().regex(/^[^.\s]+$/),
  name,
  max: z.number().min(0).describe('Most points; for a deduction criterion, the most it takes off'),
  kinds: kinds.optional(),
  source,
  deduction: z.boolean().optional().describe('Its items take points off (negative points, measured from the facts); not counted in the maximum'),
  bonus: z.boolean().optional().describe('Its points come on top of the others; not counted in the maximum (the total stays within 0 and the maximum)'),
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
  when: yearlyCondition.optional().describe('A condition on the year (months missing, held, by rating); with the keys above, all must hold'),
  missing_plus_max: z
    .strictObject({ ratings: z.array(z.enum(RATING_IDS)).min(1), max: z.number().int().min(0) })
    .describe('Months missing plus months rated one of `ratings`: at most `max`')
    .optional(),
});

export const rubricSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/).describe('Short id, lowercase letters, digits and dashes'),
  title: name,
  version: z.union([z.string().min(1), z.number()]).transform(String).describe('Which edition of the rubric this is, e.g. "2025.1"; shown with its title').optional(),
  from: day('First day of meetings the rubric is in force for (YYYY-MM-DD)').optional(),
  until: day('Last day of meetings the rubric is in force for (YYYY-MM-DD); none: still in force').optional(),
  rule: z.string().min(1).describe('The document the rubric encodes, e.g. "Quy định 14-QĐ/TU"'),
  source: source.optional(),
  note: localized.describe('What a reader must know before relying on the rubric, e.g. that parts of it are a reconstruction; one text, or { vi, en }').optional(),
  kinds: z.array(z.enum(MEETING_KINDS)).min(1),
  minimum_duration: z.partialRecord(
    z.enum(MEETING_KINDS),
    z.union([
      z.strictObject({ minutes: z.number().int().min(0), source }),
      z
        .array(z.strictObject({ when: condition.optional(), minutes: z.number().int().min(0), source }))
        .min(1)
        .describe('Minimums by condition: the first whose condition holds applies; the last has no condition'),
    ]),
  ),
  agenda: z
    .array(
      z.strictObject({
        type: z.enum(AGENDA_TYPES),
        kinds: kinds.optional(),
        severity: z.enum(['error', 'warning']),
        scored: z.boolean().describe('false: a reminder only, not counted in the agenda_missing fact (default true)').optional(),
        source,
      }),
    )
    .optional(),
  levels: z
    .array(
      z.strictObject({
        id: z.enum(RATING_IDS),
        name,
        min: z.number().min(0),
        gate: z.array(z.string()).optional().describe('Criteria ("3") and items ("3.3") that must be at full marks'),
        vetoes: z
          .array(
            z.strictObject({
              when: condition.describe('The level is barred when this condition holds'),
              source,
              message: z.strictObject({ vi: z.string().min(1), en: z.string().min(1) }).describe('Which condition barred the level, in both languages'),
            }),
          )
          .optional()
          .describe('Conditions on the facts that bar the level, whatever the total'),
        source,
      }),
    )
    .min(1),
  criteria: z.array(criterion).min(1),
  absence_streak: z
    .strictObject({
      max: z.number().int().min(1).describe('The most meetings in a row a member may miss with reason'),
      source,
    })
    .describe('What `absence-streak` checks across records (default: more than 3 in a row, Hướng dẫn 12-HD/BTCTW)')
    .optional(),
  yearly: z
    .strictObject({ source, levels: z.array(yearlyLevel).min(1) })
    .describe("A cell's rating for a year of meetings: levels from best, the first whose conditions hold")
    .optional(),
});

export type RubricFile = z.output<typeof rubricSchema>;
