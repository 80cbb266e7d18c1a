// What the form shows, as one table in the order of the minutes template (`chibo init`): a field
// names its place in the record, its Vietnamese label (also the comment a new record gets) and how
// it is typed. Adding a record field to the form is adding one entry here.
import type { FactId } from '../core/facts.js';
import type { Path } from '../core/path.js';
import { RATING_IDS } from '../core/rating.js';
import { AGENDA_TYPE, CELL_TYPE, GUEST_ROLE, MEETING_KIND, PREPARER, YES_NO as YES_NO_WORDS } from '../validate/vocabulary.js';
import { RATING, RATING_NAMES, type Choice } from '../validate/text.js';

/** One value the form may write, with its Vietnamese name; `value` is what the record gets. */
export interface Option {
  id: string;
  label: string;
  value: string | boolean;
}

/** How a value is typed: each kind has one input and one way to write its value into YAML. */
export type Input =
  | { type: 'text' | 'textarea' | 'date' | 'time' | 'month' | 'count' | 'number' }
  | { type: 'choice'; options: readonly Option[]; parse?: (text: string) => string | undefined };

/** A single value at `key` (dotted, relative to its section or list item). */
export interface ValueField {
  key: string;
  label: string;
  input: Input;
  /** A short hint shown under the field. */
  hint?: string;
  /** Written even when empty (the record format requires it; an empty value is flagged by the checker). */
  required?: boolean;
  /** A field that only feeds this fact: shown when the rubric in use reads it, or when it has a value. */
  fact?: FactId;
  /** Width in the layout: `wide` takes a whole row. */
  wide?: boolean;
  /** In a list entry: shown under the list's `fold`, closed while empty (details most entries leave out). */
  folded?: boolean;
}

/**
 * A list at `key`: of single values (`value`: how each is typed) or of small mappings (`fields`,
 * which may hold lists of their own, such as the speakers of one agenda part).
 */
export interface ListField {
  key: string;
  label: string;
  list: { value: Input } | { fields: readonly (ValueField | ListField)[] };
  /** An entry may be written as this sub-field's value alone (a guest by name only, without a role). */
  short?: string;
  /** The label that opens an entry's `folded` sub-fields. */
  fold?: string;
  folded?: boolean;
  /** What a new entry starts as. */
  fresh: unknown;
  /** The label of the button that adds an entry. */
  add: string;
  /** Entries can be moved up and down (the agenda's order matters). */
  ordered?: boolean;
  /** Entries are written on one line each (`- { name: …, reason: … }`), as the template does. */
  flowItems?: boolean;
  /** The whole list on one line (`[a, b, c]`). */
  flow?: boolean;
}

/** The self-assessment's scores: one input per criterion and item of the rubric in use. */
export interface ScoresField {
  key: string;
  label: string;
  scores: true;
  hint: string;
}

export type Field = ValueField | ListField | ScoresField;

export interface Section {
  id: string;
  title: string;
  fields: readonly Field[];
  when?: (record: RecordData) => boolean;
}

/** A record as plain data, as the form reads it (it may not be valid). */
export type RecordData = Record<string, unknown>;

const text = { type: 'text' } as const;
const textarea = { type: 'textarea' } as const;
const count = { type: 'count' } as const;

const options = <Id extends string>(choice: Choice<Id>): Input => ({
  type: 'choice',
  options: choice.ids.map((id) => ({ id, label: capital(choice.spellings[id].vi[0]!), value: id })),
  parse: (t) => choice.parse(t),
});
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Yes or no, written true or false; a record's "có" or "không" (any spelling the checker reads) shows selected. */
const YES_NO: Input = {
  type: 'choice',
  options: [{ id: 'true', label: 'Có', value: true }, { id: 'false', label: 'Không', value: false }],
  parse: (t) => {
    const id = YES_NO_WORDS.parse(t);
    return id === undefined ? undefined : id === 'yes' ? 'true' : 'false';
  },
};

