import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  RATING_IDS
} from "./chunk-BEIRBNFU.js";

// src/validate/text.ts
function remembered(fold) {
  const results = /* @__PURE__ */ new Map();
  return (text) => {
    let result = results.get(text);
    if (result === void 0) {
      result = JSON.parse(JSON.stringify(fold(text)));
      if (results.size >= 1e4) results.clear();
      results.set(JSON.parse(JSON.stringify(text)), result);
    }
    return result;
  };
}
var normalizeName = remembered((name) => name.normalize("NFC").trim().replace(/\s+/gu, " "));
var foldName = remembered((name) => name.normalize("NFD").toLowerCase().replace(/\p{M}/gu, "").replace(/đ/gu, "d").trim().replace(/\s+/gu, " "));
function isBlank(value) {
  return value === void 0 || value === null || value.trim() === "";
}
var WORD_SEPARATORS = "_\\s,";
function foldLetters(text) {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/gu, "").replace(/[đĐ]/gu, "d").toLowerCase();
}
var SEPARATOR_RUNS = new RegExp(`[${WORD_SEPARATORS}]+`, "gu");
var foldWords = remembered((text) => foldLetters(text).replace(SEPARATOR_RUNS, " ").trim());
function defineChoice(spellings) {
  const ids = Object.keys(spellings);
  const folded = Object.fromEntries(
    ids.map((id) => [id, [...new Set([id, ...spellings[id].vi, ...spellings[id].also ?? []].map(foldWords))]])
  );
  const byFolded = /* @__PURE__ */ new Map();
  for (const id of ids) {
    for (const f of folded[id]) {
      if (byFolded.has(f) && byFolded.get(f) !== id) throw new Error(`"${f}" spells both ${byFolded.get(f)} and ${id}`);
      byFolded.set(f, id);
    }
  }
  return { ids, spellings, parse: (text) => byFolded.get(foldWords(text)), folded };
}
var RATING = defineChoice({
  tot: { vi: ["T\u1ED1t"], also: ["good"] },
  kha: { vi: ["Kh\xE1"], also: ["fair"] },
  trung_binh: { vi: ["Trung b\xECnh"], also: ["average"] },
  kem: { vi: ["K\xE9m"], also: ["poor"] }
});
var RATING_NAMES = Object.fromEntries(RATING_IDS.map((id) => [id, RATING.spellings[id].vi[0]]));
var HIDDEN_CHARACTER = /(?![\t\n])[\p{Cc}\p{Cf}\u2028\u2029]/gu;
var codePoint = (ch) => `U+${ch.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
var ANY_HIDDEN = new RegExp(HIDDEN_CHARACTER.source, "u");
var PLAIN_TEXT = /^[\t\n\x20-\x7e\u00a0-\u00ac\u00ae-\u05ff\u1e00-\u1eff]*$/;
var mayHide = (text) => !PLAIN_TEXT.test(text);
function hiddenCharacters(text) {
  if (!mayHide(text) || !ANY_HIDDEN.test(text)) return [];
  return [...new Set(Array.from(text.matchAll(HIDDEN_CHARACTER), (m) => codePoint(m[0])))];
}

export {
  normalizeName,
  foldName,
  isBlank,
  WORD_SEPARATORS,
  foldLetters,
  defineChoice,
  RATING,
  RATING_NAMES,
  HIDDEN_CHARACTER,
  codePoint,
  mayHide,
  hiddenCharacters
};
