import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  readWhen,
  rubricSchema
} from "./chunk-GQC42RNT.js";
import {
  FACT_TYPES
} from "./chunk-73J3I6BT.js";
import {
  decode,
  file_unreadable_default,
  formatPath,
  got,
  locate,
  parse,
  schema_default,
  yaml_syntax_default
} from "./chunk-6Z45EHMV.js";
import {
  packageFile
} from "./chunk-EB3Z5UZG.js";

// src/load/rubric-cache.ts
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
var CACHE_FILE = "dist/rubrics.json";
var sha256 = (bytes) => createHash("sha256").update(bytes).digest("hex");
var cache;
function cachedRubric(file, hash) {
  if (cache === void 0) {
    try {
      cache = JSON.parse(readFileSync(packageFile(CACHE_FILE), "utf8"));
    } catch {
      cache = {};
    }
  }
  const entry = cache[file];
  return entry && entry.sha256 === hash ? entry.rubric : void 0;
}

// src/load/rubrics.ts
import { existsSync, readdirSync, readFileSync as readFileSync2 } from "node:fs";
import path from "node:path";

// src/validate/rubric-mistakes.ts
var list = (ids) => ids.join(", ");
var said = (vi, en) => ({ vi, en });
var RUBRIC_MISTAKES = {
  // Conditions (`when` of bands and caps).
  conditionFacts: said(
    () => "\u0110i\u1EC1u ki\u1EC7n c\u1EA7n \u0111\xFAng m\u1ED9t trong hai kh\xF3a `fact` ho\u1EB7c `facts`.",
    () => "A condition needs exactly one of `fact` or `facts`."
  ),
  conditionNotNumeric: said(
    (d) => `Ph\xE9p so s\xE1nh "${d.op}" c\u1EA7n m\u1ED9t d\u1EEF ki\u1EC7n s\u1ED1 v\xE0 m\u1ED9t gi\xE1 tr\u1ECB s\u1ED1; "${d.fact}" l\xE0 d\u1EEF ki\u1EC7n ki\u1EC3u ${d.type}.`,
    (d) => `The comparison "${d.op}" needs a numeric fact and a numeric value; "${d.fact}" is a ${d.type} fact.`
  ),
  conditionInNeedsList: said(
    () => 'Ph\xE9p "in" c\u1EA7n m\u1ED9t danh s\xE1ch gi\xE1 tr\u1ECB.',
    () => 'The operator "in" needs a list of values.'
  ),
  conditionNeedsValue: said(
    (d) => `Ph\xE9p "${d.op}" c\u1EA7n m\u1ED9t gi\xE1 tr\u1ECB.`,
    (d) => `The operator "${d.op}" needs one value.`
  ),
  // How an item is scored.
  scoringWays: said(
    () => "M\u1ED7i m\u1EE5c c\u1EA7n \u0111\xFAng m\u1ED9t c\xE1ch ch\u1EA5m: `judged: true` ho\u1EB7c `bands`.",
    () => "Each item needs exactly one way of scoring: `judged: true` or `bands`."
  ),
  bandAboveMax: said(
    (d) => `M\u1EE9c \u0111i\u1EC3m ${d.points} l\u1EDBn h\u01A1n \u0111i\u1EC3m t\u1ED1i \u0111a ${d.max} c\u1EE7a m\u1EE5c.`,
    (d) => `A band gives ${d.points} points, more than the item's maximum of ${d.max}.`
  ),
  bandOtherwiseNotLast: said(
    () => 'Ch\u1EC9 m\u1EE9c cu\u1ED1i c\xF9ng \u0111\u01B0\u1EE3c ph\xE9p kh\xF4ng c\xF3 \u0111i\u1EC1u ki\u1EC7n ("c\xE1c tr\u01B0\u1EDDng h\u1EE3p c\xF2n l\u1EA1i").',
    () => 'Only the last band may have no condition ("otherwise").'
  ),
  bandPointsRise: said(
    (d) => `C\xE1c m\u1EE9c ph\u1EA3i x\u1EBFp t\u1EEB \u0111i\u1EC3m cao xu\u1ED1ng \u0111i\u1EC3m th\u1EA5p: ${d.points} \u0111\u1EE9ng sau ${d.previous}.`,
    (d) => `Bands must go from most points to fewest: ${d.points} comes after ${d.previous}.`
  ),
  bandThresholdOrder: said(
    (d) => `Ng\u01B0\u1EE1ng ${d.value} kh\xF4ng theo th\u1EE9 t\u1EF1 sau ng\u01B0\u1EE1ng ${d.previous} c\u1EE7a m\u1EE9c tr\u01B0\u1EDBc.`,
    (d) => `The threshold ${d.value} is out of order after the previous band's ${d.previous}.`
  ),
  capAboveMax: said(
    (d) => `M\u1EE9c tr\u1EA7n ${d.cap} l\u1EDBn h\u01A1n \u0111i\u1EC3m t\u1ED1i \u0111a ${d.max} c\u1EE7a m\u1EE5c.`,
    (d) => `The cap ${d.cap} is above the item's maximum of ${d.max}.`
  ),
  // Criteria, items and meeting kinds.
  kindOutsideRubric: said(
    (d) => `Lo\u1EA1i sinh ho\u1EA1t ${list(d.stray)} kh\xF4ng c\xF3 trong \`kinds\` c\u1EE7a b\u1ED9 ti\xEAu ch\xED (${list(d.kinds)}).`,
    (d) => `Meeting kind ${list(d.stray)} is not among the rubric's \`kinds\` (${list(d.kinds)}).`
  ),
  scoringOnCriterionWithItems: said(
    (d) => `Ti\xEAu ch\xED ${d.criterion} c\xF3 \`items\` th\xEC c\xE1ch ch\u1EA5m \u0111\u1EB7t \u1EDF t\u1EEBng m\u1EE5c, kh\xF4ng \u0111\u1EB7t \u1EDF ti\xEAu ch\xED.`,
    (d) => `Criterion ${d.criterion} has \`items\`: scoring goes on each item, not on the criterion.`
  ),
  itemIdPrefix: said(
    (d) => `M\xE3 m\u1EE5c "${d.item}" ph\u1EA3i b\u1EAFt \u0111\u1EA7u b\u1EB1ng m\xE3 ti\xEAu ch\xED "${d.criterion}.".`,
    (d) => `Item id "${d.item}" must start with its criterion's id "${d.criterion}.".`
  ),
  criterionTwice: said(
    (d) => `Ti\xEAu ch\xED ${d.criterion} \u0111\u01B0\u1EE3c khai b\xE1o hai l\u1EA7n cho lo\u1EA1i ${d.kind}.`,
    (d) => `Criterion ${d.criterion} is declared twice for ${d.kind} meetings.`
  ),
  itemTwice: said(
    (d) => `M\u1EE5c ${d.item} \u0111\u01B0\u1EE3c khai b\xE1o hai l\u1EA7n cho lo\u1EA1i ${d.kind}.`,
    (d) => `Item ${d.item} is declared twice for ${d.kind} meetings.`
  ),
  itemsSum: said(
    (d) => `Ti\xEAu ch\xED ${d.criterion} c\xF3 t\u1ED1i \u0111a ${d.max} \u0111i\u1EC3m nh\u01B0ng c\xE1c m\u1EE5c c\u1EE7a n\xF3 (lo\u1EA1i ${d.kind}) c\u1ED9ng l\u1EA1i ${d.sum}.`,
    (d) => `Criterion ${d.criterion} has a maximum of ${d.max}, but its items for ${d.kind} meetings add up to ${d.sum}.`
  ),
  durationMissing: said(
    (d) => `Thi\u1EBFu th\u1EDDi l\u01B0\u1EE3ng t\u1ED1i thi\u1EC3u cho lo\u1EA1i ${d.kind}.`,
    (d) => `The minimum duration for ${d.kind} meetings is missing.`
  ),
  noCriterion: said(
    (d) => `Kh\xF4ng c\xF3 ti\xEAu ch\xED n\xE0o cho lo\u1EA1i ${d.kind}.`,
    (d) => `No criterion applies to ${d.kind} meetings.`
  ),
  // Rating levels, monthly and yearly.
  levelOrder: said(
    (d) => `C\xE1c m\u1EE9c x\u1EBFp lo\u1EA1i ph\u1EA3i x\u1EBFp t\u1EEB cao xu\u1ED1ng th\u1EA5p: m\u1EE9c ${d.level} c\u1EA7n \u0111i\u1EC3m t\u1ED1i thi\u1EC3u nh\u1ECF h\u01A1n ${d.min} c\u1EE7a m\u1EE9c ${d.previous}.`,
    (d) => `Rating levels go from best to worst: ${d.level} needs a minimum below ${d.previous}'s ${d.min}.`
  ),
  gateUnknown: said(
    (d) => `\u0110i\u1EC1u ki\u1EC7n c\u1EE7a m\u1EE9c ${d.level} n\xEAu ti\xEAu ch\xED "${d.criterion}", nh\u01B0ng ti\xEAu ch\xED n\xE0y kh\xF4ng c\xF3 (lo\u1EA1i ${list(d.kinds)}).`,
    (d) => `The gate of level ${d.level} names criterion "${d.criterion}", which does not exist (for ${list(d.kinds)} meetings).`
  ),
  lastLevelMin: said(
    () => "M\u1EE9c x\u1EBFp lo\u1EA1i cu\u1ED1i c\xF9ng ph\u1EA3i c\xF3 \u0111i\u1EC3m t\u1ED1i thi\u1EC3u 0, \u0111\u1EC3 bu\u1ED5i h\u1ECDp n\xE0o c\u0169ng \u0111\u01B0\u1EE3c x\u1EBFp lo\u1EA1i.",
    () => "The last rating level must have a minimum of 0, so that every meeting gets a rating."
  ),
  lastYearlyConditions: said(
    () => "M\u1EE9c x\u1EBFp lo\u1EA1i n\u0103m cu\u1ED1i c\xF9ng kh\xF4ng \u0111\u01B0\u1EE3c c\xF3 \u0111i\u1EC1u ki\u1EC7n, \u0111\u1EC3 chi b\u1ED9 n\xE0o c\u0169ng \u0111\u01B0\u1EE3c x\u1EBFp lo\u1EA1i.",
    () => "The last yearly level must have no conditions, so that every cell gets a rating."
  )
};
var Mistakes = class {
  found = [];
  add(path2, code, ...data) {
    const m = RUBRIC_MISTAKES[code];
    this.found.push({ path: path2, code, message: { vi: m.vi(data[0]), en: m.en(data[0]) } });
  }
  get count() {
    return this.found.length;
  }
};

