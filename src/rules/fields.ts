// The record's keys with their Vietnamese names, so that a Vietnamese message never shows a bare
// English key: "chair" (người chủ trì). Keys are dotted paths without list indexes.
import { AGENDA_NAMES, AGENDA_TYPES } from '../core/agenda.js';
import type { AgendaFact, FactId, YearlyFactId } from '../core/facts.js';
import { RATING_IDS } from '../core/rating.js';
import { formatPath, type Path } from '../core/path.js';
import type { Lang } from '../core/lang.js';
import { criterionLabel } from './words.js';

export const FIELD_NAMES: Readonly<Record<string, string>> = {
  format: 'phiên bản định dạng',
  rubric: 'bộ tiêu chí chấm điểm',
  cell: 'tên chi bộ',
  organization: 'đảng bộ cấp trên',
  cell_type: 'loại hình chi bộ',
  cell_has_committee: 'chi bộ có chi ủy',
  kind: 'loại sinh hoạt',
  date: 'ngày sinh hoạt',
  period: 'kỳ sinh hoạt',
  place: 'địa điểm',
  time: 'thời gian sinh hoạt',
  'time.start': 'giờ bắt đầu',
  'time.end': 'giờ kết thúc',
  chair: 'người chủ trì',
  minutes_taker: 'thư ký ghi biên bản',
  guests: 'đại biểu dự',
  'guests.name': 'họ tên đại biểu',
  'guests.role': 'vai trò của đại biểu',
  members: 'số lượng đảng viên',
  'members.total': 'tổng số đảng viên',
  'members.exempt': 'số đảng viên được miễn công tác và sinh hoạt đảng',
  'members.present': 'số đảng viên có mặt',
  'members.official': 'số đảng viên chính thức',
  'members.probationary': 'số đảng viên dự bị',
  'members.probationary_present': 'số đảng viên dự bị có mặt',
  'members.absent_excused': 'đảng viên vắng có lý do',
  'members.absent_excused.name': 'họ tên người vắng',
  'members.absent_excused.reason': 'lý do vắng',
  'members.absent_unexcused': 'đảng viên vắng không có lý do',
  preparation: 'công tác chuẩn bị',
  'preparation.prepared_by': 'người chuẩn bị nội dung',
  'preparation.committee_met': 'chi ủy họp chuẩn bị',
  'preparation.draft_resolution': 'dự thảo nghị quyết',
  'preparation.notice_sent': 'thông báo trước cho đảng viên',
  'preparation.documents_posted_days_before': 'số ngày đăng tài liệu trước buổi sinh hoạt',
  agenda: 'chương trình sinh hoạt',
  'agenda.type': 'loại nội dung',
  'agenda.title': 'tên nội dung',
  'agenda.note': 'ghi chú',
  'agenda.speakers': 'đảng viên phát biểu ở nội dung này',
  'agenda.conclusion': 'kết luận của chủ trì về nội dung này',
  speakers: 'đảng viên phát biểu',
  commendations: 'biểu dương, nhắc nhở, phê bình',
  'commendations.name': 'họ tên',
  'commendations.kind': 'hình thức',
  'commendations.note': 'ghi chú',
  conclusion: 'kết luận của người chủ trì',
  vote: 'kết quả biểu quyết',
  'vote.for': 'số tán thành',
  'vote.against': 'số không tán thành',
  'vote.abstain': 'số không biểu quyết',
  minutes_approval: 'kết quả biểu quyết thông qua biên bản',
  'minutes_approval.for': 'số tán thành thông qua biên bản',
  'minutes_approval.against': 'số không tán thành thông qua biên bản',
  tasks: 'phân công nhiệm vụ',
  'tasks.task': 'nội dung nhiệm vụ',
  'tasks.assignee': 'người thực hiện',
  'tasks.due': 'thời hạn',
  previous_resolution: 'kết quả thực hiện nghị quyết kỳ trước',
  'previous_resolution.achieved_percent': 'tỷ lệ phần trăm nghị quyết kỳ trước đã thực hiện',
  followup: 'việc làm sau buổi sinh hoạt',
  'followup.resolution_posted_days_after': 'số ngày đăng nghị quyết sau buổi sinh hoạt',
  thematic: 'sinh hoạt chuyên đề',
  'thematic.topic': 'tên chuyên đề',
  'thematic.plan': 'kế hoạch sinh hoạt chuyên đề',
  'thematic.presenter': 'đảng viên trình bày chuyên đề',
  'thematic.conclusion': 'kết luận chuyên đề',
  assessment: 'tự đánh giá, xếp loại',
  'assessment.scores': 'điểm tự chấm',
  'assessment.total': 'tổng điểm tự chấm',
  'assessment.rating': 'tự xếp loại',
  review: 'cấp trên thẩm định, xếp loại',
  'review.by': 'cấp trên thẩm định',
  'review.date': 'ngày thẩm định',
  'review.scores': 'điểm cấp trên chấm',
  'review.rating': 'xếp loại cấp trên công nhận',
  notes: 'ghi chú khác',
};

