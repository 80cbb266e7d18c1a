// What the command line says on stderr, in both languages.
import type { Lang } from '../core/lang.js';

export const CLI_MESSAGES = {
  notFound: { vi: (p: string) => `Không có tệp hay thư mục "${p}".`, en: (p: string) => `No such file or folder: "${p}".` },
  noMatch: { vi: (p: string) => `Mẫu "${p}" không khớp với tệp nào.`, en: (p: string) => `The pattern "${p}" matches no file.` },
  folderUnreadable: {
    vi: (p: string, code: string) => `Không đọc được thư mục "${p}" (${code}): các biên bản trong đó chưa được kiểm tra.`,
    en: (p: string, code: string) => `Cannot read the folder "${p}" (${code}): the records in it were not checked.`,
  },
  noRecords: {
    vi: (p: string) => `Không tìm thấy biên bản nào (tệp .yaml hoặc .yml) trong ${p}.`,
    en: (p: string) => `No record (.yaml or .yml file) found in ${p}.`,
  },
  rubricInvalid: {
    vi: (f: string) => `Bộ tiêu chí ${f} không dùng được:`,
    en: (f: string) => `The rubric ${f} cannot be used:`,
  },
  outputIsRecord: {
    vi: (f: string) => `Không ghi báo cáo vào ${f}: đó là một biên bản đang được kiểm tra.`,
    en: (f: string) => `Not writing the report to ${f}: it is a record being checked.`,
  },
  outputFailed: {
    vi: (f: string, why: string) => `Không ghi được báo cáo vào ${f} (${why}).`,
    en: (f: string, why: string) => `Cannot write the report to ${f} (${why}).`,
  },
  fileExists: {
    vi: (f: string) => `Tệp ${f} đã có; chibo không ghi đè. Hãy chọn tên khác.`,
    en: (f: string) => `${f} already exists; chibo does not overwrite it. Choose another name.`,
  },
  noFolder: {
    vi: (f: string, dir: string) => `Không tạo được ${f}: chưa có thư mục ${dir}. Hãy tạo thư mục đó trước, hoặc chọn một thư mục đã có.`,
    en: (f: string, dir: string) => `Cannot create ${f}: there is no folder ${dir}. Create that folder first, or choose one that exists.`,
  },
  initFailed: {
    vi: (f: string, why: string) => `Không tạo được ${f} (${why}). Hãy kiểm tra quyền ghi vào thư mục, hoặc chọn chỗ khác.`,
    en: (f: string, why: string) => `Cannot create ${f} (${why}). Check that the folder can be written to, or choose another place.`,
  },
  written: { vi: (f: string) => `Đã tạo ${f}.`, en: (f: string) => `Wrote ${f}.` },
  badLang: {
    vi: (v: string) => `Ngôn ngữ "${v}" không hỗ trợ; dùng vi hoặc en.`,
    en: (v: string) => `Unsupported language "${v}"; use vi or en.`,
  },
  badNumber: {
    vi: (o: string, v: string, min: string) => `${o} cần một số nguyên từ ${min} trở lên, không phải "${v}".`,
    en: (o: string, v: string, min: string) => `${o} needs a whole number of at least ${min}, not "${v}".`,
  },
  badDate: {
    vi: (o: string, v: string) => `${o} cần một ngày có thật, dạng YYYY-MM-DD (ví dụ 2024-08-31), không phải "${v}".`,
    en: (o: string, v: string) => `${o} needs a real date written YYYY-MM-DD (for example 2024-08-31), not "${v}".`,
  },
  badFormat: {
    vi: (v: string, all: string) => `Định dạng "${v}" không có; chọn một trong: ${all}.`,
    en: (v: string, all: string) => `No format "${v}"; choose one of: ${all}.`,
  },
  badSchema: {
    vi: (v: string) => `Không có JSON Schema "${v}"; chọn record (biên bản), rubric (bộ tiêu chí) hoặc config (tệp cấu hình).`,
    en: (v: string) => `No JSON Schema "${v}"; choose record, rubric or config.`,
  },
  tooManyOutputs: {
    vi: () => 'Có nhiều --output hơn --format: mỗi --output đi với --format ở cùng vị trí.',
    en: () => 'More --output than --format: each --output goes with the --format at the same position.',
  },
  severalToStdout: {
    vi: (f: string) =>
      `Nhiều định dạng (${f}) cùng ghi ra màn hình thì sẽ lẫn vào nhau; chỉ một định dạng được ghi ra màn hình. Hãy cho mỗi định dạng còn lại một tệp bằng --output ở cùng vị trí, ví dụ: --format json --output bao-cao.json --format junit --output bao-cao.xml.`,
    en: (f: string) =>
      `Several formats (${f}) would be mixed together on stdout; at most one format may go there. Give each of the others a file with --output at the same position, e.g. --format json --output report.json --format junit --output report.xml.`,
  },
  rubricUnavailable: {
    vi: () => 'Không chấm được biên bản dưới đây vì bộ tiêu chí nó nêu không tải được:',
    en: () => 'These records were not scored: the rubric they name cannot be loaded:',
  },
  progress: {
    vi: (done: string, total: string) => `chibo: đã kiểm tra ${done}/${total} biên bản…`,
    en: (done: string, total: string) => `chibo: checked ${done}/${total} records…`,
  },
  internal: {
    vi: (m: string, where: string) => `Lỗi nội bộ của chibo${where && ` (${where})`}: ${m}`,
    en: (m: string, where: string) => `chibo internal error${where && ` (${where})`}: ${m}`,
  },
  internalWhere: {
    vi: (file: string, rule: string, format: string) =>
      [file && `khi kiểm tra ${file}`, rule && `quy tắc ${rule}`, format && `khi viết báo cáo ${format}`].filter(Boolean).join(', '),
    en: (file: string, rule: string, format: string) =>
      [file && `while checking ${file}`, rule && `rule ${rule}`, format && `while writing the ${format} report`].filter(Boolean).join(', '),
  },
  internalHint: {
    vi: () => 'Đây là lỗi của chibo, không phải của biên bản. Đặt CHIBO_DEBUG=1 để xem chi tiết khi báo lỗi.',
    en: () => 'This is a fault of chibo, not of the records. Set CHIBO_DEBUG=1 to see the details for a bug report.',
  },
} satisfies Record<string, Record<Lang, (...args: string[]) => string>>;

