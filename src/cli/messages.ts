// What the command line says on stderr, in both languages.
import type { Lang } from '../facts/describe.js';

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
    vi: (o: string, v: string) => `${o} cần một số nguyên, không phải "${v}".`,
    en: (o: string, v: string) => `${o} needs a whole number, not "${v}".`,
  },
  badDate: {
    vi: (o: string, v: string) => `${o} cần một ngày có thật, dạng YYYY-MM-DD (ví dụ 2024-08-31), không phải "${v}".`,
    en: (o: string, v: string) => `${o} needs a real date written YYYY-MM-DD (for example 2024-08-31), not "${v}".`,
  },
  badFormat: {
    vi: (v: string, all: string) => `Định dạng "${v}" không có; chọn một trong: ${all}.`,
    en: (v: string, all: string) => `No format "${v}"; choose one of: ${all}.`,
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