// src/validate/rubric-scoring.ts
var NUMERIC_OPS = [">=", ">", "<=", "<"];
function checkCondition(c, path2, out) {
  if (c.fact === void 0 === (c.facts === void 0)) {
    out.add(path2, "conditionFacts");
    return void 0;
  }
  const facts = c.facts ?? [c.fact];
  if (NUMERIC_OPS.includes(c.op)) {
    const wrong = facts.find((fact) => FACT_TYPES[fact] !== "number" || typeof c.value !== "number");
    if (wrong) {
      out.add([...path2, "op"], "conditionNotNumeric", { op: c.op, fact: wrong, type: FACT_TYPES[wrong] });
      return void 0;
    }
  }
  if (c.op === "in" && !Array.isArray(c.value)) {
    out.add([...path2, "value"], "conditionInNeedsList");
    return void 0;
  }
  if ((c.op === "=" || c.op === "!=") && (c.value === void 0 || Array.isArray(c.value))) {
    out.add([...path2, "value"], "conditionNeedsValue", { op: c.op });
    return void 0;
  }
  return c.value === void 0 ? { facts, op: c.op } : { facts, op: c.op, value: c.value };
}
function thresholdOutOfOrder(p, c) {
  if (!p.fact || p.fact !== c.fact || typeof p.value !== "number" || typeof c.value !== "number") return false;
  const down = (p.op === ">=" || p.op === ">") && (c.op === ">=" || c.op === ">");
  const up = (p.op === "<=" || p.op === "<") && (c.op === "<=" || c.op === "<");
  return down && c.value > p.value || up && c.value < p.value || (down || up) && c.value === p.value && c.op === p.op;
}
function checkBands(bands, max, path2, out) {
  return bands.map((b, i) => {
    const at2 = [...path2, "bands", i];
    if (b.points > max) out.add([...at2, "points"], "bandAboveMax", { points: b.points, max });
    if (b.when === void 0 && i < bands.length - 1) out.add(at2, "bandOtherwiseNotLast");
    const when = b.when && checkCondition(b.when, [...at2, "when"], out);
    const prev = bands[i - 1];
    if (prev && prev.points < b.points) out.add([...at2, "points"], "bandPointsRise", { points: b.points, previous: prev.points });
    if (prev?.when && b.when && thresholdOutOfOrder(prev.when, b.when)) {
      out.add([...at2, "when", "value"], "bandThresholdOrder", { value: b.when.value, previous: prev.when.value });
    }
    return when ? { when, points: b.points } : { points: b.points };
  });
}
function checkCaps(caps, max, path2, out) {
  return caps.flatMap((cap, i) => {
    const at2 = [...path2, "caps", i];
    if (cap.max > max) out.add([...at2, "max"], "capAboveMax", { cap: cap.max, max });
    const when = checkCondition(cap.when, [...at2, "when"], out);
    return when ? [{ when, max: cap.max }] : [];
  });
}
function checkScoring(s, path2, out) {
  if (s.judged === true && s.bands === void 0) return { type: "judged" };
  if (s.bands === void 0 || s.judged === true) {
    out.add(path2, "scoringWays");
    return void 0;
  }
  const before = out.count;
  const bands = checkBands(s.bands, s.max, path2, out);
  const caps = checkCaps(s.caps ?? [], s.max, path2, out);
  if (out.count > before) return void 0;
  return { type: "measured", bands, caps, missing: s.missing ?? "zero" };
}

