// Rubric files: the bundled ones load; one that contradicts itself is refused at the right line.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDataFile, rubricFromText } from '../src/data-file.js';
import { bundledRubricIds } from '../src/load/rubrics.js';
import { compileRubric } from '../src/rubric/rubric.js';
import { RUBRIC_MISTAKES, type RubricMistakeCode } from '../src/rubric/mistakes.js';
import { rubricSchema } from '../src/rubric/schema.js';
import { chibo, ROOT } from './helpers.js';

const text = (s: string) => new TextEncoder().encode(s);
const load = (s: string) => rubricFromText(text(s), 'r.yaml');
const mistakes = (s: string) => {
  const r = load(s);
  if (!('error' in r)) throw new Error('expected the rubric to be refused');
  return r.error.mistakes;
};

const BASE = `id: t
title: T
rule: R
kinds: [regular]
minimum_duration:
  regular: { minutes: 90, source: s }
levels:
  - { id: tot, name: Tốt, min: 90, gate: ["1"], source: s }
  - { id: kem, name: Kém, min: 0, source: s }
criteria:
  - id: "1"
    name: A
    max: 10
    source: s
    items:
      - id: "1.1"
        name: a
        max: 5
        source: s
        bands:
          - { when: { fact: attendance_rate, op: ">=", value: 0.9 }, points: 5 }
          - { when: { fact: attendance_rate, op: ">=", value: 0.5 }, points: 3 }
          - { points: 0 }
      - { id: "1.2", name: b, max: 5, source: s, judged: true }
`;

describe('rubric files', () => {
  it('the bundled rubrics load', () => {
    expect(bundledRubricIds()).toEqual(['hd42-an-phu', 'lai-chau-14']);
    for (const id of bundledRubricIds()) {
      const r = rubricFromText(readFileSync(`${ROOT}rubrics/${id}.yaml`), id);
      expect('rubric' in r, JSON.stringify(r)).toBe(true);
    }
  });
  it('a consistent small rubric loads', () => {
    expect('rubric' in load(BASE)).toBe(true);
  });
  it('refuses items that do not add up to the criterion', () => {
    const m = mistakes(BASE.replace('    max: 10\n', '    max: 12\n'));
    expect(m[0]).toMatchObject({ line: 13 });
    expect(m[0]!.message.en).toContain('add up to 10');
  });
  it('refuses bands out of order', () => {
    const m = mistakes(BASE.replace('value: 0.5 }, points: 3', 'value: 0.95 }, points: 3'));
    expect(m[0]).toMatchObject({ line: 22 });
    expect(m[0]!.message.en).toContain('out of order');
  });
  it('refuses a gate naming a criterion that does not exist', () => {
    const m = mistakes(BASE.replace('gate: ["1"]', 'gate: ["9"]'));
    expect(m[0]).toMatchObject({ line: 8 });
    expect(m[0]!.message.vi).toContain('"9"');
  });
  it('refuses a level with no minimum', () => {
    const m = mistakes(BASE.replace('{ id: kem, name: Kém, min: 0, source: s }', '{ id: kem, name: Kém, source: s }'));
    expect(m[0]).toMatchObject({ line: 9 });
    expect(m[0]!.message.en).toContain('"min"');
  });
  it('refuses unknown keys and unknown facts at their line', () => {
    expect(mistakes(BASE.replace('title: T', 'titel: T'))).toContainEqual(expect.objectContaining({ line: 2, column: 1 }));
    expect(mistakes(BASE.replace('fact: attendance_rate, op: ">=", value: 0.9', 'fact: attendance, op: ">=", value: 0.9'))[0]).toMatchObject({ line: 21 });
  });
  it('refuses a veto on an unknown fact, and a yearly condition on a record fact, at their line', () => {
    const veto = BASE.replace('gate: ["1"], source: s }', 'gate: ["1"], source: s, vetoes: [{ when: { fact: absent_without_reason, op: ">", value: 0 }, source: s, message: { vi: a, en: b } }] }');
    const m = mistakes(veto);
    expect(m).toHaveLength(1);
    expect(m[0]).toMatchObject({ line: 8 });
    expect(m[0]!.message.en).toMatch(/^levels\[0\]\.vetoes\[0\]\.when\.fact must be one of: kind, /);
    const yearly = `${BASE}yearly:\n  source: s\n  levels:\n    - { id: tot, when: { fact: attendance_rate, op: ">=", value: 0.9 } }\n    - { id: kem }\n`;
    expect(mistakes(yearly)[0]).toMatchObject({ line: 28, column: 32 });
    expect(mistakes(yearly)[0]!.message.en).toMatch(/^yearly\.levels\[0\]\.when\.fact must be one of: months_missing, /);
    expect('rubric' in load(`${BASE}yearly:\n  source: s\n  levels:\n    - { id: tot, when: { fact: months_at_least.kha, op: ">=", value: 12 } }\n    - { id: kem }\n`)).toBe(true);
  });
  it('refuses a numeric comparison on a yes/no fact', () => {
    const m = mistakes(BASE.replace('fact: attendance_rate, op: ">=", value: 0.9', 'fact: minutes_complete, op: ">=", value: 0.9'));
    expect(m[0]!.message.en).toContain('numeric');
  });
  it('an empty rubric file, or one that is a list, is told it is a rubric file', () => {
    expect(mistakes('')).toEqual([{ line: 1, column: 1, message: {
      vi: 'Tệp bộ tiêu chí phải gồm các mục dạng "tên mục: giá trị" (id, title, kinds, levels, criteria, …), nhưng tệp đang trống.',
      en: 'A rubric file must be a mapping of keys to values (id, title, kinds, levels, criteria, …), but the file is empty.',
    } }]);
    expect(mistakes('- a\n')[0]!.message.en).toBe('A rubric file must be a mapping of keys to values (id, title, kinds, levels, criteria, …), but the file is a list.');
  });
  it('holds no code: a rubric is data, tags are refused', () => {
    expect(mistakes(`${BASE}x: !!js/function "function () {}"\n`)[0]!.message.en).toContain('tag');
  });
});

