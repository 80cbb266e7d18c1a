// yaml-syntax: the file is not valid YAML (duplicate keys and several documents included).
import { defineRule } from './rule.js';

export interface YamlSyntaxData {
  /** The `yaml` package's error code, e.g. DUPLICATE_KEY. */
  code: string;
  /** The `yaml` package's own (English) text, shown when no better words exist. */
  detail: string;
}

const VI: Record<string, string> = {
  DUPLICATE_KEY: 'Một mục được viết hai lần trong cùng một nhóm; mỗi mục chỉ được viết một lần.',
  MULTIPLE_DOCS: 'Tệp có nhiều tài liệu YAML (ngăn bởi ---); mỗi tệp chỉ chứa một biên bản.',
  TAB_AS_INDENT: 'Dòng này thụt lề bằng ký tự Tab, nhưng YAML chỉ cho phép thụt lề bằng dấu cách. Hãy xóa Tab và gõ dấu cách thay vào.',
  TAG_RESOLVE_FAILED: 'Thẻ YAML lạ (như !!js/function); biên bản không dùng thẻ, hãy bỏ nó đi.',
  BAD_INDENT: 'Thụt lề sai; các mục cùng cấp phải thẳng hàng.',
  MISSING_CHAR: 'Thiếu ký tự đóng (dấu ngoặc hoặc dấu nháy).',
  BLOCK_AS_IMPLICIT_KEY: 'Cấu trúc YAML sai: có thể thiếu dấu hai chấm hoặc thụt lề sai.',
  MULTILINE_IMPLICIT_KEY: 'Tên mục không được kéo dài nhiều dòng; có thể thiếu dấu hai chấm.',
  UNEXPECTED_TOKEN: 'Ký tự không mong đợi ở đây.',
  BAD_ALIAS: 'Tham chiếu (*tên) tới một neo (&tên) không tồn tại.',
};

const EN: Record<string, string> = {
  DUPLICATE_KEY: 'A key is written twice in the same mapping; write each key once.',
  MULTIPLE_DOCS: 'The file holds several YAML documents (separated by ---); a file holds one record.',
  TAB_AS_INDENT: 'A tab is used for indentation; YAML allows spaces only.',
  TAG_RESOLVE_FAILED: 'An unknown YAML tag (like !!js/function); records use no tags, remove it.',
  BAD_INDENT: 'Wrong indentation; keys at the same level must line up.',
  MISSING_CHAR: 'A closing character (bracket or quote) is missing.',
  BLOCK_AS_IMPLICIT_KEY: 'Broken YAML structure: a colon may be missing or the indentation is off.',
  MULTILINE_IMPLICIT_KEY: 'A key cannot span several lines; a colon may be missing.',
  UNEXPECTED_TOKEN: 'Unexpected character here.',
  BAD_ALIAS: 'An alias (*name) refers to an anchor (&name) that does not exist.',
};

export default defineRule<YamlSyntaxData>({
  id: 'yaml-syntax',
  severity: 'error',
  description: { vi: 'Tệp không phải YAML hợp lệ', en: 'The file is not valid YAML' },
  message: {
    vi: (d) => VI[d.code] ?? `Lỗi cú pháp YAML: ${d.detail}`,
    en: (d) => EN[d.code] ?? `YAML syntax error: ${d.detail}`,
  },
});
