import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  rubricSchema
} from "./chunk-WW6T5SRY.js";
import {
  FACT_TYPES
} from "./chunk-73J3I6BT.js";
import {
  decode,
  formatPath,
  locate,
  parse,
  schema_default,
  yaml_syntax_default
} from "./chunk-LDTNWDDW.js";
import {
  packageFile
} from "./chunk-EB3Z5UZG.js";

// src/load/rubric-cache.ts
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
var CACHE_FILE = "dist/rubrics.json";
var sha256 = (bytes) => createHash("sha256").update(bytes).digest("hex");
var cache;
function cachedRubric(file, bytes) {
  if (cache === void 0) {
    try {
      cache = JSON.parse(readFileSync(packageFile(CACHE_FILE), "utf8"));
    } catch {
      cache = {};
    }
  }
  const entry = cache[file];
  return entry && entry.sha256 === sha256(bytes) ? entry.rubric : void 0;
}

// src/load/rubrics.ts
import { existsSync, readdirSync, readFileSync as readFileSync2 } from "node:fs";
import path from "node:path";

// src/validate/rubric.ts
var NUMERIC_OPS = [">=", ">", "<=", "<"];
function checkCondition(c, path2, out) {
  const facts = c.facts ?? (c.fact ? [c.fact] : []);
  if (c.fact === void 0 === (c.facts === void 0)) {
    out.push({ path: path2, message: { vi: "\u0110i\u1EC1u ki\u1EC7n c\u1EA7n \u0111\xFAng m\u1ED9t trong hai kh\xF3a `fact` ho\u1EB7c `facts`.", en: "A condition needs exactly one of `fact` or `facts`." } });
    return void 0;
  }
  const numeric = NUMERIC_OPS.includes(c.op);
  for (const fact of facts) {
    if (numeric && (FACT_TYPES[fact] !== "number" || typeof c.value !== "number")) {
      out.push({ path: [...path2, "op"], message: {
        vi: `Ph\xE9p so s\xE1nh "${c.op}" c\u1EA7n m\u1ED9t d\u1EEF ki\u1EC7n s\u1ED1 v\xE0 m\u1ED9t gi\xE1 tr\u1ECB s\u1ED1; "${fact}" l\xE0 d\u1EEF ki\u1EC7n ki\u1EC3u ${FACT_TYPES[fact]}.`,
        en: `The comparison "${c.op}" needs a numeric fact and a numeric value; "${fact}" is a ${FACT_TYPES[fact]} fact.`
      } });
      return void 0;
    }
  }
  if (c.op === "in" && !Array.isArray(c.value)) {
    out.push({ path: [...path2, "value"], message: { vi: 'Ph\xE9p "in" c\u1EA7n m\u1ED9t danh s\xE1ch gi\xE1 tr\u1ECB.', en: 'The operator "in" needs a list of values.' } });
    return void 0;
  }
  if ((c.op === "=" || c.op === "!=") && (c.value === void 0 || Array.isArray(c.value))) {
    out.push({ path: [...path2, "value"], message: { vi: `Ph\xE9p "${c.op}" c\u1EA7n m\u1ED9t gi\xE1 tr\u1ECB.`, en: `The operator "${c.op}" needs one value.` } });
    return void 0;
  }
  return c.value === void 0 ? { facts, op: c.op } : { facts, op: c.op, value: c.value };
}
function checkScoring(s, path2, out) {
  if (s.judged === true && s.bands === void 0) return { type: "judged" };
  if (s.bands === void 0 || s.judged === true) {
    out.push({ path: path2, message: {
      vi: "M\u1ED7i m\u1EE5c c\u1EA7n \u0111\xFAng m\u1ED9t c\xE1ch ch\u1EA5m: `judged: true` ho\u1EB7c `bands`.",
      en: "Each item needs exactly one way of scoring: `judged: true` or `bands`."
    } });
    return void 0;
  }
  const before = out.length;
  const bands = [];
  s.bands.forEach((b, i) => {
    const at2 = [...path2, "bands", i];
    if (b.points > s.max) {
      out.push({ path: [...at2, "points"], message: {
        vi: `M\u1EE9c \u0111i\u1EC3m ${b.points} l\u1EDBn h\u01A1n \u0111i\u1EC3m t\u1ED1i \u0111a ${s.max} c\u1EE7a m\u1EE5c.`,
        en: `A band gives ${b.points} points, more than the item's maximum of ${s.max}.`
      } });
    }
    if (b.when === void 0 && i < s.bands.length - 1) {
      out.push({ path: at2, message: {
        vi: 'Ch\u1EC9 m\u1EE9c cu\u1ED1i c\xF9ng \u0111\u01B0\u1EE3c ph\xE9p kh\xF4ng c\xF3 \u0111i\u1EC1u ki\u1EC7n ("c\xE1c tr\u01B0\u1EDDng h\u1EE3p c\xF2n l\u1EA1i").',
        en: 'Only the last band may have no condition ("otherwise").'
      } });
    }
    const when = b.when && checkCondition(b.when, [...at2, "when"], out);
    bands.push(when ? { when, points: b.points } : { points: b.points });
    const prev = s.bands[i - 1];
    if (prev && prev.points < b.points) {
      out.push({ path: [...at2, "points"], message: {
        vi: `C\xE1c m\u1EE9c ph\u1EA3i x\u1EBFp t\u1EEB \u0111i\u1EC3m cao xu\u1ED1ng \u0111i\u1EC3m th\u1EA5p: ${b.points} \u0111\u1EE9ng sau ${prev.points}.`,
        en: `Bands must go from most points to fewest: ${b.points} comes after ${prev.points}.`
      } });
    }
    const [p, c] = [prev?.when, b.when];
    if (p && c && p.fact && p.fact === c.fact && typeof p.value === "number" && typeof c.value === "number") {
      const down = (p.op === ">=" || p.op === ">") && (c.op === ">=" || c.op === ">");
      const up = (p.op === "<=" || p.op === "<") && (c.op === "<=" || c.op === "<");
      if (down && c.value > p.value || up && c.value < p.value || (down || up) && c.value === p.value && c.op === p.op) {
        out.push({ path: [...at2, "when", "value"], message: {
          vi: `Ng\u01B0\u1EE1ng ${c.value} kh\xF4ng theo th\u1EE9 t\u1EF1 sau ng\u01B0\u1EE1ng ${p.value} c\u1EE7a m\u1EE9c tr\u01B0\u1EDBc.`,
          en: `The threshold ${c.value} is out of order after the previous band's ${p.value}.`
        } });
      }
    }
  });
  const caps = (s.caps ?? []).flatMap((cap, i) => {
    const at2 = [...path2, "caps", i];
    if (cap.max > s.max) {
      out.push({ path: [...at2, "max"], message: {
        vi: `M\u1EE9c tr\u1EA7n ${cap.max} l\u1EDBn h\u01A1n \u0111i\u1EC3m t\u1ED1i \u0111a ${s.max} c\u1EE7a m\u1EE5c.`,
        en: `The cap ${cap.max} is above the item's maximum of ${s.max}.`
      } });
    }
    const when = checkCondition(cap.when, [...at2, "when"], out);
    return when ? [{ when, max: cap.max }] : [];
  });
  if (out.length > before) return void 0;
  return { type: "measured", bands, caps, missing: s.missing ?? "zero" };
}
var list = (ids) => ids.join(", ");
function compileRubric(file) {
  const out = [];
  const applies = (own, kind) => own === void 0 || own.includes(kind);
  const kinds = {};
  const outsideKinds = (own, path2) => {
    const stray = (own ?? []).filter((k) => !file.kinds.includes(k));
    if (stray.length > 0) {
      out.push({ path: [...path2, "kinds"], message: {
        vi: `Lo\u1EA1i sinh ho\u1EA1t ${list(stray)} kh\xF4ng c\xF3 trong \`kinds\` c\u1EE7a b\u1ED9 ti\xEAu ch\xED (${list(file.kinds)}).`,
        en: `Meeting kind ${list(stray)} is not among the rubric's \`kinds\` (${list(file.kinds)}).`
      } });
    }
  };
  const criteria = file.criteria.map((c, ci) => {
    const path2 = ["criteria", ci];
    outsideKinds(c.kinds, path2);
    let items;
    if (c.items) {
      if (c.judged !== void 0 || c.bands !== void 0 || c.caps !== void 0 || c.missing !== void 0) {
        out.push({ path: path2, message: {
          vi: `Ti\xEAu ch\xED ${c.id} c\xF3 \`items\` th\xEC c\xE1ch ch\u1EA5m \u0111\u1EB7t \u1EDF t\u1EEBng m\u1EE5c, kh\xF4ng \u0111\u1EB7t \u1EDF ti\xEAu ch\xED.`,
          en: `Criterion ${c.id} has \`items\`: scoring goes on each item, not on the criterion.`
        } });
      }
      items = c.items.flatMap((it, ii) => {
        const at2 = [...path2, "items", ii];
        outsideKinds(it.kinds, at2);
        if (!it.id.startsWith(`${c.id}.`)) {
          out.push({ path: [...at2, "id"], message: {
            vi: `M\xE3 m\u1EE5c "${it.id}" ph\u1EA3i b\u1EAFt \u0111\u1EA7u b\u1EB1ng m\xE3 ti\xEAu ch\xED "${c.id}.".`,
            en: `Item id "${it.id}" must start with its criterion's id "${c.id}.".`
          } });
        }
        const scoring = checkScoring(it, at2, out);
        return scoring ? [{ kinds: it.kinds, item: { id: it.id, name: it.name, max: it.max, source: it.source, scoring }, path: at2 }] : [];
      });
    } else {
      const scoring = checkScoring(c, path2, out);
      items = scoring ? [{ item: { id: c.id, name: c.name, max: c.max, source: c.source, scoring }, path: path2 }] : [];
    }
    return { file: c, path: path2, items };
  });
  for (const kind of file.kinds) {
    const chosen = [];
    for (const c of criteria) {
      if (!applies(c.file.kinds, kind)) continue;
      if (chosen.some((x) => x.id === c.file.id)) {
        out.push({ path: [...c.path, "id"], message: {
          vi: `Ti\xEAu ch\xED ${c.file.id} \u0111\u01B0\u1EE3c khai b\xE1o hai l\u1EA7n cho lo\u1EA1i ${kind}.`,
          en: `Criterion ${c.file.id} is declared twice for ${kind} meetings.`
        } });
        continue;
      }
      const items = c.items.filter((i) => applies(i.kinds, kind));
      const ids = /* @__PURE__ */ new Set();
      for (const i of items) {
        if (ids.has(i.item.id)) {
          out.push({ path: [...i.path, "id"], message: {
            vi: `M\u1EE5c ${i.item.id} \u0111\u01B0\u1EE3c khai b\xE1o hai l\u1EA7n cho lo\u1EA1i ${kind}.`,
            en: `Item ${i.item.id} is declared twice for ${kind} meetings.`
          } });
        }
        ids.add(i.item.id);
      }
      const sum = items.reduce((s, i) => s + i.item.max, 0);
      if (items.length > 0 && Math.abs(sum - c.file.max) > 1e-9) {
        out.push({ path: [...c.path, "max"], message: {
          vi: `Ti\xEAu ch\xED ${c.file.id} c\xF3 t\u1ED1i \u0111a ${c.file.max} \u0111i\u1EC3m nh\u01B0ng c\xE1c m\u1EE5c c\u1EE7a n\xF3 (lo\u1EA1i ${kind}) c\u1ED9ng l\u1EA1i ${sum}.`,
          en: `Criterion ${c.file.id} has a maximum of ${c.file.max}, but its items for ${kind} meetings add up to ${sum}.`
        } });
      }
      chosen.push({ id: c.file.id, name: c.file.name, max: c.file.max, source: c.file.source, items: items.map((i) => i.item) });
    }
    const minDuration = file.minimum_duration[kind];
    if (!minDuration) {
      out.push({ path: ["minimum_duration"], message: {
        vi: `Thi\u1EBFu th\u1EDDi l\u01B0\u1EE3ng t\u1ED1i thi\u1EC3u cho lo\u1EA1i ${kind}.`,
        en: `The minimum duration for ${kind} meetings is missing.`
      } });
    }
    if (chosen.length === 0) {
      out.push({ path: ["criteria"], message: {
        vi: `Kh\xF4ng c\xF3 ti\xEAu ch\xED n\xE0o cho lo\u1EA1i ${kind}.`,
        en: `No criterion applies to ${kind} meetings.`
      } });
    }
    const agenda = (file.agenda ?? []).filter((a) => applies(a.kinds, kind)).map((a) => ({ type: a.type, severity: a.severity, source: a.source }));
    kinds[kind] = { criteria: chosen, max: chosen.reduce((s, c) => s + c.max, 0), minDuration: minDuration ?? { minutes: 0, source: "" }, agenda };
  }
  (file.agenda ?? []).forEach((a, i) => outsideKinds(a.kinds, ["agenda", i]));
  file.levels.forEach((level, i) => {
    const prev = file.levels[i - 1];
    if (prev && prev.min <= level.min) {
      out.push({ path: ["levels", i, "min"], message: {
        vi: `C\xE1c m\u1EE9c x\u1EBFp lo\u1EA1i ph\u1EA3i x\u1EBFp t\u1EEB cao xu\u1ED1ng th\u1EA5p: m\u1EE9c ${level.id} c\u1EA7n \u0111i\u1EC3m t\u1ED1i thi\u1EC3u nh\u1ECF h\u01A1n ${prev.min} c\u1EE7a m\u1EE9c ${prev.id}.`,
        en: `Rating levels go from best to worst: ${level.id} needs a minimum below ${prev.id}'s ${prev.min}.`
      } });
    }
    (level.gate ?? []).forEach((id, g) => {
      const missingIn = file.kinds.filter((k) => !kinds[k]?.criteria.some((c) => c.id === id));
      if (missingIn.length > 0) {
        out.push({ path: ["levels", i, "gate", g], message: {
          vi: `\u0110i\u1EC1u ki\u1EC7n c\u1EE7a m\u1EE9c ${level.id} n\xEAu ti\xEAu ch\xED "${id}", nh\u01B0ng ti\xEAu ch\xED n\xE0y kh\xF4ng c\xF3 (lo\u1EA1i ${list(missingIn)}).`,
          en: `The gate of level ${level.id} names criterion "${id}", which does not exist (for ${list(missingIn)} meetings).`
        } });
      }
    });
  });
  const last = file.levels[file.levels.length - 1];
  if (last && last.min !== 0) {
    out.push({ path: ["levels", file.levels.length - 1, "min"], message: {
      vi: "M\u1EE9c x\u1EBFp lo\u1EA1i cu\u1ED1i c\xF9ng ph\u1EA3i c\xF3 \u0111i\u1EC3m t\u1ED1i thi\u1EC3u 0, \u0111\u1EC3 bu\u1ED5i h\u1ECDp n\xE0o c\u0169ng \u0111\u01B0\u1EE3c x\u1EBFp lo\u1EA1i.",
      en: "The last rating level must have a minimum of 0, so that every meeting gets a rating."
    } });
  }
  const yearly = file.yearly?.levels ?? [];
  const lastYearly = yearly[yearly.length - 1];
  if (lastYearly && (lastYearly.missing_max ?? lastYearly.every_month_at_least ?? lastYearly.months_at_least ?? lastYearly.missing_plus_max) !== void 0) {
    out.push({ path: ["yearly", "levels", yearly.length - 1], message: {
      vi: "M\u1EE9c x\u1EBFp lo\u1EA1i n\u0103m cu\u1ED1i c\xF9ng kh\xF4ng \u0111\u01B0\u1EE3c c\xF3 \u0111i\u1EC1u ki\u1EC7n, \u0111\u1EC3 chi b\u1ED9 n\xE0o c\u0169ng \u0111\u01B0\u1EE3c x\u1EBFp lo\u1EA1i.",
      en: "The last yearly level must have no conditions, so that every cell gets a rating."
    } });
  }
  if (out.length > 0) return { mistakes: out };
  const levels = file.levels.map((l) => ({ id: l.id, name: l.name, min: l.min, gate: l.gate ?? [], source: l.source }));
  const rubric = { id: file.id, title: file.title, rule: file.rule, kinds, levels };
  if (file.source !== void 0) rubric.source = file.source;
  if (file.yearly) {
    rubric.yearly = {
      source: file.yearly.source,
      levels: file.yearly.levels.map((l) => ({
        id: l.id,
        ...l.missing_max !== void 0 && { missingMax: l.missing_max },
        ...l.every_month_at_least && { everyMonthAtLeast: l.every_month_at_least },
        ...l.months_at_least && { monthsAtLeast: l.months_at_least },
        ...l.missing_plus_max && { missingPlusMax: l.missing_plus_max }
      }))
    };
  }
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
      if (issue.origin === "array" && issue.code === "too_big") {
        return [{ path: path2, at: "value", problem: { kind: "too-many", max: Number(issue.maximum) } }];
      }
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
      return [{ path: path2, at: "value", problem: { kind: "format", format } }];
    }
    default:
      return [{ path: path2, at: "value", problem: { kind: "type", expected: "string", got: describeValue(valueAt(data, path2).value) } }];
  }
}
function validate(schema, data) {
  if (data === null || data === void 0 || typeof data !== "object" || Array.isArray(data)) {
    const got = data === null || data === void 0 ? "empty" : describeValue(data);
    return { ok: false, issues: [{ path: [], at: "value", problem: { kind: "type", expected: "mapping", got } }] };
  }
  const clean = stripExtensions(data);
  const result = schema.safeParse(clean);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, issues: result.error.issues.flatMap((issue) => toIssues(issue, clean)) };
}

