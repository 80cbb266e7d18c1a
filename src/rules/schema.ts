// schema: a field is missing, has the wrong type or an impossible value, or is unknown.
import { formatPath } from '../load/source.js';
import type { Expected, SchemaIssue } from '../validate/validate.js';
import { defineRule, type Lang } from './rule.js';

const TYPE: Record<Expected, Record<Lang, string>> = {
  string: { vi: 'một chuỗi văn bản', en: 'a text' },
  number: { vi: 'một số', en: 'a number' },
  integer: { vi: 'một số nguyên', en: 'a whole number' },
  boolean: { vi: 'true hoặc false', en: 'true or false' },
  list: { vi: 'một danh sách', en: 'a list' },
  mapping: { vi: 'một bảng khóa: giá trị', en: 'a mapping of keys to values' },
};

const FORMAT: Record<string, Record<Lang, string>> = {
  date: { vi: 'Ngày không hợp lệ: cần dạng YYYY-MM-DD và là ngày có thật (ví dụ 2024-03-15).', en: 'Invalid date: write YYYY-MM-DD, a day that exists (e.g. 2024-03-15).' },
  time: { vi: 'Giờ không hợp lệ: cần dạng HH:MM từ 00:00 đến 23:59 (ví dụ 14:00).', en: 'Invalid time: write HH:MM between 00:00 and 23:59 (e.g. 14:00).' },
  month: { vi: 'Tháng không hợp lệ: cần dạng YYYY-MM (ví dụ 2024-03).', en: 'Invalid month: write YYYY-MM (e.g. 2024-03).' },
  rating: { vi: 'Xếp loại không hợp lệ: cần một trong Tốt, Khá, Trung bình, Kém.', en: 'Invalid rating: write one of Tốt, Khá, Trung bình, Kém (or good, fair, average, poor).' },
  blank: { vi: 'Giá trị không được để trống.', en: 'This value must not be blank.' },
  exempt: { vi: 'Số đảng viên miễn sinh hoạt phải nhỏ hơn tổng số đảng viên.', en: 'The number of exempt members must be less than the total number of members.' },
  version: { vi: 'Phiên bản định dạng không được hỗ trợ: chỉ có "chibo/v1" (hoặc bỏ khóa format).', en: 'Unsupported format version: only "chibo/v1" (or leave out the format key).' },
};

const GOT: Record<string, Record<Lang, string>> = {
  list: { vi: 'một danh sách', en: 'a list' },
  mapping: { vi: 'một bảng khóa: giá trị', en: 'a mapping' },
  null: { vi: 'giá trị trống (null)', en: 'empty (null)' },
  empty: { vi: 'rỗng', en: 'empty' },
};
/** What a value was, in words (the `got` of a type issue). */
export const got = (value: string, lang: Lang) => GOT[value]?.[lang] ?? value;

const field = (issue: SchemaIssue) => formatPath(issue.path);
const lastKey = (issue: SchemaIssue) => String(issue.path[issue.path.length - 1] ?? '');
const parent = (issue: SchemaIssue) => formatPath(issue.path.slice(0, -1));

function message(issue: SchemaIssue, lang: Lang): string {
  const p = issue.problem;
  const vi = lang === 'vi';
  switch (p.kind) {
    case 'missing':
      return vi
        ? `Thiếu khóa bắt buộc "${lastKey(issue)}"${issue.path.length > 1 ? ` trong ${parent(issue)}` : ''}.`
        : `The required key "${lastKey(issue)}" is missing${issue.path.length > 1 ? ` in ${parent(issue)}` : ''}.`;
    case 'unknown':
      if (lastKey(issue) === '<<') {
        return vi
          ? 'Khóa gộp "<<" (merge key) không được hỗ trợ: hãy viết đầy đủ từng khóa.'
          : 'Merge keys ("<<") are not supported: write each key out in full.';
      }
      return vi
        ? `Khóa lạ "${lastKey(issue)}"${issue.path.length > 1 ? ` trong ${parent(issue)}` : ''}: có thể viết sai chính tả. Khóa riêng của người dùng phải bắt đầu bằng "x-".`
        : `Unknown key "${lastKey(issue)}"${issue.path.length > 1 ? ` in ${parent(issue)}` : ''}: perhaps a typo. Keys of your own must start with "x-".`;
    case 'type':
      if (issue.path.length === 0) {
        return vi
          ? `Biên bản phải là ${TYPE.mapping.vi} (cell, kind, date, …), nhưng tệp là ${got(p.got, lang)}.`
          : `A record must be ${TYPE.mapping.en} (cell, kind, date, …), but the file is ${got(p.got, lang)}.`;
      }
      return vi
        ? `${field(issue)} phải là ${TYPE[p.expected].vi}, không phải ${got(p.got, lang)}.`
        : `${field(issue)} must be ${TYPE[p.expected].en}, not ${got(p.got, lang)}.`;
    case 'range':
      if (p.min !== undefined) return vi ? `${field(issue)} phải từ ${p.min} trở lên.` : `${field(issue)} must be at least ${p.min}.`;
      return vi ? `${field(issue)} không được lớn hơn ${p.max}.` : `${field(issue)} must be at most ${p.max}.`;
    case 'enum':
      return vi
        ? `${field(issue)} phải là một trong: ${p.values.join(', ')}.`
        : `${field(issue)} must be one of: ${p.values.join(', ')}.`;
    case 'format':
      return `${field(issue) === '' ? '' : `${field(issue)}: `}${FORMAT[p.format]?.[lang] ?? ''}`;
  }
}

export default defineRule<SchemaIssue>({
  id: 'schema',
  severity: 'error',
  description: { vi: 'Thiếu trường, sai kiểu, giá trị không thể có, hoặc khóa lạ', en: 'A field is missing, has the wrong type or an impossible value, or is unknown' },
  message: { vi: (d) => message(d, 'vi'), en: (d) => message(d, 'en') },
});
