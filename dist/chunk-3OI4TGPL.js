import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  RATING_NAMES
} from "./chunk-A2X76N7O.js";

// src/report/summary-text.ts
var SUMMARY_WORDS = {
  vi: {
    cell: "Chi b\u1ED9",
    criterion: "Ti\xEAu ch\xED",
    year: "N\u0103m",
    rubric: "B\u1ED9 ti\xEAu ch\xED",
    month: "Th\xE1ng",
    rating: "X\u1EBFp lo\u1EA1i",
    score: "\u0110i\u1EC3m",
    yearly: "X\u1EBFp lo\u1EA1i n\u0103m",
    unrated: "Ch\u01B0a ch\u1EA5m",
    missing: "Thi\u1EBFu",
    shortCriteria: "Ti\xEAu ch\xED th\u01B0\u1EDDng thi\u1EBFu \u0111i\u1EC3m",
    records: "bi\xEAn b\u1EA3n",
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
    generated: "L\u1EADp b\u1EDFi chibo",
    shortOf: (short, of) => `${short}/${of} bi\xEAn b\u1EA3n ch\u01B0a \u0111\u1EA1t \u0111i\u1EC3m t\u1ED1i \u0111a`
  },
  en: {
    cell: "Cell",
    criterion: "Criterion",
    year: "Year",
    rubric: "Rubric",
    month: "Month",
    rating: "Rating",
    score: "Score",
    yearly: "Yearly rating",
    unrated: "Unrated",
    missing: "Missing",
    shortCriteria: "Criteria most often short of full marks",
    records: "records",
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
    generated: "Made by chibo",
    shortOf: (short, of) => `${short} of ${of} records short of full marks`
  }
};
var ratingName = (id, lang) => id === null ? SUMMARY_WORDS[lang].unrated : RATING_NAMES[id];
function monthCell(m, lang) {
  if (m === null) return "";
  return m.rating === null ? SUMMARY_WORDS[lang].unrated : `${RATING_NAMES[m.rating]} ${m.score}`;
}

export {
  SUMMARY_WORDS,
  ratingName,
  monthCell
};
