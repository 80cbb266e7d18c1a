// schema: a field is missing, has the wrong type or an impossible value, or is unknown.
import { formatNumber } from '../facts/describe.js';
import { formatPath } from '../load/source.js';
import type { Expected, SchemaIssue } from '../validate/validate.js';
import { fieldLabel, FIELD_NAMES, likelyKey } from './fields.js';
import { defineRule, type Lang } from './rule.js';

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
  date: { vi: 'Ngày không hợp lệ: cần một ngày có thật, viết theo thứ tự năm-tháng-ngày (YYYY-MM-DD).', en: 'Invalid date: write YYYY-MM-DD, a day that exists (e.g. 2024-03-15).' },
  time: { vi: 'Giờ không hợp lệ: cần dạng giờ:phút từ 00:00 đến 23:59, đặt trong dấu nháy (ví dụ "14:00").', en: 'Invalid time: write HH:MM between 00:00 and 23:59 (e.g. 14:00).' },
  month: { vi: 'Tháng không hợp lệ: cần viết theo thứ tự năm-tháng (YYYY-MM).', en: 'Invalid month: write YYYY-MM (e.g. 2024-03).' },
  rating: { vi: 'Xếp loại không hợp lệ: cần một trong Tốt, Khá, Trung bình, Kém.', en: 'Invalid rating: write one of Tốt, Khá, Trung bình, Kém (or good, fair, average, poor).' },
  blank: { vi: 'Không được để trống.', en: 'This value must not be blank.' },
  exempt: { vi: 'Số đảng viên được miễn công tác và sinh hoạt đảng phải nhỏ hơn tổng số đảng viên.', en: 'The number of exempt members must be less than the total number of members.' },
  version: { vi: 'Phiên bản định dạng không được hỗ trợ: chỉ có "chibo/v1" (hoặc bỏ hẳn dòng "format").', en: 'Unsupported format version: only "chibo/v1" (or leave out the format key).' },
};

const GOT: Record<string, Record<Lang, string>> = {
  list: { vi: 'một danh sách', en: 'a list' },
  mapping: { vi: 'một nhóm mục', en: 'a mapping' },
  null: { vi: 'giá trị trống', en: 'empty (null)' },
  empty: { vi: 'tệp rỗng', en: 'empty' },
};
const got = (value: string, lang: Lang) => {
  if (GOT[value]) return GOT[value][lang];
  if (/^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(value)) return formatNumber(Number(value), lang);
  return lang === 'vi' && value.startsWith('"') ? `chữ ${value}` : value;
};

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
      return `Mục "${key}"${where} không có trong ${form}: hãy kiểm tra chính tả. Muốn ghi thêm thông tin riêng thì đặt tên mục bắt đầu bằng "x-".`;
    }
    case 'type':
      if (d.path.length === 0) return `Nội dung tệp phải là ${TYPE.mapping.vi} (ví dụ dòng "cell: Chi bộ …" – tên chi bộ), nhưng tệp là ${got(p.got, 'vi')}.`;
      return `${here} phải là ${TYPE[p.expected].vi}, không phải ${got(p.got, 'vi')}.`;
    case 'range':
      if (p.min !== undefined) return `${here} phải từ ${formatNumber(p.min, 'vi')} trở lên.`;
      return `${here} không được lớn hơn ${formatNumber(p.max!, 'vi')}.`;
    case 'too-many':
      return `${here} có quá nhiều phần tử (tối đa ${p.max}).`;
    case 'enum':
      return `${here} phải là một trong: ${p.values.join(', ')}.`;
    case 'format':
      return `${d.path.length === 0 ? '' : `${here}: `}${FORMAT[p.format]?.vi ?? ''}`;
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
        : `Unknown key "${lastKey(d)}"${parent}: perhaps a typo. Keys of your own must start with "x-".`;
    }
    case 'type':
      if (d.path.length === 0) return `A record must be ${TYPE.mapping.en} (cell, kind, date, …), but the file is ${got(p.got, 'en')}.`;
      return `${field} must be ${TYPE[p.expected].en}, not ${got(p.got, 'en')}.`;
    case 'range':
      return p.min !== undefined ? `${field} must be at least ${p.min}.` : `${field} must be at most ${p.max}.`;
    case 'too-many':
      return `${field} has too many items (at most ${p.max}).`;
    case 'enum':
      return `${field} must be one of: ${p.values.join(', ')}.`;
    case 'format':
      return `${field === '' ? '' : `${field}: `}${FORMAT[p.format]?.en ?? ''}`;
  }
}

export default defineRule<SchemaData>({
  id: 'schema',
  severity: 'error',
  description: { vi: 'Thiếu mục bắt buộc, sai kiểu, giá trị không thể có, hoặc mục không có trong mẫu biên bản', en: 'A field is missing, has the wrong type or an impossible value, or is unknown' },
  message: { vi, en },
});