/** Ratings are written by their Vietnamese names, as the template does; any spelling the checker reads shows selected. */
const RATING_INPUT: Input = {
  type: 'choice',
  options: RATING_IDS.map((id) => ({ id, label: RATING_NAMES[id], value: RATING_NAMES[id] })),
  parse: (t) => RATING.parse(t),
};

const COMMENDATION: Input = {
  type: 'choice',
  options: [
    { id: 'praise', label: 'Biểu dương', value: 'praise' },
    { id: 'reminder', label: 'Nhắc nhở', value: 'reminder' },
    { id: 'criticism', label: 'Phê bình', value: 'criticism' },
  ],
};

const isThematic = (r: RecordData) => {
  const kind = typeof r.kind === 'string' ? MEETING_KIND.parse(r.kind) : undefined;
  return kind === 'thematic' || kind === 'combined';
};

export const SECTIONS: readonly Section[] = [
  {
    id: 'cell',
    title: 'Chi bộ',
    fields: [
      { key: 'cell', label: 'Tên chi bộ', input: text, required: true, wide: true },
      { key: 'organization', label: 'Đảng bộ cấp trên', input: text, wide: true },
      { key: 'cell_type', label: 'Loại hình chi bộ', input: options(CELL_TYPE), fact: 'cell_type' },
      { key: 'cell_has_committee', label: 'Chi bộ có chi ủy', input: YES_NO, fact: 'cell_has_committee' },
    ],
  },
  {
    id: 'meeting',
    title: 'Buổi sinh hoạt',
    fields: [
      { key: 'kind', label: 'Loại sinh hoạt', input: options(MEETING_KIND), required: true },
      { key: 'date', label: 'Ngày sinh hoạt', input: { type: 'date' }, required: true },
      { key: 'period', label: 'Kỳ sinh hoạt (tháng)', input: { type: 'month' }, hint: 'Bỏ trống: tháng của ngày sinh hoạt' },
      { key: 'place', label: 'Địa điểm', input: text, wide: true },
      { key: 'time.start', label: 'Giờ bắt đầu', input: { type: 'time' }, required: true },
      { key: 'time.end', label: 'Giờ kết thúc', input: { type: 'time' }, required: true },
      { key: 'chair', label: 'Người chủ trì', input: text, required: true },
      { key: 'minutes_taker', label: 'Thư ký ghi biên bản', input: text, required: true },
    ],
  },
  {
    id: 'guests',
    title: 'Đại biểu dự họp',
    fields: [
      {
        key: 'guests',
        label: 'Đại biểu (họ tên, chức vụ; vai trò nếu cần ghi)',
        list: { fields: [{ key: 'name', label: 'Họ tên, chức vụ', input: text, required: true }, { key: 'role', label: 'Vai trò', input: options(GUEST_ROLE) }] },
        short: 'name',
        fresh: '',
        add: 'Thêm đại biểu',
        flowItems: true,
      },
    ],
  },
  {
    id: 'members',
    title: 'Đảng viên',
    fields: [
      { key: 'members.total', label: 'Tổng số đảng viên', input: count, required: true },
      { key: 'members.exempt', label: 'Số được miễn sinh hoạt', input: count },
      { key: 'members.present', label: 'Số có mặt', input: count, required: true },
      { key: 'members.official', label: 'Số đảng viên chính thức', input: count, hint: 'Chính thức + dự bị = tổng số' },
      { key: 'members.probationary', label: 'Số đảng viên dự bị', input: count },
      { key: 'members.probationary_present', label: 'Số đảng viên dự bị có mặt', input: count, hint: 'Đảng viên dự bị không biểu quyết' },
      {
        key: 'members.absent_excused',
        label: 'Vắng có lý do',
        list: { fields: [{ key: 'name', label: 'Họ tên', input: text, required: true }, { key: 'reason', label: 'Lý do', input: text }] },
        fresh: { name: '', reason: '' },
        add: 'Thêm người vắng có lý do',
        flowItems: true,
      },
      { key: 'members.absent_unexcused', label: 'Vắng không lý do (họ tên)', list: { value: text }, fresh: '', add: 'Thêm người vắng không lý do', flow: true },
    ],
  },
  {
    id: 'preparation',
    title: 'Công tác chuẩn bị',
    fields: [
      { key: 'preparation.prepared_by', label: 'Người chuẩn bị nội dung', input: options(PREPARER) },
      { key: 'preparation.committee_met', label: 'Chi ủy đã họp trước để chuẩn bị', input: YES_NO },
      { key: 'preparation.draft_resolution', label: 'Đã có dự thảo nghị quyết hoặc kết luận', input: YES_NO },
      { key: 'preparation.notice_sent', label: 'Đã thông báo thời gian, địa điểm, nội dung', input: YES_NO },
      { key: 'preparation.documents_posted_days_before', label: 'Tài liệu đăng lên Sổ tay đảng viên trước (số ngày)', input: count, hint: 'Bỏ trống: chưa đăng', fact: 'preparation.documents_posted_days_before' },
    ],
  },
  {
    id: 'agenda',
    title: 'Nội dung sinh hoạt',
    fields: [
      {
        key: 'agenda',
        label: 'Các nội dung, theo thứ tự tiến hành',
        list: {
          fields: [
            { key: 'type', label: 'Nội dung', input: options(AGENDA_TYPE) },
            { key: 'title', label: 'Tiêu đề', input: text },
            { key: 'note', label: 'Ghi chú', input: text },
            { key: 'speakers', label: 'Người phát biểu ở nội dung này', list: { value: text }, fresh: '', add: 'Thêm người phát biểu ở nội dung này', flow: true, folded: true },
            { key: 'conclusion', label: 'Chủ trì kết luận nội dung này', input: text, wide: true, folded: true },
          ],
        },
        fold: 'Người phát biểu, kết luận ở nội dung này (không bắt buộc)',
        fresh: { type: 'other' },
        add: 'Thêm nội dung',
        ordered: true,
      },
    ],
  },
  {
    id: 'speakers',
    title: 'Phát biểu, biểu dương',
    fields: [
      { key: 'speakers', label: 'Đảng viên phát biểu ý kiến (họ tên)', list: { value: text }, fresh: '', add: 'Thêm người phát biểu', flow: true },
      {
        key: 'commendations',
        label: 'Biểu dương, nhắc nhở, phê bình',
        list: { fields: [{ key: 'name', label: 'Họ tên', input: text, required: true }, { key: 'kind', label: 'Hình thức', input: COMMENDATION }, { key: 'note', label: 'Ghi chú', input: text }] },
        fresh: { name: '', kind: 'praise' },
        add: 'Thêm biểu dương, nhắc nhở',
        flowItems: true,
      },
    ],
  },
  {
    id: 'conclusion',
    title: 'Kết luận, biểu quyết, phân công',
    fields: [
      { key: 'conclusion', label: 'Kết luận của người chủ trì', input: textarea, required: true, wide: true },
      { key: 'vote.for', label: 'Biểu quyết: tán thành', input: count },
      { key: 'vote.against', label: 'Không tán thành', input: count },
      { key: 'vote.abstain', label: 'Không biểu quyết', input: count },
      { key: 'minutes_approval.for', label: 'Thông qua biên bản: tán thành', input: count },
      { key: 'minutes_approval.against', label: 'Thông qua biên bản: không tán thành', input: count },
      {
        key: 'tasks',
        label: 'Phân công nhiệm vụ',
        list: { fields: [{ key: 'task', label: 'Việc', input: text, required: true }, { key: 'assignee', label: 'Người thực hiện', input: text }, { key: 'due', label: 'Thời hạn', input: { type: 'date' } }] },
        fresh: { task: '' },
        add: 'Thêm nhiệm vụ',
        flowItems: true,
      },
      { key: 'previous_resolution.achieved_percent', label: 'Nghị quyết kỳ trước đã thực hiện (%)', input: { type: 'number' } },
      { key: 'followup.resolution_posted_days_after', label: 'Nghị quyết đăng lên ứng dụng sau (số ngày)', input: count, hint: 'Bỏ trống: chưa đăng', fact: 'followup.resolution_posted_days_after' },
    ],
  },
  {
    id: 'thematic',
    title: 'Sinh hoạt chuyên đề',
    when: isThematic,
    fields: [
      { key: 'thematic.topic', label: 'Tên chuyên đề', input: text, wide: true },
      { key: 'thematic.plan', label: 'Kế hoạch sinh hoạt chuyên đề', input: text },
      { key: 'thematic.presenter', label: 'Người chuẩn bị, trình bày', input: text },
      { key: 'thematic.conclusion', label: 'Những ý kiến cần tiếp thu để hoàn thiện chuyên đề', input: textarea, wide: true },
    ],
  },
  {
    id: 'assessment',
    title: 'Chi bộ tự đánh giá, chấm điểm',
    fields: [
      { key: 'assessment.scores', label: 'Điểm tự chấm từng tiêu chí', scores: true, hint: 'Điểm từng tiêu chí; có thể chấm chi tiết từng mục thay cho cả tiêu chí.' },
      { key: 'assessment.total', label: 'Tổng điểm tự chấm', input: { type: 'number' } },
      { key: 'assessment.rating', label: 'Tự xếp loại', input: RATING_INPUT },
    ],
  },
  {
    id: 'review',
    title: 'Cấp trên thẩm định, xếp loại',
    fields: [
      { key: 'review.by', label: 'Cấp trên thẩm định', input: text, wide: true, hint: 'Chỉ ghi khi cấp trên đã thẩm định, công nhận hoặc quyết định xếp loại' },
      { key: 'review.date', label: 'Ngày thẩm định', input: { type: 'date' } },
      { key: 'review.rating', label: 'Xếp loại cấp trên công nhận', input: RATING_INPUT },
      { key: 'review.scores', label: 'Điểm cấp trên chấm lại (không bắt buộc)', scores: true, hint: 'Tiêu chí cấp trên không chấm lại thì giữ điểm chi bộ tự chấm.' },
    ],
  },
  {
    id: 'notes',
    title: 'Ghi chú',
    fields: [{ key: 'notes', label: 'Ghi chú khác', input: textarea, wide: true }],
  },
];