// src/validate/rubric.ts
var applies = (own, kind) => own === void 0 || own.includes(kind);
function checkKinds(file, own, path2, out) {
  const stray = (own ?? []).filter((k) => !file.kinds.includes(k));
  if (stray.length > 0) out.add([...path2, "kinds"], "kindOutsideRubric", { stray, kinds: file.kinds });
}
function compileCriterion(file, c, path2, out) {
  checkKinds(file, c.kinds, path2, out);
  if (!c.items) {
    const scoring = checkScoring(c, path2, out);
    return { file: c, path: path2, items: scoring ? [{ item: { id: c.id, name: c.name, max: c.max, source: c.source, scoring }, path: path2 }] : [] };
  }
  if (c.judged !== void 0 || c.bands !== void 0 || c.caps !== void 0 || c.missing !== void 0) {
    out.add(path2, "scoringOnCriterionWithItems", { criterion: c.id });
  }
  const items = c.items.flatMap((it, i) => {
    const at2 = [...path2, "items", i];
    checkKinds(file, it.kinds, at2, out);
    if (!it.id.startsWith(`${c.id}.`)) out.add([...at2, "id"], "itemIdPrefix", { item: it.id, criterion: c.id });
    const scoring = checkScoring(it, at2, out);
    return scoring ? [{ kinds: it.kinds, item: { id: it.id, name: it.name, max: it.max, source: it.source, scoring }, path: at2 }] : [];
  });
  return { file: c, path: path2, items };
}
function compileKind(file, criteria, kind, out) {
  const chosen = [];
  for (const c of criteria) {
    if (!applies(c.file.kinds, kind)) continue;
    if (chosen.some((x) => x.id === c.file.id)) {
      out.add([...c.path, "id"], "criterionTwice", { criterion: c.file.id, kind });
      continue;
    }
    const items = c.items.filter((i) => applies(i.kinds, kind));
    const ids = /* @__PURE__ */ new Set();
    for (const i of items) {
      if (ids.has(i.item.id)) out.add([...i.path, "id"], "itemTwice", { item: i.item.id, kind });
      ids.add(i.item.id);
    }
    const sum = items.reduce((s, i) => s + i.item.max, 0);
    if (items.length > 0 && Math.abs(sum - c.file.max) > 1e-9) {
      out.add([...c.path, "max"], "itemsSum", { criterion: c.file.id, max: c.file.max, kind, sum });
    }
    chosen.push({ id: c.file.id, name: c.file.name, max: c.file.max, source: c.file.source, items: items.map((i) => i.item) });
  }
  const minDuration = file.minimum_duration[kind];
  if (!minDuration) out.add(["minimum_duration"], "durationMissing", { kind });
  if (chosen.length === 0) out.add(["criteria"], "noCriterion", { kind });
  const agenda = (file.agenda ?? []).filter((a) => applies(a.kinds, kind)).map((a) => ({ type: a.type, severity: a.severity, source: a.source }));
  return { criteria: chosen, max: chosen.reduce((s, c) => s + c.max, 0), minDuration: minDuration ?? { minutes: 0, source: "" }, agenda };
}
function checkLevels(file, kinds, out) {
  file.levels.forEach((level, i) => {
    const prev = file.levels[i - 1];
    if (prev && prev.min <= level.min) out.add(["levels", i, "min"], "levelOrder", { level: level.id, previous: prev.id, min: prev.min });
    (level.gate ?? []).forEach((id, g) => {
      const missingIn = file.kinds.filter((k) => !kinds[k]?.criteria.some((c) => c.id === id));
      if (missingIn.length > 0) out.add(["levels", i, "gate", g], "gateUnknown", { level: level.id, criterion: id, kinds: missingIn });
    });
  });
  const last = file.levels.length - 1;
  if (file.levels[last] && file.levels[last].min !== 0) out.add(["levels", last, "min"], "lastLevelMin");
}
function checkYearly(file, out) {
  const levels = file.yearly?.levels ?? [];
  const last = levels[levels.length - 1];
  if (last && (last.missing_max ?? last.every_month_at_least ?? last.months_at_least ?? last.missing_plus_max) !== void 0) {
    out.add(["yearly", "levels", levels.length - 1], "lastYearlyConditions");
  }
}
function yearlyOf(yearly) {
  return {
    source: yearly.source,
    levels: yearly.levels.map((l) => ({
      id: l.id,
      ...l.missing_max !== void 0 && { missingMax: l.missing_max },
      ...l.every_month_at_least && { everyMonthAtLeast: l.every_month_at_least },
      ...l.months_at_least && { monthsAtLeast: l.months_at_least },
      ...l.missing_plus_max && { missingPlusMax: l.missing_plus_max }
    }))
  };
}
function compileRubric(file) {
  const out = new Mistakes();
  const criteria = file.criteria.map((c, i) => compileCriterion(file, c, ["criteria", i], out));
  const kinds = {};
  for (const kind of file.kinds) kinds[kind] = compileKind(file, criteria, kind, out);
  (file.agenda ?? []).forEach((a, i) => checkKinds(file, a.kinds, ["agenda", i], out));
  checkLevels(file, kinds, out);
  checkYearly(file, out);
  if (out.count > 0) return { mistakes: out.found };
  const levels = file.levels.map((l) => ({ id: l.id, name: l.name, min: l.min, gate: l.gate ?? [], source: l.source }));
  const rubric = { id: file.id, title: file.title, rule: file.rule, kinds, levels };
  if (file.source !== void 0) rubric.source = file.source;
  if (file.yearly) rubric.yearly = yearlyOf(file.yearly);
  return { rubric };
}

