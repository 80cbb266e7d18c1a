// What the page prints on A4: the minutes laid out as the template, then the scoring sheet with
// the points chibo computed beside those the cell gave itself, and places to sign. Black on white.
import { formatDate, formatMonth } from '../facts/format.js';
import { visible } from '../report/untrusted.js';
import type { RecordResult } from '../score/result.js';
import { AGENDA_TYPE, GUEST_ROLE, MEETING_KIND, PREPARER, YES_NO } from '../validate/vocabulary.js';
import { inLang, type Rubric } from '../rubric/rubric.js';
import { RATING, RATING_NAMES } from '../validate/text.js';
import { fill, h } from './dom.js';
import type { RecordData } from './fields.js';

const blank = '……………';

/** A value as printed: text shown (hidden characters made visible), dots where it is missing. */
function say(value: unknown): string {
  if (value === undefined || value === null || value === '') return blank;
  return visible(typeof value === 'object' ? JSON.stringify(value) : String(value));
}

const obj = (v: unknown): RecordData => (v && typeof v === 'object' && !Array.isArray(v) ? (v as RecordData) : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
/** Yes or no, written true or false or as words (có, không). */
function yesNo(v: unknown): string {
  const id = typeof v === 'string' ? YES_NO.parse(v) : v === true ? 'yes' : v === false ? 'no' : undefined;
  return id === 'yes' ? 'có' : id === 'no' ? 'không' : say(v);
}
const dateText = (v: unknown) => (typeof v === 'string' ? formatDate(v, 'vi') : say(v));
const comrades = (names: unknown[]) => names.map((n) => `đồng chí ${say(n)}`).join('; ');

/** A guest as the minutes name them: the name, and the role when one is written. */
function guest(g: unknown): string {
  if (!g || typeof g !== 'object') return say(g);
  const { name, role } = g as RecordData;
  const id = typeof role === 'string' ? GUEST_ROLE.parse(role) : undefined;
  return role === undefined ? say(name) : `${say(name)} (${id ? GUEST_ROLE.spellings[id].vi[0]! : say(role)})`;
}

/** Counts after a number where the record has them: "25 (chính thức: 22, dự bị: 3)". */
function counted(n: unknown, parts: [string, unknown][]): string {
  const given = parts.filter(([, v]) => v !== undefined);
  return `${say(n)}${given.length > 0 ? ` (${given.map(([label, v]) => `${label}: ${say(v)}`).join(', ')})` : ''}`;
}

function dateLine(data: RecordData): string {
  const m = typeof data.date === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(data.date) : null;
  return m ? `ngày ${m[3]} tháng ${m[2]} năm ${m[1]}` : `ngày ${blank} tháng ${blank} năm ${blank}`;
}

function minutes(data: RecordData): HTMLElement {
  const kind = typeof data.kind === 'string' ? MEETING_KIND.parse(data.kind) : undefined;
  const time = obj(data.time);
  const members = obj(data.members);
  const prep = obj(data.preparation);
  const vote = obj(data.vote);
  const approval = data.minutes_approval === undefined ? undefined : obj(data.minutes_approval);
  const thematic = obj(data.thematic);
  const excused = list(members.absent_excused).map(obj);
  const unexcused = list(members.absent_unexcused);
  const absent = excused.length + unexcused.length;
  const period = typeof data.period === 'string' ? data.period : typeof data.date === 'string' ? data.date.slice(0, 7) : '';
  const agendaName = (t: unknown) => {
    const id = typeof t === 'string' ? AGENDA_TYPE.parse(t) : undefined;
    return id ? AGENDA_TYPE.spellings[id].vi[0]! : say(t);
  };
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  return h('section', { class: 'sheet minutes' },
    h('div', { class: 'heading' },
      h('div', {}, h('p', {}, data.organization ? say(data.organization).toUpperCase() : `ĐẢNG BỘ ${blank}`), h('p', { class: 'b' }, say(data.cell).toUpperCase()), h('p', {}, '*')),
      h('div', {}, h('p', { class: 'b u' }, 'ĐẢNG CỘNG SẢN VIỆT NAM'), h('p', { class: 'i' }, `${data.place ? `${say(data.place)}, ` : ''}${dateLine(data)}`))),
    h('h1', {}, 'BIÊN BẢN', h('br'), `SINH HOẠT CHI BỘ ${kind ? MEETING_KIND.spellings[kind].vi[0]!.toUpperCase() : ''}`, period && h('span', { class: 'sub' }, formatMonth(period, 'vi'))),
    h('p', {}, `Thời gian: bắt đầu lúc ${say(time.start)}, ngày ${dateText(data.date)}.`),
    h('p', {}, `Địa điểm: ${say(data.place)}.`),
    h('p', {}, `Chủ trì: đồng chí ${say(data.chair)}. Thư ký: đồng chí ${say(data.minutes_taker)}.`),
    list(data.guests).length > 0 && h('p', {}, `Đại biểu dự: ${list(data.guests).map(guest).join('; ')}.`),
    h('p', {}, `Tổng số đảng viên: ${counted(members.total, [['chính thức', members.official], ['dự bị', members.probationary]])}; `
      + `được miễn sinh hoạt: ${say(members.exempt ?? 0)}; có mặt: ${counted(members.present, [['dự bị', members.probationary_present]])}; vắng: ${absent}.`),
    excused.length > 0 && h('p', {}, `Vắng có lý do: ${excused.map((e) => `đồng chí ${say(e.name)} (${say(e.reason)})`).join('; ')}.`),
    unexcused.length > 0 && h('p', {}, `Vắng không lý do: ${unexcused.map((n) => `đồng chí ${say(n)}`).join('; ')}.`),
    Object.keys(prep).length > 0 && h('p', {},
      `Chuẩn bị: người chuẩn bị nội dung: ${typeof prep.prepared_by === 'string' && PREPARER.parse(prep.prepared_by) ? PREPARER.spellings[PREPARER.parse(prep.prepared_by)!].vi[0] : say(prep.prepared_by)}; `
      + `chi ủy họp trước: ${yesNo(prep.committee_met)}; dự thảo nghị quyết: ${yesNo(prep.draft_resolution)}; thông báo cho đảng viên: ${yesNo(prep.notice_sent)}.`),
    h('h2', {}, 'NỘI DUNG SINH HOẠT'),
    h('ol', {}, list(data.agenda).map(obj).map((a) => h('li', {},
      cap(agendaName(a.type)), a.title ? `: ${say(a.title)}` : '', a.note ? ` (${say(a.note)})` : '',
      list(a.speakers).length > 0 && h('p', {}, `Phát biểu: ${comrades(list(a.speakers))}.`),
      a.conclusion !== undefined && h('p', {}, `Chủ trì kết luận: ${say(a.conclusion)}`)))),
    (kind === 'thematic' || kind === 'combined') && [
      h('h2', {}, 'SINH HOẠT CHUYÊN ĐỀ'),
      h('p', {}, `Chuyên đề: ${say(thematic.topic)}. Kế hoạch: ${say(thematic.plan)}. Người trình bày: đồng chí ${say(thematic.presenter)}.`),
      h('p', {}, `Ý kiến tiếp thu để hoàn thiện chuyên đề: ${say(thematic.conclusion)}`),
    ],
    h('p', {}, `Ý kiến phát biểu: ${list(data.speakers).length > 0 ? comrades(list(data.speakers)) : blank}.`),
    list(data.commendations).length > 0 && h('p', {}, `Biểu dương, nhắc nhở, phê bình: ${list(data.commendations).map(obj).map((c) => `đồng chí ${say(c.name)} (${({ praise: 'biểu dương', reminder: 'nhắc nhở', criticism: 'phê bình' } as Record<string, string>)[String(c.kind)] ?? say(c.kind)})`).join('; ')}.`),
    h('h2', {}, 'KẾT LUẬN'),
    h('p', { class: 'pre' }, say(data.conclusion)),
    h('p', {}, `Biểu quyết: tán thành ${say(vote.for)}; không tán thành ${say(vote.against)}; không biểu quyết ${say(vote.abstain)}.`),
    list(data.tasks).length > 0 && h('table', { class: 'lines' },
      h('caption', {}, 'Phân công nhiệm vụ'),
      h('thead', {}, h('tr', {}, h('th', {}, 'Việc'), h('th', {}, 'Người thực hiện'), h('th', {}, 'Thời hạn'))),
      h('tbody', {}, list(data.tasks).map(obj).map((t) => h('tr', {}, h('td', {}, say(t.task)), h('td', {}, say(t.assignee)), h('td', {}, dateText(t.due)))))),
    approval && h('p', {}, `Biên bản đã được đọc lại trước chi bộ và thông qua: tán thành ${say(approval.for)}; không tán thành ${say(approval.against)}.`),
    h('p', {}, `Buổi sinh hoạt kết thúc lúc ${say(time.end)} cùng ngày.`),
    signatures([['THƯ KÝ', data.minutes_taker], ['CHỦ TRÌ', data.chair]]));
}

function signatures(who: [string, unknown][]): HTMLElement {
  return h('div', { class: 'signatures' }, who.map(([role, name]) =>
    h('div', {}, h('p', { class: 'b' }, role), h('p', { class: 'i' }, '(Ký, ghi rõ họ tên)'), h('p', { class: 'name' }, typeof name === 'string' && name ? visible(name) : ''))));
}

/** A rating as written, by its Vietnamese name when it is one. */
function ratingText(v: unknown): string {
  const id = typeof v === 'string' ? RATING.parse(v) : undefined;
  return id ? RATING_NAMES[id] : say(v);
}

function scoring(data: RecordData, result: RecordResult, rubric: Rubric | undefined): HTMLElement {
  const s = result.score;
  const claimed = result.claimed;
  const review = data.review === undefined ? undefined : obj(data.review);
  // The upper level's points: its own for a criterion it scored again, else the cell's (record-format.md).
  const points = (scores: unknown, id: string) => {
    const v = obj(scores)[id];
    return typeof v === 'number' ? v : undefined;
  };
  const reviewed = (id: string) => points(review?.scores, id) ?? points(obj(data.assessment).scores, id);
  const reviewTotal = s && review ? s.criteria.reduce<number | undefined>((sum, c) => (sum === undefined || reviewed(c.id) === undefined ? undefined : sum + reviewed(c.id)!), 0) : undefined;
  const reviewCell = (content: string | number | undefined) => review && h('td', { class: 'n' }, content ?? '');
  return h('section', { class: 'sheet scoring' },
    h('h1', {}, 'PHIẾU CHẤM ĐIỂM', h('br'), 'CHẤT LƯỢNG SINH HOẠT CHI BỘ'),
    h('p', {}, `${say(data.cell)}, buổi sinh hoạt ngày ${dateText(data.date)}.`),
    h('p', {}, `Bộ tiêu chí: ${rubric ? `${visible(inLang(rubric.title, 'vi'))} (${visible(rubric.id)})` : 'chưa xác định'}.`),
    s
      ? h('table', { class: 'lines' },
        h('thead', {}, h('tr', {}, h('th', {}, 'Tiêu chí'), h('th', {}, 'Điểm tối đa'), h('th', {}, 'Chi bộ tự chấm'), h('th', {}, 'Chấm theo biên bản'), review && h('th', {}, 'Cấp trên thẩm định'))),
        h('tbody', {}, s.criteria.map((c) => h('tr', {}, h('td', {}, `${c.id}. ${visible(inLang(c.name, 'vi'))}`), h('td', { class: 'n' }, c.max), h('td', { class: 'n' }, c.claimed ?? ''), h('td', { class: 'n' }, c.score), reviewCell(reviewed(c.id))))),
        h('tfoot', {},
          h('tr', {}, h('th', {}, 'Tổng điểm'), h('td', { class: 'n' }, s.max), h('td', { class: 'n' }, claimed?.total ?? ''), h('td', { class: 'n' }, s.total), reviewCell(reviewTotal)),
          h('tr', {}, h('th', {}, 'Xếp loại'), h('td', {}), h('td', { class: 'n' }, claimed?.rating ? RATING_NAMES[claimed.rating] : ''), h('td', { class: 'n' }, RATING_NAMES[s.rating]), reviewCell(review && ratingText(review.rating)))))
      : h('p', {}, 'Chưa chấm được điểm: biên bản còn lỗi (xem danh sách dưới đây).'),
    review && h('p', {}, `Cấp trên thẩm định: ${say(review.by)}, ngày ${dateText(review.date)}; xếp loại cấp trên công nhận: ${ratingText(review.rating)}.`),
    result.problems.length > 0 && [
      h('h2', {}, `Các điểm cần xem lại (${result.problems.length})`),
      h('ol', {}, result.problems.map((p) => h('li', {}, `${p.severity === 'error' ? 'Lỗi' : 'Cảnh báo'}: ${visible(p.message)}`))),
    ],
    signatures([['BÍ THƯ CHI BỘ', undefined], ['ĐẠI DIỆN CẤP ỦY CẤP TRÊN', undefined]]));
}

/** Fills the print-only part of the page. */
export function renderPrint(target: HTMLElement, data: RecordData, result: RecordResult, rubric: Rubric | undefined): void {
  fill(target, minutes(data), scoring(data, result, rubric));
}
