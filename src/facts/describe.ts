// Facts in words, for messages: "1 member absent without reason", "tỷ lệ đảng viên dự họp 20/23 (87,0%)".
import { AGENDA_NAMES, AGENDA_TYPES } from '../core/agenda.js';
import type { AgendaFact, FactId, Facts, FactValue } from '../core/facts.js';
import type { Lang } from '../core/lang.js';
import { formatNumber, formatPercent } from './format.js';

export { formatNumber };

const PREPARERS: Record<string, { vi: string; en: string }> = {
  secretary: { vi: 'bí thư', en: 'the secretary' },
  deputy_secretary: { vi: 'phó bí thư', en: 'the deputy secretary' },
  committee_member: { vi: 'một chi ủy viên', en: 'a committee member' },
  other: { vi: 'người khác', en: 'someone else' },
};

const CELL_TYPE_WORDS: Record<string, { vi: string; en: string }> = {
  co_quan: { vi: 'cơ quan', en: 'a government office' },
  su_nghiep: { vi: 'đơn vị sự nghiệp', en: 'a public service unit' },
  doanh_nghiep: { vi: 'doanh nghiệp', en: 'an enterprise' },
  xa_phuong: { vi: 'xã, phường', en: 'a commune or ward' },
  thon_to_dan_pho: { vi: 'thôn, bản, tổ dân phố', en: 'a village or residential group' },
  luc_luong_vu_trang: { vi: 'lực lượng vũ trang', en: 'the armed forces' },
  khac: { vi: 'loại khác', en: 'another kind' },
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

type Describer = (v: FactValue, f: Facts, lang: Lang) => string;

const yesNo = (vi: [string, string, string], en: [string, string, string]): Describer => (v, _f, lang) => {
  const [yes, no, unknown] = lang === 'vi' ? vi : en;
  return v === true ? yes : v === false ? no : unknown;
};

const presence = (vi: string, en: string): Describer => (v, _f, lang) =>
  v === null ? (lang === 'vi' ? `không ghi ${vi}` : `no ${en} written`) : lang === 'vi' ? `${vi}: ${String(v)}` : `${en}: ${String(v)}`;

const KINDS_VI: Record<string, string> = { regular: 'thường kỳ', thematic: 'chuyên đề', combined: 'thường kỳ kết hợp chuyên đề' };

const AGENDA_DESCRIBERS = Object.fromEntries(AGENDA_TYPES.map((t) => {
  const { vi, en } = AGENDA_NAMES[t];
  return [`agenda_has.${t}`, yesNo(
    [`chương trình có nội dung "${vi}"`, `chương trình không có nội dung "${vi}"`, `chương trình không có nội dung "${vi}"`],
    [`the agenda has ${en}`, `the agenda has no ${en}`, `the agenda has no ${en}`],
  )];
})) as Record<AgendaFact, Describer>;

const DESCRIBERS: Record<FactId, Describer> = {
  kind: (v, _f, lang) => (lang === 'vi' ? `buổi sinh hoạt ${KINDS_VI[String(v)] ?? String(v)}` : `a ${String(v)} meeting`),
  members_total: (v, _f, lang) => (lang === 'vi' ? `chi bộ có ${v} đảng viên` : `the cell has ${plural(Number(v), 'member')}`),
  cell_has_committee: yesNo(
    ['chi bộ có chi ủy', 'chi bộ chỉ có bí thư, không có chi ủy', 'không ghi chi bộ có chi ủy hay không'],
    ['the cell has a committee', 'the cell has only a secretary, no committee', 'not written whether the cell has a committee'],
  ),
  cell_type: (v, _f, lang) => {
    if (v === null) return lang === 'vi' ? 'không ghi loại hình chi bộ' : 'the kind of cell is not written';
    const kind = CELL_TYPE_WORDS[String(v)] ?? { vi: String(v), en: String(v) };
    return lang === 'vi' ? `chi bộ ${kind.vi}` : `a cell in ${kind.en}`;
  },
  eligible: (v, _f, lang) => (lang === 'vi' ? `${v} đảng viên phải dự họp` : `${plural(Number(v), 'member')} expected`),
  attendance_rate: (v, f, lang) => {
    const eligible = Number(f.eligible);
    const present = Math.round(Number(v) * eligible);
    return lang === 'vi'
      ? `tỷ lệ đảng viên dự họp ${present}/${eligible} (${formatPercent(Number(v), lang)})`
      : `attendance ${present}/${eligible} (${formatPercent(Number(v), lang)})`;
  },
  absent_unexcused: (v, _f, lang) =>
    lang === 'vi' ? `${v} đảng viên vắng không lý do` : `${plural(Number(v), 'member')} absent without reason`,
  duration_minutes: (v, _f, lang) => (lang === 'vi' ? `buổi sinh hoạt kéo dài ${v} phút` : `the meeting lasted ${v} minutes`),
  speaker_count: (v, _f, lang) => (lang === 'vi' ? `${v} đảng viên phát biểu` : `${plural(Number(v), 'member')} spoke`),
  speaker_rate: (v, f, lang) =>
    lang === 'vi'
      ? `${f.speaker_count} đảng viên phát biểu, chiếm ${formatPercent(Number(v), lang)} số đảng viên dự họp`
      : `${plural(Number(f.speaker_count), 'member')} spoke, ${formatPercent(Number(v), lang)} of those present`,
  agenda_missing: (v, _f, lang) =>
    lang === 'vi' ? `thiếu ${v} nội dung bắt buộc` : `${plural(Number(v), 'required agenda item')} missing`,
  minutes_complete: yesNo(
    ['biên bản ghi đầy đủ', 'biên bản ghi chưa đầy đủ', 'biên bản ghi chưa đầy đủ'],
    ['the minutes are complete', 'the minutes are incomplete', 'the minutes are incomplete'],
  ),
  'preparation.prepared_by': (v, _f, lang) => {
    if (v === null) return lang === 'vi' ? 'không ghi ai chuẩn bị nội dung' : 'who prepared the content is not written';
    const who = PREPARERS[String(v)] ?? { vi: String(v), en: String(v) };
    return lang === 'vi' ? `nội dung do ${who.vi} chuẩn bị` : `the content was prepared by ${who.en}`;
  },
  'preparation.committee_met': yesNo(
    ['chi ủy đã họp chuẩn bị', 'chi ủy không họp chuẩn bị', 'không ghi chi ủy có họp chuẩn bị hay không'],
    ['the committee met beforehand', 'the committee did not meet beforehand', 'not written whether the committee met beforehand'],
  ),
  'preparation.draft_resolution': yesNo(
    ['có dự thảo nghị quyết', 'không có dự thảo nghị quyết', 'không ghi có dự thảo nghị quyết hay không'],
    ['a draft resolution was prepared', 'no draft resolution was prepared', 'not written whether a draft resolution was prepared'],
  ),
  'preparation.notice_sent': yesNo(
    ['đã thông báo trước cho đảng viên', 'không thông báo trước cho đảng viên', 'không ghi có thông báo trước hay không'],
    ['members were notified in advance', 'members were not notified in advance', 'not written whether members were notified'],
  ),
  'preparation.documents_posted_days_before': (v, _f, lang) =>
    v === null
      ? lang === 'vi' ? 'tài liệu chưa đăng lên ứng dụng Sổ tay đảng viên' : 'the documents were not posted on the app'
      : lang === 'vi' ? `tài liệu đăng lên ứng dụng ${v} ngày trước buổi sinh hoạt` : `the documents were posted on the app ${plural(Number(v), 'day')} before`,
  'followup.resolution_posted_days_after': (v, _f, lang) =>
    v === null
      ? lang === 'vi' ? 'nghị quyết chưa đăng lên ứng dụng' : 'the resolution was not posted on the app'
      : lang === 'vi' ? `nghị quyết đăng lên ứng dụng ${v} ngày sau buổi sinh hoạt` : `the resolution was posted ${plural(Number(v), 'day')} after the meeting`,
  tasks_assigned: (v, _f, lang) =>
    lang === 'vi' ? `${v} nhiệm vụ có người thực hiện` : `${plural(Number(v), 'task')} with an assignee`,
  vote_recorded: yesNo(
    ['có ghi biểu quyết', 'không ghi biểu quyết', 'không ghi biểu quyết'],
    ['a vote is recorded', 'no vote is recorded', 'no vote is recorded'],
  ),
  'thematic.plan': presence('kế hoạch chuyên đề', 'thematic plan'),
  'thematic.presenter': presence('người trình bày chuyên đề', 'topic presenter'),
  'thematic.topic': presence('tên chuyên đề', 'topic'),
  'thematic.conclusion': presence('kết luận chuyên đề', 'topic conclusion'),
  'previous_resolution.achieved_percent': (v, _f, lang) =>
    v === null
      ? lang === 'vi' ? 'không ghi kết quả thực hiện nghị quyết kỳ trước' : 'the result of the last resolution is not written'
      : lang === 'vi' ? `nghị quyết kỳ trước thực hiện được ${formatNumber(Number(v), lang)}%` : `${formatNumber(Number(v), lang)}% of the last resolution carried out`,
  ...AGENDA_DESCRIBERS,
  excused_streak_year: (v, _f, lang) =>
    v === null
      ? lang === 'vi' ? 'chưa biết số kỳ liên tiếp đảng viên vắng có lý do (cần các biên bản khác trong năm)' : 'the longest run of absences with reason is unknown (it needs the year\'s other records)'
      : lang === 'vi' ? `có đảng viên vắng có lý do nhiều nhất ${v} kỳ liên tiếp trong năm` : `at most ${plural(Number(v), 'meeting')} in a row missed with reason by one member this year`,
  thematic_in_month: yesNo(
    ['trong tháng có sinh hoạt chuyên đề', 'trong tháng không có sinh hoạt chuyên đề', 'chưa biết trong tháng có sinh hoạt chuyên đề hay không (cần các biên bản khác)'],
    ['a thematic meeting was held this month', 'no thematic meeting was held this month', "unknown whether a thematic meeting was held this month (it needs the month's other records)"],
  ),
  thematic_in_quarter: yesNo(
    ['trong quý có sinh hoạt chuyên đề', 'trong quý không có sinh hoạt chuyên đề', 'chưa biết trong quý có sinh hoạt chuyên đề hay không (cần các biên bản khác)'],
    ['a thematic meeting was held this quarter', 'no thematic meeting was held this quarter', "unknown whether a thematic meeting was held this quarter (it needs the quarter's other records)"],
  ),
};

export function describeFact(id: FactId, facts: Facts, lang: Lang): string {
  return DESCRIBERS[id](facts[id], facts, lang);
}
