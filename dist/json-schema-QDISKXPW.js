import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  configSchema
} from "./chunk-ZJJO5HNP.js";
import {
  jsonHints,
  recordSchema,
  rubricSchema,
  toJSONSchema
} from "./chunk-AVTV7DUN.js";
import {
  WORD_SEPARATORS,
  foldLetters
} from "./chunk-S4TZNE62.js";
import "./chunk-FBLKVXXO.js";
import "./chunk-BEIRBNFU.js";
import "./chunk-OVRNMJZG.js";

// src/validate/json-schema.ts
function allowExtensions(node) {
  if (Array.isArray(node)) return node.forEach(allowExtensions);
  if (node === null || typeof node !== "object") return;
  const obj = node;
  if (obj.additionalProperties === false) obj.patternProperties = { "^x-": {} };
  Object.values(obj).forEach(allowExtensions);
}
var escapeChar = (cp) => /\p{L}/u.test(String.fromCodePoint(cp)) ? String.fromCodePoint(cp) : `\\u${cp.toString(16).padStart(4, "0")}`;
var letterClasses;
function letterClass(letter) {
  if (!letterClasses) {
    const points = /* @__PURE__ */ new Map();
    for (let cp = 0; cp <= 1114111; cp++) {
      if (cp >= 55296 && cp <= 57343) continue;
      const folded = foldLetters(String.fromCodePoint(cp));
      if (folded.length === 1 && folded >= "a" && folded <= "z") points.set(folded, [...points.get(folded) ?? [], cp]);
    }
    letterClasses = /* @__PURE__ */ new Map();
    for (const [l, cps] of points) {
      const ranges = [];
      for (const cp of cps) {
        const last = ranges[ranges.length - 1];
        if (last && last[1] === cp - 1) last[1] = cp;
        else ranges.push([cp, cp]);
      }
      letterClasses.set(l, `[${ranges.map(([a, b]) => a === b ? escapeChar(a) : `${escapeChar(a)}-${escapeChar(b)}`).join("")}]`);
    }
  }
  const cls = letterClasses.get(letter);
  if (!cls) throw new Error(`no letter class for "${letter}"`);
  return cls;
}
var MARKS = "[\\u0300-\\u036f]";
var SEPARATOR = `(?:[${WORD_SEPARATORS}]${MARKS}*)`;
function wordsPattern(words) {
  const rest = words.filter((w) => w !== "");
  if (rest.length === 0) return "";
  const byFirst = /* @__PURE__ */ new Map();
  for (const w of rest) byFirst.set(w[0], [...byFirst.get(w[0]) ?? [], w.slice(1)]);
  const alternatives = [...byFirst].map(([first, tails]) => (first === " " ? `${SEPARATOR}+` : `${letterClass(first)}${MARKS}*`) + wordsPattern(tails));
  const body = alternatives.length === 1 ? alternatives[0] : `(?:${alternatives.join("|")})`;
  return rest.length < words.length ? `(?:${body})?` : body;
}
var choicePattern = (choice) => `^${MARKS}*${SEPARATOR}*${wordsPattern(choice.ids.flatMap((id) => choice.folded[id]))}${SEPARATOR}*$`;
var capitalise = (s) => s.charAt(0).toUpperCase() + s.slice(1);
function listedSpellings(choice, id) {
  const { vi, also = [] } = choice.spellings[id];
  const names = vi.flatMap((n) => [n, n.toLowerCase(), capitalise(n.toLowerCase()), foldLetters(n)]);
  return [.../* @__PURE__ */ new Set([id, ...also, ...names])];
}
function applyHint(hint, json) {
  if ("pattern" in hint) {
    Object.assign(json, { type: "string", pattern: hint.pattern, patternErrorMessage: hint.message });
    return;
  }
  const ids = hint.choice.ids;
  const listed = ids.flatMap((id) => listedSpellings(hint.choice, id).map((s) => [s, hint.values[id]]));
  const strings = [
    { type: "string", enum: listed.map(([s]) => s), enumDescriptions: listed.map(([, d]) => d) },
    { type: "string", pattern: choicePattern(hint.choice), patternErrorMessage: hint.message }
  ];
  delete json.type;
  json.anyOf = hint.booleans ? [{ type: "boolean", enum: [true, false], enumDescriptions: ids.map((id) => hint.values[id]) }, ...strings] : strings;
}
var HINTED = {
  io: "input",
  target: "draft-2020-12",
  override: ({ zodSchema, jsonSchema }) => {
    const hint = jsonHints.get(zodSchema);
    if (hint) applyHint(hint, jsonSchema);
  }
};
function recordJsonSchema() {
  const schema = toJSONSchema(recordSchema, HINTED);
  allowExtensions(schema);
  return { title: "chibo meeting record (chibo/v1)", ...schema };
}
function rubricJsonSchema() {
  return { title: "chibo rubric", ...toJSONSchema(rubricSchema, HINTED) };
}
function configJsonSchema() {
  return { title: "chibo configuration (chibo.config.yaml)", ...toJSONSchema(configSchema, HINTED) };
}
var JSON_SCHEMAS = { record: recordJsonSchema, rubric: rubricJsonSchema, config: configJsonSchema };
export {
  JSON_SCHEMAS,
  configJsonSchema,
  recordJsonSchema,
  rubricJsonSchema
};
