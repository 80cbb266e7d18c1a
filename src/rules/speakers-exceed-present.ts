// speakers-exceed-present: more distinct speakers (overall and in agenda parts) than members present.
import { defineRecordRule } from './rule.js';

interface Data { speakers: number; present: number }

export default defineRecordRule<Data>({
  id: 'speakers-exceed-present',
  severity: 'error',
  description: { vi: 'Số người phát biểu nhiều hơn số có mặt', en: 'More speakers than members present' },
  message: {
    vi: (d) => `Có ${d.speakers} người phát biểu nhưng chỉ ${d.present} đảng viên có mặt. Hãy kiểm tra danh sách phát biểu (khách mời không ghi vào đây) hoặc số có mặt.`,
    en: (d) => `${d.speakers === 1 ? '1 person' : `${d.speakers} people`} spoke but only ${d.present} ${d.present === 1 ? 'member was' : 'members were'} present. Check the speakers (guests do not belong there) or the number present.`,
  },
  check: ({ record, facts }) => {
    const speakers = Number(facts.speaker_count);
    const present = record.members.present;
    if (speakers <= present) return [];
    // At the overall list when there is one, else at the first agenda part that lists speakers.
    const part = record.agenda.findIndex((a) => a.speakers !== undefined);
    const path = record.speakers !== undefined || part < 0 ? ['speakers'] : ['agenda', part, 'speakers'];
    return [{ path, at: 'key', data: { speakers, present } }];
  },
});
