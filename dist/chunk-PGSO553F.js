import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  readWhen,
  rubricSchema
} from "./chunk-GRDZOLAU.js";
import {
  file_unreadable_default,
  got,
  schema_default,
  yaml_syntax_default
} from "./chunk-M64G256O.js";
import {
  decode,
  formatPath,
  locate,
  parse
} from "./chunk-777BIY5W.js";
import {
  compileRubric
} from "./chunk-AQIOJ37F.js";
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

// src/validate/validate.ts
function stripExtensions(value) {
  if (Array.isArray(value)) return value.map(stripExtensions);
  if (value === null || typeof value !== "object") return value;
  const out = {};
  for (const [key, item] of Object.entries(value)) {
    if (key.startsWith("x-")) continue;
    if (key === "__proto__") Object.defineProperty(out, key, { value: stripExtensions(item), enumerable: true, writable: true, configurable: true });
    else out[key] = stripExtensions(item);
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
          vi: `${kind.vi} ph\u1EA3i g\u1ED3m c\xE1c m\u1EE5c d\u1EA1ng "t\xEAn m\u1EE5c: gi\xE1 tr\u1ECB" (${kind.keys}), nh\u01B0ng ${issue.problem.got === "empty" ? "t\u1EC7p \u0111ang tr\u1ED1ng" : `t\u1EC7p l\xE0 ${got(issue.problem.got, "vi")}`}.`,
          en: `${kind.en} must be a mapping of keys to values (${kind.keys}), but the file is ${got(issue.problem.got, "en")}.`
        } : { vi: schema_default.message.vi({ ...issue, record: false }), en: schema_default.message.en({ ...issue, record: false }) }
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
