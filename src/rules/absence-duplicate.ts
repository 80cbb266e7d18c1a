// absence-duplicate: a name listed twice in the absence lists, or in both.
import type { Path } from '../core/path.js';
import { foldName, normalizeName } from '../validate/text.js';
import { defineRecordRule, type Finding } from './rule.js';

interface Data { name: string; both: boolean }

/** Every absent member with the path of the name, excused first. */
export function absentees(members: { absent_excused?: { name: string }[]; absent_unexcused?: string[] }) {
  return [
    ...(members.absent_excused ?? []).map((a, i) => ({ name: a.name, excused: true, path: ['members', 'absent_excused', i, 'name'] as Path })),
    ...(members.absent_unexcused ?? []).map((name, i) => ({ name, excused: false, path: ['members', 'absent_unexcused', i] as Path })),
  ];
}

export default defineRecordRule<Data>({
  id: 'absence-duplicate',
  severity: 'error',
  description: { vi: 'Một người bị ghi vắng hai lần', en: 'A name is listed twice in the absence lists' },
  message: {
    vi: (d) => d.both
      ? `"${d.name}" vừa được ghi vắng có lý do vừa vắng không lý do; mỗi người chỉ ghi ở một danh sách.`
      : `"${d.name}" được ghi vắng hai lần; hãy bỏ dòng trùng.`,
    en: (d) => d.both
      ? `"${d.name}" is listed as absent both with and without reason; list each person once.`
      : `"${d.name}" is listed as absent twice; remove the repeated entry.`,
  },
  check: ({ record }) => {
    const seen = new Map<string, boolean>();
    const out: Finding<Data>[] = [];
    for (const a of absentees(record.members)) {
      const key = foldName(a.name);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, a.excused);
      else out.push({ path: a.path, data: { name: normalizeName(a.name), both: first !== a.excused } });
    }
    return out;
  },
});
