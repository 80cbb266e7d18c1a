// vote-mismatch: more votes than members present, on the resolution or on the minutes. Only
// official members vote: when the record says how many probationary members were present, the
// votes are compared with the official members present.
import type { Lang } from '../core/lang.js';
import { votersPresent } from '../facts/facts.js';
import { defineRecordRule, type Finding } from './rule.js';

interface Data {
  votes: number;
  present: number;
  /** `present` counts official members only (probationary ones were written). */
  official?: true;
  /** The vote approving the minutes, not the one on the resolution. */
  minutes?: true;
}

const members = (d: Data, lang: Lang) => {
  if (lang === 'vi') return d.official ? `${d.present} đảng viên chính thức có mặt (đảng viên dự bị không biểu quyết)` : `${d.present} đảng viên có mặt`;
  const noun = d.present === 1 ? 'member' : 'members';
  return d.official ? `the ${d.present} official ${noun} present (probationary members do not vote)` : `the ${d.present} ${noun} present`;
};

export default defineRecordRule<Data>({
  id: 'vote-mismatch',
  severity: 'error',
  description: { vi: 'Số phiếu biểu quyết nhiều hơn số có mặt', en: 'More votes than members present' },
  message: {
    vi: (d) => d.minutes
      ? `Tổng số biểu quyết thông qua biên bản là ${d.votes}, nhiều hơn ${members(d, 'vi')}. Hãy sửa kết quả biểu quyết thông qua biên bản.`
      : `Tổng số biểu quyết là ${d.votes}, nhiều hơn ${members(d, 'vi')}. Hãy sửa kết quả biểu quyết.`,
    en: (d) => d.minutes
      ? `The votes approving the minutes add up to ${d.votes}, more than ${members(d, 'en')}. Correct that vote.`
      : `The vote counts add up to ${d.votes}, more than ${members(d, 'en')}. Correct the vote.`,
  },
  check: ({ record }) => {
    const { voters, official } = votersPresent(record);
    const out: Finding<Data>[] = [];
    const tally = (votes: number, key: 'vote' | 'minutes_approval') => {
      if (votes <= voters) return;
      out.push({ path: [key], at: 'key', data: { votes, present: voters, ...official && { official: true }, ...key === 'minutes_approval' && { minutes: true } } });
    };
    if (record.vote) tally(record.vote.for + record.vote.against + record.vote.abstain, 'vote');
    if (record.minutes_approval) tally(record.minutes_approval.for + record.minutes_approval.against, 'minutes_approval');
    return out;
  },
});