// src/load/data-file.ts
var at = (p) => p ? { line: p.line, column: p.column } : {};
function readDataFile(bytes, schema, empty) {
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
        message: { vi: schema_default.message.vi(issue), en: schema_default.message.en(issue) }
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
  const read = readDataFile(bytes, rubricSchema);
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
        const bundled = path.dirname(file) === path.resolve(BUNDLED_DIR) ? cachedRubric(path.basename(file), bytes) : void 0;
        result = bundled ? { rubric: bundled } : rubricFromText(bytes, file);
      } catch (e) {
        const code = e.code;
        const message = code === "ENOENT" ? both(`kh\xF4ng c\xF3 b\u1ED9 ti\xEAu ch\xED c\xF3 s\u1EB5n n\xE0o t\xEAn nh\u01B0 v\u1EADy, v\xE0 kh\xF4ng c\xF3 t\u1EC7p ${file}.`, `there is no bundled rubric of that name and no file ${file}.`) : both(`kh\xF4ng \u0111\u1ECDc \u0111\u01B0\u1EE3c t\u1EC7p ${file} (${code ?? "l\u1ED7i"}).`, `the file ${file} cannot be read (${code ?? "error"}).`);
        result = { error: { file, mistakes: [{ message }] } };
      }
      cache2.set(file, result);
    }
    return result;
  };
}

export {
  validate,
  readDataFile,
  CACHE_FILE,
  sha256,
  BUNDLED_DIR,
  bundledRubricIds,
  rubricFile,
  rubricFromText,
  createRubricLoader
};