/** The words of `--help`, in each language. */
export const HELP = {
  vi: {
    program: 'Chấm điểm biên bản sinh hoạt chi bộ theo bộ tiêu chí và chỉ ra chỗ tự đánh giá chưa đúng.',
    titles: { 'Usage:': 'Cách dùng:', 'Options:': 'Tùy chọn:', 'Commands:': 'Lệnh:', 'Arguments:': 'Tham số:', 'Global Options:': 'Tùy chọn chung:' } as Record<string, string>,
    usage: { '[options]': '[tùy chọn]', '[command]': '[lệnh]' } as Record<string, string>,
    help: 'xem hướng dẫn sử dụng', helpCommand: 'xem hướng dẫn của một lệnh', command: 'lệnh', version: 'xem phiên bản chibo',
    placeholders: { rubric: '<bộ_tiêu_chí>', format: '<dạng>', file: '<tệp>', n: '<n>', bytes: '<số_byte>', date: '<năm-tháng-ngày>' },
    paths: 'đường_dẫn', pathsHelp: 'tệp, thư mục hoặc mẫu tên tệp (mặc định: thư mục hiện tại)',
    rubric: 'bộ tiêu chí dùng cho mọi biên bản: mã bộ tiêu chí có sẵn hoặc đường dẫn tới tệp',
    lang: 'ngôn ngữ: vi (tiếng Việt, mặc định) hoặc en (tiếng Anh)',
    noColor: 'không tô màu',
    asOf: 'xét các biên bản tính đến ngày này (dạng YYYY-MM-DD): các tháng sau đó chưa đến kỳ, năm chưa hết thì chưa xếp loại cả năm (mặc định: hôm nay)',
    maxFileSize: (n: number) => `kích thước lớn nhất của một tệp biên bản, tính bằng byte (mặc định ${n})`,
    maxDepth: (n: number) => `số tầng lồng nhau nhiều nhất trong một biên bản (mặc định ${n})`,
    maxAliases: (n: number) => `số tham chiếu YAML nhiều nhất trong một biên bản (mặc định ${n})`,
    maxItems: (n: number) => `số phần tử nhiều nhất của một danh sách (mặc định ${n})`,
    check: 'kiểm tra biên bản: chấm điểm, so với phần tự đánh giá và chỉ ra từng chỗ sai',
    format: (all: string) => `dạng báo cáo: ${all} (có thể ghi nhiều lần; mặc định pretty, dễ đọc trên màn hình)`,
    output: 'ghi báo cáo ở cùng vị trí vào tệp này; - là màn hình (có thể ghi nhiều lần)',
    maxWarnings: 'báo lỗi (mã thoát 1) khi số cảnh báo vượt quá n; -1 là không giới hạn (mặc định)',
    quiet: 'chỉ báo lỗi, bỏ qua cảnh báo',
    summary: 'tổng hợp theo chi bộ: xếp loại và điểm từng tháng, xếp loại chất lượng sinh hoạt chi bộ cả năm, tiêu chí hay thiếu điểm',
    summaryFormat: (all: string) => `dạng bảng tổng hợp: ${all} (mặc định pretty)`,
    summaryOutput: 'ghi bảng tổng hợp vào tệp này thay vì màn hình',
    report: 'lập một tệp HTML cho cấp ủy cấp trên: bảng chi bộ theo tháng, biểu đồ và mọi vấn đề',
    reportOutput: 'tệp HTML cần ghi (mặc định: màn hình)',
    init: 'tạo mẫu biên bản có chú thích tiếng Việt cho từng mục (ra màn hình, hoặc vào một tệp mới)',
    form: 'tạo trang biểu mẫu (một tệp HTML mở bằng trình duyệt) để bí thư điền, kiểm tra, lưu và in biên bản',
    file: 'tệp_mới', fileHelp: 'tên tệp cần tạo; chibo không bao giờ ghi đè tệp đã có',
    rubricCommand: 'xem một bộ tiêu chí dạng bảng; --list liệt kê các bộ tiêu chí có sẵn',
    rubricArg: 'bộ_tiêu_chí', rubricArgHelp: 'mã bộ tiêu chí có sẵn hoặc đường dẫn tới tệp (mặc định: bộ đang áp dụng hôm nay)',
    initAsOf: 'ngày sinh hoạt ghi vào mẫu, dạng YYYY-MM-DD; mẫu theo bộ tiêu chí áp dụng ngày đó (mặc định: hôm nay)',
    list: 'liệt kê các bộ tiêu chí có sẵn',
    schema: 'in JSON Schema (dùng cho trình soạn thảo): của biên bản (mặc định), của bộ tiêu chí, hoặc của chibo.config.yaml',
    which: 'loại', whichHelp: 'record (biên bản, mặc định), rubric (bộ tiêu chí) hoặc config (tệp cấu hình)',
    examples: `
Ví dụ:
  chibo init bien-ban-thang-5.yaml   tạo mẫu biên bản mới
  chibo form bieu-mau.html           tạo trang biểu mẫu để gửi cho các chi bộ
  chibo check                        kiểm tra mọi biên bản trong thư mục hiện tại
  chibo check bien-ban-thang-5.yaml  kiểm tra một biên bản
  chibo rubric                       xem bộ tiêu chí chấm điểm
  chibo check --lang en              thông báo bằng tiếng Anh

Hướng dẫn đầy đủ bằng tiếng Việt: docs/huong-dan.md`,
  },
  en: {
    program: 'Score chi bộ meeting records against a rubric and flag wrong self-assessments.',
    titles: {} as Record<string, string>,
    usage: {} as Record<string, string>,
    help: 'show help', helpCommand: 'show help for a command', command: 'command', version: 'show the version of chibo',
    placeholders: { rubric: '<id-or-path>', format: '<name>', file: '<file>', n: '<n>', bytes: '<bytes>', date: '<YYYY-MM-DD>' },
    paths: 'paths', pathsHelp: 'files, folders or globs (default: the current folder)',
    rubric: 'rubric for every record: a bundled rubric id or a rubric file',
    lang: 'language of messages: vi (Vietnamese, the default) or en (English)',
    noColor: 'no colour',
    asOf: 'judge the records on this date (YYYY-MM-DD): later months are not yet due, a year not over is not rated (default: today)',
    maxFileSize: (n: number) => `largest record file, in bytes (default ${n})`,
    maxDepth: (n: number) => `deepest nesting in a record (default ${n})`,
    maxAliases: (n: number) => `most YAML aliases in a record (default ${n})`,
    maxItems: (n: number) => `most items in one list or mapping (default ${n})`,
    check: 'check meeting records: score them, compare with the self-assessment, show every problem',
    format: (all: string) => `report format: ${all} (repeatable; default pretty)`,
    output: 'where the report of the same position goes; - is stdout (repeatable)',
    maxWarnings: 'exit 1 when warnings exceed n; -1: no limit (default)',
    quiet: 'report errors only',
    summary: "per cell: each month's rating and score, the yearly rating, criteria most often short",
    summaryFormat: (all: string) => `summary format: ${all} (default pretty)`,
    summaryOutput: 'write the summary to a file instead of stdout',
    report: 'write one self-contained HTML report for staff: grid of cells and months, charts, every problem',
    reportOutput: 'the HTML file to write (default: stdout)',
    init: 'write a record template (to stdout, or to a new file)',
    form: 'write the form page (one HTML file for any browser) where a secretary fills in, checks, saves and prints a record',
    file: 'file', fileHelp: 'the file to create; never overwritten',
    rubricCommand: 'show a rubric as a table; --list lists the bundled ones',
    rubricArg: 'id-or-path', rubricArgHelp: 'bundled rubric id or rubric file (default: the one in force today)',
    initAsOf: 'the meeting date the template gives (YYYY-MM-DD); it follows the rubric in force that day (default: today)',
    list: 'list the bundled rubrics',
    schema: 'print a JSON Schema: of the record format (default), of rubric files, or of chibo.config.yaml',
    which: 'which', whichHelp: 'record (default), rubric or config',
    examples: `
Examples:
  chibo init may-2024.yaml   write a record template
  chibo check                check every record in this folder
  chibo rubric               show the default rubric
  chibo check --lang vi      messages in Vietnamese (the default)`,
  },
} satisfies Record<Lang, unknown>;

