import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);

// src/facts/months.ts
var monthNumber = (month) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
var monthText = (n) => `${Math.floor(n / 12)}-${String(n % 12 + 1).padStart(2, "0")}`;
var monthLabel = (month) => `${month.slice(5, 7)}/${month.slice(0, 4)}`;
function monthsBetween(first, last) {
  const out = [];
  for (let n = monthNumber(first); n <= monthNumber(last); n++) out.push(monthText(n));
  return out;
}
var isRegular = (kind) => kind === "regular" || kind === "combined";
function lastMonthOver(asOf) {
  const month = asOf.slice(0, 7);
  const next = new Date(Date.UTC(Number(asOf.slice(0, 4)), Number(asOf.slice(5, 7)) - 1, Number(asOf.slice(8, 10)) + 1));
  return next.getUTCDate() === 1 ? month : monthText(monthNumber(month) - 1);
}

export {
  monthNumber,
  monthLabel,
  monthsBetween,
  isRegular,
  lastMonthOver
};