/** The facts a rubric scores with, in Vietnamese: the record's own fields keep their names. */
export const FACT_NAMES: Readonly<Record<FactId, string>> = {
  kind: FIELD_NAMES.kind!,
  members_total: FIELD_NAMES['members.total']!,
  cell_has_committee: FIELD_NAMES.cell_has_committee!,
  cell_type: FIELD_NAMES.cell_type!,
  eligible: 'số đảng viên phải dự sinh hoạt',
  attendance_rate: 'tỷ lệ đảng viên dự họp',
  absent_unexcused: 'số đảng viên vắng không có lý do',
  duration_minutes: 'thời lượng buổi sinh hoạt',
  speaker_count: 'số đảng viên phát biểu',
  speaker_rate: 'tỷ lệ đảng viên phát biểu trên số đảng viên dự họp',
  agenda_missing: 'số nội dung bắt buộc còn thiếu',
  minutes_complete: 'biên bản ghi đầy đủ',
  'preparation.prepared_by': FIELD_NAMES['preparation.prepared_by']!,
  'preparation.committee_met': FIELD_NAMES['preparation.committee_met']!,
  'preparation.draft_resolution': FIELD_NAMES['preparation.draft_resolution']!,
  'preparation.notice_sent': FIELD_NAMES['preparation.notice_sent']!,
  'preparation.documents_posted_days_before': FIELD_NAMES['preparation.documents_posted_days_before']!,
  'followup.resolution_posted_days_after': FIELD_NAMES['followup.resolution_posted_days_after']!,
  tasks_assigned: 'số nhiệm vụ có người thực hiện',
  vote_recorded: 'có ghi kết quả biểu quyết',
  'thematic.plan': FIELD_NAMES['thematic.plan']!,
  'thematic.presenter': FIELD_NAMES['thematic.presenter']!,
  'thematic.topic': FIELD_NAMES['thematic.topic']!,
  'thematic.conclusion': FIELD_NAMES['thematic.conclusion']!,
  'previous_resolution.achieved_percent': FIELD_NAMES['previous_resolution.achieved_percent']!,
  ...(Object.fromEntries(AGENDA_TYPES.map((t) => [`agenda_has.${t}`, `chương trình có nội dung "${AGENDA_NAMES[t].vi}"`])) as Record<AgendaFact, string>),
  excused_streak_year: 'số kỳ sinh hoạt liên tiếp nhiều nhất trong năm mà một đảng viên vắng có lý do',
  thematic_in_month: 'trong tháng có sinh hoạt chuyên đề',
  thematic_in_quarter: 'trong quý có sinh hoạt chuyên đề',
};

/** The table's key for a path: list indexes dropped; a score's criterion id kept out. */
function fieldKey(path: Path): string {
  const keys = path.filter((s): s is string => typeof s === 'string');
  if ((keys[0] === 'assessment' || keys[0] === 'review') && keys[1] === 'scores') return `${keys[0]}.scores`;
  return keys.join('.');
}

/** The Vietnamese name of the field at `path`, when it is one of the record's fields. */
function fieldName(path: Path): string | undefined {
  const key = fieldKey(path);
  if (!Object.prototype.hasOwnProperty.call(FIELD_NAMES, key)) return undefined;
  const score = key.endsWith('.scores') && path.length > 2 ? String(path[2]) : undefined;
  return score === undefined ? FIELD_NAMES[key] : `${FIELD_NAMES[key]} ${criterionLabel(score, 'vi')}`;
}

/**
 * A field as messages show it: `"members.total" (tổng số đảng viên)` in Vietnamese; the bare
 * path in English.
 */
export function fieldLabel(path: Path, lang: Lang): string {
  const shown = formatPath(path);
  if (lang === 'en') return shown;
  const words = [fieldName(path), entryWords(path)].filter((w) => w !== undefined);
  return words.length > 0 ? `"${shown}" (${words.join(', ')})` : `"${shown}"`;
}

/**
 * Which entry of a list a path is in, counted from 1 as people count: "agenda[1].type" is in
 * "mục thứ 2 của chương trình sinh hoạt" (the path's indexes count from 0).
 */
function entryWords(path: Path): string | undefined {
  let at = -1;
  path.forEach((s, i) => { if (typeof s === 'number') at = i; });
  if (at < 1) return undefined;
  const list = fieldName(path.slice(0, at));
  return list ? `mục thứ ${(path[at] as number) + 1} của ${list}` : undefined;
}

/** The keys a mapping at `parent` may hold. */
function keysUnder(parent: Path): string[] {
  const prefix = fieldKey(parent);
  return Object.keys(FIELD_NAMES)
    .filter((k) => (prefix === '' ? !k.includes('.') : k.startsWith(`${prefix}.`) && !k.slice(prefix.length + 1).includes('.')))
    .map((k) => k.slice(k.lastIndexOf('.') + 1));
}

/** Edit distance (Levenshtein), for "did you mean" answers to mistyped keys. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(current + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/** The known key a mistyped one most likely meant (at most two edits away, and fewer than half its letters). */
export function likelyKey(key: string, parent: Path): string | undefined {
  const lower = key.toLowerCase();
  let best: { key: string; d: number } | undefined;
  for (const known of keysUnder(parent)) {
    const d = distance(lower, known);
    if (d <= 2 && d < known.length / 2 && (!best || d < best.d)) best = { key: known, d };
  }
  return best?.key;
}

const RATING_NAMES_VI = { tot: 'Tốt', kha: 'Khá', trung_binh: 'Trung bình', kem: 'Kém' } as const;

/** The facts of a cell's year that yearly levels compare, in Vietnamese. */
export const YEARLY_FACT_NAMES: Readonly<Record<YearlyFactId, string>> = {
  months_missing: 'số tháng không có sinh hoạt thường kỳ',
  months_held: 'số tháng có sinh hoạt thường kỳ',
  ...(Object.fromEntries(RATING_IDS.flatMap((r) => [
    [`months_at_least.${r}`, `số tháng xếp loại ${RATING_NAMES_VI[r]} trở lên`],
    [`months_below.${r}`, `số tháng xếp loại dưới ${RATING_NAMES_VI[r]} hoặc chưa xếp loại`],
    [`months_rated.${r}`, `số tháng xếp loại ${RATING_NAMES_VI[r]}`],
  ])) as Record<Exclude<YearlyFactId, 'months_missing' | 'months_held'>, string>),
};
