// minutes-incomplete: the minutes lack a chair, minutes taker, conclusion or a reason for an absence.
import { isBlank } from '../validate/text.js';
import { defineRecordRule, type Finding } from './rule.js';

type Data = { what: 'chair' | 'minutes_taker' | 'conclusion' } | { what: 'reason'; name: string };

const WHAT = {
  chair: { vi: 'người chủ trì', en: 'who chaired the meeting' },
  minutes_taker: { vi: 'thư ký ghi biên bản', en: 'who took the minutes' },
  conclusion: { vi: 'kết luận của người chủ trì', en: "the chair's conclusion" },
};

export default defineRecordRule<Data>({
  id: 'minutes-incomplete',
  severity: 'warning',
  description: { vi: 'Biên bản ghi chưa đầy đủ', en: 'The minutes are incomplete' },
  message: {
    vi: (d) => d.what === 'reason'
      ? `Đồng chí "${d.name}" được ghi vắng có lý do nhưng không ghi lý do. Hãy ghi lý do vào "reason" (lý do vắng).`
      : `Biên bản để trống ${WHAT[d.what].vi}. Hãy ghi đầy đủ.`,
    en: (d) => d.what === 'reason'
      ? `"${d.name}" is listed as absent with reason, but no reason is written. Add the reason.`
      : `The minutes leave blank ${WHAT[d.what].en}. Fill it in.`,
  },
  check: ({ record }) => {
    const out: Finding<Data>[] = [];
    for (const what of ['chair', 'minutes_taker', 'conclusion'] as const) {
      if (isBlank(record[what])) out.push({ path: [what], data: { what } });
    }
    (record.members.absent_excused ?? []).forEach((a, i) => {
      if (isBlank(a.reason)) out.push({ path: ['members', 'absent_excused', i], data: { what: 'reason', name: a.name } });
    });
    return out;
  },
});
