// yaml-syntax: the file is not valid YAML (duplicate keys and several documents included).
import { defineLoadRule } from './rule.js';

export interface YamlSyntaxData {
  /**
   * The `yaml` package's error code, e.g. DUPLICATE_KEY, or one of the mistakes chibo recognises
   * (src/load/yaml-hints.ts): SPECIAL_SPACE, QUOTE_VALUE, BAD_ALIAS with a name, RECURSIVE_ALIAS.
   */
  code: string;
  /** The `yaml` package's own (English) text, shown when no better words exist; for chibo's codes, what the hint says. */
  detail: string;
  /** The line as written (QUOTE_VALUE). */
  shown?: string;
  /** What to write instead (QUOTE_VALUE, BAD_ALIAS). */
  fix?: string;
}

/** Record text in a message: no control or bidirectional-override characters reach a terminal. */
const printable = (s: string) => s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '\ufffd');

/** Messages for the mistakes chibo recognises; undefined for the yaml package's own codes. */
function recognised(d: YamlSyntaxData, lang: 'vi' | 'en'): string | undefined {
  const vi = lang === 'vi';
  const shown = printable(d.shown ?? '');
  const fix = printable(d.fix ?? '');
  switch (d.code) {
    case 'SPECIAL_SPACE': {
      const what = d.detail === 'U+00A0' ? (vi ? 'dấu cách không ngắt' : 'a non-breaking space') : vi ? 'một ký tự khoảng trắng đặc biệt' : 'a special space character';
      return vi
        ? `Đầu dòng có một ký tự trông như dấu cách nhưng không phải dấu cách thường (${what}, ${d.detail}; hay gặp khi chép từ Word hoặc trang web). YAML chỉ thụt lề bằng dấu cách thường: hãy xóa khoảng trắng ở đầu dòng này rồi gõ lại bằng phím cách.`
        : `The line starts with a character that looks like a space but is not a plain one (${what}, ${d.detail}; common in text copied from Word or a web page). YAML indents with plain spaces only: delete the blank at the start of this line and type it again with the space bar.`;
    }
    case 'QUOTE_VALUE': {
      const why = d.detail === 'colon'
        ? vi ? 'Dấu hai chấm và dấu cách (": ") ở giữa nội dung làm chibo hiểu nhầm là bắt đầu một mục mới' : 'A colon followed by a space (": ") inside the text makes YAML take it for the start of a new key'
        : vi ? `Ký tự ${d.detail} ở đầu nội dung có nghĩa riêng trong YAML` : `The ${d.detail} at the start of the text has a special meaning in YAML`;
      return vi
        ? `${why}; hãy đặt cả nội dung trong dấu nháy kép. Dòng này đang viết: ${shown} — hãy sửa thành: ${fix}`
        : `${why}; put the whole text in double quotes. The line reads: ${shown} — write instead: ${fix}`;
    }
    case 'BAD_ALIAS': {
      if (d.detail === '') return undefined;
      const name = printable(d.detail);
      return vi
        ? `"*${name}" là một tham chiếu YAML tới neo "&${name}", nhưng trước đó không có neo nào tên như vậy. Nếu đây là chữ, hãy đặt cả nội dung trong dấu nháy kép${fix ? `: ${fix}` : '.'}`
        : `"*${name}" is a YAML reference to an anchor "&${name}", but no anchor of that name comes before it. If it is text, put the whole text in double quotes${fix ? `: ${fix}` : '.'}`;
    }
    case 'RECURSIVE_ALIAS': {
      const name = printable(d.detail);
      return vi
        ? `Tham chiếu "*${name}" nằm ngay bên trong phần có neo "&${name}" mà nó trỏ tới, nên tạo thành vòng lặp không có điểm dừng. Biên bản không cần tham chiếu: hãy viết thẳng nội dung ra.`
        : `The reference "*${name}" lies inside the very part its anchor "&${name}" marks, which makes an endless loop. Records need no references: write the content out.`;
    }
  }
  return undefined;
}

