// Every way a rubric file can contradict itself, with its message in both languages. The checks
// that find them are in rubric-scoring.ts (conditions, bands, caps) and rubric.ts (the rest).
import type { Path } from '../core/path.js';

const list = (ids: readonly string[]) => ids.join(', ');

/** A message taking the data `D` of one mistake. */
const said = <D>(vi: (d: D) => string, en: (d: D) => string) => ({ vi, en });

export const RUBRIC_MISTAKES = {
  // The dates the rubric is in force.
  untilBeforeFrom: said<{ from: string; until: string }>(
    (d) => `Ngày hết hiệu lực "until" (${d.until}) đứng trước ngày bắt đầu "from" (${d.from}).`,
    (d) => `The last day in force, until (${d.until}), comes before the first, from (${d.from}).`),
  // Conditions (`when` of bands and caps).
  conditionFacts: said<void>(
    () => 'Điều kiện so sánh cần đúng một trong các mục `fact`, `facts` hoặc `sum`.',
    () => 'A comparison needs exactly one of `fact`, `facts` or `sum`.'),
  conditionForms: said<void>(
    () => 'Một điều kiện chỉ có một dạng: so sánh (`fact`/`facts`, `op`, `value`), hoặc `all`, hoặc `any`, hoặc `not`.',
    () => 'A condition has one form only: a comparison (`fact`/`facts`, `op`, `value`), or `all`, or `any`, or `not`.'),
  conditionNeedsOp: said<void>(
    () => 'Điều kiện so sánh cần phép so sánh `op`.',
    () => 'A comparison needs an operator `op`.'),
  conditionNotNumeric: said<{ op: string; fact: string; type: string }>(
    (d) => `Phép so sánh "${d.op}" cần một dữ kiện số và một giá trị số; "${d.fact}" là dữ kiện kiểu ${d.type}.`,
    (d) => `The comparison "${d.op}" needs a numeric fact and a numeric value; "${d.fact}" is a ${d.type} fact.`),
  conditionInNeedsList: said<void>(
    () => 'Phép "in" cần một danh sách giá trị.',
    () => 'The operator "in" needs a list of values.'),
  conditionNeedsValue: said<{ op: string }>(
    (d) => `Phép "${d.op}" cần một giá trị.`,
    (d) => `The operator "${d.op}" needs one value.`),
  // How an item is scored.
  scoringWays: said<void>(
    () => 'Mỗi mục cần đúng một cách chấm: `judged: true` hoặc `bands`.',
    () => 'Each item needs exactly one way of scoring: `judged: true` or `bands`.'),
  bandAboveMax: said<{ points: number; max: number }>(
    (d) => `Mức điểm ${d.points} lớn hơn điểm tối đa ${d.max} của mục.`,
    (d) => `A band gives ${d.points} points, more than the item's maximum of ${d.max}.`),
  bandOtherwiseNotLast: said<void>(
    () => 'Chỉ mức cuối cùng được phép không có điều kiện ("các trường hợp còn lại").',
    () => 'Only the last band may have no condition ("otherwise").'),
  bandPointsRise: said<{ points: number; previous: number }>(
    (d) => `Các mức phải xếp từ điểm cao xuống điểm thấp: ${d.points} đứng sau ${d.previous}.`,
    (d) => `Bands must go from most points to fewest: ${d.points} comes after ${d.previous}.`),
  bandThresholdOrder: said<{ value: number; previous: number }>(
    (d) => `Ngưỡng ${d.value} không theo thứ tự sau ngưỡng ${d.previous} của mức trước.`,
    (d) => `The threshold ${d.value} is out of order after the previous band's ${d.previous}.`),
  bandNegative: said<{ points: number }>(
    (d) => `Mức điểm ${d.points} là số âm; chỉ tiêu chí trừ điểm (\`deduction: true\`) mới có điểm âm.`,
    (d) => `A band gives ${d.points} points; negative points belong in a deduction criterion (\`deduction: true\`).`),
  capAboveMax: said<{ cap: number; max: number }>(
    (d) => `Mức trần ${d.cap} lớn hơn điểm tối đa ${d.max} của mục.`,
    (d) => `The cap ${d.cap} is above the item's maximum of ${d.max}.`),
  // Deductions and bonuses.
  deductionAndBonus: said<{ criterion: string }>(
    (d) => `Tiêu chí ${d.criterion} không thể vừa là điểm trừ vừa là điểm thưởng.`,
    (d) => `Criterion ${d.criterion} cannot be both a deduction and a bonus.`),
  deductionJudged: said<void>(
    () => 'Điểm trừ được tính từ dữ kiện của biên bản: không dùng `judged` hay `missing: judged`.',
    () => 'A deduction is measured from the facts: no `judged` and no `missing: judged`.'),
  deductionCaps: said<void>(
    () => 'Điểm trừ không có mức trần (`caps`).',
    () => 'A deduction has no caps.'),
  deductionPositive: said<{ points: number }>(
    (d) => `Mức điểm trừ phải từ 0 trở xuống, không phải ${d.points}.`,
    (d) => `A deduction band gives 0 points or fewer, not ${d.points}.`),
  deductionBelowMax: said<{ points: number; max: number }>(
    (d) => `Mức điểm trừ ${d.points} trừ nhiều hơn mức tối đa ${d.max} của mục.`,
    (d) => `A deduction band gives ${d.points}, more than the item's maximum deduction of ${d.max}.`),
  deductionBandsOrder: said<{ points: number; previous: number }>(
    (d) => `Các mức điểm trừ phải xếp từ trừ nhiều đến trừ ít: ${d.points} đứng sau ${d.previous}.`,
    (d) => `Deduction bands go from the largest deduction to the smallest: ${d.points} comes after ${d.previous}.`),
  deductionAboveCriterion: said<{ item: string; max: number; criterion: string; criterionMax: number }>(
    (d) => `Mục ${d.item} trừ tối đa ${d.max} điểm, nhiều hơn mức tối đa ${d.criterionMax} của tiêu chí ${d.criterion}.`,
    (d) => `Item ${d.item} takes off up to ${d.max} points, more than criterion ${d.criterion}'s ${d.criterionMax}.`),
  // Criteria, items and meeting kinds.
  kindOutsideRubric: said<{ stray: string[]; kinds: string[] }>(
    (d) => `Loại sinh hoạt ${list(d.stray)} không có trong \`kinds\` của bộ tiêu chí (${list(d.kinds)}).`,
    (d) => `Meeting kind ${list(d.stray)} is not among the rubric's \`kinds\` (${list(d.kinds)}).`),
  scoringOnCriterionWithItems: said<{ criterion: string }>(
    (d) => `Tiêu chí ${d.criterion} có \`items\` thì cách chấm đặt ở từng mục, không đặt ở tiêu chí.`,
    (d) => `Criterion ${d.criterion} has \`items\`: scoring goes on each item, not on the criterion.`),
  itemIdPrefix: said<{ item: string; criterion: string }>(
    (d) => `Mã mục "${d.item}" phải bắt đầu bằng mã tiêu chí "${d.criterion}.".`,
    (d) => `Item id "${d.item}" must start with its criterion's id "${d.criterion}.".`),
  criterionTwice: said<{ criterion: string; kind: string }>(
    (d) => `Tiêu chí ${d.criterion} được khai báo hai lần cho loại ${d.kind}.`,
    (d) => `Criterion ${d.criterion} is declared twice for ${d.kind} meetings.`),
  itemTwice: said<{ item: string; kind: string }>(
    (d) => `Mục ${d.item} được khai báo hai lần cho loại ${d.kind}.`,
    (d) => `Item ${d.item} is declared twice for ${d.kind} meetings.`),
  itemsSum: said<{ criterion: string; max: number; kind: string; sum: number }>(
    (d) => `Tiêu chí ${d.criterion} có tối đa ${d.max} điểm nhưng các mục của nó (loại ${d.kind}) cộng lại ${d.sum}.`,
    (d) => `Criterion ${d.criterion} has a maximum of ${d.max}, but its items for ${d.kind} meetings add up to ${d.sum}.`),
  durationMissing: said<{ kind: string }>(
    (d) => `Thiếu thời lượng tối thiểu cho loại ${d.kind}.`,
    (d) => `The minimum duration for ${d.kind} meetings is missing.`),
  durationLastConditional: said<{ kind: string }>(
    (d) => `Thời lượng tối thiểu cuối cùng cho loại ${d.kind} không được có điều kiện (\`when\`): nó áp dụng cho mọi buổi sinh hoạt còn lại.`,
    (d) => `The last minimum duration for ${d.kind} meetings must have no condition (\`when\`): it applies to every other meeting.`),
  durationOtherwiseNotLast: said<{ kind: string }>(
    (d) => `Chỉ thời lượng tối thiểu cuối cùng cho loại ${d.kind} được bỏ điều kiện (\`when\`).`,
    (d) => `Only the last minimum duration for ${d.kind} meetings may have no condition (\`when\`).`),
  noCriterion: said<{ kind: string }>(
    (d) => `Không có tiêu chí nào cho loại ${d.kind}.`,
    (d) => `No criterion applies to ${d.kind} meetings.`),
  // Rating levels, monthly and yearly.
  levelOrder: said<{ level: string; previous: string; min: number }>(
    (d) => `Các mức xếp loại phải xếp từ cao xuống thấp: mức ${d.level} cần điểm tối thiểu nhỏ hơn ${d.min} của mức ${d.previous}.`,
    (d) => `Rating levels go from best to worst: ${d.level} needs a minimum below ${d.previous}'s ${d.min}.`),
  gateUnknown: said<{ level: string; criterion: string; kinds: string[] }>(
    (d) => `Điều kiện của mức ${d.level} nêu "${d.criterion}", nhưng không có tiêu chí hay mục nào như vậy (loại ${list(d.kinds)}).`,
    (d) => `The gate of level ${d.level} names "${d.criterion}", which is no criterion or item (for ${list(d.kinds)} meetings).`),
  gateOnAdjustment: said<{ level: string; criterion: string }>(
    (d) => `Điều kiện của mức ${d.level} nêu "${d.criterion}", là điểm trừ hoặc điểm thưởng; điều kiện chỉ nêu tiêu chí, mục được chấm điểm thường.`,
    (d) => `The gate of level ${d.level} names "${d.criterion}", a deduction or bonus; a gate names ordinary criteria and items only.`),
  lastLevelMin: said<void>(
    () => 'Mức xếp loại cuối cùng phải có điểm tối thiểu 0, để buổi sinh hoạt nào cũng được xếp loại.',
    () => 'The last rating level must have a minimum of 0, so that every meeting gets a rating.'),
  lastYearlyConditions: said<void>(
    () => 'Mức xếp loại năm cuối cùng không được có điều kiện, để chi bộ nào cũng được xếp loại.',
    () => 'The last yearly level must have no conditions, so that every cell gets a rating.'),
};

export type RubricMistakeCode = keyof typeof RUBRIC_MISTAKES;
type DataOf<C extends RubricMistakeCode> = Parameters<(typeof RUBRIC_MISTAKES)[C]['en']>[0];

export interface RubricMistake {
  path: Path;
  code: RubricMistakeCode;
  message: { vi: string; en: string };
}

/** The mistakes found so far in one rubric file. */
export class Mistakes {
  readonly found: RubricMistake[] = [];

  add<C extends RubricMistakeCode>(path: Path, code: C, ...data: DataOf<C> extends void ? [] : [DataOf<C>]): void {
    const m = RUBRIC_MISTAKES[code] as { vi: (d: unknown) => string; en: (d: unknown) => string };
    this.found.push({ path, code, message: { vi: m.vi(data[0]), en: m.en(data[0]) } });
  }

  get count(): number {
    return this.found.length;
  }
}
