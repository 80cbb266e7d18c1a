// rating-overstated: the claimed rating, or the one the upper level confirmed, is better than the
// scores allow.
import type { Path } from '../core/path.js';
import type { Claims, Score } from '../score/score.js';
import { inLang, type Level, type Localized } from '../rubric/rubric.js';
import { defineRecordRule, joinList, type RecordContext } from './rule.js';
import type { Lang } from '../core/lang.js';
import { criterionLabel } from './words.js';
import { formatNumber } from '../facts/format.js';

interface Short { id: string; score: number; max: number }
interface Data {
  claimed: Localized; allowed: Localized; total: number; min: number; gate: string[]; short: Short[]; noScores: boolean;
  /** The rating is the upper level's (`review.rating`), not the cell's own. */
  confirmed?: true;
  /** The messages of the claimed level's vetoes that barred it, with their sources. */
  vetoes?: { message: { vi: string; en: string }; source: Localized }[];
}

/** A rating to judge: the cell's proposed one, then the upper level's, each with the score its claims give. */
export interface RatingClaim { claims: Claims; score: Score; path: Path; confirmed: boolean }

export function ratingClaims(ctx: RecordContext): RatingClaim[] {
  const out: RatingClaim[] = [{ claims: ctx.claims, score: ctx.score, path: ['assessment', 'rating'], confirmed: false }];
  if (ctx.review) out.push({ ...ctx.review, path: ['review', 'rating'], confirmed: true });
  return out;
}

/** The claimed level and the computed one, when the rubric knows the claimed rating. */
export function ratingLevels(ctx: RecordContext, c: RatingClaim): { claimed: Level; claimedRank: number; computed: Level; computedRank: number } | undefined {
  const levels = ctx.rubric.levels;
  const claimedRank = levels.findIndex((l) => l.id === c.claims.rating);
  const computedRank = levels.findIndex((l) => l.id === c.score.rating);
  if (claimedRank < 0 || computedRank < 0) return undefined;
  return { claimed: levels[claimedRank]!, claimedRank, computed: levels[computedRank]!, computedRank };
}

const message = (data: Data, lang: Lang) => {
  const d = { ...data, claimed: inLang(data.claimed, lang), allowed: inLang(data.allowed, lang) };
  const vi = lang === 'vi';
  const n = (x: number) => formatNumber(x, lang);
  const reasons: string[] = d.short.map((s) =>
    vi ? `${criterionLabel(s.id, lang)} chỉ đạt ${n(s.score)}/${n(s.max)} điểm (thiếu ${n(s.max - s.score)})`
       : `${criterionLabel(s.id, lang)} has ${s.score} of ${s.max} points (${s.max - s.score} short)`);
  if (d.total < d.min) reasons.push(vi ? `tổng điểm ${n(d.total)}, dưới mức ${n(d.min)} điểm mà loại ${d.claimed} cần` : `the total is ${d.total}, below the ${d.min} that ${d.claimed} needs`);
  for (const v of d.vetoes ?? []) {
    reasons.push(vi ? `loại ${d.claimed} không được xét khi ${v.message.vi} (${inLang(v.source, 'vi')})` : `${d.claimed} is barred: ${v.message.en} (${inLang(v.source, 'en')})`);
  }
  // A gate of criteria alone reads as today ("các tiêu chí 1, 2"); one naming items names each.
  const items = d.gate.some((id) => id.includes('.'));
  const gateList = items ? joinList(d.gate.map((id) => criterionLabel(id, lang)), lang) : `${vi ? 'các tiêu chí' : 'criteria'} ${joinList(d.gate, lang)}`;
  const gate = d.short.length > 0
    ? vi ? `; loại ${d.claimed} cần đạt điểm tối đa ở ${gateList}` : `; ${d.claimed} needs full marks in ${gateList}`
    : '';
  const hint = d.noScores ? (vi ? ' Biên bản không ghi điểm tự chấm, nên các tiêu chí tự đánh giá được tính 0.' : ' No scores are written, so judged criteria count 0.') : '';
  if (d.confirmed) {
    return vi
      ? `Cấp trên xếp loại ${d.claimed}, nhưng ${joinList(reasons, lang)}${gate}. Với số điểm này, kỳ sinh hoạt chỉ được xếp loại ${d.allowed}.${hint}`
      : `Confirmed as ${d.claimed}, but ${joinList(reasons, lang)}${gate}. The scores allow ${d.allowed}.${hint}`;
  }
  return vi
    ? `Chi bộ tự xếp loại ${d.claimed}, nhưng ${joinList(reasons, lang)}${gate}. Với số điểm này, kỳ sinh hoạt chỉ được xếp loại ${d.allowed}.${hint}`
    : `Rated ${d.claimed}, but ${joinList(reasons, lang)}${gate}. The scores allow ${d.allowed}.${hint}`;
};

export default defineRecordRule<Data>({
  id: 'rating-overstated',
  severity: 'error',
  description: { vi: 'Tự xếp loại cao hơn mức điểm cho phép', en: 'The claimed rating is better than the scores allow' },
  message: { vi: (d) => message(d, 'vi'), en: (d) => message(d, 'en') },
  check: (ctx) => ratingClaims(ctx).flatMap((claim) => {
    const r = ratingLevels(ctx, claim);
    if (!r || r.claimedRank >= r.computedRank) return [];
    // The scorer's account of the claimed level: gate items short of full marks, vetoes that held.
    const check = claim.score.levels[r.claimedRank]!;
    const vetoes = check.vetoed.map((i) => ({ message: r.claimed.vetoes[i]!.message, source: r.claimed.vetoes[i]!.source }));
    return [{
      path: claim.path,
      data: {
        claimed: r.claimed.name, allowed: r.computed.name, total: claim.score.total, min: r.claimed.min, gate: r.claimed.gate,
        short: check.short, noScores: claim.claims.scores.size === 0, ...vetoes.length > 0 && { vetoes }, ...claim.confirmed && { confirmed: true as const },
      },
    }];
  }),
});