// src/validate/validate.ts
function stripExtensions(value) {
  if (Array.isArray(value)) return value.map(stripExtensions);
  if (value === null || typeof value !== "object") return value;
  const out = {};
  for (const [key, item] of Object.entries(value)) {
    if (key.startsWith("x-")) continue;
    Object.defineProperty(out, key, { value: stripExtensions(item), enumerable: true, writable: true, configurable: true });
  }
  return out;
}
function valueAt(data, path2) {
  let node = data;
  for (const step of path2) {
    if (node === null || typeof node !== "object" || !Object.prototype.hasOwnProperty.call(node, step)) {
      return { found: false, value: void 0 };
    }
    node = node[step];
  }
  return { found: true, value: node };
}
function describeValue(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "list";
  if (typeof value === "object") return "mapping";
  if (typeof value === "number") {
    if (Number.isNaN(value)) return ".nan";
    if (!Number.isFinite(value)) return value > 0 ? ".inf" : "-.inf";
    return JSON.stringify(value);
  }
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}\u2026` : value);
  return String(value);
}
var EXPECTED = {
  string: "string",
  number: "number",
  int: "integer",
  boolean: "boolean",
  array: "list",
  object: "mapping",
  record: "mapping"
};
function toIssues(issue, data) {
  const path2 = issue.path.filter((s) => typeof s !== "symbol");
  switch (issue.code) {
    case "unrecognized_keys":
      return issue.keys.map((key) => ({ path: [...path2, key], at: "key", problem: { kind: "unknown" } }));
    case "invalid_type": {
      const { found, value } = valueAt(data, path2);
      if (!found || value === void 0) return [{ path: path2, at: "key", problem: { kind: "missing" } }];
      return [{ path: path2, at: "value", problem: { kind: "type", expected: EXPECTED[issue.expected] ?? "string", got: describeValue(value) } }];
    }
    case "too_small":
    case "too_big": {
      const bound = Number(issue.code === "too_small" ? issue.minimum : issue.maximum);
      return [{ path: path2, at: "value", problem: issue.code === "too_small" ? { kind: "range", min: bound } : { kind: "range", max: bound } }];
    }
    case "invalid_value": {
      const values = issue.values.map(String);
      if (values.length === 1 && values[0] === "chibo/v1") return [{ path: path2, at: "value", problem: { kind: "format", format: "version" } }];
      return [{ path: path2, at: "value", problem: { kind: "enum", values } }];
    }
    case "custom": {
      const format = issue.params?.format ?? "blank";
      const { value } = valueAt(data, path2);
      if ((format === "date" || format === "time" || format === "month") && typeof value === "string") {
        return [{ path: path2, at: "value", problem: { kind: "when", format, value, reading: readWhen(format, value) } }];
      }
      return [{ path: path2, at: "value", problem: { kind: "format", format } }];
    }
    default:
      return [{ path: path2, at: "value", problem: { kind: "type", expected: "string", got: describeValue(valueAt(data, path2).value) } }];
  }
}
function validate(schema, data) {
  if (data === null || data === void 0 || typeof data !== "object" || Array.isArray(data)) {
    const got2 = data === null || data === void 0 ? "empty" : describeValue(data);
    return { ok: false, issues: [{ path: [], at: "value", problem: { kind: "type", expected: "mapping", got: got2 } }] };
  }
  const clean = stripExtensions(data);
  const result = schema.safeParse(clean);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, issues: result.error.issues.flatMap((issue) => toIssues(issue, clean)) };
}

// src/load/data-file.ts
function readFailure(error) {
  const data = { reason: "read", code: error.code ?? "EIO" };
  return { vi: file_unreadable_default.message.vi(data), en: file_unreadable_default.message.en(data) };
}
var at = (p) => p ? { line: p.line, column: p.column } : {};
function readDataFile(bytes, schema, kind, empty) {
  const decoded = decode(bytes);
  if ("rule" in decoded) {
    return { mistakes: [{ ...at(decoded.at), message: { vi: "T\u1EC7p kh\xF4ng ph\u1EA3i v\u0103n b\u1EA3n UTF-8.", en: "The file is not UTF-8 text." } }] };
  }
  const source = parse(decoded.text);
  if ("rule" in source) {
    const message = source.rule === "yaml-syntax" ? { vi: yaml_syntax_default.message.vi(source), en: yaml_syntax_default.message.en(source) } : { vi: "T\u1EC7p v\u01B0\u1EE3t gi\u1EDBi h\u1EA1n k\xEDch th\u01B0\u1EDBc ho\u1EB7c \u0111\u1ED9 s\xE2u.", en: "The file exceeds a size or depth limit." };
    return { mistakes: [{ ...at(source.at), message }] };
  }
  const valid = validate(schema, source.data ?? empty);
  if (!valid.ok) {
    return {
      mistakes: valid.issues.map((issue) => ({
        ...at(locate(source, issue.path, issue.at)),
        message: issue.path.length === 0 && issue.problem.kind === "type" ? {
          vi: `${kind.vi} ph\u1EA3i l\xE0 m\u1ED9t b\u1EA3ng kh\xF3a: gi\xE1 tr\u1ECB (${kind.keys}), nh\u01B0ng t\u1EC7p l\xE0 ${got(issue.problem.got, "vi")}.`,
          en: `${kind.en} must be a mapping of keys to values (${kind.keys}), but the file is ${got(issue.problem.got, "en")}.`
        } : { vi: schema_default.message.vi(issue), en: schema_default.message.en(issue) }
      }))
    };
  }
  return { value: valid.value, source };
}

// src/load/rubrics.ts
var BUNDLED_DIR = packageFile("rubrics");
function bundledRubricIds() {
  return readdirSync(BUNDLED_DIR).filter((f) => f.endsWith(".yaml")).map((f) => f.slice(0, -".yaml".length)).sort();
}
var isBundledId = (ref) => /^[a-z0-9][a-z0-9-]*$/.test(ref) && existsSync(path.join(BUNDLED_DIR, `${ref}.yaml`));
function rubricFile(ref, baseDir) {
  return isBundledId(ref) ? path.join(BUNDLED_DIR, `${ref}.yaml`) : path.resolve(baseDir, ref);
}
var both = (vi, en) => ({ vi, en });
function rubricFromText(bytes, file) {
  const read = readDataFile(bytes, rubricSchema, { vi: "T\u1EC7p b\u1ED9 ti\xEAu ch\xED", en: "A rubric file", keys: "id, title, kinds, levels, criteria, \u2026" });
  if ("mistakes" in read) return { error: { file, mistakes: read.mistakes } };
  const compiled = compileRubric(read.value);
  if ("mistakes" in compiled) {
    const mistakes = compiled.mistakes.map((mistake) => {
      const at2 = locate(read.source, mistake.path, "value");
      const where = formatPath(mistake.path);
      return { line: at2.line, column: at2.column, message: both(`${where}: ${mistake.message.vi}`, `${where}: ${mistake.message.en}`) };
    });
    return { error: { file, mistakes } };
  }
  return compiled;
}
function createRubricLoader() {
  const cache2 = /* @__PURE__ */ new Map();
  return (ref, baseDir) => {
    const file = rubricFile(ref, baseDir);
    let result = cache2.get(file);
    if (!result) {
      try {
        const bytes = readFileSync2(file);
        const hash = sha256(bytes);
        const bundled = path.dirname(file) === path.resolve(BUNDLED_DIR) ? cachedRubric(path.basename(file), hash) : void 0;
        const compiled = bundled ? { rubric: bundled } : rubricFromText(bytes, file);
        result = "rubric" in compiled ? { key: `${file}#${hash}`, rubric: compiled.rubric } : compiled;
      } catch (e) {
        const message = e.code === "ENOENT" ? both(`kh\xF4ng c\xF3 b\u1ED9 ti\xEAu ch\xED c\xF3 s\u1EB5n n\xE0o t\xEAn nh\u01B0 v\u1EADy, v\xE0 kh\xF4ng c\xF3 t\u1EC7p ${file}.`, `there is no bundled rubric of that name and no file ${file}.`) : readFailure(e);
        result = { error: { file, mistakes: [{ message }] } };
      }
      cache2.set(file, result);
    }
    return result;
  };
}

export {
  validate,
  readFailure,
  readDataFile,
  CACHE_FILE,
  sha256,
  BUNDLED_DIR,
  bundledRubricIds,
  rubricFile,
  rubricFromText,
  createRubricLoader
};
