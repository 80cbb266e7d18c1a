import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  HIDDEN_CHARACTER,
  codePoint,
  mayHide
} from "./chunk-S4TZNE62.js";

// src/report/untrusted.ts
function shown(ch) {
  const code = ch.codePointAt(0);
  return code <= 159 ? `\\x${code.toString(16).padStart(2, "0")}` : `<${codePoint(ch)}>`;
}
var HIDDEN_OR_LINE_FEED = new RegExp(`${HIDDEN_CHARACTER.source}|\\n`, "gu");
var visible = (text) => text.replace(HIDDEN_CHARACTER, shown);
var visibleLine = (text) => text.replace(HIDDEN_OR_LINE_FEED, shown);
var FORMULA_START = /^(?:[\t\r]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/u;
function csvField(value) {
  if (typeof value === "number") return String(value);
  const text = `${FORMULA_START.test(value) ? "'" : ""}${visible(value)}`;
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
function jsonEscapeHidden(json) {
  if (!mayHide(json)) return json;
  return json.replace(HIDDEN_CHARACTER, (ch) => Array.from({ length: ch.length }, (_, i) => `\\u${ch.charCodeAt(i).toString(16).padStart(4, "0")}`).join(""));
}

export {
  visible,
  visibleLine,
  csvField,
  jsonEscapeHidden
};
