// hidden-character: a name holds characters nobody sees (zero-width, direction-changing, controls),
// so it differs from the same name typed plainly. One warning per record, at the first such name,
// listing every name that has them.
import type { Path } from '../core/path.js';
import { guestsOf, speakerNames, speakersOf } from '../facts/facts.js';
import type { MeetingRecord } from '../validate/record-schema.js';
import { hiddenCharacters, mayHide } from '../validate/text.js';
import { defineRecordRule } from './rule.js';
import type { Lang } from '../core/lang.js';

type Field =
  | 'cell' | 'organization' | 'chair' | 'minutes_taker' | 'guest' | 'absent_excused' | 'absent_unexcused'
  | 'speaker' | 'commendation' | 'assignee' | 'presenter';

const FIELD: Record<Field, Record<Lang, string>> = {
  cell: { vi: 'tên chi bộ', en: 'the cell name' },
  organization: { vi: 'tên đảng bộ', en: 'the organization' },
  chair: { vi: 'người chủ trì', en: 'the chair' },
  minutes_taker: { vi: 'thư ký', en: 'the minutes taker' },
  guest: { vi: 'đại biểu', en: 'a guest' },
  absent_excused: { vi: 'người vắng có lý do', en: 'a member absent with reason' },
  absent_unexcused: { vi: 'người vắng không lý do', en: 'a member absent without reason' },
  speaker: { vi: 'người phát biểu', en: 'a speaker' },
  commendation: { vi: 'người được biểu dương, nhắc nhở, phê bình', en: 'a member in the commendations' },
  assignee: { vi: 'người thực hiện nhiệm vụ', en: 'a task assignee' },
  presenter: { vi: 'người trình bày chuyên đề', en: 'the topic presenter' },
};

interface Place { field: Field; name: string; characters: string[] }
interface Data { places: Place[] }

/** Every name a record holds, with the field it is in and its path. */
function names(record: MeetingRecord): { field: Field; name: string | undefined; path: Path }[] {
  return [
    { field: 'cell', name: record.cell, path: ['cell'] },
    { field: 'organization', name: record.organization, path: ['organization'] },
    { field: 'chair', name: record.chair, path: ['chair'] },
    { field: 'minutes_taker', name: record.minutes_taker, path: ['minutes_taker'] },
    ...guestsOf(record).map((g) => ({ field: 'guest' as const, name: g.name, path: g.path })),
    ...(record.members.absent_excused ?? []).map((a, i) => ({ field: 'absent_excused' as const, name: a.name, path: ['members', 'absent_excused', i, 'name'] })),
    ...(record.members.absent_unexcused ?? []).map((name, i) => ({ field: 'absent_unexcused' as const, name, path: ['members', 'absent_unexcused', i] })),
    ...speakersOf(record).map((s) => ({ field: 'speaker' as const, name: s.name, path: s.path })),
    ...(record.commendations ?? []).map((c, i) => ({ field: 'commendation' as const, name: c.name, path: ['commendations', i, 'name'] })),
    ...(record.tasks ?? []).map((t, i) => ({ field: 'assignee' as const, name: t.assignee, path: ['tasks', i, 'assignee'] })),
    { field: 'presenter', name: record.thematic?.presenter, path: ['thematic', 'presenter'] },
  ];
}

/**
 * The texts of the names `names` gives, joined, without placing them: names are nearly always
 * plain, so one test of them all together (see `mayHide`) most often settles a record. Kept apart
 * from `names` because it runs for every record, and `names`, which builds a path for each name,
 * only for the few that may hold a hidden character (test/rules/minutes.test.ts plants one in
 * every kind of name).
 */
function nameTexts(record: MeetingRecord): string {
  const texts = [record.cell, record.organization, record.chair, record.minutes_taker, record.thematic?.presenter];
  for (const g of record.guests ?? []) texts.push(typeof g === 'string' ? g : g.name);
  for (const a of record.members.absent_excused ?? []) texts.push(a.name);
  for (const name of record.members.absent_unexcused ?? []) texts.push(name);
  texts.push(...speakerNames(record));
  for (const c of record.commendations ?? []) texts.push(c.name);
  for (const t of record.tasks ?? []) texts.push(t.assignee);
  return texts.join('\n');
}

const place = (p: Place, lang: Lang) => `${FIELD[p.field][lang]} "${p.name}" (${p.characters.join(', ')})`;

export default defineRecordRule<Data>({
  id: 'hidden-character',
  severity: 'warning',
  description: {
    vi: 'Tên có ký tự ẩn hoặc ký tự đổi chiều chữ',
    en: 'A name holds invisible or direction-changing characters',
  },
  message: {
    vi: (d) => {
      const one = d.places.length === 1;
      return `${one ? 'Tên' : `${d.places.length} tên`} có ký tự ẩn hoặc ký tự đổi chiều chữ: ${d.places.map((p) => place(p, 'vi')).join('; ')}. ` +
        `Nhìn thì giống, nhưng khi đối chiếu ${one ? 'tên này' : 'các tên này'} khác với tên gõ thông thường. Hãy xóa và gõ lại ${one ? 'tên này' : 'các tên này'}.`;
    },
    en: (d) => {
      const one = d.places.length === 1;
      return `Invisible or direction-changing characters in ${one ? 'a name' : `${d.places.length} names`}: ${d.places.map((p) => place(p, 'en')).join('; ')}. ` +
        `${one ? 'It looks like' : 'They look like'} the same name typed plainly but compare${one ? 's' : ''} as different. Delete and retype ${one ? 'it' : 'them'}.`;
    },
  },
  check: ({ record }) => {
    if (!mayHide(nameTexts(record))) return [];
    const found = names(record).flatMap(({ field, name, path }) => {
      const characters = name === undefined ? [] : hiddenCharacters(name);
      return characters.length > 0 ? [{ path, place: { field, name: name!, characters } }] : [];
    });
    if (found.length === 0) return [];
    return [{ path: found[0]!.path, data: { places: found.map((f) => f.place) } }];
  },
});
