// Words and shapes the summary formats share (pretty, CSV, HTML).
import type { Lang } from '../core/lang.js';
import { formatDate } from '../facts/format.js';
import type { CellYear, MonthEntry } from '../score/summary.js';
import { RATING_NAMES } from '../validate/text.js';
import type { RatingId } from '../core/rating.js';
import type { CellType } from '../validate/vocabulary.js';

/** The cell types (`cell_type`) as summaries name them. */
export const CELL_TYPE_NAMES: Record<CellType, Record<Lang, string>> = {
  co_quan: { vi: 'cơ quan', en: 'agency' },
  su_nghiep: { vi: 'đơn vị sự nghiệp', en: 'public service unit' },
  doanh_nghiep: { vi: 'doanh nghiệp', en: 'enterprise' },
  xa_phuong: { vi: 'xã, phường', en: 'commune or ward' },
  thon_to_dan_pho: { vi: 'thôn, tổ dân phố', en: 'village or residential group' },
  luc_luong_vu_trang: { vi: 'lực lượng vũ trang', en: 'armed forces' },
  khac: { vi: 'loại khác', en: 'other' },
};


export const SUMMARY_WORDS = {
  vi: {
    cell: 'Chi bộ', criterion: 'Tiêu chí', year: 'Năm', rubric: 'Bộ tiêu chí', month: 'Tháng', rating: 'Xếp loại', score: 'Điểm',
    yearly: 'Xếp loại chất lượng sinh hoạt chi bộ cả năm', unrated: 'Chưa chấm', missing: 'Thiếu', notYet: 'Chưa đến kỳ',
    incomplete: 'Chưa đủ năm',
    incompleteDetail: (due: number, asOf: string) => `chưa đủ năm (mới qua ${due}/12 tháng, tính đến ngày ${formatDate(asOf, 'vi')})`,
    asOf: (asOf: string) => `Tính đến ngày ${formatDate(asOf, 'vi')}`,
    shortCriteria: 'Tiêu chí thường thiếu điểm', shortBy: 'Số biên bản chưa đạt điểm tối đa',
    withErrors: 'Biên bản có lỗi', errors: (n: number) => `${n} lỗi`, none: 'không có', thematic: 'có sinh hoạt chuyên đề',
    title: 'Tổng hợp chất lượng sinh hoạt chi bộ', problems: 'Các vấn đề', file: 'Tệp', line: 'Dòng', rule: 'Quy tắc',
    message: 'Nội dung', ratingsChart: 'Số buổi sinh hoạt theo xếp loại', severity: { error: 'lỗi', warning: 'cảnh báo' }, severityHead: 'Mức',
    generated: 'Lập bởi chibo', shortOf: (short: number, of: number) => `${short}/${of} biên bản chưa đạt điểm tối đa`,
    gridNote: 'Mỗi ô là buổi sinh hoạt thường kỳ (hoặc thường kỳ kết hợp chuyên đề) của tháng: xếp loại và điểm. Buổi sinh hoạt chuyên đề riêng được xếp loại ở mục "Sinh hoạt chuyên đề".',
    chartNote: (regular: number, thematic: number) => `Đếm mọi biên bản đã chấm điểm: ${regular} buổi thường kỳ (kể cả kết hợp chuyên đề) và ${thematic} buổi chuyên đề.`,
    regular: 'Thường kỳ (kể cả kết hợp)', thematicKind: 'Chuyên đề',
    thematicMeetings: 'Sinh hoạt chuyên đề', errorMark: (n: number) => `${n} lỗi trong biên bản của tháng`,
    errorLegend: 'tháng có biên bản lỗi (số lỗi)', missingLegend: 'không có biên bản', notYetLegend: 'chưa đến kỳ',
    cellType: 'Loại hình', upperLevel: 'Cấp trên dự', upperLevelHead: 'Tháng có cấp ủy cấp trên dự',
    upperLevelLegend: 'có đồng chí cấp ủy cấp trên dự', confirmedLegend: 'xếp loại do cấp trên công nhận (còn lại: xếp loại chibo tính từ điểm)',
    confirmedMark: 'cấp trên công nhận',
    ratingsUsed: (confirmed: number, all: number) => `Xếp loại dùng để tổng hợp: xếp loại cấp trên công nhận ở ${confirmed}/${all} biên bản, còn lại là xếp loại chibo tính từ điểm.`,
  },
  en: {
    cell: 'Cell', criterion: 'Criterion', year: 'Year', rubric: 'Rubric', month: 'Month', rating: 'Rating', score: 'Score',
    yearly: "Yearly rating of the cell's meetings", unrated: 'Unrated', missing: 'Missing', notYet: 'Not yet due',
    incomplete: 'Year not complete',
    incompleteDetail: (due: number, asOf: string) => `year not complete (${due} of 12 months over on ${asOf})`,
    asOf: (asOf: string) => `As of ${asOf}`,
    shortCriteria: 'Criteria most often short of full marks', shortBy: 'Records short of full marks',
    withErrors: 'Records with errors', errors: (n: number) => `${n} error${n === 1 ? '' : 's'}`, none: 'none', thematic: 'thematic meeting held',
    title: 'Summary of chi bộ meetings', problems: 'Problems', file: 'File', line: 'Line', rule: 'Rule',
    message: 'Message', ratingsChart: 'Meetings by rating', severity: { error: 'error', warning: 'warning' }, severityHead: 'Severity',
    generated: 'Made by chibo', shortOf: (short: number, of: number) => `${short} of ${of} records short of full marks`,
    gridNote: "Each cell of the grid is the month's regular (or combined) meeting: its rating and score. Thematic meetings held on their own are rated under \"Thematic meetings\".",
    chartNote: (regular: number, thematic: number) => `Counts every scored record: ${regular} regular (with combined) and ${thematic} thematic meetings.`,
    regular: 'Regular (with combined)', thematicKind: 'Thematic',
    thematicMeetings: 'Thematic meetings', errorMark: (n: number) => `${n} error${n === 1 ? '' : 's'} in the month's records`,
    errorLegend: 'month with errors in its records (how many)', missingLegend: 'no record', notYetLegend: 'not yet due',
    cellType: 'Type', upperLevel: 'Upper level', upperLevelHead: 'Months an upper-level committee member attended',
    upperLevelLegend: 'an upper-level committee member attended', confirmedLegend: 'rating confirmed by the upper level (others: computed by chibo from the scores)',
    confirmedMark: 'confirmed by the upper level',
    ratingsUsed: (confirmed: number, all: number) => `Ratings summarized: confirmed by the upper level in ${confirmed} of ${all} records, computed by chibo from the scores in the rest.`,
  },
} satisfies Record<Lang, unknown>;

