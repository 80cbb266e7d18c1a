// Words and shapes the summary formats share (pretty, CSV, HTML).
import type { Lang } from '../facts/describe.js';
import { formatNumber } from '../facts/format.js';
import { RATING_NAMES, type RatingId } from '../validate/text.js';
import type { MonthEntry } from '../score/summary.js';

export const SUMMARY_WORDS = {
  vi: {
    cell: 'Chi bộ', criterion: 'Tiêu chí', year: 'Năm', rubric: 'Bộ tiêu chí', month: 'Tháng', rating: 'Xếp loại', score: 'Điểm',
    yearly: 'Xếp loại chất lượng sinh hoạt chi bộ cả năm', unrated: 'Chưa chấm', missing: 'Thiếu', shortCriteria: 'Tiêu chí thường thiếu điểm',
    records: 'biên bản', withErrors: 'Biên bản có lỗi', errors: (n: number) => `${n} lỗi`, none: 'không có', thematic: 'có sinh hoạt chuyên đề',
    title: 'Tổng hợp chất lượng sinh hoạt chi bộ', problems: 'Các vấn đề', file: 'Tệp', line: 'Dòng', rule: 'Quy tắc',
    message: 'Nội dung', ratingsChart: 'Số buổi sinh hoạt theo xếp loại', severity: { error: 'lỗi', warning: 'cảnh báo' },
    generated: 'Lập bởi chibo', shortOf: (short: number, of: number) => `${short}/${of} biên bản chưa đạt điểm tối đa`,
  },
  en: {
    cell: 'Cell', criterion: 'Criterion', year: 'Year', rubric: 'Rubric', month: 'Month', rating: 'Rating', score: 'Score',
    yearly: 'Yearly rating', unrated: 'Unrated', missing: 'Missing', shortCriteria: 'Criteria most often short of full marks',
    records: 'records', withErrors: 'Records with errors', errors: (n: number) => `${n} error${n === 1 ? '' : 's'}`, none: 'none', thematic: 'thematic meeting held',
    title: 'Summary of chi bộ meetings', problems: 'Problems', file: 'File', line: 'Line', rule: 'Rule',
    message: 'Message', ratingsChart: 'Meetings by rating', severity: { error: 'error', warning: 'warning' },
    generated: 'Made by chibo', shortOf: (short: number, of: number) => `${short} of ${of} records short of full marks`,
  },
} satisfies Record<Lang, unknown>;

export const ratingName = (id: RatingId | null, lang: Lang) =>
  id === null ? SUMMARY_WORDS[lang].unrated : RATING_NAMES[id];

/** "Tốt 97" for a held month, "Chưa chấm" when it could not be scored, "" for a missing month. */
export function monthCell(m: MonthEntry | null, lang: Lang): string {
  if (m === null) return '';
  return m.rating === null ? SUMMARY_WORDS[lang].unrated : `${RATING_NAMES[m.rating]} ${m.score === null ? '' : formatNumber(m.score, lang)}`;
}
