// absent-but-active: a member listed as absent spoke, is commended, chaired or took the minutes.
import type { Path } from '../core/path.js';
import { speakersOf } from '../facts/facts.js';
import { foldName, normalizeName } from '../validate/text.js';
import { absentees } from './absence-duplicate.js';
import { defineRecordRule } from './rule.js';

type Role = 'speaker' | 'commendation' | 'chair' | 'minutes_taker';
interface Data { name: string; role: Role }

const ROLE = {
  speaker: { vi: 'phát biểu', en: 'is listed as a speaker' },
  commendation: { vi: 'được nêu trong phần biểu dương, nhắc nhở, phê bình', en: 'is named in the commendations' },
  chair: { vi: 'chủ trì buổi sinh hoạt', en: 'chaired the meeting' },
  minutes_taker: { vi: 'ghi biên bản', en: 'took the minutes' },
};

export default defineRecordRule<Data>({
  id: 'absent-but-active',
  severity: 'error',
  description: { vi: 'Người bị ghi vắng nhưng lại phát biểu, chủ trì hoặc ghi biên bản', en: 'A member listed as absent also took part' },
  message: {
    vi: (d) => `"${d.name}" được ghi là vắng mặt nhưng lại ${ROLE[d.role].vi}. Hãy sửa danh sách vắng hoặc phần này.`,
    en: (d) => `"${d.name}" is listed as absent but ${ROLE[d.role].en}. Correct the absence lists or this entry.`,
  },
  check: ({ record }) => {
    // Names compared folded: "Phạm Thị Dung" speaks although "Pham Thi Dung" is listed absent.
    const absent = new Set(absentees(record.members).map((a) => foldName(a.name)));
    if (absent.size === 0) return [];
    const active: { name: string; role: Role; path: Path }[] = [
      ...speakersOf(record).map((s) => ({ name: s.name, role: 'speaker' as const, path: s.path })),
      ...(record.commendations ?? []).map((c, i) => ({ name: c.name, role: 'commendation' as const, path: ['commendations', i, 'name'] })),
      { name: record.chair, role: 'chair', path: ['chair'] },
      { name: record.minutes_taker, role: 'minutes_taker', path: ['minutes_taker'] },
    ];
    return active
      .filter((a) => absent.has(foldName(a.name)))
      .map((a) => ({ path: a.path, data: { name: normalizeName(a.name), role: a.role } }));
  },
});
