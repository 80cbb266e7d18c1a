import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);

// src/validate/text.ts
function normalizeName(name) {
  return name.normalize("NFC").trim().replace(/\s+/gu, " ");
}
function isBlank(value) {
  return value === void 0 || value === null || value.trim() === "";
}
function foldRating(text) {
  return text.normalize("NFD").replace(new RegExp("\\p{M}", "gu"), "").replace(/[đĐ]/gu, "d").toLowerCase().replace(/[_\s]+/gu, " ").trim();
}
var RATING_IDS = ["tot", "kha", "trung_binh", "kem"];
var RATING_SPELLINGS = {
  tot: ["T\u1ED1t", "tot", "good"],
  kha: ["Kh\xE1", "kha", "fair"],
  trung_binh: ["Trung b\xECnh", "trung binh", "trung_binh", "average"],
  kem: ["K\xE9m", "kem", "poor"]
};
var RATING_BY_FOLDED = new Map(
  RATING_IDS.flatMap((id) => RATING_SPELLINGS[id].map((s) => [foldRating(s), id]))
);
function parseRating(text) {
  return RATING_BY_FOLDED.get(foldRating(text));
}
var RATING_NAMES = {
  tot: "T\u1ED1t",
  kha: "Kh\xE1",
  trung_binh: "Trung b\xECnh",
  kem: "K\xE9m"
};

export {
  normalizeName,
  isBlank,
  RATING_IDS,
  parseRating,
  RATING_NAMES
};
