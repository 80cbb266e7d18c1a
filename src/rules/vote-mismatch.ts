// vote-mismatch: more votes than members present.
import { defineRecordRule } from './rule.js';

interface Data { votes: number; present: number }

export default defineRecordRule<Data>({
  id: 'vote-mismatch',
  severity: 'error',
  description: { vi: 'Số phiếu biểu quyết nhiều hơn số có mặt', en: 'More votes than members present' },
  message: {
    vi: (d) => `Tổng số biểu quyết là ${d.votes}, nhiều hơn ${d.present} đảng viên có mặt. Hãy sửa kết quả biểu quyết.`,
    en: (d) => `The vote counts add up to ${d.votes}, more than the ${d.present} ${d.present === 1 ? 'member' : 'members'} present. Correct the vote.`,
  },
  check: ({ record }) => {
    const v = record.vote;
    if (!v) return [];
    const votes = v.for + v.against + v.abstain;
    return votes > record.members.present ? [{ path: ['vote'], at: 'key', data: { votes, present: record.members.present } }] : [];
  },
});
