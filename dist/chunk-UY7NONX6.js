import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);

// src/core/in-force.ts
var inForceOn = (dates, day) => (dates.from === void 0 || dates.from <= day) && (dates.until === void 0 || day <= dates.until);
var overlap = (a, b) => (a.from === void 0 || b.until === void 0 || a.from <= b.until) && (b.from === void 0 || a.until === void 0 || b.from <= a.until);
function chooseByDate(entries, day) {
  const inForce = entries.find((e) => inForceOn(e.dates, day));
  if (inForce) return inForce;
  const started = entries.filter((e) => e.dates.from === void 0 || e.dates.from <= day);
  const start = (e) => e.dates.from ?? "";
  if (started.length > 0) return started.reduce((a, b) => start(b) > start(a) ? b : a);
  return entries.reduce((a, b) => a === void 0 || start(b) < start(a) ? b : a, void 0);
}
function showDay(day, lang) {
  if (lang === "en") return day;
  const [y, m, d] = day.split("-");
  return `${d}/${m}/${y}`;
}
function showSpan(dates, lang) {
  const from = dates.from && showDay(dates.from, lang);
  const until = dates.until && showDay(dates.until, lang);
  if (lang === "vi") {
    if (from && until) return `t\u1EEB ${from} \u0111\u1EBFn h\u1EBFt ${until}`;
    return from ? `t\u1EEB ${from}` : until ? `\u0111\u1EBFn h\u1EBFt ${until}` : "m\u1ECDi ng\xE0y";
  }
  if (from && until) return `from ${from} to ${until}`;
  return from ? `from ${from}` : until ? `until ${until}` : "on any day";
}

export {
  inForceOn,
  overlap,
  chooseByDate,
  showDay,
  showSpan
};