/** Mappings written on one line, as the template writes them. */
export const FLOW_MAPPINGS: readonly string[] = ['vote', 'minutes_approval', 'assessment.scores', 'review.scores'];

/** A dotted key as a path: `members.total` → ['members', 'total']. */
export const keyPath = (key: string): Path => key.split('.');

/**
 * The order of keys in the template, for each mapping (by its dotted key, '' for the top): a key
 * the form adds goes before the first key that follows it here.
 */
export const KEY_ORDER: ReadonlyMap<string, readonly string[]> = (() => {
  const order = new Map<string, string[]>([['', ['format', 'rubric']]]);
  const add = (parent: string, key: string) => {
    const list = order.get(parent) ?? [];
    if (!list.includes(key)) list.push(key);
    order.set(parent, list);
  };
  const walk = (base: string, fields: readonly Field[]) => {
    for (const field of fields) {
      const parts = field.key.split('.');
      parts.forEach((part, i) => add([base, ...parts.slice(0, i)].filter(Boolean).join('.'), part));
      if ('list' in field && 'fields' in field.list) walk(`${[base, field.key].filter(Boolean).join('.')}[]`, field.list.fields);
    }
  };
  for (const section of SECTIONS) walk('', section.fields);
  return order;
})();

/** Every top-level key and mapping key the form shows; others in a record are kept as they are. */
export function isShownKey(parent: string, key: string): boolean {
  return KEY_ORDER.get(parent)?.includes(key) ?? false;
}
