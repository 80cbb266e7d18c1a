// schema: a field is missing, has the wrong type or an impossible value, or is unknown.
import { formatNumber } from '../facts/describe.js';
import { formatPath } from '../core/path.js';
import type { Expected, SchemaIssue, SchemaProblem } from '../validate/validate.js';
import { fieldLabel, FIELD_NAMES, likelyKey } from './fields.js';
import { defineLoadRule } from './rule.js';
import type { Lang } from '../core/lang.js';

/** A schema issue; `record: false` when it is in one of chibo's own files (rubric, config). */
export type SchemaData = SchemaIssue & { record?: false };

const TYPE: Record<Expected, Record<Lang, string>> = {
  string: { vi: 'chữ (văn bản)', en: 'a text' },
  number: { vi: 'một số', en: 'a number' },
  integer: { vi: 'một số nguyên', en: 'a whole number' },
  boolean: { vi: 'true (có) hoặc false (không)', en: 'true or false' },
  list: { vi: 'một danh sách (mỗi dòng bắt đầu bằng "- ")', en: 'a list' },
  mapping: { vi: 'một nhóm mục dạng "tên mục: giá trị"', en: 'a mapping of keys to values' },
};

const FORMAT: Record<string, Record<Lang, string>> = {
  rating: { vi: 'Xếp loại không hợp lệ: cần một trong Tốt, Khá, Trung bình, Kém.', en: 'Invalid rating: write one of Tốt, Khá, Trung bình, Kém (or good, fair, average, poor).' },
  blank: { vi: 'Không được để trống.', en: 'This value must not be blank.' },
  'yes-no': { vi: 'Cần ghi có hoặc không (hoặc true, false).', en: 'Write true or false (or có, không).' },
  exempt: { vi: 'Số đảng viên được miễn công tác và sinh hoạt đảng phải nhỏ hơn tổng số đảng viên.', en: 'The number of exempt members must be less than the total number of members.' },
  version: { vi: 'Phiên bản định dạng không được hỗ trợ: chỉ có "chibo/v1" (hoặc bỏ hẳn dòng "format").', en: 'Unsupported format version: only "chibo/v1" (or leave out the format key).' },
};

/** Counts of members by status that cannot hold, with the numbers compared. */
const COUNTS: Record<string, Record<Lang, (n: Record<string, number>) => string>> = {
  'official-probationary': {
    vi: (n) => `${n.official} đảng viên chính thức + ${n.probationary} đảng viên dự bị = ${n.official! + n.probationary!}, không bằng tổng số ${n.total} đảng viên. Hãy sửa cho khớp: chính thức + dự bị = tổng số.`,
    en: (n) => `${n.official} official + ${n.probationary} probationary members = ${n.official! + n.probationary!}, not the total of ${n.total}. Make official + probationary equal the total.`,
  },
  'official-total': {
    vi: (n) => `Số đảng viên chính thức (${n.official}) không thể nhiều hơn tổng số đảng viên (${n.total}).`,
    en: (n) => `${n.official} official members cannot be more than the total of ${n.total}.`,
  },
  'probationary-total': {
    vi: (n) => `Số đảng viên dự bị (${n.probationary}) không thể nhiều hơn tổng số đảng viên (${n.total}).`,
    en: (n) => `${n.probationary} probationary members cannot be more than the total of ${n.total}.`,
  },
  'probationary-present': {
    vi: (n) => `Số đảng viên dự bị có mặt (${n.probationaryPresent}) nhiều hơn số đảng viên dự bị của chi bộ (${n.probationary}). Hãy sửa một trong hai số.`,
    en: (n) => `${n.probationaryPresent} probationary members present, but the cell has only ${n.probationary} probationary ${n.probationary === 1 ? 'member' : 'members'}. Correct one of the two.`,
  },
  'probationary-present-present': {
    vi: (n) => `Số đảng viên dự bị có mặt (${n.probationaryPresent}) nhiều hơn số đảng viên có mặt (${n.present}). Hãy sửa một trong hai số.`,
    en: (n) => `${n.probationaryPresent} probationary members present, more than the ${n.present} ${n.present === 1 ? 'member' : 'members'} present. Correct one of the two.`,
  },
};

