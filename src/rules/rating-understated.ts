// rating-understated: the claimed rating is worse than the scores allow.
import { ratingLevels } from './rating-overstated.js';
import { formatNumber } from '../facts/format.js';
import { defineRecordRule } from './rule.js';
import { inLang, type Localized } from '../validate/rubric.js';

interface Data { claimed: Localized; allowed: Localized; total: number }

export default defineRecordRule<Data>({
  id: 'rating-understated',
  severity: 'warning',
  description: { vi: 'Tự xếp loại thấp hơn mức điểm cho phép', en: 'The claimed rating is worse than the scores allow' },
  message: {
    vi: (d) => `Chi bộ tự xếp loại ${inLang(d.claimed, 'vi')}, nhưng với ${formatNumber(d.total, 'vi')} điểm, kỳ sinh hoạt đạt loại ${inLang(d.allowed, 'vi')}. Hãy kiểm tra lại xếp loại hoặc điểm.`,
    en: (d) => `Rated ${inLang(d.claimed, 'en')}, but with ${d.total} points the meeting reaches ${inLang(d.allowed, 'en')}. Check the rating or the scores.`,
  },
  check: (ctx) => {
    const r = ratingLevels(ctx);
    if (!r || r.claimedRank <= r.computedRank) return [];
    return [{ path: ['assessment', 'rating'], data: { claimed: r.claimed.name, allowed: r.computed.name, total: ctx.score.total } }];
  },
});
