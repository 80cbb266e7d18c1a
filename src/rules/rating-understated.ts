// rating-understated: the claimed rating, or the one the upper level confirmed, is worse than the
// scores allow.
import { ratingClaims, ratingLevels } from './rating-overstated.js';
import { formatNumber } from '../facts/format.js';
import { defineRecordRule } from './rule.js';

interface Data { claimed: string; allowed: string; total: number; confirmed?: true }

export default defineRecordRule<Data>({
  id: 'rating-understated',
  severity: 'warning',
  description: { vi: 'Tự xếp loại thấp hơn mức điểm cho phép', en: 'The claimed rating is worse than the scores allow' },
  message: {
    vi: (d) => `${d.confirmed ? 'Cấp trên' : 'Chi bộ tự'} xếp loại ${d.claimed}, nhưng với ${formatNumber(d.total, 'vi')} điểm, kỳ sinh hoạt đạt loại ${d.allowed}. Hãy kiểm tra lại xếp loại hoặc điểm.`,
    en: (d) => `${d.confirmed ? 'Confirmed as' : 'Rated'} ${d.claimed}, but with ${d.total} points the meeting reaches ${d.allowed}. Check the rating or the scores.`,
  },
  check: (ctx) => ratingClaims(ctx).flatMap((claim) => {
    const r = ratingLevels(ctx, claim);
    if (!r || r.claimedRank <= r.computedRank) return [];
    return [{ path: claim.path, data: { claimed: r.claimed.name, allowed: r.computed.name, total: claim.score.total, ...claim.confirmed && { confirmed: true as const } } }];
  }),
});
