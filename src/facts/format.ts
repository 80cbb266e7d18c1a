// Numbers, shares, dates and months as people read them: Vietnamese uses a decimal comma,
// percentages rather than ratios, and writes dates as 20/6/2024 and months as tháng 5/2024.
import type { Lang } from '../core/lang.js';
import type { InForce } from '../core/in-force.js';

/** A number for people: at most 3 decimals; Vietnamese uses a decimal comma. */
export function formatNumber(n: number, lang: Lang): string {
  const text = String(Math.round(n * 1000) / 1000);
  return lang === 'vi' ? text.replace('.', ',') : text;
}

/** A share (0.4) as a percentage: "40%", "87,0%" (one decimal unless whole). */
export function formatPercent(share: number, lang: Lang): string {
  const p = share * 100;
  const whole = Math.abs(p - Math.round(p)) < 1e-9;
  const text = whole ? String(Math.round(p)) : (Math.round(p * 10) / 10).toFixed(1);
  return `${lang === 'vi' ? text.replace('.', ',') : text}%`;
}

/** "2024-06-20" → "20/6/2024" in Vietnamese; English keeps the ISO form, as other text. */
export function formatDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m || lang === 'en') return iso;
  return `${Number(m[3])}/${Number(m[2])}/${m[1]}`;
}

/** The days a rubric is in force, in words: "từ 28/10/2025", "đến hết 27/10/2025", "from 2025-10-28". */
export function formatSpan(dates: InForce, lang: Lang): string {
  const from = dates.from && formatDate(dates.from, lang);
  const until = dates.until && formatDate(dates.until, lang);
  if (lang === 'vi') {
    if (from && until) return `từ ${from} đến hết ${until}`;
    return from ? `từ ${from}` : until ? `đến hết ${until}` : 'mọi ngày';
  }
  if (from && until) return `from ${from} to ${until}`;
  return from ? `from ${from}` : until ? `until ${until}` : 'on any day';
}

/** "2024-05" → "tháng 5/2024" (vi) or "05/2024" (en). */
export function formatMonth(month: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return month;
  return lang === 'vi' ? `tháng ${Number(m[2])}/${m[1]}` : `${m[2]}/${m[1]}`;
}

/** Several months: "tháng 3/2024 và tháng 4/2024" / "03/2024 and 04/2024". */
export function formatMonths(months: readonly string[], lang: Lang): string {
  const labels = months.map((m) => formatMonth(m, lang));
  if (labels.length <= 1) return labels.join('');
  const and = lang === 'vi' ? ' và ' : ' and ';
  return `${labels.slice(0, -1).join(', ')}${and}${labels[labels.length - 1]}`;
}