export const ratingName = (id: RatingId | null, lang: Lang) =>
  id === null ? SUMMARY_WORDS[lang].unrated : RATING_NAMES[id];

/** A month with no regular meeting: missing once it is due, else not yet due. */
export const isDue = (cell: CellYear, index: number) => index < cell.due;

/** The rating of a month in words: the rating (`*` when a thematic meeting was held), or why there is none. */
export function monthRating(cell: CellYear, index: number, lang: Lang): string {
  const m: MonthEntry | null = cell.months[index]!;
  const w = SUMMARY_WORDS[lang];
  if (m === null) return isDue(cell, index) ? w.missing : w.notYet;
  return `${ratingName(m.rating, lang)}${m.thematic ? '*' : ''}${m.ratingFrom === 'confirmed' ? ' ✓' : ''}`;
}

/** The months an upper-level committee member attended, as month numbers: "1, 4, 7"; "" when none. */
export const upperLevelMonths = (cell: CellYear) => cell.upperLevel.map((m) => String(Number(m.slice(5, 7)))).join(', ');

/** The cell's type in words, or "". */
export const cellTypeName = (cell: CellYear, lang: Lang) => (cell.cellType === null ? '' : CELL_TYPE_NAMES[cell.cellType][lang]);

/** The yearly figure in words: the rating, "chưa đủ năm", or "" when the rubric rates no year. */
export function yearlyText(cell: CellYear, lang: Lang): string {
  if (!cell.complete) return SUMMARY_WORDS[lang].incomplete;
  return cell.yearly ? RATING_NAMES[cell.yearly] : '';
}