describe('every way a rubric contradicts itself, each made by a file in test/fixtures/rubrics/mistakes', () => {
  const DIR = 'test/fixtures/rubrics/mistakes';
  // file, the mistake, and where and what chibo says (path: message, in English).
  const MISTAKES: [string, RubricMistakeCode, string, string][] = [
    ['condition-fact-and-facts', 'conditionFacts', '17:17', 'criteria[0].bands[0].when: A comparison needs exactly one of `fact`, `facts` or `sum`.'],
    ['condition-not-numeric', 'conditionNotNumeric', '17:47',
      'criteria[0].bands[0].when.op: The comparison ">=" needs a numeric fact and a numeric value; "minutes_complete" is a boolean fact.'],
    ['condition-in-needs-list', 'conditionInNeedsList', '17:65', 'criteria[0].bands[0].when.value: The operator "in" needs a list of values.'],
    ['condition-needs-value', 'conditionNeedsValue', '17:11', 'criteria[0].bands[0].when.value: The operator "=" needs one value.'],
    ['scoring-ways', 'scoringWays', '12:5', 'criteria[0]: Each item needs exactly one way of scoring: `judged: true` or `bands`.'],
    ['band-above-max', 'bandAboveMax', '17:74', "criteria[0].bands[0].points: A band gives 120 points, more than the item's maximum of 100."],
    ['band-otherwise-not-last', 'bandOtherwiseNotLast', '17:9', 'criteria[0].bands[0]: Only the last band may have no condition ("otherwise").'],
    ['band-points-rise', 'bandPointsRise', '18:19', 'criteria[0].bands[1].points: Bands must go from most points to fewest: 100 comes after 50.'],
    ['band-threshold-order', 'bandThresholdOrder', '18:59', "criteria[0].bands[1].when.value: The threshold 0.9 is out of order after the previous band's 0.5."],
    ['cap-above-max', 'capAboveMax', '19:69', "criteria[0].caps[0].max: The cap 120 is above the item's maximum of 100."],
    ['kind-outside-rubric', 'kindOutsideRubric', '12:42', "criteria[0].kinds: Meeting kind thematic is not among the rubric's `kinds` (regular)."],
    ['scoring-on-criterion-with-items', 'scoringOnCriterionWithItems', '12:5', 'criteria[0]: Criterion 1 has `items`: scoring goes on each item, not on the criterion.'],
    ['item-id-prefix', 'itemIdPrefix', '17:15', 'criteria[0].items[0].id: Item id "2.1" must start with its criterion\'s id "1.".'],
    ['criterion-twice', 'criterionTwice', '13:11', 'criteria[1].id: Criterion 1 is declared twice for regular meetings.'],
    ['item-twice', 'itemTwice', '18:15', 'criteria[0].items[1].id: Item 1.1 is declared twice for regular meetings.'],
    ['items-sum', 'itemsSum', '14:10', 'criteria[0].max: Criterion 1 has a maximum of 100, but its items for regular meetings add up to 90.'],
    ['duration-missing', 'durationMissing', '7:3', 'minimum_duration: The minimum duration for thematic meetings is missing.'],
    ['duration-last-conditional', 'durationLastConditional', '9:15',
      'minimum_duration.regular[1].when: The last minimum duration for regular meetings must have no condition (`when`): it applies to every other meeting.'],
    ['duration-otherwise-not-last', 'durationOtherwiseNotLast', '8:7',
      'minimum_duration.regular[0]: Only the last minimum duration for regular meetings may have no condition (`when`).'],
    ['no-criterion', 'noCriterion', '13:3', 'criteria: No criterion applies to thematic meetings.'],
    ['level-order', 'levelOrder', '10:32', "levels[1].min: Rating levels go from best to worst: kha needs a minimum below tot's 50."],
    ['gate-unknown', 'gateUnknown', '9:43', 'levels[0].gate[0]: The gate of level tot names "9", which is no criterion or item (for regular meetings).'],
    ['gate-on-adjustment', 'gateOnAdjustment', '9:43', 'levels[0].gate[0]: The gate of level tot names "2", a deduction or bonus; a gate names ordinary criteria and items only.'],
    ['condition-forms', 'conditionForms', '17:17', 'criteria[0].bands[0].when: A condition has one form only: a comparison (`fact`/`facts`, `op`, `value`), or `all`, or `any`, or `not`.'],
    ['condition-needs-op', 'conditionNeedsOp', '17:25', 'criteria[0].bands[0].when.any[0]: A comparison needs an operator `op`.'],
    ['band-negative', 'bandNegative', '18:19', 'criteria[0].bands[1].points: A band gives -5 points; negative points belong in a deduction criterion (`deduction: true`).'],
    ['deduction-and-bonus', 'deductionAndBonus', '13:5', 'criteria[1]: Criterion 2 cannot be both a deduction and a bonus.'],
    ['deduction-judged', 'deductionJudged', '13:5', 'criteria[1]: A deduction is measured from the facts: no `judged` and no `missing: judged`.'],
    ['deduction-caps', 'deductionCaps', '22:7', 'criteria[1].caps: A deduction has no caps.'],
    ['deduction-positive', 'deductionPositive', '20:19', 'criteria[1].bands[1].points: A deduction band gives 0 points or fewer, not 5.'],
    ['deduction-below-max', 'deductionBelowMax', '19:72', "criteria[1].bands[0].points: A deduction band gives -15, more than the item's maximum deduction of 10."],
    ['deduction-bands-order', 'deductionBandsOrder', '20:19', 'criteria[1].bands[1].points: Deduction bands go from the largest deduction to the smallest: -5 comes after 0.'],
    ['deduction-above-criterion', 'deductionAboveCriterion', '21:14', "criteria[1].items[0].max: Item 2.1 takes off up to 20 points, more than criterion 2's 10."],
    ['last-level-min', 'lastLevelMin', '10:32', 'levels[1].min: The last rating level must have a minimum of 0, so that every meeting gets a rating.'],
    ['until-before-from', 'untilBeforeFrom', '6:8', 'until: The last day in force, until (2025-10-27), comes before the first, from (2025-10-28).'],
    ['last-yearly-conditions', 'lastYearlyConditions', '17:7', 'yearly.levels[1]: The last yearly level must have no conditions, so that every cell gets a rating.'],
  ];

  it('covers every mistake in the table of messages, and every file', () => {
    expect(MISTAKES.map(([, code]) => code).sort()).toEqual(Object.keys(RUBRIC_MISTAKES).sort());
    expect(MISTAKES.map(([file]) => `${file}.yaml`).sort()).toEqual(readdirSync(`${ROOT}${DIR}`).sort());
  });
  it.each(MISTAKES)('%s.yaml: %s at %s', async (name, code, at, message) => {
    const file = `${DIR}/${name}.yaml`;
    const read = readDataFile(readFileSync(`${ROOT}${file}`), rubricSchema, { vi: '', en: '', keys: '' });
    if ('mistakes' in read) throw new Error(`${file} breaks the schema: ${read.mistakes[0]!.message.en}`);
    const compiled = compileRubric(read.value);
    expect('mistakes' in compiled && compiled.mistakes.map((m) => m.code)).toEqual([code]);

    const en = await chibo(['rubric', file, '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.stderr).toBe(`The rubric ${file} cannot be used:\n  ${file}:${at}  ${message}\n`);
    const vi = await chibo(['rubric', file]);
    expect(vi.stderr).toMatch(new RegExp(`^Bộ tiêu chí ${file} không dùng được:\n  ${file}:${at}  \\S+: \\S.+\n$`));
    expect(vi.stderr).not.toContain(message.slice(message.indexOf(': ') + 2));
  });
});