/** commander's own errors, in words a secretary reads: the English text → the chosen language. */
export function commanderError(text: string, lang: Lang): string {
  const line = text.replace(/^error: /, '').trim();
  if (lang === 'en') return `chibo: ${line}\n`;
  const did = (s?: string) => (s ? ` Có phải ý bạn là ${s.replace(/^\(Did you mean |\?\)$/g, '')}?` : '');
  const rules: [RegExp, (...m: string[]) => string][] = [
    [/^unknown option '(.+?)'(?:\n(.*))?$/s, (o, s) => `Không có tùy chọn ${o}.${did(s)}`],
    [/^unknown command '(.+?)'(?:\n(.*))?$/s, (c, s) => `Không có lệnh "${c}". Các lệnh: check, summary, report, init, form, rubric, schema.${did(s)}`],
    [/^missing required argument '(.+?)'$/, (a) => `Thiếu tham số bắt buộc "${a}".`],
    [/^option '(.+?)' argument missing$/, (o) => `Tùy chọn ${/--[\w-]+/.exec(o)?.[0] ?? o} cần một giá trị đi kèm: ${o.replace(/^-\w, /, '')}.`],
    [/^option '(.+?)' argument '(.*)' is invalid\. (.*)$/s, (_o, _v, why) => why],
    [/^command-argument value '(.*)' is invalid for argument '(.+?)'\. (.*)$/s, (_v, _a, why) => why],
    [/^too many arguments(?: for '(.+?)')?\. Expected (\d+) arguments? but got (\d+)\.$/, (c, n, got) => `Lệnh${c ? ` ${c}` : ''} nhận tối đa ${n} tham số, nhưng có ${got}.`],
    [/^required option '(.+?)' not specified$/, (o) => `Thiếu tùy chọn bắt buộc ${o}.`],
  ];
  for (const [re, say] of rules) {
    const m = re.exec(line);
    if (m) return `chibo: ${say(...m.slice(1).map((x) => x ?? ''))}\n`;
  }
  return `chibo: ${line}\n`;
}
