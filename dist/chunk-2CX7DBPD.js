import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);

// src/facts/format.ts
function formatNumber(n, lang) {
  const text = String(Math.round(n * 1e3) / 1e3);
  return lang === "vi" ? text.replace(".", ",") : text;
}
function formatPercent(share, lang) {
  const p = share * 100;
  const whole = Math.abs(p - Math.round(p)) < 1e-9;
  const text = whole ? String(Math.round(p)) : (Math.round(p * 10) / 10).toFixed(1);
  return `${lang === "vi" ? text.replace(".", ",") : text}%`;
}
function formatDate(iso, lang) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m || lang === "en") return iso;
  return `${Number(m[3])}/${Number(m[2])}/${m[1]}`;
}
function formatSpan(dates, lang) {
  const from = dates.from && formatDate(dates.from, lang);
  const until = dates.until && formatDate(dates.until, lang);
  if (lang === "vi") {
    if (from && until) return `t\u1EEB ${from} \u0111\u1EBFn h\u1EBFt ${until}`;
    return from ? `t\u1EEB ${from}` : until ? `\u0111\u1EBFn h\u1EBFt ${until}` : "m\u1ECDi ng\xE0y";
  }
  if (from && until) return `from ${from} to ${until}`;
  return from ? `from ${from}` : until ? `until ${until}` : "on any day";
}
function formatMonth(month, lang) {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return month;
  return lang === "vi" ? `th\xE1ng ${Number(m[2])}/${m[1]}` : `${m[2]}/${m[1]}`;
}
function formatMonths(months, lang) {
  const labels = months.map((m) => formatMonth(m, lang));
  if (labels.length <= 1) return labels.join("");
  const and = lang === "vi" ? " v\xE0 " : " and ";
  return `${labels.slice(0, -1).join(", ")}${and}${labels[labels.length - 1]}`;
}

export {
  formatNumber,
  formatPercent,
  formatDate,
  formatSpan,
  formatMonth,
  formatMonths
};