const VI: Record<string, string> = {
  DUPLICATE_KEY: 'Mục ở dòng này đã được viết một lần ở trên, trong cùng một nhóm; mỗi mục chỉ được viết một lần: hãy gộp hoặc xóa một trong hai.',
  MULTIPLE_DOCS: 'Tệp có nhiều tài liệu YAML (ngăn bởi ---); mỗi tệp chỉ chứa một biên bản.',
  TAB_AS_INDENT: 'Dòng này thụt lề bằng ký tự Tab, nhưng YAML chỉ cho phép thụt lề bằng dấu cách. Hãy xóa Tab và gõ dấu cách thay vào.',
  TAG_RESOLVE_FAILED: 'Thẻ YAML lạ (như !!js/function); biên bản không dùng thẻ, hãy bỏ nó đi.',
  BAD_INDENT: 'Thụt lề sai; các mục cùng cấp phải thẳng hàng.',
  MISSING_CHAR: 'Thiếu ký tự đóng (dấu ngoặc hoặc dấu nháy).',
  BLOCK_AS_IMPLICIT_KEY: 'Cấu trúc YAML sai: có thể thiếu dấu hai chấm hoặc thụt lề sai.',
  MULTILINE_IMPLICIT_KEY: 'Tên mục không được kéo dài nhiều dòng; có thể thiếu dấu hai chấm.',
  UNEXPECTED_TOKEN: 'Ký tự không mong đợi ở đây.',
  BAD_ALIAS: 'Tham chiếu (*tên) tới một neo (&tên) không tồn tại.',
  BAD_DQ_ESCAPE: 'Trong dấu nháy kép, dấu gạch chéo ngược (\\) mở đầu một ký tự đặc biệt. Muốn viết chính dấu \\ (ví dụ đường dẫn D:\\Chi bo), hãy viết hai dấu \\\\ liền nhau, hoặc đặt nội dung trong dấu nháy đơn (\').',
};

const EN: Record<string, string> = {
  DUPLICATE_KEY: 'The key on this line is already written above, in the same mapping; write each key once: merge or delete one of them.',
  MULTIPLE_DOCS: 'The file holds several YAML documents (separated by ---); a file holds one record.',
  TAB_AS_INDENT: 'A tab is used for indentation; YAML allows spaces only.',
  TAG_RESOLVE_FAILED: 'An unknown YAML tag (like !!js/function); records use no tags, remove it.',
  BAD_INDENT: 'Wrong indentation; keys at the same level must line up.',
  MISSING_CHAR: 'A closing character (bracket or quote) is missing.',
  BLOCK_AS_IMPLICIT_KEY: 'Broken YAML structure: a colon may be missing or the indentation is off.',
  MULTILINE_IMPLICIT_KEY: 'A key cannot span several lines; a colon may be missing.',
  UNEXPECTED_TOKEN: 'Unexpected character here.',
  BAD_ALIAS: 'An alias (*name) refers to an anchor (&name) that does not exist.',
  BAD_DQ_ESCAPE: 'Inside double quotes a backslash (\\) starts a special character. To write a backslash itself (a path such as D:\\Chi bo, say), write two backslashes, or put the text in single quotes (\').',
};

export default defineLoadRule<YamlSyntaxData>({
  id: 'yaml-syntax',
  severity: 'error',
  description: { vi: 'Tệp không phải YAML hợp lệ', en: 'The file is not valid YAML' },
  message: {
    // No English detail of the yaml package reaches a Vietnamese reader: the place is in the location.
    vi: (d) => recognised(d, 'vi') ?? VI[d.code] ?? 'Chỗ này viết sai cú pháp YAML: hãy kiểm tra dấu nháy, dấu hai chấm và thụt lề của dòng này.',
    en: (d) => recognised(d, 'en') ?? EN[d.code] ?? `YAML syntax error: ${d.detail}`,
  },
});