/** A failed check of a value's form, in words. */
function formatMessage(p: Extract<SchemaProblem, { kind: 'format' }>, lang: Lang): string {
  const counts = COUNTS[p.format];
  if (counts && p.numbers) return counts[lang](p.numbers);
  return FORMAT[p.format]?.[lang] ?? '';
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The text read, as it was written: in quotes, unless it brought its own curly ones. */
function shown(value: string): string {
  const text = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return /[“”‘’„‟«»]/u.test(text) ? text : `"${text}"`;
}

/** A date, time or month that cannot be read: what was read, and what to write instead. */
function whenMessage(p: Extract<SchemaProblem, { kind: 'when' }>, lang: Lang): string {
  const v = shown(p.value);
  const r = p.reading;
  const vi = lang === 'vi';
  const [y, m, d] = r.kind === 'fix' ? r.write.split(/[-:]/u).map(Number) : [];
  if (r.kind === 'fix' && r.curly) {
    const write = p.format === 'time' ? `"${r.write}"` : r.write;
    const what = { date: ['Ngày', 'date'], time: ['Giờ', 'time'], month: ['Tháng', 'month'] }[p.format];
    return vi
      ? `${what[0]} ${v} có dấu ngoặc kép cong (thường do Word tự đổi) nên không đọc được. Hãy viết ${write}${p.format === 'time' ? ' với dấu ngoặc kép thẳng' : ', không có ngoặc'}.`
      : `The ${what[1]} ${v} has curly quotes (often put in by Word), so it cannot be read. Write ${write}${p.format === 'time' ? ' with straight quotes' : ' without quotes'}.`;
  }
  switch (p.format) {
    case 'date':
      switch (r.kind) {
        case 'fix':
          return vi
            ? `Ngày ${v} viết chưa đúng dạng năm-tháng-ngày. Hãy viết ${r.write} (ngày ${d}/${m}/${y}).`
            : `The date ${v} is not written as year-month-day. Write ${r.write} (${d} ${MONTHS[m! - 1]} ${y}).`;
        case 'no-month':
          return vi
            ? `Ngày ${v} không có thật: không có tháng ${r.month}. Hãy viết dạng năm-tháng-ngày, ví dụ 2024-03-15 cho ngày 15/3/2024.`
            : `There is no such date as ${v}: there is no month ${r.month}. Write year-month-day, e.g. 2024-03-15 for 15 March 2024.`;
        case 'no-day':
          return vi
            ? `Ngày ${v} không có thật: tháng ${r.month}/${r.year} chỉ có ${r.days} ngày.`
            : `There is no such date as ${v}: ${MONTHS[r.month - 1]} ${r.year} has ${r.days} days.`;
        default:
          return vi
            ? `Không đọc được ngày ${v}. Hãy viết dạng năm-tháng-ngày, ví dụ 2024-03-15 cho ngày 15/3/2024.`
            : `${v} cannot be read as a date. Write year-month-day, e.g. 2024-03-15 for 15 March 2024.`;
      }
    case 'time':
      switch (r.kind) {
        case 'fix':
          return vi
            ? `Giờ ${v} viết chưa đúng dạng giờ:phút. Hãy viết "${r.write}" (theo 24 giờ, trong ngoặc kép).`
            : `The time ${v} is not written as hours:minutes. Write "${r.write}" (24-hour clock, in quotes).`;
        case 'no-time':
          return vi
            ? `Không có giờ ${v} trên đồng hồ: giờ từ 00 đến 23, phút từ 00 đến 59, ví dụ "14:00".`
            : `There is no such time as ${v}: hours go from 00 to 23 and minutes from 00 to 59, e.g. "14:00".`;
        default:
          return vi
            ? `Không đọc được giờ ${v}. Hãy viết giờ:phút theo 24 giờ, trong ngoặc kép, ví dụ "14:00" hoặc "07:30".`
            : `${v} cannot be read as a time. Write hours:minutes on the 24-hour clock, in quotes, e.g. "14:00" or "07:30".`;
      }
    case 'month':
      switch (r.kind) {
        case 'fix':
          return vi
            ? `Tháng ${v} viết chưa đúng dạng năm-tháng. Hãy viết ${r.write} (tháng ${m}/${y}).`
            : `The month ${v} is not written as year-month. Write ${r.write} (${MONTHS[m! - 1]} ${y}).`;
        case 'no-month':
          return vi
            ? `Không có tháng ${r.month} (${v}): tháng từ 01 đến 12, viết dạng năm-tháng, ví dụ 2024-03 cho tháng 3/2024.`
            : `There is no month ${r.month} (${v}): months go from 01 to 12, written year-month, e.g. 2024-03 for March 2024.`;
        case 'no-year':
          return vi
            ? `Tháng ${v} thiếu năm. Hãy viết dạng năm-tháng, ví dụ 2024-${String(r.month).padStart(2, '0')} cho tháng ${r.month}/2024.`
            : `The month ${v} has no year. Write year-month, e.g. 2024-${String(r.month).padStart(2, '0')} for ${MONTHS[r.month - 1]} 2024.`;
        default:
          return vi
            ? `Không đọc được tháng ${v}. Hãy viết dạng năm-tháng, ví dụ 2024-03 cho tháng 3/2024.`
            : `${v} cannot be read as a month. Write year-month, e.g. 2024-03 for March 2024.`;
      }
  }
}

const GOT: Record<string, Record<Lang, string>> = {
  list: { vi: 'một danh sách', en: 'a list' },
  mapping: { vi: 'một nhóm mục', en: 'a mapping' },
  null: { vi: 'giá trị trống', en: 'empty (null)' },
  empty: { vi: 'tệp rỗng', en: 'empty' },
};
/** What a value was, in words (the `got` of a type issue). */
export const got = (value: string, lang: Lang) => {
  if (GOT[value]) return GOT[value][lang];
  if (/^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(value)) return formatNumber(Number(value), lang);
  return lang === 'vi' && value.startsWith('"') ? `chữ ${value}` : value;
};

/** A time (`time.start`, `time.end`) written as a number, such as 7.30. */
const isTime = (d: SchemaData) =>
  d.record !== false && d.path.length === 2 && d.path[0] === 'time' && d.problem.kind === 'type' && /^-?\d/.test(d.problem.got);

const lastKey = (issue: SchemaIssue) => String(issue.path[issue.path.length - 1] ?? '');

/** Where the issue is, as the message names it: the record's fields with their Vietnamese names. */
const label = (d: SchemaData, path = d.path, lang: Lang = 'vi') => (d.record === false ? (lang === 'vi' ? `"${formatPath(path)}"` : formatPath(path)) : fieldLabel(path, lang));

function vi(d: SchemaData): string {
  const p = d.problem;
  const here = label(d);
  switch (p.kind) {
    case 'missing':
      return `Thiếu mục bắt buộc ${here}.`;
    case 'unknown': {
      const key = lastKey(d);
      if (key === '<<') return 'Cách viết gộp "<<" của YAML không được hỗ trợ: hãy viết đầy đủ từng mục.';
      const parent = d.path.slice(0, -1);
      const where = parent.length > 0 ? ` trong ${label(d, parent)}` : '';
      const form = d.record === false ? 'tệp này' : 'mẫu biên bản';
      const meant = d.record === false ? undefined : likelyKey(key, parent);
      if (meant !== undefined) {
        const name = FIELD_NAMES[[...parent.filter((s) => typeof s === 'string'), meant].join('.')];
        return `Mục "${key}"${where} không có trong ${form} (có thể gõ nhầm "${meant}"${name ? ` – ${name}` : ''}). Hãy sửa lại tên mục.`;
      }
      // Only a record may hold keys of one's own ("x-…"); chibo's own files may not.
      const own = d.record === false ? '' : ' Muốn ghi thêm thông tin riêng thì đặt tên mục bắt đầu bằng "x-".';
      return `Mục "${key}"${where} không có trong ${form}: hãy kiểm tra chính tả.${own}`;
    }
    case 'type':
      if (d.path.length === 0) return `Nội dung tệp phải là ${TYPE.mapping.vi} (ví dụ dòng "cell: Chi bộ …" – tên chi bộ), nhưng ${p.got === 'empty' ? 'tệp đang trống' : `tệp là ${got(p.got, 'vi')}`}.`;
      if (isTime(d)) return `${here}: giờ phải viết dạng giờ:phút trong dấu nháy kép, ví dụ "07:30"; viết không có dấu nháy thì chibo đọc thành số ${got(p.got, 'vi')}.`;
      return `${here} phải là ${TYPE[p.expected].vi}, không phải ${got(p.got, 'vi')}.`;
    case 'range':
      if (p.min !== undefined) return `${here} phải từ ${formatNumber(p.min, 'vi')} trở lên.`;
      return `${here} không được lớn hơn ${formatNumber(p.max!, 'vi')}.`;
    case 'enum':
      return `${here} phải là một trong: ${p.values.join(', ')}.`;
    case 'format':
      return `${d.path.length === 0 ? '' : `${here}: `}${formatMessage(p, 'vi')}`;
    case 'when':
      return `${here}: ${whenMessage(p, 'vi')}`;
  }
}

function en(d: SchemaData): string {
  const p = d.problem;
  const field = formatPath(d.path);
  const parent = d.path.length > 1 ? ` in ${formatPath(d.path.slice(0, -1))}` : '';
  switch (p.kind) {
    case 'missing':
      return `The required key "${lastKey(d)}" is missing${parent}.`;
    case 'unknown': {
      if (lastKey(d) === '<<') return 'Merge keys ("<<") are not supported: write each key out in full.';
      const meant = d.record === false ? undefined : likelyKey(lastKey(d), d.path.slice(0, -1));
      return meant !== undefined
        ? `Unknown key "${lastKey(d)}"${parent}: perhaps a typo for "${meant}".`
        : `Unknown key "${lastKey(d)}"${parent}: perhaps a typo.${d.record === false ? '' : ' Keys of your own must start with "x-".'}`;
    }
    case 'type':
      if (d.path.length === 0) return `A record must be ${TYPE.mapping.en} (cell, kind, date, …), but the file is ${got(p.got, 'en')}.`;
      if (isTime(d)) return `${field}: write the time as hours:minutes in double quotes, e.g. "07:30", not 7.30 (read as the number ${got(p.got, 'en')}).`;
      return `${field} must be ${TYPE[p.expected].en}, not ${got(p.got, 'en')}.`;
    case 'range':
      return p.min !== undefined ? `${field} must be at least ${p.min}.` : `${field} must be at most ${p.max}.`;
    case 'enum':
      return `${field} must be one of: ${p.values.join(', ')}.`;
    case 'format':
      return `${field === '' ? '' : `${field}: `}${formatMessage(p, 'en')}`;
    case 'when':
      return `${field}: ${whenMessage(p, 'en')}`;
  }
}

export default defineLoadRule<SchemaData>({
  id: 'schema',
  severity: 'error',
  description: { vi: 'Thiếu mục bắt buộc, sai kiểu, giá trị không thể có, hoặc mục không có trong mẫu biên bản', en: 'A field is missing, has the wrong type or an impossible value, or is unknown' },
  message: { vi, en },
});
