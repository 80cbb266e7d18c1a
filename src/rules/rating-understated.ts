// rating-understated: the claimed rating, or the one the upper level confirmed, is worse than the
// scores allow.
import { ratingClaims, ratingLevels } from './rating-overstated.js';
import { formatNumber } from '../facts/format.js';
import { defineRecordRule } from './rule.js';
import { inLang, type Localized } from '../rubric/rubric.js';

interface Data { claimed: Localized; allowed: Localized; total: number; confirmed?: true }

export default defineRecordRule<Data>({
  id: 'rating-understated',
  severity: 'warning',
  description: { vi: 'Tự xếp loại thấp hơn mức điểm cho phép', en: 'The claimed rating is worse than the scores allow' },
  message: {
    vi: (d) => `${d.confirmed ? 'Cấp trên' : 'Chi bộ tự'} xếp loại ${inLang(d.claimed, 'vi')}, nhưng với ${formatNumber(d.total, 'vi')} điểm, kỳ sinh hoạt đạt loại ${inLang(d.allowed, 'vi')}. Hãy kiểm tra lại xếp loại hoặc điểm.`,
    en: (d) => `${d.confirmed ? 'Confirmed as' : 'Rated'} ${inLang(d.claimed, 'en')}, but with ${d.total} points the meeting reaches ${inLang(d.allowed, 'en')}. Check the rating or the scores.`,
  },
  check: (ctx) => ratingClaims(ctx).flatMap((claim) => {
    const r = ratingLevels(ctx, claim);
    if (!r || r.claimedRank <= r.computedRank) return [];
    return [{ path: claim.path, data: { claimed: r.claimed.name, allowed: r.computed.name, total: claim.score.total, ...claim.confirmed && { confirmed: true as const } } }];
  }),
});
