import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  formatDate
} from "./chunk-2CX7DBPD.js";
import {
  RATING_NAMES
} from "./chunk-S4TZNE62.js";

// src/report/summary-text.ts
var CELL_TYPE_NAMES = {
  co_quan: { vi: "c\u01A1 quan", en: "agency" },
  su_nghiep: { vi: "\u0111\u01A1n v\u1ECB s\u1EF1 nghi\u1EC7p", en: "public service unit" },
  doanh_nghiep: { vi: "doanh nghi\u1EC7p", en: "enterprise" },
  xa_phuong: { vi: "x\xE3, ph\u01B0\u1EDDng", en: "commune or ward" },
  thon_to_dan_pho: { vi: "th\xF4n, t\u1ED5 d\xE2n ph\u1ED1", en: "village or residential group" },
  luc_luong_vu_trang: { vi: "l\u1EF1c l\u01B0\u1EE3ng v\u0169 trang", en: "armed forces" },
  khac: { vi: "lo\u1EA1i kh\xE1c", en: "other" }
};
var SUMMARY_WORDS = {
  vi: {
    cell: "Chi b\u1ED9",
    criterion: "Ti\xEAu ch\xED",
    year: "N\u0103m",
    rubric: "B\u1ED9 ti\xEAu ch\xED",
    month: "Th\xE1ng",
    rating: "X\u1EBFp lo\u1EA1i",
    score: "\u0110i\u1EC3m",
    yearly: "X\u1EBFp lo\u1EA1i ch\u1EA5t l\u01B0\u1EE3ng sinh ho\u1EA1t chi b\u1ED9 c\u1EA3 n\u0103m",
    unrated: "Ch\u01B0a ch\u1EA5m",
    missing: "Thi\u1EBFu",
    notYet: "Ch\u01B0a \u0111\u1EBFn k\u1EF3",
    incomplete: "Ch\u01B0a \u0111\u1EE7 n\u0103m",
    incompleteDetail: (due, asOf) => `ch\u01B0a \u0111\u1EE7 n\u0103m (m\u1EDBi qua ${due}/12 th\xE1ng, t\xEDnh \u0111\u1EBFn ng\xE0y ${formatDate(asOf, "vi")})`,
    asOf: (asOf) => `T\xEDnh \u0111\u1EBFn ng\xE0y ${formatDate(asOf, "vi")}`,
    shortCriteria: "Ti\xEAu ch\xED th\u01B0\u1EDDng thi\u1EBFu \u0111i\u1EC3m",
    shortBy: "S\u1ED1 bi\xEAn b\u1EA3n ch\u01B0a \u0111\u1EA1t \u0111i\u1EC3m t\u1ED1i \u0111a",
    withErrors: "Bi\xEAn b\u1EA3n c\xF3 l\u1ED7i",
    errors: (n) => `${n} l\u1ED7i`,
    none: "kh\xF4ng c\xF3",
    thematic: "c\xF3 sinh ho\u1EA1t chuy\xEAn \u0111\u1EC1",
    title: "T\u1ED5ng h\u1EE3p ch\u1EA5t l\u01B0\u1EE3ng sinh ho\u1EA1t chi b\u1ED9",
    problems: "C\xE1c v\u1EA5n \u0111\u1EC1",
    file: "T\u1EC7p",
    line: "D\xF2ng",
    rule: "Quy t\u1EAFc",
    message: "N\u1ED9i dung",
    ratingsChart: "S\u1ED1 bu\u1ED5i sinh ho\u1EA1t theo x\u1EBFp lo\u1EA1i",
    severity: { error: "l\u1ED7i", warning: "c\u1EA3nh b\xE1o" },
    severityHead: "M\u1EE9c",
    generated: "L\u1EADp b\u1EDFi chibo",
    shortOf: (short, of) => `${short}/${of} bi\xEAn b\u1EA3n ch\u01B0a \u0111\u1EA1t \u0111i\u1EC3m t\u1ED1i \u0111a`,
    gridNote: 'M\u1ED7i \xF4 l\xE0 bu\u1ED5i sinh ho\u1EA1t th\u01B0\u1EDDng k\u1EF3 (ho\u1EB7c th\u01B0\u1EDDng k\u1EF3 k\u1EBFt h\u1EE3p chuy\xEAn \u0111\u1EC1) c\u1EE7a th\xE1ng: x\u1EBFp lo\u1EA1i v\xE0 \u0111i\u1EC3m. Bu\u1ED5i sinh ho\u1EA1t chuy\xEAn \u0111\u1EC1 ri\xEAng \u0111\u01B0\u1EE3c x\u1EBFp lo\u1EA1i \u1EDF m\u1EE5c "Sinh ho\u1EA1t chuy\xEAn \u0111\u1EC1".',
    chartNote: (regular, thematic) => `\u0110\u1EBFm m\u1ECDi bi\xEAn b\u1EA3n \u0111\xE3 ch\u1EA5m \u0111i\u1EC3m: ${regular} bu\u1ED5i th\u01B0\u1EDDng k\u1EF3 (k\u1EC3 c\u1EA3 k\u1EBFt h\u1EE3p chuy\xEAn \u0111\u1EC1) v\xE0 ${thematic} bu\u1ED5i chuy\xEAn \u0111\u1EC1.`,
    regular: "Th\u01B0\u1EDDng k\u1EF3 (k\u1EC3 c\u1EA3 k\u1EBFt h\u1EE3p)",
    thematicKind: "Chuy\xEAn \u0111\u1EC1",
    thematicMeetings: "Sinh ho\u1EA1t chuy\xEAn \u0111\u1EC1",
    errorMark: (n) => `${n} l\u1ED7i trong bi\xEAn b\u1EA3n c\u1EE7a th\xE1ng`,
    errorLegend: "th\xE1ng c\xF3 bi\xEAn b\u1EA3n l\u1ED7i (s\u1ED1 l\u1ED7i)",
    missingLegend: "kh\xF4ng c\xF3 bi\xEAn b\u1EA3n",
    notYetLegend: "ch\u01B0a \u0111\u1EBFn k\u1EF3",
    cellType: "Lo\u1EA1i h\xECnh",
    upperLevel: "C\u1EA5p tr\xEAn d\u1EF1",
    upperLevelHead: "Th\xE1ng c\xF3 c\u1EA5p \u1EE7y c\u1EA5p tr\xEAn d\u1EF1",
    upperLevelLegend: "c\xF3 \u0111\u1ED3ng ch\xED c\u1EA5p \u1EE7y c\u1EA5p tr\xEAn d\u1EF1",
    confirmedLegend: "x\u1EBFp lo\u1EA1i do c\u1EA5p tr\xEAn c\xF4ng nh\u1EADn (c\xF2n l\u1EA1i: x\u1EBFp lo\u1EA1i chibo t\xEDnh t\u1EEB \u0111i\u1EC3m)",
    confirmedMark: "c\u1EA5p tr\xEAn c\xF4ng nh\u1EADn",
    ratingsUsed: (confirmed, all) => `X\u1EBFp lo\u1EA1i d\xF9ng \u0111\u1EC3 t\u1ED5ng h\u1EE3p: x\u1EBFp lo\u1EA1i c\u1EA5p tr\xEAn c\xF4ng nh\u1EADn \u1EDF ${confirmed}/${all} bi\xEAn b\u1EA3n, c\xF2n l\u1EA1i l\xE0 x\u1EBFp lo\u1EA1i chibo t\xEDnh t\u1EEB \u0111i\u1EC3m.`
  },
  en: {
    cell: "Cell",
    criterion: "Criterion",
    year: "Year",
    rubric: "Rubric",
    month: "Month",
    rating: "Rating",
    score: "Score",
    yearly: "Yearly rating of the cell's meetings",
    unrated: "Unrated",
    missing: "Missing",
    notYet: "Not yet due",
    incomplete: "Year not complete",
    incompleteDetail: (due, asOf) => `year not complete (${due} of 12 months over on ${asOf})`,
    asOf: (asOf) => `As of ${asOf}`,
    shortCriteria: "Criteria most often short of full marks",
    shortBy: "Records short of full marks",
    withErrors: "Records with errors",
    errors: (n) => `${n} error${n === 1 ? "" : "s"}`,
    none: "none",
    thematic: "thematic meeting held",
    title: "Summary of chi b\u1ED9 meetings",
    problems: "Problems",
    file: "File",
    line: "Line",
    rule: "Rule",
    message: "Message",
    ratingsChart: "Meetings by rating",
    severity: { error: "error", warning: "warning" },
    severityHead: "Severity",
    generated: "Made by chibo",
    shortOf: (short, of) => `${short} of ${of} records short of full marks`,
    gridNote: `Each cell of the grid is the month's regular (or combined) meeting: its rating and score. Thematic meetings held on their own are rated under "Thematic meetings".`,
    chartNote: (regular, thematic) => `Counts every scored record: ${regular} regular (with combined) and ${thematic} thematic meetings.`,
    regular: "Regular (with combined)",
    thematicKind: "Thematic",
    thematicMeetings: "Thematic meetings",
    errorMark: (n) => `${n} error${n === 1 ? "" : "s"} in the month's records`,
    errorLegend: "month with errors in its records (how many)",
    missingLegend: "no record",
    notYetLegend: "not yet due",
    cellType: "Type",
    upperLevel: "Upper level",
    upperLevelHead: "Months an upper-level committee member attended",
    upperLevelLegend: "an upper-level committee member attended",
    confirmedLegend: "rating confirmed by the upper level (others: computed by chibo from the scores)",
    confirmedMark: "confirmed by the upper level",
    ratingsUsed: (confirmed, all) => `Ratings summarized: confirmed by the upper level in ${confirmed} of ${all} records, computed by chibo from the scores in the rest.`
  }
};
var ratingName = (id, lang) => id === null ? SUMMARY_WORDS[lang].unrated : RATING_NAMES[id];
var isDue = (cell, index) => index < cell.due;
function monthRating(cell, index, lang) {
  const m = cell.months[index];
  const w = SUMMARY_WORDS[lang];
  if (m === null) return isDue(cell, index) ? w.missing : w.notYet;
  return `${ratingName(m.rating, lang)}${m.thematic ? "*" : ""}${m.ratingFrom === "confirmed" ? " \u2713" : ""}`;
}
var upperLevelMonths = (cell) => cell.upperLevel.map((m) => String(Number(m.slice(5, 7)))).join(", ");
var cellTypeName = (cell, lang) => cell.cellType === null ? "" : CELL_TYPE_NAMES[cell.cellType][lang];
function yearlyText(cell, lang) {
  if (!cell.complete) return SUMMARY_WORDS[lang].incomplete;
  return cell.yearly ? RATING_NAMES[cell.yearly] : "";
}

export {
  SUMMARY_WORDS,
  ratingName,
  isDue,
  monthRating,
  upperLevelMonths,
  cellTypeName,
  yearlyText
};
