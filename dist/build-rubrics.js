import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __export = (target, all) => {
  for (var name2 in all)
    __defProp(target, name2, { get: all[name2], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/core/agenda.ts
var AGENDA_TYPES, AGENDA_NAMES;
var init_agenda = __esm({
  "src/core/agenda.ts"() {
    "use strict";
    AGENDA_TYPES = [
      "opening",
      "current_affairs",
      "documents",
      "ho_chi_minh_study",
      "political_ideology",
      "review",
      "plan",
      "topic",
      "discussion",
      "criticism",
      "member_affairs",
      "conclusion",
      "vote",
      "assessment",
      "minutes",
      "closing",
      "other"
    ];
    AGENDA_NAMES = {
      opening: { vi: "khai m\u1EA1c", en: "opening" },
      current_affairs: { vi: "th\xF4ng tin th\u1EDDi s\u1EF1", en: "current affairs" },
      documents: { vi: "qu\xE1n tri\u1EC7t, ph\u1ED5 bi\u1EBFn v\u0103n b\u1EA3n", en: "briefing on documents" },
      ho_chi_minh_study: { vi: "h\u1ECDc t\u1EADp v\xE0 l\xE0m theo t\u01B0 t\u01B0\u1EDFng, \u0111\u1EA1o \u0111\u1EE9c, phong c\xE1ch H\u1ED3 Ch\xED Minh", en: "H\u1ED3 Ch\xED Minh study" },
      political_ideology: { vi: "sinh ho\u1EA1t ch\xEDnh tr\u1ECB t\u01B0 t\u01B0\u1EDFng", en: "political-ideological content" },
      review: { vi: "\u0111\xE1nh gi\xE1 k\u1EBFt qu\u1EA3 th\xE1ng", en: "review of the month's results" },
      plan: { vi: "ph\u01B0\u01A1ng h\u01B0\u1EDBng, nhi\u1EC7m v\u1EE5 th\xE1ng t\u1EDBi", en: "next month's tasks" },
      topic: { vi: "tr\xECnh b\xE0y chuy\xEAn \u0111\u1EC1", en: "presentation of the topic" },
      discussion: { vi: "th\u1EA3o lu\u1EADn", en: "discussion" },
      criticism: { vi: "t\u1EF1 ph\xEA b\xECnh v\xE0 ph\xEA b\xECnh", en: "self-criticism and criticism" },
      member_affairs: { vi: "c\xF4ng t\xE1c \u0111\u1EA3ng vi\xEAn", en: "member affairs" },
      conclusion: { vi: "k\u1EBFt lu\u1EADn", en: "conclusion" },
      vote: { vi: "bi\u1EC3u quy\u1EBFt", en: "vote" },
      assessment: { vi: "ch\u1EA5m \u0111i\u1EC3m, x\u1EBFp lo\u1EA1i", en: "assessment" },
      minutes: { vi: "th\xF4ng qua bi\xEAn b\u1EA3n", en: "reading of the minutes" },
      closing: { vi: "b\u1EBF m\u1EA1c", en: "closing" },
      other: { vi: "n\u1ED9i dung kh\xE1c", en: "other" }
    };
  }
});

// src/core/rating.ts
var RATING_IDS;
var init_rating = __esm({
  "src/core/rating.ts"() {
    "use strict";
    RATING_IDS = ["tot", "kha", "trung_binh", "kem"];
  }
});

// src/core/facts.ts
var AGENDA_FACTS, ACROSS_FACT_TYPES, ACROSS_FACT_IDS, isAcrossFact, FACT_TYPES, FACT_IDS, NO_FACTS, YEARLY_FACT_TYPES, YEARLY_FACT_IDS;
var init_facts = __esm({
  "src/core/facts.ts"() {
    "use strict";
    init_agenda();
    init_rating();
    AGENDA_FACTS = Object.fromEntries(AGENDA_TYPES.map((t) => [`agenda_has.${t}`, "boolean"]));
    ACROSS_FACT_TYPES = {
      /** The longest run of consecutive regular meetings of the year, up to this one, in which one member was absent with reason. */
      excused_streak_year: "number",
      /** A thematic meeting (thematic, or combined with the regular one) was held in this record's month. */
      thematic_in_month: "boolean",
      /** …in this record's quarter. */
      thematic_in_quarter: "boolean"
    };
    ACROSS_FACT_IDS = Object.keys(ACROSS_FACT_TYPES);
    isAcrossFact = (id) => id in ACROSS_FACT_TYPES;
    FACT_TYPES = {
      kind: "string",
      members_total: "number",
      cell_has_committee: "boolean",
      cell_type: "string",
      eligible: "number",
      attendance_rate: "number",
      absent_unexcused: "number",
      duration_minutes: "number",
      speaker_count: "number",
      speaker_rate: "number",
      agenda_missing: "number",
      minutes_complete: "boolean",
      "preparation.prepared_by": "string",
      "preparation.committee_met": "boolean",
      "preparation.draft_resolution": "boolean",
      "preparation.notice_sent": "boolean",
      "preparation.documents_posted_days_before": "number",
      "followup.resolution_posted_days_after": "number",
      tasks_assigned: "number",
      vote_recorded: "boolean",
      "thematic.plan": "string",
      "thematic.presenter": "string",
      "thematic.topic": "string",
      "thematic.conclusion": "string",
      "previous_resolution.achieved_percent": "number",
      ...AGENDA_FACTS,
      ...ACROSS_FACT_TYPES
    };
    FACT_IDS = Object.keys(FACT_TYPES);
    NO_FACTS = Object.fromEntries(FACT_IDS.map((id) => [id, null]));
    YEARLY_FACT_TYPES = Object.fromEntries([
      "months_missing",
      "months_held",
      ...["months_at_least", "months_below", "months_rated"].flatMap((k) => RATING_IDS.map((r) => `${k}.${r}`))
    ].map((id) => [id, "number"]));
    YEARLY_FACT_IDS = Object.keys(YEARLY_FACT_TYPES);
  }
});

// src/validate/text.ts
function remembered(fold) {
  const results = /* @__PURE__ */ new Map();
  return (text2) => {
    let result = results.get(text2);
    if (result === void 0) {
      result = JSON.parse(JSON.stringify(fold(text2)));
      if (results.size >= 1e4) results.clear();
      results.set(JSON.parse(JSON.stringify(text2)), result);
    }
    return result;
  };
}
function foldLetters(text2) {
  return text2.normalize("NFD").replace(/[\u0300-\u036f]/gu, "").replace(/[đĐ]/gu, "d").toLowerCase();
}
function defineChoice(spellings) {
  const ids = Object.keys(spellings);
  const listed = (id) => [id, ...spellings[id].vi, ...spellings[id].also ?? []];
  const folded = Object.fromEntries(ids.map((id) => [id, [...new Set(listed(id).map(foldWords))]]));
  const byFolded = /* @__PURE__ */ new Map();
  const byListed = /* @__PURE__ */ new Map();
  for (const id of ids) {
    for (const f of folded[id]) {
      if (byFolded.has(f) && byFolded.get(f) !== id) throw new Error(`"${f}" spells both ${byFolded.get(f)} and ${id}`);
      byFolded.set(f, id);
    }
    for (const spelling of listed(id)) byListed.set(spelling, id);
  }
  return { ids, spellings, parse: (text2) => byListed.get(text2) ?? byFolded.get(foldWords(text2)), folded };
}
var COMBINING_MARK, normalizeName, foldName, WORD_SEPARATORS, SEPARATOR_RUNS, foldWords, RATING, RATING_NAMES, HIDDEN_CHARACTER, ANY_HIDDEN;
var init_text = __esm({
  "src/validate/text.ts"() {
    "use strict";
    init_rating();
    COMBINING_MARK = /\p{M}/gu;
    normalizeName = remembered((name2) => name2.normalize("NFC").trim().replace(/\s+/gu, " "));
    foldName = remembered((name2) => name2.normalize("NFD").toLowerCase().replace(COMBINING_MARK, "").replace(/đ/gu, "d").trim().replace(/\s+/gu, " "));
    WORD_SEPARATORS = "_\\s,";
    SEPARATOR_RUNS = new RegExp(`[${WORD_SEPARATORS}]+`, "gu");
    foldWords = remembered((text2) => foldLetters(text2).replace(SEPARATOR_RUNS, " ").trim());
    RATING = defineChoice({
      tot: { vi: ["T\u1ED1t"], also: ["good"] },
      kha: { vi: ["Kh\xE1"], also: ["fair"] },
      trung_binh: { vi: ["Trung b\xECnh"], also: ["average"] },
      kem: { vi: ["K\xE9m"], also: ["poor"] }
    });
    RATING_NAMES = Object.fromEntries(RATING_IDS.map((id) => [id, RATING.spellings[id].vi[0]]));
    HIDDEN_CHARACTER = /(?![\t\n])[\p{Cc}\p{Cf}\u2028\u2029]/gu;
    ANY_HIDDEN = new RegExp(HIDDEN_CHARACTER.source, "u");
  }
});

// src/validate/when.ts
function readDate(text2) {
  const t = foldLetters(text2).replace(/\s+/gu, " ");
  let ymd;
  let m = /^(\d{4}) ?[-/.] ?(\d{1,2}) ?[-/.] ?(\d{1,2})$/u.exec(t);
  if (m) ymd = [m[1], m[2], m[3]];
  m = /^(?:ngay ?)?(\d{1,2}) ?(?:[-/.]|thang) ?(\d{1,2}) ?(?:[-/.]|nam) ?(\d{4})$/u.exec(t);
  if (m) ymd = [m[3], m[2], m[1]];
  if (!ymd) return { kind: "unreadable" };
  const [year, month, day] = ymd.map(Number);
  if (month < 1 || month > 12) return { kind: "no-month", month };
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return { kind: "no-day", year, month, days };
  return { kind: "fix", write: `${ymd[0]}-${pad(month)}-${pad(day)}`, curly: false };
}
function readTime(text2) {
  const t = foldLetters(text2).replace(/\s+/gu, " ");
  const m = /^(\d{1,2}) ?(?:(?:[:hg.,]|gio) ?(\d{2})? ?(?:phut|ph|p|')?)? ?(sang|trua|chieu|toi|am|pm)?$/u.exec(t);
  if (!m) return { kind: "unreadable" };
  let hour = Number(m[1]);
  const minute = Number(m[2] ?? 0);
  if (m[3] && ["chieu", "toi", "pm"].includes(m[3]) && hour < 12) hour += 12;
  if (hour > 23 || minute > 59) return { kind: "no-time" };
  return { kind: "fix", write: `${pad(hour)}:${pad(minute)}`, curly: false };
}
function readMonth(text2) {
  const t = foldLetters(text2).replace(/\s+/gu, " ");
  let m = /^(\d{4}) ?[-/.] ?(\d{1,2})$/u.exec(t);
  const ym = m ? [m[1], m[2]] : (m = /^(?:thang ?)?(\d{1,2}) ?(?:[-/.]|nam) ?(\d{4})$/u.exec(t)) ? [m[2], m[1]] : void 0;
  if (!ym) {
    const date3 = readDate(text2);
    if (date3.kind === "fix") return { ...date3, write: date3.write.slice(0, 7) };
    const bare = /^(?:thang ?)?(\d{1,2})$/u.exec(t);
    if (bare && Number(bare[1]) >= 1 && Number(bare[1]) <= 12) return { kind: "no-year", month: Number(bare[1]) };
    return date3.kind === "no-month" ? date3 : { kind: "unreadable" };
  }
  const month = Number(ym[1]);
  if (month < 1 || month > 12) return { kind: "no-month", month };
  return { kind: "fix", write: `${ym[0]}-${pad(month)}`, curly: false };
}
function readWhen(format, value) {
  const curly = CURLY.test(value);
  const core = value.trim().replace(new RegExp(`^[${QUOTES}\\s]+|[${QUOTES}\\s]+$`, "gu"), "");
  const reading = VALID[format](core) ? { kind: "fix", write: core, curly: false } : READERS[format](core);
  return reading.kind === "fix" ? { ...reading, curly } : reading;
}
var LEAP_YEAR, DATE_PATTERN, TIME_PATTERN, MONTH_PATTERN, DATE_RE, TIME_RE, MONTH_RE, isCalendarDate, isClockTime, isMonth, QUOTES, CURLY, pad, isLeapYear, daysInMonth, READERS, VALID;
var init_when = __esm({
  "src/validate/when.ts"() {
    "use strict";
    init_text();
    LEAP_YEAR = "(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)";
    DATE_PATTERN = `^(?:[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))|${LEAP_YEAR}-02-29)$`;
    TIME_PATTERN = "^(?:[01][0-9]|2[0-3]):[0-5][0-9]$";
    MONTH_PATTERN = "^[0-9]{4}-(?:0[1-9]|1[0-2])$";
    DATE_RE = new RegExp(DATE_PATTERN, "u");
    TIME_RE = new RegExp(TIME_PATTERN, "u");
    MONTH_RE = new RegExp(MONTH_PATTERN, "u");
    isCalendarDate = (text2) => DATE_RE.test(text2);
    isClockTime = (text2) => TIME_RE.test(text2);
    isMonth = (text2) => MONTH_RE.test(text2);
    QUOTES = `"'\u201C\u201D\u2018\u2019\u201E\u201F\xAB\xBB`;
    CURLY = /[“”‘’„‟«»]/u;
    pad = (n) => String(n).padStart(2, "0");
    isLeapYear = (y) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
    daysInMonth = (year, month) => month === 2 ? isLeapYear(year) ? 29 : 28 : [4, 6, 9, 11].includes(month) ? 30 : 31;
    READERS = { date: readDate, time: readTime, month: readMonth };
    VALID = { date: isCalendarDate, time: isClockTime, month: isMonth };
  }
});

// node_modules/zod/v4/core/util.js
var util_exports = {};
__export(util_exports, {
  BIGINT_FORMAT_RANGES: () => BIGINT_FORMAT_RANGES,
  CONSTANT_CATCH: () => CONSTANT_CATCH,
  Class: () => Class,
  NUMBER_FORMAT_RANGES: () => NUMBER_FORMAT_RANGES,
  aborted: () => aborted,
  allowsEval: () => allowsEval,
  assert: () => assert,
  assertEqual: () => assertEqual,
  assertIs: () => assertIs,
  assertNever: () => assertNever,
  assertNotEqual: () => assertNotEqual,
  assignProp: () => assignProp,
  attachSchema: () => attachSchema,
  base64ToUint8Array: () => base64ToUint8Array,
  base64urlToUint8Array: () => base64urlToUint8Array,
  cached: () => cached,
  captureStackTrace: () => captureStackTrace,
  cleanEnum: () => cleanEnum,
  cleanRegex: () => cleanRegex,
  clone: () => clone,
  cloneDef: () => cloneDef,
  codePointLength: () => codePointLength,
  constantCatch: () => constantCatch,
  createTransparentProxy: () => createTransparentProxy,
  defineLazy: () => defineLazy,
  defineLazyInternal: () => defineLazyInternal,
  derived: () => derived,
  esc: () => esc,
  escapeRegex: () => escapeRegex,
  explicitlyAborted: () => explicitlyAborted,
  extend: () => extend,
  finalizeIssue: () => finalizeIssue,
  floatSafeRemainder: () => floatSafeRemainder,
  getElementAtPath: () => getElementAtPath,
  getEnumValues: () => getEnumValues,
  getLengthableOrigin: () => getLengthableOrigin,
  getParsedType: () => getParsedType,
  getSizableOrigin: () => getSizableOrigin,
  hexToUint8Array: () => hexToUint8Array,
  hide: () => hide,
  installLazyProp: () => installLazyProp,
  isObject: () => isObject,
  isPlainObject: () => isPlainObject,
  issue: () => issue,
  joinValues: () => joinValues,
  jsonStringifyReplacer: () => jsonStringifyReplacer,
  members: () => members,
  merge: () => merge,
  mergeDefs: () => mergeDefs,
  normalizeParams: () => normalizeParams,
  nullish: () => nullish,
  numKeys: () => numKeys,
  objectClone: () => objectClone,
  omit: () => omit,
  optionalKeys: () => optionalKeys,
  own: () => own,
  parsedType: () => parsedType,
  partial: () => partial,
  pick: () => pick,
  prefixIssues: () => prefixIssues,
  primitiveTypes: () => primitiveTypes,
  promiseAllObject: () => promiseAllObject,
  propertyKeyTypes: () => propertyKeyTypes,
  randomString: () => randomString,
  rawShape: () => rawShape,
  required: () => required,
  safeExtend: () => safeExtend,
  shallowClone: () => shallowClone,
  sizeCaps: () => sizeCaps,
  slugify: () => slugify,
  stringifyPrimitive: () => stringifyPrimitive,
  toZod: () => toZod,
  uint8ArrayToBase64: () => uint8ArrayToBase64,
  uint8ArrayToBase64url: () => uint8ArrayToBase64url,
  uint8ArrayToHex: () => uint8ArrayToHex,
  unwrapMessage: () => unwrapMessage
});
function assertEqual(val) {
  return val;
}
function assertNotEqual(val) {
  return val;
}
function toZod() {
  return (schema) => schema;
}
function assertIs(_arg) {
}
function assertNever(_x) {
  throw new Error("Unexpected value in exhaustive check");
}
function assert(_) {
}
function getEnumValues(entries) {
  const numericValues = Object.values(entries).filter((v) => typeof v === "number");
  const values = Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
  return values;
}
function joinValues(array2, separator = "|") {
  return array2.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
  if (typeof value === "bigint")
    return value.toString();
  return value;
}
function cached(getter) {
  return new Cached(getter);
}
function nullish(input) {
  return input === null || input === void 0;
}
function cleanRegex(source2) {
  const start = source2.startsWith("^") ? 1 : 0;
  const end = source2.endsWith("$") ? source2.length - 1 : source2.length;
  return source2.slice(start, end);
}
function floatSafeRemainder(val, step) {
  const ratio = val / step;
  const roundedRatio = Math.round(ratio);
  const tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
  if (Math.abs(ratio - roundedRatio) < tolerance)
    return 0;
  return ratio - roundedRatio;
}
function defineLazy(object, key, getter) {
  let value = void 0;
  Object.defineProperty(object, key, {
    get() {
      if (value === EVALUATING) {
        return void 0;
      }
      if (value === void 0) {
        value = EVALUATING;
        value = getter();
      }
      return value;
    },
    set(v) {
      Object.defineProperty(object, key, {
        value: v
        // configurable: true,
      });
    },
    configurable: true
  });
}
function objectClone(obj) {
  return Object.create(Object.getPrototypeOf(obj), Object.getOwnPropertyDescriptors(obj));
}
function assignProp(target, prop, value) {
  Object.defineProperty(target, prop, {
    value,
    writable: true,
    enumerable: true,
    configurable: true
  });
}
function rawShape(def) {
  const desc = Object.getOwnPropertyDescriptor(def, "shape");
  return desc?.get ? desc.get.raw : desc?.value;
}
function sourceShape(schema) {
  return rawShape(schema._zod.def) ?? schema._zod.def.shape;
}
function deferProp(target, key, getter) {
  Object.defineProperty(target, key, {
    get() {
      const value = getter();
      assignProp(this, key, value);
      return value;
    },
    enumerable: true,
    configurable: true
  });
}
function putProp(target, key, value) {
  if (key in target)
    assignProp(target, key, value);
  else
    target[key] = value;
}
function mirrorShape(target, source2, keys, wrap) {
  const raw = sourceShape(source2);
  for (const key of keys) {
    const desc = Object.getOwnPropertyDescriptor(raw, key);
    if (!desc.enumerable)
      continue;
    if (desc.get) {
      deferProp(target, key, () => {
        const value = source2._zod.def.shape[key];
        return wrap ? wrap(value, key) : value;
      });
    } else
      putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
  }
}
function mirrorProps(target, source2) {
  for (const key of Reflect.ownKeys(source2)) {
    const desc = Object.getOwnPropertyDescriptor(source2, key);
    if (!desc.enumerable)
      continue;
    if (desc.get)
      deferProp(target, key, () => source2[key]);
    else
      putProp(target, key, desc.value);
  }
}
function mergeDefs(...defs) {
  const mergedDescriptors = {};
  for (const def of defs) {
    const descriptors = Object.getOwnPropertyDescriptors(def);
    Object.assign(mergedDescriptors, descriptors);
  }
  return Object.defineProperties({}, mergedDescriptors);
}
function cloneDef(schema) {
  return mergeDefs(schema._zod.def);
}
function getElementAtPath(obj, path3) {
  if (!path3)
    return obj;
  return path3.reduce((acc, key) => acc?.[key], obj);
}
function promiseAllObject(promisesObj) {
  const keys = Object.keys(promisesObj);
  const promises = keys.map((key) => promisesObj[key]);
  return Promise.all(promises).then((results) => {
    const resolvedObj = {};
    for (let i = 0; i < keys.length; i++) {
      resolvedObj[keys[i]] = results[i];
    }
    return resolvedObj;
  });
}
function randomString(length = 10) {
  const chars = "abcdefghijklmnopqrstuvwxyz";
  let str = "";
  for (let i = 0; i < length; i++) {
    str += chars[Math.floor(Math.random() * chars.length)];
  }
  return str;
}
function esc(str) {
  return JSON.stringify(str);
}
function slugify(input) {
  return input.toLowerCase().trim().replace(/[^\w\s-]/g, "").replace(/[\s_-]+/g, "-").replace(/^-+|-+$/g, "");
}
function isObject(data) {
  return typeof data === "object" && data !== null && !Array.isArray(data);
}
function isPlainObject(o) {
  if (isObject(o) === false)
    return false;
  const ctor = o.constructor;
  if (ctor === void 0)
    return true;
  if (typeof ctor !== "function")
    return true;
  const prot = ctor.prototype;
  if (isObject(prot) === false)
    return false;
  if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
    return false;
  }
  return true;
}
function shallowClone(o) {
  if (isPlainObject(o))
    return { ...o };
  if (Array.isArray(o))
    return [...o];
  if (o instanceof Map)
    return new Map(o);
  if (o instanceof Set)
    return new Set(o);
  return o;
}
function numKeys(data) {
  let keyCount = 0;
  for (const key in data) {
    if (Object.prototype.hasOwnProperty.call(data, key)) {
      keyCount++;
    }
  }
  return keyCount;
}
function escapeRegex(str) {
  return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function clone(inst, def, params) {
  const cl = new inst._zod.constr(def ?? inst._zod.def);
  if (!def || params?.parent)
    cl._zod.parent = inst;
  return cl;
}
function normalizeParams(_params) {
  const params = _params;
  if (!params)
    return {};
  if (typeof params === "string")
    return { error: () => params };
  if (params?.message !== void 0) {
    if (params?.error !== void 0)
      throw new Error("Cannot specify both `message` and `error` params");
    params.error = params.message;
  }
  delete params.message;
  if (typeof params.error === "string")
    return { ...params, error: () => params.error };
  return params;
}
function createTransparentProxy(getter) {
  let target;
  return new Proxy({}, {
    get(_, prop, receiver) {
      target ?? (target = getter());
      return Reflect.get(target, prop, receiver);
    },
    set(_, prop, value, receiver) {
      target ?? (target = getter());
      return Reflect.set(target, prop, value, receiver);
    },
    has(_, prop) {
      target ?? (target = getter());
      return Reflect.has(target, prop);
    },
    deleteProperty(_, prop) {
      target ?? (target = getter());
      return Reflect.deleteProperty(target, prop);
    },
    ownKeys(_) {
      target ?? (target = getter());
      return Reflect.ownKeys(target);
    },
    getOwnPropertyDescriptor(_, prop) {
      target ?? (target = getter());
      return Reflect.getOwnPropertyDescriptor(target, prop);
    },
    defineProperty(_, prop, descriptor) {
      target ?? (target = getter());
      return Reflect.defineProperty(target, prop, descriptor);
    }
  });
}
function stringifyPrimitive(value) {
  if (typeof value === "bigint")
    return value.toString() + "n";
  if (typeof value === "string")
    return `"${value}"`;
  return `${value}`;
}
function optionalKeys(shape) {
  return Object.keys(shape).filter((k) => {
    return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
  });
}
function pick(schema, mask) {
  const currDef = schema._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(".pick() cannot be used on object schemas containing refinements");
  }
  const newShape = {};
  mirrorShape(newShape, schema, maskedKeys(schema, mask));
  return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function maskedKeys(schema, mask) {
  const raw = sourceShape(schema);
  const keys = [];
  for (const key of Reflect.ownKeys(mask)) {
    if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) {
      throw new Error(`Unrecognized key: "${String(key)}"`);
    }
    if (mask[key])
      keys.push(key);
  }
  return keys;
}
function omit(schema, mask) {
  const currDef = schema._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(".omit() cannot be used on object schemas containing refinements");
  }
  const omitted = new Set(maskedKeys(schema, mask));
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)).filter((key) => !omitted.has(key)));
  return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function extend(schema, shape) {
  if (!isPlainObject(shape)) {
    throw new Error("Invalid input to extend: expected a plain object");
  }
  const checks = schema._zod.def.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    const existingShape = sourceShape(schema);
    for (const key of Reflect.ownKeys(shape)) {
      if (Object.getOwnPropertyDescriptor(existingShape, key) !== void 0) {
        throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
      }
    }
  }
  return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function extended(schema, shape) {
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
  mirrorProps(newShape, shape);
  return newShape;
}
function safeExtend(schema, shape) {
  if (!isPlainObject(shape)) {
    throw new Error("Invalid input to safeExtend: expected a plain object");
  }
  return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function merge(a, b) {
  if (!b?._zod?.def) {
    throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
  }
  if (a._zod.def.checks?.length) {
    throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
  }
  const newShape = {};
  mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
  mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
  const def = mergeDefs(a._zod.def, {
    shape: newShape,
    get catchall() {
      return b._zod.def.catchall;
    },
    checks: b._zod.def.checks ?? []
  });
  return clone(a, def);
}
function partial(Class2, schema, mask, name2 = "partial") {
  const currDef = schema._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(`.${name2}() cannot be used on object schemas containing refinements`);
  }
  const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0;
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), Class2 && ((value, key) => selected && !selected.has(key) ? value : new Class2({ type: "optional", innerType: value })));
  return clone(schema, mergeDefs(schema._zod.def, { shape: newShape, checks: [] }));
}
function required(Class2, schema, mask) {
  const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0;
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), (value, key) => (
    // overwrite with non-optional
    selected && !selected.has(key) ? value : new Class2({ type: "nonoptional", innerType: value })
  ));
  return clone(schema, mergeDefs(schema._zod.def, { shape: newShape }));
}
function aborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue !== true) {
      return true;
    }
  }
  return false;
}
function explicitlyAborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue === false) {
      return true;
    }
  }
  return false;
}
function prefixIssues(path3, issues) {
  return issues.map((iss) => {
    var _a3;
    (_a3 = iss).path ?? (_a3.path = []);
    iss.path.unshift(path3);
    return iss;
  });
}
function unwrapMessage(message) {
  return typeof message === "string" ? message : message?.message;
}
function sizeCaps(defChecks) {
  const caps = [];
  for (const ch of defChecks ?? []) {
    const d = ch._zod.def;
    if (!/_(length|size)$|_equals$/.test(d.check))
      break;
    const max = d.maximum ?? d.length ?? d.size;
    if (max >= 0)
      caps.push([max, ch]);
  }
  return caps;
}
function attachSchema(issues, start, inst) {
  var _a3;
  for (let i = start; i < issues.length; i++) {
    (_a3 = issues[i]).schema ?? (_a3.schema = inst);
  }
}
function finalizeIssue(iss, ctx, config2) {
  var _a3;
  const traits = iss.inst?._zod?.traits;
  if (traits?.has("$ZodType")) {
    if (traits.has("$ZodCheck"))
      (_a3 = iss).schema ?? (_a3.schema = iss.inst);
    else
      iss.schema = iss.inst;
  }
  const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
  const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config2.customError?.(iss)) ?? unwrapMessage(config2.localeError?.(iss)) ?? "Invalid input";
  const full = {};
  for (const k of Object.keys(iss)) {
    if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
      continue;
    full[k] = iss[k];
  }
  full.path ?? (full.path = []);
  full.message = message;
  if (ctx?.reportInput) {
    full.input = iss.input;
  }
  return full;
}
function getSizableOrigin(input) {
  if (input instanceof Set)
    return "set";
  if (input instanceof Map)
    return "map";
  if (input instanceof File)
    return "file";
  return "unknown";
}
function codePointLength(str) {
  const units = str.length;
  if (!highSurrogate.test(str))
    return units;
  let count2 = units;
  for (let i = 0; i < units - 1; i++) {
    if ((str.charCodeAt(i) & 64512) === 55296 && (str.charCodeAt(i + 1) & 64512) === 56320) {
      count2--;
      i++;
    }
  }
  return count2;
}
function getLengthableOrigin(input) {
  if (Array.isArray(input))
    return "array";
  if (typeof input === "string")
    return "string";
  return "unknown";
}
function parsedType(data) {
  const t = typeof data;
  switch (t) {
    case "number": {
      return Number.isNaN(data) ? "nan" : "number";
    }
    case "object": {
      if (data === null) {
        return "null";
      }
      if (Array.isArray(data)) {
        return "array";
      }
      const obj = data;
      if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
        return obj.constructor.name;
      }
    }
  }
  return t;
}
function issue(...args) {
  const [iss, input, inst] = args;
  if (typeof iss === "string") {
    return {
      message: iss,
      code: "custom",
      input,
      inst
    };
  }
  return { ...iss };
}
function cleanEnum(obj) {
  return Object.entries(obj).filter(([k, _]) => {
    return Number.isNaN(Number.parseInt(k, 10));
  }).map((el) => el[1]);
}
function base64ToUint8Array(base642) {
  const binaryString = atob(base642);
  const bytes = new Uint8Array(binaryString.length);
  for (let i = 0; i < binaryString.length; i++) {
    bytes[i] = binaryString.charCodeAt(i);
  }
  return bytes;
}
function uint8ArrayToBase64(bytes) {
  let binaryString = "";
  for (let i = 0; i < bytes.length; i++) {
    binaryString += String.fromCharCode(bytes[i]);
  }
  return btoa(binaryString);
}
function base64urlToUint8Array(base64url2) {
  const base642 = base64url2.replace(/-/g, "+").replace(/_/g, "/");
  const padding = "=".repeat((4 - base642.length % 4) % 4);
  return base64ToUint8Array(base642 + padding);
}
function uint8ArrayToBase64url(bytes) {
  return uint8ArrayToBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "");
}
function hexToUint8Array(hex) {
  const cleanHex = hex.replace(/^0x/, "");
  if (cleanHex.length % 2 !== 0) {
    throw new Error("Invalid hex string length");
  }
  const bytes = new Uint8Array(cleanHex.length / 2);
  for (let i = 0; i < cleanHex.length; i += 2) {
    bytes[i / 2] = Number.parseInt(cleanHex.slice(i, i + 2), 16);
  }
  return bytes;
}
function uint8ArrayToHex(bytes) {
  return Array.from(bytes).map((b) => b.toString(16).padStart(2, "0")).join("");
}
function members(proto, table) {
  for (const key in table) {
    const desc = Object.getOwnPropertyDescriptor(table, key);
    if (desc.get)
      Object.defineProperty(proto, key, { ...desc, enumerable: false });
    else
      defineBound(proto, key, desc.value);
  }
}
function own(inst, key, value, enumerable = true) {
  Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
  return value;
}
function hide(inst, key, value) {
  return own(inst, key, value, false);
}
// @__NO_SIDE_EFFECTS__
function derived(computes, table) {
  for (const key in computes) {
    const compute = computes[key];
    Object.defineProperty(table, key, {
      configurable: true,
      enumerable: true,
      get() {
        return own(this, key, compute(this));
      },
      set(value) {
        own(this, key, value);
      }
    });
  }
  return table;
}
function defineBound(proto, key, fn) {
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      return this == null ? fn : own(this, key, fn.bind(this));
    },
    set(value) {
      own(this, key, value);
    }
  });
}
function claim(inst, sentinel) {
  const proto = Object.getPrototypeOf(inst);
  return sentinel in proto ? void 0 : proto;
}
function defineLazyInternal(inst, key, compute) {
  const proto = Object.getPrototypeOf(inst._zod);
  if (key in proto && installing !== inst._zod) {
    installing = void 0;
    return;
  }
  installing = inst._zod;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      Object.defineProperty(this, key, breaker);
      const outer = broke;
      broke = false;
      try {
        const value = compute(this);
        if (broke)
          delete this[key];
        else
          Object.defineProperty(this, key, { configurable: true, writable: true, value });
        broke = broke || outer;
        return value;
      } catch (err) {
        delete this[key];
        broke = broke || outer;
        throw err;
      }
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, value });
    }
  });
}
function installLazyProp(inst, key, make, enumerable) {
  const proto = claim(inst, key);
  if (!proto)
    return;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      const desc = { configurable: true, writable: true, enumerable, value: void 0 };
      Object.defineProperty(this, key, desc);
      desc.value = make(this);
      Object.defineProperty(this, key, desc);
      return desc.value;
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
    }
  });
}
function constantCatch(value) {
  const fn = () => value;
  fn[CONSTANT_CATCH] = true;
  return fn;
}
var Cached, EVALUATING, captureStackTrace, allowsEval, getParsedType, propertyKeyTypes, primitiveTypes, NUMBER_FORMAT_RANGES, BIGINT_FORMAT_RANGES, highSurrogate, Class, installing, broke, breaker, CONSTANT_CATCH;
var init_util = __esm({
  "node_modules/zod/v4/core/util.js"() {
    init_core();
    Cached = class {
      constructor(getter) {
        this._getter = getter;
        this._value = void 0;
      }
      get value() {
        const getter = this._getter;
        if (getter !== void 0) {
          this._value = getter();
          this._getter = void 0;
        }
        return this._value;
      }
    };
    EVALUATING = /* @__PURE__ */ Symbol("evaluating");
    captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
    };
    allowsEval = /* @__PURE__ */ cached(() => {
      if (globalConfig.jitless) {
        return false;
      }
      if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) {
        return false;
      }
      try {
        const F = Function;
        new F("");
        return true;
      } catch (_) {
        return false;
      }
    });
    getParsedType = (data) => {
      const t = typeof data;
      switch (t) {
        case "undefined":
          return "undefined";
        case "string":
          return "string";
        case "number":
          return Number.isNaN(data) ? "nan" : "number";
        case "boolean":
          return "boolean";
        case "function":
          return "function";
        case "bigint":
          return "bigint";
        case "symbol":
          return "symbol";
        case "object":
          if (Array.isArray(data)) {
            return "array";
          }
          if (data === null) {
            return "null";
          }
          if (data.then && typeof data.then === "function" && data.catch && typeof data.catch === "function") {
            return "promise";
          }
          if (typeof Map !== "undefined" && data instanceof Map) {
            return "map";
          }
          if (typeof Set !== "undefined" && data instanceof Set) {
            return "set";
          }
          if (typeof Date !== "undefined" && data instanceof Date) {
            return "date";
          }
          if (typeof File !== "undefined" && data instanceof File) {
            return "file";
          }
          return "object";
        default:
          throw new Error(`Unknown data type: ${t}`);
      }
    };
    propertyKeyTypes = /* @__PURE__ */ new Set(["string", "number", "symbol"]);
    primitiveTypes = /* @__PURE__ */ new Set([
      "string",
      "number",
      "bigint",
      "boolean",
      "symbol",
      "undefined"
    ]);
    NUMBER_FORMAT_RANGES = /* @__PURE__ */ (() => ({
      safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
      int32: [-2147483648, 2147483647],
      uint32: [0, 4294967295],
      float32: [-34028234663852886e22, 34028234663852886e22],
      float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
    }))();
    BIGINT_FORMAT_RANGES = {
      int64: [/* @__PURE__ */ BigInt("-9223372036854775808"), /* @__PURE__ */ BigInt("9223372036854775807")],
      uint64: [/* @__PURE__ */ BigInt(0), /* @__PURE__ */ BigInt("18446744073709551615")]
    };
    highSurrogate = /[\uD800-\uDBFF]/;
    Class = class {
      constructor(..._args) {
      }
    };
    broke = false;
    breaker = {
      configurable: true,
      get() {
        broke = true;
        return void 0;
      }
    };
    CONSTANT_CATCH = "~constantCatch";
  }
});

// node_modules/zod/v4/core/core.js
function newError(Definition) {
  const E = _E;
  if (E) {
    const saved = E.stackTraceLimit;
    if (typeof saved === "number") {
      try {
        E.stackTraceLimit = 0;
      } catch {
        _E = null;
        return new Definition();
      }
      try {
        return new Definition();
      } finally {
        E.stackTraceLimit = saved;
      }
    }
  }
  return new Definition();
}
// @__NO_SIDE_EFFECTS__
function $constructor(name2, initializer3, proto, params) {
  const zodProto = {};
  function Internals(def) {
    this.def = def;
    this.constr = _;
    this.traits = /* @__PURE__ */ new Set();
  }
  Internals.prototype = zodProto;
  const protoMembers = proto;
  const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
  function init(inst, def) {
    if (!inst._zod) {
      _zodDesc.value = new Internals(def);
      try {
        Object.defineProperty(inst, "_zod", _zodDesc);
      } finally {
        _zodDesc.value = void 0;
      }
    } else if (inst._zod.traits.has(name2)) {
      return;
    }
    inst._zod.traits.add(name2);
    initializer3(inst, def);
    if (initialized) {
      const own2 = Object.getPrototypeOf(inst);
      const ctorProto = inst._zod.constr.prototype;
      let up = own2;
      while (up && up !== ctorProto)
        up = Object.getPrototypeOf(up);
      const target = up ?? own2;
      if (!initialized.has(target)) {
        initialized.add(target);
        members(target, protoMembers);
      }
    }
    const proto2 = _.prototype;
    for (const k in proto2) {
      if (!Object.prototype.hasOwnProperty.call(proto2, k))
        continue;
      if (!(k in inst)) {
        inst[k] = proto2[k].bind(inst);
      }
    }
  }
  const Parent = params?.Parent ?? Object;
  class Definition extends Parent {
  }
  Object.defineProperty(Definition, "name", { value: name2 });
  function _(def) {
    const inst = params?.Parent ? newError(Definition) : this;
    init(inst, def);
    const deferred = inst._zod.deferred;
    if (deferred) {
      for (const fn of deferred) {
        fn();
      }
      inst._zod.deferred = void 0;
    }
    const pp = globalThis.__zod_globalConfig?.postProcessor;
    if (pp)
      pp(inst);
    return inst;
  }
  Object.defineProperty(_, "init", { value: init });
  Object.defineProperty(_, Symbol.hasInstance, {
    value: (inst) => {
      if (params?.Parent && inst instanceof params.Parent)
        return true;
      return inst?._zod?.traits?.has(name2);
    }
  });
  Object.defineProperty(_, "name", { value: name2 });
  return _;
}
function config(newConfig) {
  if (newConfig)
    Object.assign(globalConfig, newConfig);
  return globalConfig;
}
var _a, NEVER, _zodDesc, _E, $ZodAsyncError, $ZodEncodeError, globalConfig;
var init_core = __esm({
  "node_modules/zod/v4/core/core.js"() {
    init_util();
    NEVER = /* @__PURE__ */ Object.freeze({
      status: "aborted"
    });
    _zodDesc = { value: void 0, enumerable: false };
    _E = "captureStackTrace" in Error ? Error : null;
    $ZodAsyncError = class extends Error {
      constructor() {
        super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
      }
    };
    $ZodEncodeError = class extends Error {
      constructor(name2) {
        super(`Encountered unidirectional transform during encode: ${name2}`);
        this.name = "ZodEncodeError";
      }
    };
    (_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
    globalConfig = globalThis.__zod_globalConfig;
  }
});

// node_modules/zod/v4/core/errors.js
function _getMessage() {
  const internals = this._zod;
  internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
  return internals.message;
}
function _setMessage(value) {
  this._zod.message = value;
}
function node(obj, key, make) {
  if (!Object.prototype.hasOwnProperty.call(obj, key)) {
    if (key === "__proto__") {
      Object.defineProperty(obj, key, { value: make(), writable: true, enumerable: true, configurable: true });
    } else {
      obj[key] = make();
    }
  }
  return obj[key];
}
function flattenError(error2, mapper = (issue2) => issue2.message) {
  const fieldErrors = {};
  const formErrors = [];
  for (const sub of error2.issues) {
    if (sub.path.length > 0) {
      node(fieldErrors, sub.path[0], () => []).push(mapper(sub));
    } else {
      formErrors.push(mapper(sub));
    }
  }
  return { formErrors, fieldErrors };
}
function formatError(error2, mapper = (issue2) => issue2.message) {
  const fieldErrors = { _errors: [] };
  const processError = (error3, path3 = []) => {
    for (const issue2 of error3.issues) {
      if (issue2.code === "invalid_union" && issue2.errors.length) {
        issue2.errors.map((issues) => processError({ issues }, [...path3, ...issue2.path]));
      } else if (issue2.code === "invalid_key") {
        processError({ issues: issue2.issues }, [...path3, ...issue2.path]);
      } else if (issue2.code === "invalid_element") {
        processError({ issues: issue2.issues }, [...path3, ...issue2.path]);
      } else {
        const fullpath = [...path3, ...issue2.path];
        if (fullpath.length === 0) {
          fieldErrors._errors.push(mapper(issue2));
        } else {
          let curr = fieldErrors;
          let i = 0;
          while (i < fullpath.length) {
            const el = fullpath[i];
            const terminal = i === fullpath.length - 1;
            if (el === "_errors") {
              if (terminal)
                curr._errors.push(mapper(issue2));
              i++;
              continue;
            }
            if (!Object.prototype.hasOwnProperty.call(curr, el)) {
              Object.defineProperty(curr, el, {
                value: { _errors: [] },
                enumerable: true,
                writable: true,
                configurable: true
              });
            }
            const node2 = curr[el];
            if (terminal) {
              node2._errors.push(mapper(issue2));
            }
            curr = node2;
            i++;
          }
        }
      }
    }
  };
  processError(error2);
  return fieldErrors;
}
var _messageDesc, _issuesDesc, _installedToString, initializer, $ZodError, $ZodRealError;
var init_errors = __esm({
  "node_modules/zod/v4/core/errors.js"() {
    init_core();
    init_util();
    _messageDesc = {
      get: _getMessage,
      set: _setMessage,
      enumerable: true,
      configurable: true
    };
    _issuesDesc = { value: void 0, enumerable: false };
    _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
    initializer = (inst, def) => {
      inst.name = "$ZodError";
      _issuesDesc.value = def;
      Object.defineProperty(inst, "issues", _issuesDesc);
      _issuesDesc.value = void 0;
      Object.defineProperty(inst, "message", _messageDesc);
      const proto = Object.getPrototypeOf(inst);
      if (!_installedToString.has(proto)) {
        _installedToString.add(proto);
        Object.defineProperty(proto, "toString", {
          configurable: true,
          enumerable: false,
          get() {
            const value = () => this.message;
            Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
            return value;
          },
          set(value) {
            Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
          }
        });
      }
    };
    $ZodError = $constructor("$ZodError", initializer);
    $ZodRealError = $constructor("$ZodError", initializer, void 0, {
      Parent: Error
    });
  }
});

// node_modules/zod/v4/core/parse.js
function finalizeParams(callee, params) {
  return { callee: params?.callee ?? callee, Err: params?.Err };
}
function failure(Err, issues, ctx) {
  let error2;
  return {
    success: false,
    get error() {
      if (!error2) {
        error2 = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
        issues = void 0;
        ctx = void 0;
      }
      return error2;
    },
    set error(e) {
      error2 = e;
      issues = void 0;
      ctx = void 0;
    }
  };
}
function validateFallback(schema, value, _ctx) {
  const ctx = _ctx ? { ..._ctx, async: false, abortEarly: true } : { async: false, abortEarly: true };
  const fallbackRun = schema._zod.bag.fallbackRun;
  let result;
  if (fallbackRun) {
    ctx[COMPILE_FALLBACK] = true;
    result = fallbackRun({ value, issues: [] }, ctx);
  } else {
    result = schema._zod.run({ value, issues: [] }, ctx);
  }
  if (result instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result.issues.length === 0;
}
var _parse, _parseAsync, _safeParse, _safeParseAsync, COMPILE_INVALID, COMPILE_FALLBACK, validate2, validateAsync, _encode, _decode, _encodeAsync, _decodeAsync, _safeEncode, _safeDecode, _safeEncodeAsync, _safeDecodeAsync;
var init_parse = __esm({
  "node_modules/zod/v4/core/parse.js"() {
    init_core();
    init_util();
    _parse = (_Err) => {
      const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
        const result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise) {
          throw new $ZodAsyncError();
        }
        if (result.issues.length) {
          const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
          captureStackTrace(e, _params?.callee ?? fn);
          throw e;
        }
        return result.value;
      };
      return fn;
    };
    _parseAsync = (_Err) => {
      const fn = async (schema, value, _ctx, params) => {
        const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
        let result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise)
          result = await result;
        if (result.issues.length) {
          const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
          captureStackTrace(e, params?.callee ?? fn);
          throw e;
        }
        return result.value;
      };
      return fn;
    };
    _safeParse = (_Err) => (schema, value, _ctx) => {
      const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
      const result = schema._zod.run({ value, issues: [] }, ctx);
      if (result instanceof Promise) {
        throw new $ZodAsyncError();
      }
      return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
    };
    _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
      const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
      let result = schema._zod.run({ value, issues: [] }, ctx);
      if (result instanceof Promise)
        result = await result;
      return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
    };
    COMPILE_INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid");
    COMPILE_FALLBACK = /* @__PURE__ */ Symbol.for("zod.compile.fallback");
    validate2 = ((schema, value, _ctx) => {
      const validator = schema._zod.bag.validator;
      if (validator !== void 0) {
        if (validator(value) !== COMPILE_INVALID)
          return true;
        if (validator.definite === true && _ctx === void 0)
          return false;
      }
      return validateFallback(schema, value, _ctx);
    });
    validateAsync = async (schema, value, _ctx) => {
      const ctx = _ctx ? { ..._ctx, async: true, abortEarly: true } : { async: true, abortEarly: true };
      let result = schema._zod.run({ value, issues: [] }, ctx);
      if (result instanceof Promise)
        result = await result;
      return result.issues.length === 0;
    };
    _encode = (_Err) => {
      const parse3 = _parse(_Err);
      const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return parse3(schema, value, ctx, finalizeParams(fn, _params));
      };
      return fn;
    };
    _decode = (_Err) => {
      const parse3 = _parse(_Err);
      const fn = (schema, value, _ctx, _params) => {
        return parse3(schema, value, _ctx, finalizeParams(fn, _params));
      };
      return fn;
    };
    _encodeAsync = (_Err) => {
      const parseAsync2 = _parseAsync(_Err);
      const fn = async (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return await parseAsync2(schema, value, ctx, finalizeParams(fn, _params));
      };
      return fn;
    };
    _decodeAsync = (_Err) => {
      const parseAsync2 = _parseAsync(_Err);
      const fn = async (schema, value, _ctx, _params) => {
        return await parseAsync2(schema, value, _ctx, finalizeParams(fn, _params));
      };
      return fn;
    };
    _safeEncode = (_Err) => (schema, value, _ctx) => {
      const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
      return _safeParse(_Err)(schema, value, ctx);
    };
    _safeDecode = (_Err) => (schema, value, _ctx) => {
      return _safeParse(_Err)(schema, value, _ctx);
    };
    _safeEncodeAsync = (_Err) => async (schema, value, _ctx) => {
      const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
      return _safeParseAsync(_Err)(schema, value, ctx);
    };
    _safeDecodeAsync = (_Err) => async (schema, value, _ctx) => {
      return _safeParseAsync(_Err)(schema, value, _ctx);
    };
  }
});

// node_modules/zod/v4/core/regexes.js
function nanoidOfLength(length) {
  return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
}
function emoji() {
  return new RegExp(_emoji, "u");
}
function anchor(source2) {
  return new RegExp(`^${source2}$`);
}
function timeSource(args) {
  const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
  const regex = typeof args.precision === "number" ? args.precision === -1 ? `${hhmm}` : args.precision === 0 ? `${hhmm}:[0-5]\\d` : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}` : args.seconds ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?` : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
  return regex;
}
function time(args) {
  return new RegExp(`^${timeSource(args)}$`);
}
function datetime(args) {
  const opts = ["Z"];
  if (args.offset)
    opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
  const qualified = `${timeSource({ precision: args.precision, seconds: true })}(?:${opts.join("|")})`;
  const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
  return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
var cuid, cuid2, ulid, xid, ksuid, nanoid, duration, guid, uuid, email, _emoji, ipv4, ipv6, cidrv4, cidrv6, base64, base64url, httpProtocol, e164, dateSource, date, anyString, integer, number, boolean, lowercase, uppercase;
var init_regexes = __esm({
  "node_modules/zod/v4/core/regexes.js"() {
    cuid = /^[cC][0-9a-z]{6,}$/;
    cuid2 = /^[0-9a-z]+$/;
    ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
    xid = /^[0-9a-vA-V]{20}$/;
    ksuid = /^[A-Za-z0-9]{27}$/;
    nanoid = /^[a-zA-Z0-9_-]{21}$/;
    duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
    guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
    uuid = (version2) => {
      if (!version2)
        return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
      return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version2}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
    };
    email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
    _emoji = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
    ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
    ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
    cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
    cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
    base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
    base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
    httpProtocol = /^https?$/;
    e164 = /^\+[1-9]\d{6,14}$/;
    dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
    date = /* @__PURE__ */ anchor(dateSource);
    anyString = /^[\s\S]{0,}$/;
    integer = /^-?\d+$/;
    number = /^-?\d+(?:\.\d+)?$/;
    boolean = /^(?:true|false)$/i;
    lowercase = /^[^A-Z]*$/;
    uppercase = /^[^a-z]*$/;
  }
});

// node_modules/zod/v4/core/checks.js
var $ZodCheck, _whenHasLength, numericOriginMap, $ZodCheckLessThan, $ZodCheckGreaterThan, $ZodCheckMultipleOf, $ZodCheckNumberFormat, $ZodCheckMaxLength, $ZodCheckMinLength, $ZodCheckLengthEquals, $ZodCheckStringFormat, $ZodCheckRegex, $ZodCheckLowerCase, $ZodCheckUpperCase, $ZodCheckIncludes, $ZodCheckStartsWith, $ZodCheckEndsWith, $ZodCheckOverwrite;
var init_checks = __esm({
  "node_modules/zod/v4/core/checks.js"() {
    init_core();
    init_regexes();
    init_util();
    $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
      var _a3;
      inst._zod ?? (inst._zod = {});
      inst._zod.def = def;
      (_a3 = inst._zod).onattach ?? (_a3.onattach = []);
    });
    _whenHasLength = (payload) => {
      const val = payload.value;
      return !nullish(val) && val.length !== void 0;
    };
    numericOriginMap = {
      number: "number",
      bigint: "bigint",
      object: "date"
    };
    $ZodCheckLessThan = /* @__PURE__ */ $constructor("$ZodCheckLessThan", (inst, def) => {
      $ZodCheck.init(inst, def);
      const origin = numericOriginMap[typeof def.value];
      inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
          return;
        }
        payload.issues.push({
          origin: numericOriginMap[typeof payload.value] ?? origin,
          code: "too_big",
          maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
          input: payload.value,
          inclusive: def.inclusive,
          inst,
          continue: !def.abort
        });
      };
    });
    $ZodCheckGreaterThan = /* @__PURE__ */ $constructor("$ZodCheckGreaterThan", (inst, def) => {
      $ZodCheck.init(inst, def);
      const origin = numericOriginMap[typeof def.value];
      inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
          return;
        }
        payload.issues.push({
          origin: numericOriginMap[typeof payload.value] ?? origin,
          code: "too_small",
          minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
          input: payload.value,
          inclusive: def.inclusive,
          inst,
          continue: !def.abort
        });
      };
    });
    $ZodCheckMultipleOf = /* @__PURE__ */ $constructor("$ZodCheckMultipleOf", (inst, def) => {
      $ZodCheck.init(inst, def);
      inst._zod.check = (payload) => {
        if (typeof payload.value !== typeof def.value)
          throw new Error("Cannot mix number and bigint in multiple_of check.");
        const isMultiple = typeof payload.value === "bigint" ? (
          // `value % 0n` throws, and nothing is a multiple of zero — the number branch already fails this way via NaN
          def.value !== BigInt(0) && payload.value % def.value === BigInt(0)
        ) : floatSafeRemainder(payload.value, def.value) === 0;
        if (isMultiple)
          return;
        payload.issues.push({
          origin: typeof payload.value,
          code: "not_multiple_of",
          divisor: def.value,
          input: payload.value,
          inst,
          continue: !def.abort
        });
      };
    });
    $ZodCheckNumberFormat = /* @__PURE__ */ $constructor("$ZodCheckNumberFormat", (inst, def) => {
      $ZodCheck.init(inst, def);
      def.format = def.format || "float64";
      const isInt = def.format?.includes("int");
      const origin = isInt ? "int" : "number";
      const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
      inst._zod.check = (payload) => {
        const input = payload.value;
        if (isInt) {
          if (!Number.isInteger(input)) {
            payload.issues.push({
              expected: origin,
              format: def.format,
              code: "invalid_type",
              continue: false,
              input,
              inst
            });
            return;
          }
          if (!Number.isSafeInteger(input)) {
            if (input > 0) {
              payload.issues.push({
                input,
                code: "too_big",
                maximum: Number.MAX_SAFE_INTEGER,
                note: "Integers must be within the safe integer range.",
                inst,
                origin,
                inclusive: true,
                continue: !def.abort
              });
            } else {
              payload.issues.push({
                input,
                code: "too_small",
                minimum: Number.MIN_SAFE_INTEGER,
                note: "Integers must be within the safe integer range.",
                inst,
                origin,
                inclusive: true,
                continue: !def.abort
              });
            }
            return;
          }
        }
        if (input < minimum) {
          payload.issues.push({
            origin: "number",
            input,
            code: "too_small",
            minimum,
            inclusive: true,
            inst,
            continue: !def.abort
          });
        }
        if (input > maximum) {
          payload.issues.push({
            origin: "number",
            input,
            code: "too_big",
            maximum,
            inclusive: true,
            inst,
            continue: !def.abort
          });
        }
      };
    });
    $ZodCheckMaxLength = /* @__PURE__ */ $constructor("$ZodCheckMaxLength", (inst, def) => {
      var _a3;
      $ZodCheck.init(inst, def);
      (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
      inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        const length = typeof input === "string" && units > def.maximum ? codePointLength(input) : units;
        if (length <= def.maximum)
          return;
        const origin = getLengthableOrigin(input);
        payload.issues.push({
          origin,
          code: "too_big",
          maximum: def.maximum,
          inclusive: true,
          input,
          inst,
          continue: !def.abort
        });
      };
    });
    $ZodCheckMinLength = /* @__PURE__ */ $constructor("$ZodCheckMinLength", (inst, def) => {
      var _a3;
      $ZodCheck.init(inst, def);
      (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
      inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input) : units;
        if (length >= def.minimum)
          return;
        const origin = getLengthableOrigin(input);
        payload.issues.push({
          origin,
          code: "too_small",
          minimum: def.minimum,
          inclusive: true,
          input,
          inst,
          continue: !def.abort
        });
      };
    });
    $ZodCheckLengthEquals = /* @__PURE__ */ $constructor("$ZodCheckLengthEquals", (inst, def) => {
      var _a3;
      $ZodCheck.init(inst, def);
      (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
      inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        const length = typeof input === "string" && units >= def.length && units <= def.length * 2 ? codePointLength(input) : units;
        if (length === def.length)
          return;
        const origin = getLengthableOrigin(input);
        const tooBig = length > def.length;
        payload.issues.push({
          origin,
          ...tooBig ? { code: "too_big", maximum: def.length } : { code: "too_small", minimum: def.length },
          inclusive: true,
          exact: true,
          input: payload.value,
          inst,
          continue: !def.abort
        });
      };
    });
    $ZodCheckStringFormat = /* @__PURE__ */ $constructor("$ZodCheckStringFormat", (inst, def) => {
      var _a3, _b;
      $ZodCheck.init(inst, def);
      if (def.pattern)
        (_a3 = inst._zod).check ?? (_a3.check = (payload) => {
          def.pattern.lastIndex = 0;
          if (def.pattern.test(payload.value))
            return;
          payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: def.format,
            input: payload.value,
            ...def.pattern ? { pattern: def.pattern.toString() } : {},
            inst,
            continue: !def.abort
          });
        });
      else
        (_b = inst._zod).check ?? (_b.check = () => {
        });
    });
    $ZodCheckRegex = /* @__PURE__ */ $constructor("$ZodCheckRegex", (inst, def) => {
      $ZodCheckStringFormat.init(inst, def);
      inst._zod.check = (payload) => {
        def.pattern.lastIndex = 0;
        if (def.pattern.test(payload.value))
          return;
        payload.issues.push({
          origin: "string",
          code: "invalid_format",
          format: "regex",
          input: payload.value,
          pattern: def.pattern.toString(),
          inst,
          continue: !def.abort
        });
      };
    });
    $ZodCheckLowerCase = /* @__PURE__ */ $constructor("$ZodCheckLowerCase", (inst, def) => {
      def.pattern ?? (def.pattern = lowercase);
      $ZodCheckStringFormat.init(inst, def);
    });
    $ZodCheckUpperCase = /* @__PURE__ */ $constructor("$ZodCheckUpperCase", (inst, def) => {
      def.pattern ?? (def.pattern = uppercase);
      $ZodCheckStringFormat.init(inst, def);
    });
    $ZodCheckIncludes = /* @__PURE__ */ $constructor("$ZodCheckIncludes", (inst, def) => {
      $ZodCheck.init(inst, def);
      const escapedRegex = escapeRegex(def.includes);
      const pattern = new RegExp(typeof def.position === "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
      def.pattern = pattern;
      inst._zod.check = (payload) => {
        if (payload.value.includes(def.includes, def.position))
          return;
        payload.issues.push({
          origin: "string",
          code: "invalid_format",
          format: "includes",
          includes: def.includes,
          input: payload.value,
          inst,
          continue: !def.abort
        });
      };
    });
    $ZodCheckStartsWith = /* @__PURE__ */ $constructor("$ZodCheckStartsWith", (inst, def) => {
      $ZodCheck.init(inst, def);
      const pattern = new RegExp(`^${escapeRegex(def.prefix)}.*`);
      def.pattern ?? (def.pattern = pattern);
      inst._zod.check = (payload) => {
        if (payload.value.startsWith(def.prefix))
          return;
        payload.issues.push({
          origin: "string",
          code: "invalid_format",
          format: "starts_with",
          prefix: def.prefix,
          input: payload.value,
          inst,
          continue: !def.abort
        });
      };
    });
    $ZodCheckEndsWith = /* @__PURE__ */ $constructor("$ZodCheckEndsWith", (inst, def) => {
      $ZodCheck.init(inst, def);
      const pattern = new RegExp(`.*${escapeRegex(def.suffix)}$`);
      def.pattern ?? (def.pattern = pattern);
      inst._zod.check = (payload) => {
        if (payload.value.endsWith(def.suffix))
          return;
        payload.issues.push({
          origin: "string",
          code: "invalid_format",
          format: "ends_with",
          suffix: def.suffix,
          input: payload.value,
          inst,
          continue: !def.abort
        });
      };
    });
    $ZodCheckOverwrite = /* @__PURE__ */ $constructor("$ZodCheckOverwrite", (inst, def) => {
      $ZodCheck.init(inst, def);
      inst._zod.check = (payload) => {
        payload.value = def.tx(payload.value);
      };
    });
  }
});

// node_modules/zod/v4/core/doc.js
var Doc;
var init_doc = __esm({
  "node_modules/zod/v4/core/doc.js"() {
    Doc = class {
      constructor(args = [], closed = {}) {
        this.content = [];
        this.indent = 0;
        this.args = args;
        this.closed = closed;
      }
      // the compiler catches a child's throw and keeps writing into this doc, so the indent has to unwind with it
      indented(fn) {
        this.indent += 1;
        try {
          fn(this);
        } finally {
          this.indent -= 1;
        }
      }
      write(arg) {
        if (typeof arg === "function") {
          arg(this, { execution: "sync" });
          arg(this, { execution: "async" });
          return;
        }
        const content = arg;
        const lines = content.split("\n").filter((x) => x);
        const minIndent = Math.min(...lines.map((x) => x.length - x.trimStart().length));
        const dedented = lines.map((x) => x.slice(minIndent)).map((x) => " ".repeat(this.indent * 2) + x);
        for (const line of dedented) {
          this.content.push(line);
        }
      }
      compile() {
        const F = Function;
        const content = this?.content ?? [``];
        const factory = new F(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {
${content.join("\n")}
};`);
        return factory(...Object.values(this.closed));
      }
    };
  }
});

// node_modules/zod/v4/core/versions.js
var version;
var init_versions = __esm({
  "node_modules/zod/v4/core/versions.js"() {
    version = {
      major: 4,
      minor: 6,
      patch: 7
    };
  }
});

// node_modules/zod/v4/core/schemas.js
async function validateAsync2(inst, value) {
  const ctx = { async: true };
  return toStandardResult(await inst._zod.run({ value, issues: [] }, ctx), ctx);
}
function standardProps(inst) {
  return {
    validate: (value) => {
      const ctx = { async: false };
      try {
        const r = inst._zod.run({ value, issues: [] }, ctx);
        if (!(r instanceof Promise))
          return toStandardResult(r, ctx);
      } catch (_) {
      }
      return validateAsync2(inst, value);
    },
    vendor: "zod",
    version: 1
  };
}
function canParseURL(input) {
  try {
    if (typeof URL !== "undefined" && typeof URL.canParse === "function")
      return URL.canParse(input);
    new URL(input);
    return true;
  } catch {
    return false;
  }
}
function validateURL(trimmed, def) {
  if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) {
    return canParseURL(trimmed) || URL_UNPARSEABLE;
  }
  return parseURLObject(trimmed, def);
}
function parseURLObject(trimmed, def) {
  if (!def.normalize && def.protocol?.source === httpProtocol.source && !/^https?:\/\//i.test(trimmed)) {
    return URL_BAD_FORMAT;
  }
  try {
    if (typeof URL !== "undefined") {
      const URLStatic = URL;
      if (typeof URLStatic.parse === "function")
        return URLStatic.parse(trimmed) ?? URL_UNPARSEABLE;
    }
    return new URL(trimmed);
  } catch {
    return URL_UNPARSEABLE;
  }
}
function stripTabAndNewline(value) {
  return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url, hostname) {
  hostname.lastIndex = 0;
  return hostname.test(url.hostname);
}
function urlProtocolOk(url, protocol) {
  protocol.lastIndex = 0;
  return protocol.test(url.protocol.endsWith(":") ? url.protocol.slice(0, -1) : url.protocol);
}
function isValidIPv6(value) {
  if (!ipv6Alphabet.test(value))
    return false;
  return canParseURL(`http://[${value}]`);
}
function isValidCIDRv6(value) {
  const parts = value.split("/");
  if (parts.length !== 2)
    return false;
  const [address, prefix] = parts;
  if (!prefix)
    return false;
  const prefixNum = Number(prefix);
  if (`${prefixNum}` !== prefix)
    return false;
  if (prefixNum < 0 || prefixNum > 128)
    return false;
  return isValidIPv6(address);
}
function isValidBase64(data) {
  if (data === "")
    return true;
  if (/\s/.test(data))
    return false;
  if (data.length % 4 !== 0)
    return false;
  try {
    atob(data);
    return true;
  } catch {
    return false;
  }
}
function isValidBase64URL(data) {
  if (!base64urlCharset.test(data))
    return false;
  const base642 = data.replace(/[-_]/g, (c) => c === "-" ? "+" : "/");
  const padded = base642.padEnd(Math.ceil(base642.length / 4) * 4, "=");
  return isValidBase64(padded);
}
function isValidJWT(token, algorithm = null) {
  try {
    const tokensParts = token.split(".");
    if (tokensParts.length !== 3)
      return false;
    const [header] = tokensParts;
    if (!header)
      return false;
    const parsedHeader = JSON.parse(atob(header));
    if ("typ" in parsedHeader && parsedHeader?.typ !== "JWT")
      return false;
    if (!parsedHeader.alg)
      return false;
    if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm))
      return false;
    return true;
  } catch {
    return false;
  }
}
function capSize(inst, size) {
  const caps = sizeCaps(inst._zod.def.checks);
  if (!caps.length)
    return;
  const cap2 = Math.min(...caps.map((c) => c[0]));
  const parse3 = inst._zod.parse;
  inst._zod.parse = (payload, ctx) => {
    const n = size(payload.value);
    if (n > cap2 && !ctx?.skipChecks && ctx?.direction !== "backward") {
      for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
        if (n > max && ch._zod.def.when(payload)) {
          const start = payload.issues.length;
          ch._zod.check(payload);
          payload.issues[start].continue = false;
          attachSchema(payload.issues, start, inst);
          return payload;
        }
      }
    }
    return parse3(payload, ctx);
  };
}
function handleArrayResult(result, final, index) {
  if (result.issues.length) {
    final.issues.push(...prefixIssues(index, result.issues));
  }
  final.value[index] = result.value;
}
function handlePropertyResult(result, final, key, input, optin, optout) {
  const isPresent = key in input;
  const isOptionalOut = optout === "optional";
  if (!isPresent && isOptionalOut && optin === "optional") {
    return;
  }
  if (result.issues.length) {
    if (optin !== void 0 && isOptionalOut && !isPresent) {
      return;
    }
    final.issues.push(...prefixIssues(key, result.issues));
  }
  if (!isPresent && optin === void 0) {
    if (!result.issues.length) {
      final.issues.push({
        code: "invalid_type",
        expected: "nonoptional",
        input: void 0,
        path: [key]
      });
    }
    return;
  }
  if (result.value === void 0) {
    if (isPresent || optin === "defaulted" && !isOptionalOut) {
      final.value[key] = void 0;
    }
  } else {
    final.value[key] = result.value;
  }
}
function normalizeDef(def) {
  const keys = Object.keys(def.shape);
  const ownSymbols = Object.getOwnPropertySymbols(def.shape);
  const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
  const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
  for (const k of allKeys) {
    if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
      throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
    }
  }
  const okeys = optionalKeys(def.shape);
  return {
    ...def,
    allKeys,
    symbolKeys,
    // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
    keySet: new Set(keys),
    numKeys: keys.length,
    optionalKeys: new Set(okeys)
  };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
  const unrecognized = [];
  const keySet = def.keySet;
  const _catchall = def.catchall._zod;
  const t = _catchall.def.type;
  const optin = _catchall.optin;
  const optout = _catchall.optout;
  let seen = 0;
  for (const key in input) {
    if (abortEarly && payload.issues.length !== seen) {
      if (aborted(payload, seen))
        break;
      seen = payload.issues.length;
    }
    if (keySet.has(key))
      continue;
    if (key === "__proto__") {
      if (t === "never")
        unrecognized.push(key);
      continue;
    }
    if (t === "never") {
      unrecognized.push(key);
      continue;
    }
    const r = _catchall.run({ value: input[key], issues: [] }, ctx);
    if (r instanceof Promise) {
      proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
    } else {
      handlePropertyResult(r, payload, key, input, optin, optout);
    }
  }
  if (unrecognized.length) {
    payload.issues.push({
      code: "unrecognized_keys",
      keys: unrecognized,
      input,
      inst,
      // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
      continue: true
    });
  }
  if (!proms.length)
    return payload;
  return Promise.all(proms).then(() => {
    return payload;
  });
}
function handleUnionResults(results, final, inst, ctx) {
  for (const result of results) {
    if (result.issues.length === 0) {
      final.value = result.value;
      return final;
    }
  }
  const nonaborted = results.filter((r) => !aborted(r));
  if (nonaborted.length === 1) {
    final.value = nonaborted[0].value;
    return nonaborted[0];
  }
  final.issues.push({
    code: "invalid_union",
    input: final.value,
    inst,
    errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
  });
  return final;
}
function mergeValues(a, b) {
  if (a === b) {
    return { valid: true, data: a };
  }
  if (a instanceof Date && b instanceof Date && +a === +b) {
    return { valid: true, data: a };
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const bKeys = Object.keys(b);
    const sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1);
    const newObj = { ...a, ...b };
    if (Object.prototype.hasOwnProperty.call(newObj, "__proto__"))
      delete newObj.__proto__;
    for (const key of sharedKeys) {
      if (key === "__proto__")
        continue;
      const sharedValue = mergeValues(a[key], b[key]);
      if (!sharedValue.valid) {
        return {
          valid: false,
          mergeErrorPath: [key, ...sharedValue.mergeErrorPath]
        };
      }
      newObj[key] = sharedValue.data;
    }
    return { valid: true, data: newObj };
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) {
      return { valid: false, mergeErrorPath: [] };
    }
    const newArray = [];
    for (let index = 0; index < a.length; index++) {
      const itemA = a[index];
      const itemB = b[index];
      const sharedValue = mergeValues(itemA, itemB);
      if (!sharedValue.valid) {
        return {
          valid: false,
          mergeErrorPath: [index, ...sharedValue.mergeErrorPath]
        };
      }
      newArray.push(sharedValue.data);
    }
    return { valid: true, data: newArray };
  }
  return { valid: false, mergeErrorPath: [] };
}
function handleIntersectionResults(result, left, right) {
  const unrecKeys = /* @__PURE__ */ new Map();
  let unrecIssue;
  const keyIssues = /* @__PURE__ */ new Map();
  const collect = (iss, side) => {
    let keys;
    if (iss.code === "unrecognized_keys" && !iss.path?.length) {
      unrecIssue ?? (unrecIssue = iss);
      keys = iss.keys;
    } else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
      const k = String(iss.path[0]);
      if (!keyIssues.has(k))
        keyIssues.set(k, iss);
      keys = [k];
    } else {
      return false;
    }
    for (const k of keys) {
      if (!unrecKeys.has(k))
        unrecKeys.set(k, {});
      unrecKeys.get(k)[side] = true;
    }
    return true;
  };
  for (const iss of left.issues) {
    if (!collect(iss, "l"))
      result.issues.push(iss);
  }
  for (const iss of right.issues) {
    if (!collect(iss, "r"))
      result.issues.push(iss);
  }
  const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
  if (bothKeys.length) {
    const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
    if (aggregated.length)
      result.issues.push({ ...unrecIssue, keys: aggregated });
    for (const k of bothKeys) {
      if (!aggregated.includes(k) && keyIssues.has(k))
        result.issues.push(keyIssues.get(k));
    }
  }
  const merged = mergeValues(left.value, right.value);
  if (!merged.valid) {
    if (aborted(result))
      return result;
    throw new Error(`Unmergable intersection. Error path: ${JSON.stringify(merged.mergeErrorPath)}`);
  }
  result.value = merged.data;
  return result;
}
function handleOptionalResult(payload, result) {
  payload.value = result.issues.length ? void 0 : result.value;
  return payload;
}
function handleDefaultResult(payload, def) {
  if (payload.value === void 0) {
    payload.value = def.defaultValue;
  }
  return payload;
}
function handleNonOptionalResult(payload, inst) {
  if (!payload.issues.length && payload.value === void 0) {
    payload.issues.push({
      code: "invalid_type",
      expected: "nonoptional",
      input: payload.value,
      inst
    });
  }
  return payload;
}
function handleCatchResult(payload, result, def, ctx) {
  if (!result.issues.length) {
    payload.value = result.value;
    if (result.memo)
      payload.memo = true;
    return payload;
  }
  payload.value = def.catchValue({
    ...result,
    value: payload.value,
    error: {
      issues: result.issues.map((iss) => finalizeIssue(iss, ctx, config()))
    },
    input: payload.value
  });
  return payload;
}
function handlePipeResult(left, next, ctx) {
  if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
    left.aborted = true;
    return left;
  }
  return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
function handleReadonlyResult(payload) {
  if (!payload.memo)
    payload.value = Object.freeze(payload.value);
  return payload;
}
function handleRefineResult(result, payload, input, inst) {
  if (!result) {
    const _iss = {
      code: "custom",
      input,
      inst,
      // incorporates params.error into issue reporting
      path: [...inst._zod.def.path ?? []],
      // incorporates params.error into issue reporting
      continue: !inst._zod.def.abort
      // params: inst._zod.def.params,
    };
    if (inst._zod.def.params)
      _iss.params = inst._zod.def.params;
    payload.issues.push(issue(_iss));
  }
}
var $ZodType, toStandardResult, $ZodString, $ZodStringFormat, $ZodGUID, $ZodUUID, $ZodEmail, URL_BAD_FORMAT, URL_UNPARSEABLE, asciiTabOrNewline, $ZodURL, $ZodEmoji, $ZodNanoID, $ZodCUID, $ZodCUID2, $ZodULID, $ZodXID, $ZodKSUID, $ZodISODateTime, $ZodISODate, $ZodISOTime, $ZodISODuration, $ZodIPv4, ipv6Alphabet, $ZodIPv6, $ZodCIDRv4, $ZodCIDRv6, base64Charset, $ZodBase64, base64urlCharset, $ZodBase64URL, $ZodE164, $ZodJWT, $ZodNumber, $ZodNumberFormat, $ZodBoolean, $ZodUnknown, $ZodNever, arraySize, $ZodArray, NO_SYMBOL_KEYS, $ZodObject, $ZodObjectJIT, $ZodUnion, $ZodIntersection, $ZodRecord, $ZodEnum, $ZodLiteral, $ZodTransform, $ZodOptional, $ZodExactOptional, $ZodNullable, $ZodDefault, $ZodPrefault, $ZodNonOptional, $ZodCatch, $ZodPipe, $ZodReadonly, $ZodCustom;
var init_schemas = __esm({
  "node_modules/zod/v4/core/schemas.js"() {
    init_checks();
    init_core();
    init_doc();
    init_regexes();
    init_util();
    init_versions();
    init_util();
    $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
      var _a3;
      inst ?? (inst = {});
      inst._zod.def = def;
      inst._zod.bag = inst._zod.bag || {};
      inst._zod.version = version;
      const defChecks = inst._zod.def.checks;
      const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
      for (const ch of checks) {
        for (const fn of ch._zod.onattach) {
          fn(inst);
        }
      }
      if (checks.length === 0) {
        (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
        inst._zod.deferred?.push(() => {
          inst._zod.run = inst._zod.parse;
        });
      } else {
        const runChecks = (payload, checks2, ctx) => {
          if (payload.memo)
            return payload;
          let isAborted = aborted(payload);
          let asyncResult;
          for (const ch of checks2) {
            if (ch._zod.def.when) {
              if (explicitlyAborted(payload))
                continue;
              const shouldRun = ch._zod.def.when(payload);
              if (!shouldRun)
                continue;
            } else if (isAborted) {
              continue;
            }
            const currLen = payload.issues.length;
            const _ = ch._zod.check(payload);
            if (_ instanceof Promise && ctx?.async === false) {
              throw new $ZodAsyncError();
            }
            if (asyncResult || _ instanceof Promise) {
              asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
                await _;
                const nextLen = payload.issues.length;
                if (nextLen === currLen)
                  return;
                attachSchema(payload.issues, currLen, inst);
                if (!isAborted)
                  isAborted = aborted(payload, currLen);
              });
            } else {
              const nextLen = payload.issues.length;
              if (nextLen === currLen)
                continue;
              attachSchema(payload.issues, currLen, inst);
              if (!isAborted)
                isAborted = aborted(payload, currLen);
            }
          }
          if (asyncResult) {
            return asyncResult.then(() => {
              return payload;
            });
          }
          return payload;
        };
        const handleCanaryResult = (canary, payload, ctx) => {
          if (aborted(canary)) {
            canary.aborted = true;
            return canary;
          }
          const checkResult = runChecks(payload, checks, ctx);
          if (checkResult instanceof Promise) {
            if (ctx.async === false)
              throw new $ZodAsyncError();
            return checkResult.then((checkResult2) => inst._zod.parse(checkResult2, ctx));
          }
          return inst._zod.parse(checkResult, ctx);
        };
        inst._zod.run = (payload, ctx) => {
          if (ctx.skipChecks) {
            return inst._zod.parse(payload, ctx);
          }
          if (ctx.direction === "backward") {
            const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
            if (canary instanceof Promise) {
              return canary.then((canary2) => {
                return handleCanaryResult(canary2, payload, ctx);
              });
            }
            return handleCanaryResult(canary, payload, ctx);
          }
          const result = inst._zod.parse(payload, ctx);
          if (result instanceof Promise) {
            if (ctx.async === false)
              throw new $ZodAsyncError();
            return result.then((result2) => runChecks(result2, checks, ctx));
          }
          return runChecks(result, checks, ctx);
        };
      }
    }, {
      // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
      get "~standard"() {
        return hide(this, "~standard", standardProps(this));
      },
      set "~standard"(value) {
        own(this, "~standard", value);
      }
    });
    toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
    $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.pattern = def.pattern ?? anyString;
      inst._zod.parse = (payload, _) => {
        if (def.coerce)
          try {
            payload.value = String(payload.value);
          } catch (_2) {
          }
        if (typeof payload.value === "string")
          return payload;
        payload.issues.push({
          expected: "string",
          code: "invalid_type",
          input: payload.value,
          inst
        });
        return payload;
      };
    });
    $ZodStringFormat = /* @__PURE__ */ $constructor("$ZodStringFormat", (inst, def) => {
      $ZodCheckStringFormat.init(inst, def);
      $ZodString.init(inst, def);
    });
    $ZodGUID = /* @__PURE__ */ $constructor("$ZodGUID", (inst, def) => {
      def.pattern ?? (def.pattern = guid);
      $ZodStringFormat.init(inst, def);
    });
    $ZodUUID = /* @__PURE__ */ $constructor("$ZodUUID", (inst, def) => {
      if (def.version) {
        const versionMap = {
          v1: 1,
          v2: 2,
          v3: 3,
          v4: 4,
          v5: 5,
          v6: 6,
          v7: 7,
          v8: 8
        };
        const v = versionMap[def.version];
        if (v === void 0)
          throw new Error(`Invalid UUID version: "${def.version}"`);
        def.pattern ?? (def.pattern = uuid(v));
      } else
        def.pattern ?? (def.pattern = uuid());
      $ZodStringFormat.init(inst, def);
    });
    $ZodEmail = /* @__PURE__ */ $constructor("$ZodEmail", (inst, def) => {
      def.pattern ?? (def.pattern = email);
      $ZodStringFormat.init(inst, def);
    });
    URL_BAD_FORMAT = 1;
    URL_UNPARSEABLE = 2;
    asciiTabOrNewline = /[\t\n\r]/g;
    $ZodURL = /* @__PURE__ */ $constructor("$ZodURL", (inst, def) => {
      $ZodStringFormat.init(inst, def);
      inst._zod.check = (payload) => {
        try {
          const trimmed = payload.value.trim();
          const url = validateURL(trimmed, def);
          if (url === URL_BAD_FORMAT) {
            payload.issues.push({
              code: "invalid_format",
              format: "url",
              note: "Invalid URL format",
              input: payload.value,
              inst,
              continue: !def.abort
            });
            return;
          }
          if (url === URL_UNPARSEABLE) {
            payload.issues.push({
              code: "invalid_format",
              format: "url",
              input: payload.value,
              inst,
              continue: !def.abort
            });
            return;
          }
          if (url === true) {
            payload.value = stripTabAndNewline(trimmed);
            return;
          }
          if (def.hostname && !urlHostnameOk(url, def.hostname)) {
            payload.issues.push({
              code: "invalid_format",
              format: "url",
              note: "Invalid hostname",
              pattern: def.hostname.source,
              input: payload.value,
              inst,
              continue: !def.abort
            });
          }
          if (def.protocol && !urlProtocolOk(url, def.protocol)) {
            payload.issues.push({
              code: "invalid_format",
              format: "url",
              note: "Invalid protocol",
              pattern: def.protocol.source,
              input: payload.value,
              inst,
              continue: !def.abort
            });
          }
          payload.value = def.normalize ? url.href : stripTabAndNewline(trimmed);
          return;
        } catch (_) {
          payload.issues.push({
            code: "invalid_format",
            format: "url",
            input: payload.value,
            inst,
            continue: !def.abort
          });
        }
      };
    });
    $ZodEmoji = /* @__PURE__ */ $constructor("$ZodEmoji", (inst, def) => {
      def.pattern ?? (def.pattern = emoji());
      $ZodStringFormat.init(inst, def);
    });
    $ZodNanoID = /* @__PURE__ */ $constructor("$ZodNanoID", (inst, def) => {
      if (def.length !== void 0 && (!Number.isInteger(def.length) || def.length < 1))
        throw new Error(`Invalid nanoid length: ${def.length}`);
      def.pattern ?? (def.pattern = def.length === void 0 ? nanoid : nanoidOfLength(def.length));
      $ZodStringFormat.init(inst, def);
    });
    $ZodCUID = /* @__PURE__ */ $constructor("$ZodCUID", (inst, def) => {
      def.pattern ?? (def.pattern = cuid);
      $ZodStringFormat.init(inst, def);
    });
    $ZodCUID2 = /* @__PURE__ */ $constructor("$ZodCUID2", (inst, def) => {
      def.pattern ?? (def.pattern = cuid2);
      $ZodStringFormat.init(inst, def);
    });
    $ZodULID = /* @__PURE__ */ $constructor("$ZodULID", (inst, def) => {
      def.pattern ?? (def.pattern = ulid);
      $ZodStringFormat.init(inst, def);
    });
    $ZodXID = /* @__PURE__ */ $constructor("$ZodXID", (inst, def) => {
      def.pattern ?? (def.pattern = xid);
      $ZodStringFormat.init(inst, def);
    });
    $ZodKSUID = /* @__PURE__ */ $constructor("$ZodKSUID", (inst, def) => {
      def.pattern ?? (def.pattern = ksuid);
      $ZodStringFormat.init(inst, def);
    });
    $ZodISODateTime = /* @__PURE__ */ $constructor("$ZodISODateTime", (inst, def) => {
      def.pattern ?? (def.pattern = datetime(def));
      $ZodStringFormat.init(inst, def);
    });
    $ZodISODate = /* @__PURE__ */ $constructor("$ZodISODate", (inst, def) => {
      def.pattern ?? (def.pattern = date);
      $ZodStringFormat.init(inst, def);
    });
    $ZodISOTime = /* @__PURE__ */ $constructor("$ZodISOTime", (inst, def) => {
      def.pattern ?? (def.pattern = time(def));
      $ZodStringFormat.init(inst, def);
    });
    $ZodISODuration = /* @__PURE__ */ $constructor("$ZodISODuration", (inst, def) => {
      def.pattern ?? (def.pattern = duration);
      $ZodStringFormat.init(inst, def);
    });
    $ZodIPv4 = /* @__PURE__ */ $constructor("$ZodIPv4", (inst, def) => {
      def.pattern ?? (def.pattern = ipv4);
      $ZodStringFormat.init(inst, def);
    });
    ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
    $ZodIPv6 = /* @__PURE__ */ $constructor("$ZodIPv6", (inst, def) => {
      def.pattern ?? (def.pattern = ipv6);
      $ZodStringFormat.init(inst, def);
      inst._zod.check = (payload) => {
        if (!isValidIPv6(payload.value)) {
          payload.issues.push({
            code: "invalid_format",
            format: "ipv6",
            input: payload.value,
            inst,
            continue: !def.abort
          });
        }
      };
    });
    $ZodCIDRv4 = /* @__PURE__ */ $constructor("$ZodCIDRv4", (inst, def) => {
      def.pattern ?? (def.pattern = cidrv4);
      $ZodStringFormat.init(inst, def);
    });
    $ZodCIDRv6 = /* @__PURE__ */ $constructor("$ZodCIDRv6", (inst, def) => {
      def.pattern ?? (def.pattern = cidrv6);
      $ZodStringFormat.init(inst, def);
      inst._zod.check = (payload) => {
        if (!isValidCIDRv6(payload.value)) {
          payload.issues.push({
            code: "invalid_format",
            format: "cidrv6",
            input: payload.value,
            inst,
            continue: !def.abort
          });
        }
      };
    });
    base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
    $ZodBase64 = /* @__PURE__ */ $constructor("$ZodBase64", (inst, def) => {
      def.pattern ?? (def.pattern = base64Charset);
      $ZodStringFormat.init(inst, def);
      inst._zod.check = (payload) => {
        if (isValidBase64(payload.value))
          return;
        payload.issues.push({
          code: "invalid_format",
          format: "base64",
          input: payload.value,
          inst,
          continue: !def.abort
        });
      };
    });
    base64urlCharset = /^[A-Za-z0-9_-]*$/;
    $ZodBase64URL = /* @__PURE__ */ $constructor("$ZodBase64URL", (inst, def) => {
      def.pattern ?? (def.pattern = base64urlCharset);
      $ZodStringFormat.init(inst, def);
      inst._zod.check = (payload) => {
        if (isValidBase64URL(payload.value))
          return;
        payload.issues.push({
          code: "invalid_format",
          format: "base64url",
          input: payload.value,
          inst,
          continue: !def.abort
        });
      };
    });
    $ZodE164 = /* @__PURE__ */ $constructor("$ZodE164", (inst, def) => {
      def.pattern ?? (def.pattern = e164);
      $ZodStringFormat.init(inst, def);
    });
    $ZodJWT = /* @__PURE__ */ $constructor("$ZodJWT", (inst, def) => {
      $ZodStringFormat.init(inst, def);
      inst._zod.check = (payload) => {
        if (isValidJWT(payload.value, def.alg))
          return;
        payload.issues.push({
          code: "invalid_format",
          format: "jwt",
          input: payload.value,
          inst,
          continue: !def.abort
        });
      };
    });
    $ZodNumber = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.pattern = number;
      inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
          try {
            payload.value = Number(payload.value);
          } catch (_) {
          }
        const input = payload.value;
        if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
          return payload;
        }
        const received = typeof input === "number" ? Number.isNaN(input) ? "NaN" : !Number.isFinite(input) ? String(input) : void 0 : void 0;
        payload.issues.push({
          expected: "number",
          code: "invalid_type",
          input,
          inst,
          ...received ? { received } : {}
        });
        return payload;
      };
    });
    $ZodNumberFormat = /* @__PURE__ */ $constructor("$ZodNumberFormat", (inst, def) => {
      $ZodCheckNumberFormat.init(inst, def);
      $ZodNumber.init(inst, def);
    });
    $ZodBoolean = /* @__PURE__ */ $constructor("$ZodBoolean", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.pattern = boolean;
      inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
          try {
            payload.value = Boolean(payload.value);
          } catch (_) {
          }
        const input = payload.value;
        if (typeof input === "boolean")
          return payload;
        payload.issues.push({
          expected: "boolean",
          code: "invalid_type",
          input,
          inst
        });
        return payload;
      };
    });
    $ZodUnknown = /* @__PURE__ */ $constructor("$ZodUnknown", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.parse = (payload) => payload;
    });
    $ZodNever = /* @__PURE__ */ $constructor("$ZodNever", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.parse = (payload, _ctx) => {
        payload.issues.push({
          expected: "never",
          code: "invalid_type",
          input: payload.value,
          inst
        });
        return payload;
      };
    });
    arraySize = (input) => Array.isArray(input) ? input.length : -1;
    $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
      $ZodType.init(inst, def);
      const memo2 = globalConfig.memoizer;
      memo2?.attach(inst);
      inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
          payload.issues.push({
            expected: "array",
            code: "invalid_type",
            input,
            inst
          });
          return payload;
        }
        payload.value = memo2 ? memo2.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
        const proms = [];
        const abortEarly = ctx?.abortEarly;
        for (let i = 0; i < input.length; i++) {
          const item2 = input[i];
          const result = def.element._zod.run({
            value: item2,
            issues: []
          }, ctx);
          if (result instanceof Promise) {
            proms.push(result.then((result2) => handleArrayResult(result2, payload, i)));
          } else {
            handleArrayResult(result, payload, i);
            if (abortEarly && result.issues.length !== 0 && aborted(result))
              break;
          }
        }
        if (proms.length) {
          return Promise.all(proms).then(() => payload);
        }
        return payload;
      };
      capSize(inst, arraySize);
    });
    NO_SYMBOL_KEYS = [];
    $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
      $ZodType.init(inst, def);
      const desc = Object.getOwnPropertyDescriptor(def, "shape");
      const sh = desc?.get ? desc.get.raw : def.shape ?? {};
      if (sh) {
        const get = () => {
          const newSh = { ...sh };
          Object.defineProperty(def, "shape", { value: newSh });
          get.raw = newSh;
          return newSh;
        };
        get.raw = sh;
        Object.defineProperty(def, "shape", { get });
      }
      const _normalized = cached(() => normalizeDef(def));
      defineLazyInternal(inst, "propValues", (zod) => {
        const shape = zod.def.shape;
        const propValues = {};
        for (const key in shape) {
          const field = shape[key]._zod;
          if (field.values) {
            if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
              assignProp(propValues, key, /* @__PURE__ */ new Set());
            }
            for (const v of field.values)
              propValues[key].add(v);
            if (field.optin !== void 0)
              propValues[key].add(void 0);
          }
        }
        return propValues;
      });
      const isObject2 = isObject;
      const catchall = def.catchall;
      let value;
      const memo2 = globalConfig.memoizer;
      memo2?.attach(inst);
      inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject2(input)) {
          payload.issues.push({
            expected: "object",
            code: "invalid_type",
            input,
            inst
          });
          return payload;
        }
        payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
        const proms = [];
        const shape = value.shape;
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const key of value.allKeys) {
          if (abortEarly && payload.issues.length !== seen) {
            if (aborted(payload, seen))
              break;
            seen = payload.issues.length;
          }
          if (key === "__proto__")
            continue;
          const el = shape[key];
          const optin = el._zod.optin;
          const optout = el._zod.optout;
          const r = el._zod.run({ value: input[key], issues: [] }, ctx);
          if (r instanceof Promise) {
            proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
          } else {
            handlePropertyResult(r, payload, key, input, optin, optout);
          }
        }
        if (!catchall) {
          return proms.length ? Promise.all(proms).then(() => payload) : payload;
        }
        return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
      };
    });
    $ZodObjectJIT = /* @__PURE__ */ $constructor("$ZodObjectJIT", (inst, def) => {
      $ZodObject.init(inst, def);
      const superParse = inst._zod.parse;
      const _normalized = cached(() => normalizeDef(def));
      const memo2 = globalConfig.memoizer;
      const generateFastpass = (shape) => {
        const normalized = _normalized.value;
        const syms = normalized.symbolKeys;
        const doc = new Doc(["payload", "ctx"], { shape, inst, memo: memo2, syms });
        const parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`;
        const prefixStr = (id, k) => `
          let ${id}_ab = false;
          for (let i = 0; i < ${id}.issues.length; i++) {
            const iss = ${id}.issues[i];
            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${id}_ab = true;
          }
          if (${id}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
        doc.write(`const input = payload.value;`);
        const ids = /* @__PURE__ */ Object.create(null);
        let counter = 0;
        for (const key of normalized.allKeys) {
          ids[key] = `key_${counter++}`;
        }
        doc.write(memo2 ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
        for (const key of normalized.allKeys) {
          if (key === "__proto__")
            continue;
          const id = ids[key];
          const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : esc(key);
          const isPresent = `${k} in input`;
          const schema = shape[key];
          const optin = schema?._zod?.optin;
          const isOptionalIn = optin !== void 0;
          const isOptionalOut = schema?._zod?.optout === "optional";
          doc.write(`const ${id} = ${parseStr(k)};`);
          if (isOptionalIn && isOptionalOut) {
            const assign = optin === "optional" ? `${id}_present` : `${id}.value !== undefined || ${id}_present`;
            doc.write(`
        const ${id}_present = ${isPresent};
        if (!${id}.issues.length || ${id}_present) {
          if (${id}.issues.length) {${prefixStr(id, k)}
          }

          if (${assign}) {
            newResult[${k}] = ${id}.value;
          }
        }

      `);
          } else if (!isOptionalIn) {
            doc.write(`
        const ${id}_present = ${isPresent};
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
        if (!${id}_present && !${id}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${k}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${id}_present) {
          newResult[${k}] = ${id}.value;
        }

      `);
          } else {
            doc.write(`
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
      `);
            if (optin === "defaulted") {
              doc.write(`newResult[${k}] = ${id}.value;`);
            } else {
              doc.write(`
        if (${id}.value !== undefined || ${isPresent}) {
          newResult[${k}] = ${id}.value;
        }
      `);
            }
          }
        }
        doc.write(`payload.value = newResult;`);
        doc.write(`return payload;`);
        return doc.compile();
      };
      let fastpass;
      const isObject2 = isObject;
      const jit = !globalConfig.jitless;
      const allowsEval2 = allowsEval;
      const fastEnabled = jit && allowsEval2.value;
      const catchall = def.catchall;
      let value;
      inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject2(input)) {
          payload.issues.push({
            expected: "object",
            code: "invalid_type",
            input,
            inst
          });
          return payload;
        }
        if (jit && fastEnabled && ctx?.async === false && ctx.jitless !== true) {
          if (!fastpass)
            fastpass = generateFastpass(def.shape);
          payload = fastpass(payload, ctx);
          if (!catchall)
            return payload;
          return handleCatchall([], input, payload, ctx, value, inst, ctx?.abortEarly === true);
        }
        return superParse(payload, ctx);
      };
    });
    $ZodUnion = /* @__PURE__ */ $constructor("$ZodUnion", (inst, def) => {
      $ZodType.init(inst, def);
      defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o) => o._zod.optin !== void 0) ? "optional" : void 0);
      defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : void 0);
      defineLazyInternal(inst, "values", (zod) => {
        if (zod.def.options.every((o) => o._zod.values)) {
          return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
        }
        return void 0;
      });
      defineLazyInternal(inst, "pattern", (zod) => {
        if (zod.def.options.every((o) => o._zod.pattern)) {
          const patterns = zod.def.options.map((o) => o._zod.pattern);
          return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
        }
        return void 0;
      });
      const first = def.options.length === 1 ? def.options[0]._zod.run : null;
      inst._zod.parse = (payload, ctx) => {
        if (first) {
          return first(payload, ctx);
        }
        let async = false;
        const results = [];
        for (const option of def.options) {
          const result = option._zod.run({
            value: payload.value,
            issues: []
          }, ctx);
          if (result instanceof Promise) {
            results.push(result);
            async = true;
          } else {
            if (result.issues.length === 0)
              return result;
            results.push(result);
          }
        }
        if (!async)
          return handleUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then((results2) => {
          return handleUnionResults(results2, payload, inst, ctx);
        });
      };
    });
    $ZodIntersection = /* @__PURE__ */ $constructor("$ZodIntersection", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        const left = def.left._zod.run({ value: input, issues: [] }, ctx);
        const right = def.right._zod.run({ value: input, issues: [] }, ctx);
        const async = left instanceof Promise || right instanceof Promise;
        if (async) {
          return Promise.all([left, right]).then(([left2, right2]) => {
            return handleIntersectionResults(payload, left2, right2);
          });
        }
        return handleIntersectionResults(payload, left, right);
      };
    });
    $ZodRecord = /* @__PURE__ */ $constructor("$ZodRecord", (inst, def) => {
      $ZodType.init(inst, def);
      const memo2 = globalConfig.memoizer;
      memo2?.attach(inst);
      inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!isPlainObject(input)) {
          payload.issues.push({
            expected: "record",
            code: "invalid_type",
            input,
            inst
          });
          return payload;
        }
        const proms = [];
        const values = def.keyType._zod.values;
        if (values && !def.partial) {
          payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
          const recordKeys = /* @__PURE__ */ new Set();
          for (const key of values) {
            if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
              recordKeys.add(typeof key === "number" ? key.toString() : key);
              if (key === "__proto__")
                continue;
              const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
              if (keyResult instanceof Promise) {
                throw new Error("Async schemas not supported in object keys currently");
              }
              if (keyResult.issues.length) {
                payload.issues.push({
                  code: "invalid_key",
                  origin: "record",
                  issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
                  input: key,
                  path: [key],
                  inst
                });
                continue;
              }
              const outKey = keyResult.value;
              if (outKey === "__proto__")
                continue;
              const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
              if (result instanceof Promise) {
                proms.push(result.then((result2) => {
                  if (result2.issues.length) {
                    payload.issues.push(...prefixIssues(key, result2.issues));
                  }
                  payload.value[outKey] = result2.value;
                }));
              } else {
                if (result.issues.length) {
                  payload.issues.push(...prefixIssues(key, result.issues));
                }
                payload.value[outKey] = result.value;
              }
            }
          }
          let unrecognized;
          for (const key in input) {
            if (!recordKeys.has(key)) {
              if (def.mode === "loose") {
                if (key === "__proto__")
                  continue;
                payload.value[key] = input[key];
              } else {
                unrecognized = unrecognized ?? [];
                unrecognized.push(key);
              }
            }
          }
          if (unrecognized && unrecognized.length > 0) {
            payload.issues.push({
              code: "unrecognized_keys",
              input,
              inst,
              keys: unrecognized,
              continue: true
            });
          }
        } else {
          payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
          let unrecognized;
          for (const key of Reflect.ownKeys(input)) {
            if (key === "__proto__")
              continue;
            if (!Object.prototype.propertyIsEnumerable.call(input, key))
              continue;
            let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
            if (keyResult instanceof Promise) {
              throw new Error("Async schemas not supported in object keys currently");
            }
            const checkNumericKey = typeof key === "string" && number.test(key) && keyResult.issues.length;
            if (checkNumericKey) {
              const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
              if (retryResult instanceof Promise) {
                throw new Error("Async schemas not supported in object keys currently");
              }
              if (retryResult.issues.length === 0) {
                keyResult = retryResult;
              }
            }
            if (keyResult.issues.length) {
              if (def.mode === "loose") {
                payload.value[key] = input[key];
              } else if (values) {
                unrecognized = unrecognized ?? [];
                unrecognized.push(key);
              } else {
                payload.issues.push({
                  code: "invalid_key",
                  origin: "record",
                  issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
                  input: key,
                  path: [key],
                  inst
                });
              }
              continue;
            }
            const outKey = keyResult.value;
            if (outKey === "__proto__")
              continue;
            const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
            if (result instanceof Promise) {
              proms.push(result.then((result2) => {
                if (result2.issues.length) {
                  payload.issues.push(...prefixIssues(key, result2.issues));
                }
                payload.value[outKey] = result2.value;
              }));
            } else {
              if (result.issues.length) {
                payload.issues.push(...prefixIssues(key, result.issues));
              }
              payload.value[outKey] = result.value;
            }
          }
          if (unrecognized && unrecognized.length > 0) {
            payload.issues.push({
              code: "unrecognized_keys",
              input,
              inst,
              keys: unrecognized,
              continue: true
            });
          }
        }
        if (proms.length) {
          return Promise.all(proms).then(() => payload);
        }
        return payload;
      };
    });
    $ZodEnum = /* @__PURE__ */ $constructor("$ZodEnum", (inst, def) => {
      $ZodType.init(inst, def);
      const values = getEnumValues(def.entries);
      const valuesSet = new Set(values);
      inst._zod.values = valuesSet;
      defineLazyInternal(inst, "pattern", (zod) => {
        const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
        return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
      });
      inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (valuesSet.has(input)) {
          return payload;
        }
        payload.issues.push({
          code: "invalid_value",
          values,
          input,
          inst
        });
        return payload;
      };
    });
    $ZodLiteral = /* @__PURE__ */ $constructor("$ZodLiteral", (inst, def) => {
      $ZodType.init(inst, def);
      const values = new Set(def.values);
      inst._zod.values = values;
      defineLazyInternal(inst, "pattern", (zod) => {
        const vals = zod.def.values;
        return new RegExp(vals.length ? `^(${vals.map((o) => typeof o === "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o)).join("|")})$` : "^[^\\s\\S]$");
      });
      inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (values.has(input)) {
          return payload;
        }
        payload.issues.push({
          code: "invalid_value",
          values: def.values,
          input,
          inst
        });
        return payload;
      };
    });
    $ZodTransform = /* @__PURE__ */ $constructor("$ZodTransform", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.optin = "optional";
      globalConfig.memoizer?.guard(inst);
      inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
          throw new $ZodEncodeError(inst.constructor.name);
        }
        const _out = def.transform(payload.value, payload);
        if (ctx.async) {
          const output = _out instanceof Promise ? _out : Promise.resolve(_out);
          return output.then((output2) => {
            payload.value = output2;
            return payload;
          });
        }
        if (_out instanceof Promise) {
          throw new $ZodAsyncError();
        }
        payload.value = _out;
        return payload;
      };
    });
    $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
      $ZodType.init(inst, def);
      defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
      inst._zod.optout = "optional";
      defineLazyInternal(inst, "values", (zod) => {
        const values = zod.def.innerType._zod.values;
        return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
      });
      defineLazyInternal(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
      });
      inst._zod.parse = (payload, ctx) => {
        if (payload.value === void 0) {
          if (def.innerType._zod.optin !== "defaulted")
            return payload;
          const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
          if (result instanceof Promise)
            return result.then((result2) => handleOptionalResult(payload, result2));
          return handleOptionalResult(payload, result);
        }
        return def.innerType._zod.run(payload, ctx);
      };
    });
    $ZodExactOptional = /* @__PURE__ */ $constructor("$ZodExactOptional", (inst, def) => {
      $ZodOptional.init(inst, def);
      defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
      defineLazyInternal(inst, "pattern", (zod) => zod.def.innerType._zod.pattern);
      inst._zod.parse = (payload, ctx) => {
        return def.innerType._zod.run(payload, ctx);
      };
    });
    $ZodNullable = /* @__PURE__ */ $constructor("$ZodNullable", (inst, def) => {
      $ZodType.init(inst, def);
      defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
      defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
      defineLazyInternal(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : void 0;
      });
      defineLazyInternal(inst, "values", (zod) => {
        return zod.def.innerType._zod.values ? /* @__PURE__ */ new Set([...zod.def.innerType._zod.values, null]) : void 0;
      });
      inst._zod.parse = (payload, ctx) => {
        if (payload.value === null)
          return payload;
        return def.innerType._zod.run(payload, ctx);
      };
    });
    $ZodDefault = /* @__PURE__ */ $constructor("$ZodDefault", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.optin = "defaulted";
      defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
      inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
          return def.innerType._zod.run(payload, ctx);
        }
        if (payload.value === void 0) {
          payload.value = def.defaultValue;
          return payload;
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
          return result.then((result2) => handleDefaultResult(result2, def));
        }
        return handleDefaultResult(result, def);
      };
    });
    $ZodPrefault = /* @__PURE__ */ $constructor("$ZodPrefault", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.optin = "defaulted";
      defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
      inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
          return def.innerType._zod.run(payload, ctx);
        }
        if (payload.value === void 0) {
          payload.value = def.defaultValue;
        }
        return def.innerType._zod.run(payload, ctx);
      };
    });
    $ZodNonOptional = /* @__PURE__ */ $constructor("$ZodNonOptional", (inst, def) => {
      $ZodType.init(inst, def);
      defineLazyInternal(inst, "values", (zod) => {
        const v = zod.def.innerType._zod.values;
        return v ? new Set([...v].filter((x) => x !== void 0)) : void 0;
      });
      inst._zod.parse = (payload, ctx) => {
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
          return result.then((result2) => handleNonOptionalResult(result2, inst));
        }
        return handleNonOptionalResult(result, inst);
      };
    });
    $ZodCatch = /* @__PURE__ */ $constructor("$ZodCatch", (inst, def) => {
      $ZodType.init(inst, def);
      defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
      defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
      defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
      inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
          return def.innerType._zod.run(payload, ctx);
        }
        const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
        if (result instanceof Promise) {
          return result.then((result2) => handleCatchResult(payload, result2, def, ctx));
        }
        return handleCatchResult(payload, result, def, ctx);
      };
    });
    $ZodPipe = /* @__PURE__ */ $constructor("$ZodPipe", (inst, def) => {
      $ZodType.init(inst, def);
      defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
      defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
      defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
      defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
      inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
          const right = def.out._zod.run(payload, ctx);
          if (right instanceof Promise) {
            return right.then((right2) => handlePipeResult(right2, def.in, ctx));
          }
          return handlePipeResult(right, def.in, ctx);
        }
        const left = def.in._zod.run(payload, ctx);
        if (left instanceof Promise) {
          return left.then((left2) => handlePipeResult(left2, def.out, ctx));
        }
        return handlePipeResult(left, def.out, ctx);
      };
    });
    $ZodReadonly = /* @__PURE__ */ $constructor("$ZodReadonly", (inst, def) => {
      $ZodType.init(inst, def);
      defineLazyInternal(inst, "propValues", (zod) => zod.def.innerType._zod.propValues);
      defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
      defineLazyInternal(inst, "optin", (zod) => zod.def.innerType?._zod?.optin);
      defineLazyInternal(inst, "optout", (zod) => zod.def.innerType?._zod?.optout);
      inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
          return def.innerType._zod.run(payload, ctx);
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
          return result.then(handleReadonlyResult);
        }
        return handleReadonlyResult(result);
      };
    });
    $ZodCustom = /* @__PURE__ */ $constructor("$ZodCustom", (inst, def) => {
      $ZodCheck.init(inst, def);
      $ZodType.init(inst, def);
      inst._zod.parse = (payload, _) => {
        return payload;
      };
      inst._zod.check = (payload) => {
        const input = payload.value;
        const r = def.fn(input);
        if (r instanceof Promise) {
          return r.then((r2) => handleRefineResult(r2, payload, input, inst));
        }
        handleRefineResult(r, payload, input, inst);
        return;
      };
    });
  }
});

// node_modules/zod/v4/core/memoizer.js
function isRef(value) {
  return value !== null && typeof value === "object";
}
function cloneIssues(issues) {
  return issues.map((iss) => iss.path ? { ...iss, path: iss.path.slice() } : { ...iss });
}
function isRecursive(inst, stack, resolve) {
  const cached2 = recursive.get(inst);
  if (cached2 !== void 0)
    return cached2 ? PROVEN : NONE;
  if (stack.has(inst))
    return PROVEN;
  stack.add(inst);
  let result = NONE;
  const check = (child) => {
    if (result !== PROVEN && child?._zod) {
      const answer = isRecursive(child, stack, resolve);
      if (answer > result)
        result = answer;
    }
  };
  const shape = (sh, spread) => {
    let answer = NONE;
    for (const key of Reflect.ownKeys(sh)) {
      const desc = Object.getOwnPropertyDescriptor(sh, key);
      if (spread && !desc.enumerable)
        continue;
      const child = desc.get ? ASSUMED : desc.value?._zod ? isRecursive(desc.value, stack, resolve) : NONE;
      if (child > answer)
        answer = child;
    }
    return answer;
  };
  const merge2 = (answer) => {
    if (answer > result)
      result = answer;
  };
  const def = inst._zod.def;
  const kind = def.type;
  switch (kind) {
    case "object": {
      const raw = rawShape(def);
      merge2(raw ? shape(raw, true) : ASSUMED);
      check(def.catchall);
      break;
    }
    case "array":
      check(def.element);
      break;
    case "tuple":
      for (const el of def.items)
        check(el);
      check(def.rest);
      break;
    case "record":
    case "map":
      check(def.keyType);
      check(def.valueType);
      break;
    case "set":
      check(def.valueType);
      break;
    case "union":
      for (const el of def.options)
        check(el);
      break;
    case "intersection":
      check(def.left);
      check(def.right);
      break;
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
    case "promise":
    case "success":
      check(def.innerType);
      break;
    case "pipe":
      check(def.in);
      check(def.out);
      break;
    case "function":
      check(def.input);
      check(def.output);
      break;
    // `$ZodLazy` caches its inner on the def, so a resolved edge is followed exactly
    case "lazy": {
      const inner = def._cachedInner ?? (resolve ? inst._zod.innerType : void 0);
      merge2(inner ? isRecursive(inner, stack, false) : ASSUMED);
      break;
    }
    // a leaf by choice: `parts` are regex fragments, not data positions
    case "template_literal":
    // leaves
    case "string":
    case "number":
    case "int":
    case "boolean":
    case "bigint":
    case "symbol":
    case "undefined":
    case "null":
    case "void":
    case "never":
    case "any":
    case "unknown":
    case "date":
    case "nan":
    case "enum":
    case "literal":
    case "file":
    case "transform":
    case "custom":
      break;
    default: {
      kind;
      for (const key in def) {
        const desc = Object.getOwnPropertyDescriptor(def, key);
        if (!desc || desc.get)
          continue;
        const value = desc.value;
        if (!value || typeof value !== "object")
          continue;
        if (value._zod)
          check(value);
        else if (Array.isArray(value))
          for (const el of value)
            check(el);
      }
    }
  }
  stack.delete(inst);
  return settle(inst, result);
}
function settle(inst, answer) {
  if (answer !== ASSUMED)
    recursive.set(inst, answer === PROVEN);
  return answer;
}
function bucketFor(state, inst) {
  let bucket = state.buckets.get(inst);
  if (!bucket) {
    bucket = /* @__PURE__ */ new WeakMap();
    state.buckets.set(inst, bucket);
  }
  return bucket;
}
function memoizer() {
  return memo;
}
function isBackEdge(ctx, value) {
  const backEdges = ctx[STATE]?.backEdges;
  return backEdges !== void 0 && isRef(value) && backEdges.has(value);
}
var $ZodCyclicError, STATE, NO_ISSUES, recursive, NONE, ASSUMED, PROVEN, handoff, open, memo;
var init_memoizer = __esm({
  "node_modules/zod/v4/core/memoizer.js"() {
    init_util();
    $ZodCyclicError = class extends Error {
      constructor() {
        super(`Cannot parse a reference cycle that closes through a transform`);
        this.name = "ZodCyclicError";
      }
    };
    STATE = "~memo";
    NO_ISSUES = [];
    recursive = /* @__PURE__ */ new WeakMap();
    NONE = 0;
    ASSUMED = 1;
    PROVEN = 2;
    open = [];
    memo = {
      alloc(_inst, payload, empty) {
        const bucket = handoff;
        if (!bucket)
          return empty;
        handoff = void 0;
        const entry = { value: empty, issues: null };
        bucket.set(payload.value, entry);
        open.push(entry);
        return empty;
      },
      guard(inst) {
        var _a3;
        (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
        inst._zod.deferred.push(() => {
          const base = inst._zod.parse;
          const wrapped = (payload, ctx) => {
            if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value))
              throw new $ZodCyclicError();
            return base(payload, ctx);
          };
          inst._zod.parse = wrapped;
          if (inst._zod.run === base)
            inst._zod.run = wrapped;
        });
      },
      attach(inst) {
        var _a3;
        let isRecursiveInst;
        let rechecked = false;
        let lastCtx;
        let lastBucket;
        (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
        inst._zod.deferred.push(() => {
          const base = inst._zod.parse;
          const wrapped = (payload, ctx) => {
            if (isRecursiveInst === void 0) {
              const walked = isRecursive(inst, /* @__PURE__ */ new Set(), false);
              if (walked === NONE) {
                inst._zod.parse = base;
                if (inst._zod.run === wrapped)
                  inst._zod.run = base;
                return base(payload, ctx);
              }
              if (walked === PROVEN || rechecked)
                isRecursiveInst = true;
              else
                rechecked = true;
            }
            const input = payload.value;
            if (!isRef(input))
              return base(payload, ctx);
            let state = ctx[STATE];
            if (!state) {
              state = { buckets: /* @__PURE__ */ new WeakMap(), backEdges: void 0 };
              ctx[STATE] = state;
            }
            let bucket;
            if (lastCtx === ctx) {
              bucket = lastBucket;
            } else {
              bucket = bucketFor(state, inst);
              lastCtx = ctx;
              lastBucket = bucket;
            }
            const hit = bucket.get(input);
            if (hit) {
              payload.value = hit.value;
              if (hit.issues) {
                if (hit.issues.length)
                  payload.issues.push(...cloneIssues(hit.issues));
              } else {
                payload.memo = true;
                state.backEdges ?? (state.backEdges = /* @__PURE__ */ new WeakSet());
                state.backEdges.add(hit.value);
              }
              return payload;
            }
            handoff = bucket;
            const depth = open.length;
            const result = base(payload, ctx);
            handoff = void 0;
            const entry = open.length > depth ? open.pop() : void 0;
            if (result instanceof Promise) {
              return result.then((r) => {
                if (entry)
                  entry.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES;
                return r;
              });
            }
            if (entry)
              entry.issues = result.issues.length ? cloneIssues(result.issues) : NO_ISSUES;
            return result;
          };
          inst._zod.parse = wrapped;
          if (inst._zod.run === base)
            inst._zod.run = wrapped;
        });
      }
    };
  }
});

// node_modules/zod/v4/locales/en.js
function en_default() {
  return {
    localeError: error()
  };
}
var error;
var init_en = __esm({
  "node_modules/zod/v4/locales/en.js"() {
    init_util();
    error = () => {
      const Sizable = {
        string: { unit: "characters", verb: "to have" },
        file: { unit: "bytes", verb: "to have" },
        array: { unit: "items", verb: "to have" },
        set: { unit: "items", verb: "to have" },
        map: { unit: "entries", verb: "to have" }
      };
      function getSizing(origin) {
        return Sizable[origin] ?? null;
      }
      const FormatDictionary = {
        regex: "input",
        email: "email address",
        url: "URL",
        emoji: "emoji",
        uuid: "UUID",
        uuidv4: "UUIDv4",
        uuidv6: "UUIDv6",
        nanoid: "nanoid",
        guid: "GUID",
        cuid: "cuid",
        cuid2: "cuid2",
        ulid: "ULID",
        xid: "XID",
        ksuid: "KSUID",
        datetime: "ISO datetime",
        date: "ISO date",
        time: "ISO time",
        duration: "ISO duration",
        ipv4: "IPv4 address",
        ipv6: "IPv6 address",
        mac: "MAC address",
        cidrv4: "IPv4 range",
        cidrv6: "IPv6 range",
        base64: "base64-encoded string",
        base64url: "base64url-encoded string",
        json_string: "JSON string",
        e164: "E.164 number",
        currency_code: "currency code",
        credit_card: "credit card number",
        iban: "IBAN",
        jwt: "JWT",
        template_literal: "input"
      };
      const TypeDictionary = {
        // Compatibility: "nan" -> "NaN" for display
        nan: "NaN"
        // All other type names omitted - they fall back to raw values via ?? operator
      };
      function getTypeName(type, input) {
        if (type === "number" && typeof input === "number" && !Number.isFinite(input)) {
          return String(input);
        }
        return TypeDictionary[type] ?? type;
      }
      return (issue2) => {
        switch (issue2.code) {
          case "invalid_type": {
            const expected = getTypeName(issue2.expected);
            const receivedType = parsedType(issue2.input);
            const received = getTypeName(receivedType, issue2.input);
            return `Invalid input: expected ${expected}, received ${received}`;
          }
          case "invalid_value":
            if (issue2.values.length === 1)
              return `Invalid input: expected ${stringifyPrimitive(issue2.values[0])}`;
            return `Invalid option: expected one of ${joinValues(issue2.values, "|")}`;
          case "too_big": {
            const adj = issue2.exact ? "exactly " : issue2.inclusive ? "<=" : "<";
            const sizing = getSizing(issue2.origin);
            if (sizing)
              return `Too big: expected ${issue2.origin ?? "value"} to have ${adj}${issue2.maximum.toString()} ${sizing.unit ?? "elements"}`;
            return `Too big: expected ${issue2.origin ?? "value"} to be ${adj}${issue2.maximum.toString()}`;
          }
          case "too_small": {
            const adj = issue2.exact ? "exactly " : issue2.inclusive ? ">=" : ">";
            const sizing = getSizing(issue2.origin);
            if (sizing) {
              return `Too small: expected ${issue2.origin} to have ${adj}${issue2.minimum.toString()} ${sizing.unit}`;
            }
            return `Too small: expected ${issue2.origin} to be ${adj}${issue2.minimum.toString()}`;
          }
          case "invalid_format": {
            const _issue = issue2;
            if (_issue.format === "starts_with") {
              return `Invalid string: must start with "${_issue.prefix}"`;
            }
            if (_issue.format === "ends_with")
              return `Invalid string: must end with "${_issue.suffix}"`;
            if (_issue.format === "includes")
              return `Invalid string: must include "${_issue.includes}"`;
            if (_issue.format === "regex")
              return `Invalid string: must match pattern ${_issue.pattern}`;
            return `Invalid ${FormatDictionary[_issue.format] ?? issue2.format}`;
          }
          case "not_multiple_of":
            return `Invalid number: must be a multiple of ${issue2.divisor}`;
          case "unrecognized_keys":
            return `Unrecognized key${issue2.keys.length > 1 ? "s" : ""}: ${joinValues(issue2.keys, ", ")}`;
          case "invalid_key":
            return `Invalid key in ${issue2.origin}`;
          case "invalid_union":
            if (issue2.options && Array.isArray(issue2.options) && issue2.options.length > 0) {
              const opts = issue2.options.map((o) => `'${o}'`).join(" | ");
              return `Invalid discriminator value. Expected ${opts}`;
            }
            if (issue2.inclusive === false) {
              return "Invalid input: more than one option matched";
            }
            return "Invalid input";
          case "invalid_element":
            return `Invalid value in ${issue2.origin}`;
          default:
            return `Invalid input`;
        }
      };
    };
  }
});

// node_modules/zod/v4/locales/index.js
var init_locales = __esm({
  "node_modules/zod/v4/locales/index.js"() {
  }
});

// node_modules/zod/v4/core/registries.js
function registry() {
  return new $ZodRegistry();
}
var _a2, $ZodRegistry, globalRegistry;
var init_registries = __esm({
  "node_modules/zod/v4/core/registries.js"() {
    $ZodRegistry = class {
      constructor() {
        this._map = /* @__PURE__ */ new WeakMap();
        this._idmap = /* @__PURE__ */ new Map();
      }
      add(schema, ..._meta) {
        const meta2 = _meta[0];
        this._map.set(schema, meta2);
        if (meta2 && typeof meta2 === "object" && "id" in meta2) {
          this._idmap.set(meta2.id, schema);
        }
        return this;
      }
      clear() {
        this._map = /* @__PURE__ */ new WeakMap();
        this._idmap = /* @__PURE__ */ new Map();
        return this;
      }
      remove(schema) {
        const meta2 = this._map.get(schema);
        if (meta2 && typeof meta2 === "object" && "id" in meta2) {
          this._idmap.delete(meta2.id);
        }
        this._map.delete(schema);
        return this;
      }
      get(schema) {
        const p = schema._zod.parent;
        if (p) {
          const pm = { ...this.get(p) ?? {} };
          delete pm.id;
          const f = { ...pm, ...this._map.get(schema) };
          return Object.keys(f).length ? f : void 0;
        }
        return this._map.get(schema);
      }
      has(schema) {
        return this._map.has(schema);
      }
    };
    (_a2 = globalThis).__zod_globalRegistry ?? (_a2.__zod_globalRegistry = registry());
    globalRegistry = globalThis.__zod_globalRegistry;
  }
});

// node_modules/zod/v4/core/compile.js
var init_compile = __esm({
  "node_modules/zod/v4/core/compile.js"() {
  }
});

// node_modules/zod/v4/core/api.js
function snapshotChecks(def) {
  if (def.checks)
    def.checks = [...def.checks];
  return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class2, params) {
  return new Class2(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _email(Class2, params) {
  return new Class2({
    type: "string",
    format: "email",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _guid(Class2, params) {
  return new Class2({
    type: "string",
    format: "guid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    version: "v4",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    version: "v6",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv7(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    version: "v7",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _url(Class2, params) {
  return new Class2({
    type: "string",
    format: "url",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _emoji2(Class2, params) {
  return new Class2({
    type: "string",
    format: "emoji",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _nanoid(Class2, params) {
  return new Class2({
    type: "string",
    format: "nanoid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "cuid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cuid2(Class2, params) {
  return new Class2({
    type: "string",
    format: "cuid2",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ulid(Class2, params) {
  return new Class2({
    type: "string",
    format: "ulid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _xid(Class2, params) {
  return new Class2({
    type: "string",
    format: "xid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ksuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "ksuid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ipv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "ipv4",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ipv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "ipv6",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cidrv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "cidrv4",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cidrv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "cidrv6",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _base64(Class2, params) {
  return new Class2({
    type: "string",
    format: "base64",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _base64url(Class2, params) {
  return new Class2({
    type: "string",
    format: "base64url",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _e164(Class2, params) {
  return new Class2({
    type: "string",
    format: "e164",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _jwt(Class2, params) {
  return new Class2({
    type: "string",
    format: "jwt",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class2, params) {
  return new Class2({
    type: "string",
    format: "datetime",
    check: "string_format",
    offset: false,
    local: false,
    precision: null,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class2, params) {
  return new Class2({
    type: "string",
    format: "date",
    check: "string_format",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoTime(Class2, params) {
  return new Class2({
    type: "string",
    format: "time",
    check: "string_format",
    precision: null,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDuration(Class2, params) {
  return new Class2({
    type: "string",
    format: "duration",
    check: "string_format",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _number(Class2, params) {
  return new Class2(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class2, params) {
  return new Class2({
    type: "number",
    check: "number_format",
    abort: false,
    format: "safeint",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class2, params) {
  return new Class2({
    type: "boolean",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class2) {
  return new Class2({
    type: "unknown"
  });
}
// @__NO_SIDE_EFFECTS__
function _never(Class2, params) {
  return new Class2({
    type: "never",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _lt(value, params) {
  return new $ZodCheckLessThan({
    check: "less_than",
    ...normalizeParams(params),
    value,
    inclusive: false
  });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
  return new $ZodCheckLessThan({
    check: "less_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: false
  });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _multipleOf(value, params) {
  return new $ZodCheckMultipleOf({
    check: "multiple_of",
    ...normalizeParams(params),
    value
  });
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
  const ch = new $ZodCheckMaxLength({
    check: "max_length",
    ...normalizeParams(params),
    maximum
  });
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
  return new $ZodCheckMinLength({
    check: "min_length",
    ...normalizeParams(params),
    minimum
  });
}
// @__NO_SIDE_EFFECTS__
function _length(length, params) {
  return new $ZodCheckLengthEquals({
    check: "length_equals",
    ...normalizeParams(params),
    length
  });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
  return new $ZodCheckRegex({
    check: "string_format",
    format: "regex",
    ...normalizeParams(params),
    pattern
  });
}
// @__NO_SIDE_EFFECTS__
function _lowercase(params) {
  return new $ZodCheckLowerCase({
    check: "string_format",
    format: "lowercase",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uppercase(params) {
  return new $ZodCheckUpperCase({
    check: "string_format",
    format: "uppercase",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _includes(includes, params) {
  return new $ZodCheckIncludes({
    check: "string_format",
    format: "includes",
    ...normalizeParams(params),
    includes
  });
}
// @__NO_SIDE_EFFECTS__
function _startsWith(prefix, params) {
  return new $ZodCheckStartsWith({
    check: "string_format",
    format: "starts_with",
    ...normalizeParams(params),
    prefix
  });
}
// @__NO_SIDE_EFFECTS__
function _endsWith(suffix, params) {
  return new $ZodCheckEndsWith({
    check: "string_format",
    format: "ends_with",
    ...normalizeParams(params),
    suffix
  });
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
  return new $ZodCheckOverwrite({
    check: "overwrite",
    tx
  });
}
// @__NO_SIDE_EFFECTS__
function _normalize(form) {
  return /* @__PURE__ */ _overwrite((input) => input.normalize(form));
}
// @__NO_SIDE_EFFECTS__
function _trim() {
  return /* @__PURE__ */ _overwrite((input) => input.trim());
}
// @__NO_SIDE_EFFECTS__
function _toLowerCase() {
  return /* @__PURE__ */ _overwrite((input) => input.toLowerCase());
}
// @__NO_SIDE_EFFECTS__
function _toUpperCase() {
  return /* @__PURE__ */ _overwrite((input) => input.toUpperCase());
}
// @__NO_SIDE_EFFECTS__
function _slugify() {
  return /* @__PURE__ */ _overwrite((input) => slugify(input));
}
// @__NO_SIDE_EFFECTS__
function _array(Class2, element, params) {
  return new Class2({
    type: "array",
    element,
    // get element() {
    //   return element;
    // },
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _refine(Class2, fn, _params) {
  const schema = new Class2({
    type: "custom",
    check: "custom",
    fn,
    ...normalizeParams(_params)
  });
  return schema;
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
  const ch = /* @__PURE__ */ _check((payload) => {
    payload.addIssue = (issue2) => {
      if (typeof issue2 === "string") {
        payload.issues.push(issue(issue2, payload.value, ch._zod.def));
      } else {
        const _issue = issue2;
        if (_issue.fatal)
          _issue.continue = false;
        _issue.code ?? (_issue.code = "custom");
        if (!("input" in _issue))
          _issue.input = payload.value;
        _issue.inst ?? (_issue.inst = ch);
        _issue.continue ?? (_issue.continue = !ch._zod.def.abort);
        payload.issues.push(issue(_issue));
      }
    };
    return fn(payload.value, payload);
  }, params);
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
  const ch = new $ZodCheck({
    check: "custom",
    ...normalizeParams(params)
  });
  ch._zod.check = fn;
  return ch;
}
var init_api = __esm({
  "node_modules/zod/v4/core/api.js"() {
    init_checks();
    init_util();
  }
});

// node_modules/zod/v4/core/to-json-schema.js
function assignProps(target, ...sources) {
  for (const source2 of sources) {
    for (const key of Reflect.ownKeys(source2)) {
      if (Object.prototype.propertyIsEnumerable.call(source2, key)) {
        assignProp(target, key, source2[key]);
      }
    }
  }
  return target;
}
function initializeContext(params) {
  let target = params?.target ?? "draft-2020-12";
  if (target === "draft-4")
    target = "draft-04";
  if (target === "draft-7")
    target = "draft-07";
  return {
    processors: params.processors ?? {},
    metadataRegistry: params?.metadata ?? globalRegistry,
    target,
    unrepresentable: params?.unrepresentable ?? "throw",
    override: params?.override ?? (() => {
    }),
    io: params?.io ?? "output",
    counter: 0,
    seen: /* @__PURE__ */ new Map(),
    sharedDefsExtractedFor: void 0,
    sharedEmitDoneFor: void 0,
    cycles: params?.cycles ?? "ref",
    reused: params?.reused ?? "inline",
    intersections: [],
    deferred: [],
    external: params?.external ?? void 0
  };
}
function handleUnrepresentable(schema, ctx, json, params, message) {
  const result = typeof ctx.unrepresentable === "function" ? ctx.unrepresentable({ zodSchema: schema, path: params.path, message }) : ctx.unrepresentable;
  if (result === "any")
    return false;
  if (result === void 0 || result === "throw")
    throw new Error(message);
  Object.assign(json, result);
  return true;
}
function processSchema(schema, ctx, _params = { path: [], schemaPath: [] }) {
  var _a3;
  const def = schema._zod.def;
  const seen = ctx.seen.get(schema);
  if (seen) {
    seen.count++;
    const isCycle = _params.schemaPath.includes(schema);
    if (isCycle) {
      seen.cycle = _params.path;
    }
    return seen.schema;
  }
  const result = { schema: {}, count: 1, cycle: void 0, path: _params.path };
  ctx.seen.set(schema, result);
  ctx.sharedDefsExtractedFor = void 0;
  ctx.sharedEmitDoneFor = void 0;
  const overrideSchema = schema._zod.toJSONSchema?.();
  if (overrideSchema) {
    result.schema = overrideSchema;
  } else {
    const params = {
      ..._params,
      schemaPath: [..._params.schemaPath, schema],
      path: _params.path
    };
    if (schema._zod.processJSONSchema) {
      schema._zod.processJSONSchema(ctx, result.schema, params);
    } else {
      const _json = result.schema;
      const processor = ctx.processors[def.type];
      if (!processor) {
        throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
      }
      processor(schema, ctx, _json, params);
    }
    const parent = schema._zod.parent;
    if (parent) {
      if (!result.ref)
        result.ref = parent;
      processSchema(parent, ctx, params);
      ctx.seen.get(parent).isParent = true;
    }
  }
  const meta2 = ctx.metadataRegistry.get(schema);
  if (meta2)
    assignProps(result.schema, meta2);
  if (ctx.io === "input" && isTransforming(schema)) {
    delete result.schema.examples;
    delete result.schema.default;
  }
  if (ctx.io === "input" && "_prefault" in result.schema)
    (_a3 = result.schema).default ?? (_a3.default = result.schema._prefault);
  delete result.schema._prefault;
  const _result = ctx.seen.get(schema);
  return _result.schema;
}
function encodeJSONPointerSegment(segment) {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function extractDefs(ctx, schema) {
  const root = ctx.seen.get(schema);
  if (!root)
    throw new Error("Unprocessed schema. This is a bug in Zod.");
  if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external)
    return;
  const idToSchema = /* @__PURE__ */ new Map();
  for (const entry of ctx.seen.entries()) {
    const id = ctx.metadataRegistry.get(entry[0])?.id;
    if (id) {
      const existing = idToSchema.get(id);
      if (existing && existing !== entry[0]) {
        throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
      }
      idToSchema.set(id, entry[0]);
    }
  }
  const makeURI = (entry) => {
    const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
    if (ctx.external) {
      const externalId = ctx.external.registry.get(entry[0])?.id;
      const uriGenerator = ctx.external.uri ?? ((id2) => id2);
      if (externalId) {
        return { ref: uriGenerator(externalId) };
      }
      const id = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
      entry[1].defId = id;
      return { defId: id, ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}` };
    }
    const uriPrefix = `#`;
    const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
    if (entry[1] === root && !entry[1].schema.id) {
      return { ref: uriPrefix };
    }
    const defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
    return { defId, ref: defUriPrefix + encodeJSONPointerSegment(defId) };
  };
  const extractToDef = (entry) => {
    if (entry[1].schema.$ref) {
      return;
    }
    const seen = entry[1];
    const { ref, defId } = makeURI(entry);
    seen.def = { ...seen.schema };
    if (defId)
      seen.defId = defId;
    const schema2 = seen.schema;
    for (const key in schema2) {
      delete schema2[key];
    }
    schema2.$ref = ref;
  };
  if (ctx.cycles === "throw") {
    for (const entry of ctx.seen.entries()) {
      const seen = entry[1];
      if (seen.cycle) {
        throw new Error(`Cycle detected: #/${seen.cycle?.join("/")}/<root>

Set the \`cycles\` parameter to \`"ref"\` to resolve cyclical schemas with defs.`);
      }
    }
  }
  for (const entry of ctx.seen.entries()) {
    const seen = entry[1];
    if (schema === entry[0]) {
      extractToDef(entry);
      continue;
    }
    if (ctx.external) {
      const ext = ctx.external.registry.get(entry[0])?.id;
      if (schema !== entry[0] && ext) {
        extractToDef(entry);
        continue;
      }
    }
    const id = ctx.metadataRegistry.get(entry[0])?.id;
    if (id) {
      extractToDef(entry);
      continue;
    }
    if (seen.cycle) {
      extractToDef(entry);
      continue;
    }
    if (seen.count > 1) {
      if (ctx.reused === "ref") {
        extractToDef(entry);
      }
    }
  }
  if (ctx.external)
    ctx.sharedDefsExtractedFor = ctx.external;
}
function compactTypeUnion(schema) {
  const options = schema.anyOf;
  if (!Array.isArray(options) || options.length === 0 || schema.type !== void 0)
    return;
  const types = [];
  for (const option of options) {
    if (!option || typeof option !== "object")
      return;
    compactTypeUnion(option);
    const keys = Object.keys(option);
    if (keys.length !== 1 || keys[0] !== "type")
      return;
    const type = option.type;
    for (const member of Array.isArray(type) ? type : [type]) {
      if (typeof member !== "string")
        return;
      if (!types.includes(member))
        types.push(member);
    }
  }
  delete schema.anyOf;
  schema.type = types.length === 1 ? types[0] : types;
}
function undeclaredConstraint(member) {
  const extra = member.additionalProperties;
  if (extra === void 0 || extra === false || typeof extra !== "object" || extra === null)
    return null;
  return Object.keys(extra).length ? extra : null;
}
function foldObjects(members3) {
  const objects = [];
  for (const member of members3) {
    if (typeof member !== "object" || member.type !== "object")
      return null;
    for (const key in member) {
      if (!FOLDABLE_KEYS.has(key))
        return null;
    }
    objects.push(member);
  }
  const properties = {};
  const required2 = /* @__PURE__ */ new Set();
  for (const object of objects) {
    for (const key in object.properties) {
      if (Object.prototype.hasOwnProperty.call(properties, key))
        continue;
      const parts = [];
      for (const other of objects) {
        const part = other.properties?.[key] ?? undeclaredConstraint(other);
        if (part === null || part === void 0)
          continue;
        if (!parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part)))
          parts.push(part);
      }
      const merged = parts.length === 1 ? parts[0] : foldObjects(parts) ?? { allOf: parts };
      assignProp(properties, key, merged);
    }
    for (const key of object.required ?? [])
      required2.add(key);
  }
  const folded = { type: "object", properties };
  if (required2.size)
    folded.required = [...required2];
  if (objects.every((object) => object.additionalProperties === false)) {
    folded.additionalProperties = false;
  } else {
    const constraints = [];
    for (const object of objects) {
      const constraint = undeclaredConstraint(object);
      if (constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint)))
        constraints.push(constraint);
    }
    if (constraints.length === 1)
      folded.additionalProperties = constraints[0];
    else if (constraints.length > 1)
      folded.additionalProperties = { allOf: constraints };
  }
  return folded;
}
function foldIntersection(json) {
  const allOf = json.allOf;
  if (!Array.isArray(allOf) || allOf.length < 2)
    return;
  for (const key of FOLDABLE_KEYS)
    if (key in json)
      return;
  const unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k])));
  let folded = null;
  if (!unions.length) {
    folded = foldObjects(allOf);
  } else {
    const union2 = unions[0];
    const keyword = UNION_KEYS.find((k) => Array.isArray(union2[k]));
    if (Object.keys(union2).length !== 1)
      return;
    const rest = allOf.filter((m) => m !== union2);
    const branches = union2[keyword].map((branch) => foldObjects([...rest, branch]));
    if (branches.some((b) => !b))
      return;
    folded = { [keyword]: branches };
  }
  if (!folded)
    return;
  delete json.allOf;
  assignProps(json, folded);
}
function finalize(ctx, schema) {
  const root = ctx.seen.get(schema);
  if (!root)
    throw new Error("Unprocessed schema. This is a bug in Zod.");
  const flattenRef = (zodSchema) => {
    const seen = ctx.seen.get(zodSchema);
    if (seen.ref === null)
      return;
    const schema2 = seen.def ?? seen.schema;
    const _cached = { ...schema2 };
    const ref = seen.ref;
    seen.ref = null;
    if (ref) {
      flattenRef(ref);
      const refSeen = ctx.seen.get(ref);
      const refSchema = refSeen.schema;
      if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
        schema2.allOf = schema2.allOf ?? [];
        schema2.allOf.push(refSchema);
      } else {
        assignProps(schema2, refSchema);
      }
      assignProps(schema2, _cached);
      const isParentRef = zodSchema._zod.parent === ref;
      if (isParentRef) {
        for (const key in schema2) {
          if (key === "$ref" || key === "allOf")
            continue;
          if (!(key in _cached)) {
            delete schema2[key];
          }
        }
      }
      if (refSchema.$ref && refSeen.def) {
        for (const key in schema2) {
          if (key === "$ref" || key === "allOf")
            continue;
          if (key in refSeen.def && JSON.stringify(schema2[key]) === JSON.stringify(refSeen.def[key])) {
            delete schema2[key];
          }
        }
      }
    }
    const parent = zodSchema._zod.parent;
    if (parent && parent !== ref) {
      flattenRef(parent);
      const parentSeen = ctx.seen.get(parent);
      if (parentSeen?.schema.$ref) {
        schema2.$ref = parentSeen.schema.$ref;
        if (parentSeen.def) {
          for (const key in schema2) {
            if (key === "$ref" || key === "allOf")
              continue;
            if (key in parentSeen.def && JSON.stringify(schema2[key]) === JSON.stringify(parentSeen.def[key])) {
              delete schema2[key];
            }
          }
        }
      }
    }
    ctx.override({
      zodSchema,
      jsonSchema: schema2,
      path: seen.path ?? []
    });
  };
  if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
    for (const entry of [...ctx.seen.entries()].reverse()) {
      flattenRef(entry[0]);
    }
    if (ctx.target !== "openapi-3.0") {
      for (const entry of ctx.seen.entries()) {
        compactTypeUnion(entry[1].def ?? entry[1].schema);
      }
    }
    for (const rewrite of ctx.deferred)
      rewrite();
    if (ctx.intersections.length) {
      const carriers = /* @__PURE__ */ new Map();
      for (const seen of ctx.seen.values()) {
        for (const json of [seen.schema, seen.def]) {
          const allOf = json?.allOf;
          if (!Array.isArray(allOf))
            continue;
          const existing = carriers.get(allOf);
          if (existing)
            existing.push(json);
          else
            carriers.set(allOf, [json]);
        }
      }
      for (const allOf of ctx.intersections) {
        for (const json of carriers.get(allOf) ?? [])
          foldIntersection(json);
      }
    }
  }
  const result = {};
  if (ctx.target === "draft-2020-12") {
    result.$schema = "https://json-schema.org/draft/2020-12/schema";
  } else if (ctx.target === "draft-07") {
    result.$schema = "http://json-schema.org/draft-07/schema#";
  } else if (ctx.target === "draft-04") {
    result.$schema = "http://json-schema.org/draft-04/schema#";
  } else if (ctx.target === "openapi-3.0") {
  } else {
  }
  if (ctx.external?.uri) {
    const id = ctx.external.registry.get(schema)?.id;
    if (!id)
      throw new Error("Schema is missing an `id` property");
    result.$id = ctx.external.uri(id);
  }
  assignProps(result, root.defId ? root.schema : root.def ?? root.schema);
  const rootMetaId = ctx.metadataRegistry.get(schema)?.id;
  if (rootMetaId !== void 0 && result.id === rootMetaId)
    delete result.id;
  const defs = ctx.external?.defs ?? {};
  if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
    for (const entry of ctx.seen.entries()) {
      const seen = entry[1];
      if (seen.def && seen.defId) {
        if (seen.def.id === seen.defId)
          delete seen.def.id;
        assignProp(defs, seen.defId, seen.def);
      }
    }
  }
  if (ctx.external)
    ctx.sharedEmitDoneFor = ctx.external;
  if (ctx.external) {
  } else {
    if (Object.keys(defs).length > 0) {
      if (ctx.target === "draft-2020-12") {
        result.$defs = defs;
      } else {
        result.definitions = defs;
      }
    }
  }
  try {
    const finalized = JSON.parse(JSON.stringify(result));
    Object.defineProperty(finalized, "~standard", {
      value: {
        ...schema["~standard"],
        jsonSchema: {
          input: createStandardJSONSchemaMethod(schema, "input", ctx.processors),
          output: createStandardJSONSchemaMethod(schema, "output", ctx.processors)
        }
      },
      enumerable: false,
      writable: false
    });
    return finalized;
  } catch (_err) {
    throw new Error("Error converting schema to JSON.");
  }
}
function isTransforming(_schema, _ctx) {
  const ctx = _ctx ?? { seen: /* @__PURE__ */ new Set() };
  if (ctx.seen.has(_schema))
    return false;
  ctx.seen.add(_schema);
  const def = _schema._zod.def;
  if (def.type === "transform")
    return true;
  if (def.type === "array")
    return isTransforming(def.element, ctx);
  if (def.type === "set")
    return isTransforming(def.valueType, ctx);
  if (def.type === "lazy")
    return isTransforming(def.getter(), ctx);
  if (def.type === "promise" || def.type === "optional" || def.type === "nonoptional" || def.type === "nullable" || def.type === "readonly" || def.type === "default" || def.type === "prefault" || def.type === "catch") {
    return isTransforming(def.innerType, ctx);
  }
  if (def.type === "intersection") {
    return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
  }
  if (def.type === "record" || def.type === "map") {
    return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
  }
  if (def.type === "pipe") {
    if (_schema._zod.traits.has("$ZodCodec"))
      return true;
    return isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
  }
  if (def.type === "object") {
    for (const key in def.shape) {
      if (isTransforming(def.shape[key], ctx))
        return true;
    }
    return false;
  }
  if (def.type === "union") {
    for (const option of def.options) {
      if (isTransforming(option, ctx))
        return true;
    }
    return false;
  }
  if (def.type === "tuple") {
    for (const item2 of def.items) {
      if (isTransforming(item2, ctx))
        return true;
    }
    if (def.rest && isTransforming(def.rest, ctx))
      return true;
    return false;
  }
  return false;
}
var FOLDABLE_KEYS, UNION_KEYS, createToJSONSchemaMethod, createStandardJSONSchemaMethod;
var init_to_json_schema = __esm({
  "node_modules/zod/v4/core/to-json-schema.js"() {
    init_registries();
    init_util();
    FOLDABLE_KEYS = /* @__PURE__ */ new Set(["type", "properties", "required", "additionalProperties"]);
    UNION_KEYS = ["oneOf", "anyOf"];
    createToJSONSchemaMethod = (schema, processors = {}) => (params) => {
      const ctx = initializeContext({ ...params, processors });
      processSchema(schema, ctx);
      extractDefs(ctx, schema);
      return finalize(ctx, schema);
    };
    createStandardJSONSchemaMethod = (schema, io, processors = {}) => (params) => {
      const { libraryOptions, target } = params ?? {};
      const ctx = initializeContext({ ...libraryOptions ?? {}, target, io, processors });
      processSchema(schema, ctx);
      extractDefs(ctx, schema);
      return finalize(ctx, schema);
    };
  }
});

// node_modules/zod/v4/core/json-schema-processors.js
function aggregateChecks(schema) {
  const agg = {};
  const def = schema._zod.def;
  const list2 = schema._zod.traits.has("$ZodCheck") ? [schema, ...def.checks ?? []] : def.checks ?? [];
  for (const ch of list2)
    contributors[ch._zod.def.check]?.(agg, ch._zod.def);
  const bag = schema._zod.bag;
  if (bag.minimum !== void 0)
    narrowMin(agg, "minimum", bag.minimum);
  if (bag.exclusiveMinimum !== void 0)
    narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
  if (bag.maximum !== void 0)
    narrowMax(agg, "maximum", bag.maximum);
  if (bag.exclusiveMaximum !== void 0)
    narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
  if (bag.multipleOf !== void 0)
    addDivisor(agg, bag.multipleOf);
  if (bag.format !== void 0) {
    agg.format ?? (agg.format = bag.format);
    if (bag.format.includes("int"))
      agg.isInt = true;
  }
  if (bag.mime)
    intersectMime(agg, bag.mime);
  for (const pattern of bag.patterns ?? [])
    addPattern(agg, pattern);
  return agg;
}
function inputOptin(schema) {
  const def = schema._zod.def;
  if (def.type === "pipe" && def.in._zod.traits.has("$ZodTransform")) {
    return inputOptin(def.out);
  }
  if (def.type === "catch") {
    return inputOptin(def.innerType);
  }
  return schema._zod.optin;
}
function stringifyKeyNames(bySchema, json, visited) {
  if (json.$ref) {
    if (visited.has(json))
      return json;
    visited.add(json);
    const def = bySchema.get(json)?.def;
    if (!def)
      return json;
    const inlined = stringifyKeyNames(bySchema, def, visited);
    return inlined === def ? json : inlined;
  }
  for (const keyword of ["anyOf", "oneOf"]) {
    const branches = json[keyword];
    if (!Array.isArray(branches))
      continue;
    const mapped = branches.map((branch) => stringifyKeyNames(bySchema, branch, visited));
    if (mapped.some((branch, i) => branch !== branches[i]))
      json = { ...json, [keyword]: mapped };
  }
  const types = Array.isArray(json.type) ? json.type : [json.type];
  const numericType = !types.includes("string") && types.some((t) => t === "number" || t === "integer");
  const values = json.enum ?? (json.const !== void 0 ? [json.const] : void 0);
  if (!numericType && !values?.some((v) => typeof v === "number"))
    return json;
  const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, format, id, ...rest } = json;
  if (rest.enum)
    rest.enum = rest.enum.map((v) => typeof v === "number" ? String(v) : v);
  else if (typeof rest.const === "number")
    rest.const = String(rest.const);
  if (!numericType)
    return rest;
  rest.type = "string";
  if (!values)
    rest.pattern = (types.includes("number") ? number : integer).source;
  return rest;
}
function rewriteKeyNames(ctx) {
  const bySchema = /* @__PURE__ */ new Map();
  for (const entry of ctx.seen.values()) {
    if (entry.def && !bySchema.has(entry.schema))
      bySchema.set(entry.schema, entry);
  }
  const rewrites = /* @__PURE__ */ new Map();
  for (const record2 of pendingRecords.get(ctx) ?? []) {
    const seen = ctx.seen.get(record2);
    const names = (seen?.def ?? seen?.schema)?.propertyNames;
    if (!names || names === true || rewrites.has(names))
      continue;
    const rewritten = stringifyKeyNames(bySchema, names, /* @__PURE__ */ new Set());
    if (rewritten !== names)
      rewrites.set(names, rewritten);
  }
  if (!rewrites.size)
    return;
  for (const entry of ctx.seen.values()) {
    for (const carrier of [entry.schema, entry.def]) {
      const rewritten = carrier && rewrites.get(carrier.propertyNames);
      if (rewritten)
        carrier.propertyNames = rewritten;
    }
  }
}
function serializeDefaultValue(value, schema, ctx, json, params) {
  let unrepresentable = false;
  const serialized = JSON.stringify(value, (_, val) => {
    if (typeof val !== "bigint")
      return val;
    unrepresentable = true;
    return null;
  });
  if (!unrepresentable)
    return JSON.parse(serialized);
  handleUnrepresentable(schema, ctx, json, params, "BigInt defaults cannot be represented in JSON Schema");
  return UNREPRESENTABLE_DEFAULT;
}
var narrowMin, narrowMax, narrowBoth, addDivisor, addPattern, intersectMime, setFormat, minContributor, maxContributor, formatContributor, contributors, formatMap, exactPatterns, exactPattern, stringProcessor, numberProcessor, booleanProcessor, neverProcessor, unknownProcessor, enumProcessor, literalProcessor, customProcessor, transformProcessor, arrayProcessor, objectProcessor, unionProcessor, intersectionProcessor, pendingRecords, recordProcessor, nullableProcessor, nonoptionalProcessor, UNREPRESENTABLE_DEFAULT, defaultProcessor, prefaultProcessor, catchProcessor, pipeProcessor, readonlyProcessor, optionalProcessor;
var init_json_schema_processors = __esm({
  "node_modules/zod/v4/core/json-schema-processors.js"() {
    init_regexes();
    init_schemas();
    init_to_json_schema();
    init_util();
    narrowMin = (agg, key, value) => {
      if (agg[key] === void 0 || value > agg[key])
        agg[key] = value;
    };
    narrowMax = (agg, key, value) => {
      if (agg[key] === void 0 || value < agg[key])
        agg[key] = value;
    };
    narrowBoth = (agg, value) => {
      narrowMin(agg, "minimum", value);
      narrowMax(agg, "maximum", value);
    };
    addDivisor = (agg, value) => {
      agg.multipleOf ?? (agg.multipleOf = []);
      if (!agg.multipleOf.includes(value))
        agg.multipleOf.push(value);
    };
    addPattern = (agg, pattern) => {
      agg.patterns ?? (agg.patterns = /* @__PURE__ */ new Set());
      agg.patterns.add(pattern);
    };
    intersectMime = (agg, mime) => {
      agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
    };
    setFormat = (agg, format) => {
      agg.format = format;
      if (format.includes("int"))
        agg.isInt = true;
    };
    minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
    maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
    formatContributor = (ranges) => (agg, def) => {
      setFormat(agg, def.format);
      const [minimum, maximum] = ranges[def.format];
      narrowMin(agg, "minimum", minimum);
      narrowMax(agg, "maximum", maximum);
    };
    contributors = {
      greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
      less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
      multiple_of: (agg, def) => addDivisor(agg, def.value),
      number_format: formatContributor(NUMBER_FORMAT_RANGES),
      bigint_format: formatContributor(BIGINT_FORMAT_RANGES),
      min_length: minContributor,
      max_length: maxContributor,
      length_equals: (agg, def) => narrowBoth(agg, def.length),
      min_size: minContributor,
      max_size: maxContributor,
      size_equals: (agg, def) => narrowBoth(agg, def.size),
      string_format: (agg, def) => {
        setFormat(agg, def.format);
        if (def.pattern)
          addPattern(agg, def.pattern);
        if (def.format === "base64" || def.format === "base64url")
          agg.contentEncoding = def.format;
        if (def.local || def.precision === -1)
          agg.laxFormat = true;
      },
      mime_type: (agg, def) => intersectMime(agg, def.mime)
    };
    formatMap = {
      guid: "uuid",
      url: "uri",
      datetime: "date-time",
      json_string: "json-string",
      regex: ""
      // do not set
    };
    exactPatterns = /* @__PURE__ */ new Map([
      [base64Charset, base64],
      [base64urlCharset, base64url]
    ]);
    exactPattern = (p) => exactPatterns.get(p) ?? p;
    stringProcessor = (schema, ctx, _json, _params) => {
      const json = _json;
      json.type = "string";
      const { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema);
      if (typeof minimum === "number")
        json.minLength = minimum;
      if (typeof maximum === "number")
        json.maxLength = maximum;
      if (format) {
        json.format = formatMap[format] ?? format;
        if (json.format === "")
          delete json.format;
        if (format === "time" || laxFormat) {
          delete json.format;
        }
      }
      if (contentEncoding)
        json.contentEncoding = contentEncoding;
      if (patterns && patterns.size > 0) {
        const patternList = [...patterns].map(exactPattern);
        if (patternList.length === 1)
          json.pattern = patternList[0].source;
        else if (patternList.length > 1) {
          json.allOf = [
            ...patternList.map((regex) => ({
              ...ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0" ? { type: "string" } : {},
              pattern: regex.source
            }))
          ];
        }
      }
    };
    numberProcessor = (schema, ctx, _json, params) => {
      const json = _json;
      const { minimum, maximum, multipleOf, exclusiveMaximum, exclusiveMinimum, isInt } = aggregateChecks(schema);
      json.type = isInt ? "integer" : "number";
      const exMin = typeof exclusiveMinimum === "number" && exclusiveMinimum >= (minimum ?? Number.NEGATIVE_INFINITY);
      const exMax = typeof exclusiveMaximum === "number" && exclusiveMaximum <= (maximum ?? Number.POSITIVE_INFINITY);
      const legacy = ctx.target === "draft-04" || ctx.target === "openapi-3.0";
      if (exMin) {
        if (legacy) {
          json.minimum = exclusiveMinimum;
          json.exclusiveMinimum = true;
        } else {
          json.exclusiveMinimum = exclusiveMinimum;
        }
      } else if (typeof minimum === "number") {
        json.minimum = minimum;
      }
      if (exMax) {
        if (legacy) {
          json.maximum = exclusiveMaximum;
          json.exclusiveMaximum = true;
        } else {
          json.exclusiveMaximum = exclusiveMaximum;
        }
      } else if (typeof maximum === "number") {
        json.maximum = maximum;
      }
      if (multipleOf) {
        const divisors = /* @__PURE__ */ new Set();
        for (const divisor of multipleOf) {
          if (Number.isFinite(divisor) && divisor !== 0)
            divisors.add(Math.abs(divisor));
          else
            handleUnrepresentable(schema, ctx, json, params, `A multipleOf divisor of ${divisor} cannot be represented in JSON Schema`);
        }
        const [first, ...rest] = divisors;
        if (first !== void 0)
          json.multipleOf = first;
        if (rest.length)
          json.allOf = [...json.allOf ?? [], ...rest.map((m) => ({ multipleOf: m }))];
      }
    };
    booleanProcessor = (_schema, _ctx, json, _params) => {
      json.type = "boolean";
    };
    neverProcessor = (_schema, _ctx, json, _params) => {
      json.not = {};
    };
    unknownProcessor = (_schema, _ctx, _json, _params) => {
    };
    enumProcessor = (schema, _ctx, json, _params) => {
      const def = schema._zod.def;
      const values = getEnumValues(def.entries);
      if (values.length === 0) {
        json.not = {};
        return;
      }
      if (values.every((v) => typeof v === "number"))
        json.type = "number";
      if (values.every((v) => typeof v === "string"))
        json.type = "string";
      json.enum = values;
    };
    literalProcessor = (schema, ctx, json, params) => {
      const def = schema._zod.def;
      if (def.values.length === 0) {
        json.not = {};
        return;
      }
      const vals = [];
      for (const val of def.values) {
        if (val === void 0) {
          if (handleUnrepresentable(schema, ctx, json, params, "Literal `undefined` cannot be represented in JSON Schema"))
            return;
        } else if (typeof val === "bigint") {
          if (handleUnrepresentable(schema, ctx, json, params, "BigInt literals cannot be represented in JSON Schema"))
            return;
          vals.push(Number(val));
        } else {
          vals.push(val);
        }
      }
      if (vals.length === 0) {
      } else if (vals.length === 1) {
        const val = vals[0];
        json.type = val === null ? "null" : typeof val;
        if (ctx.target === "draft-04" || ctx.target === "openapi-3.0") {
          json.enum = [val];
        } else {
          json.const = val;
        }
      } else {
        if (vals.every((v) => typeof v === "number"))
          json.type = "number";
        if (vals.every((v) => typeof v === "string"))
          json.type = "string";
        if (vals.every((v) => typeof v === "boolean"))
          json.type = "boolean";
        if (vals.every((v) => v === null))
          json.type = "null";
        json.enum = vals;
      }
    };
    customProcessor = (schema, ctx, json, params) => {
      handleUnrepresentable(schema, ctx, json, params, "Custom types cannot be represented in JSON Schema");
    };
    transformProcessor = (schema, ctx, json, params) => {
      handleUnrepresentable(schema, ctx, json, params, "Transforms cannot be represented in JSON Schema");
    };
    arrayProcessor = (schema, ctx, _json, params) => {
      const json = _json;
      const def = schema._zod.def;
      const { minimum, maximum } = aggregateChecks(schema);
      if (typeof minimum === "number")
        json.minItems = minimum;
      if (typeof maximum === "number")
        json.maxItems = maximum;
      json.type = "array";
      json.items = processSchema(def.element, ctx, {
        ...params,
        path: [...params.path, "items"]
      });
    };
    objectProcessor = (schema, ctx, _json, params) => {
      const json = _json;
      const def = schema._zod.def;
      const shape = def.shape;
      const symbolKeys = Object.getOwnPropertySymbols(shape);
      if (symbolKeys.length && handleUnrepresentable(schema, ctx, json, params, "Symbol keys cannot be represented in JSON Schema")) {
        return;
      }
      json.type = "object";
      json.properties = {};
      for (const key in shape) {
        assignProp(json.properties, key, processSchema(shape[key], ctx, {
          ...params,
          path: [...params.path, "properties", key]
        }));
      }
      const requiredKeys = [];
      for (const key of Object.keys(shape)) {
        const field = def.shape[key];
        if (ctx.io === "input" ? inputOptin(field) === void 0 : field._zod.optout === void 0) {
          requiredKeys.push(key);
        }
      }
      if (requiredKeys.length > 0) {
        json.required = requiredKeys;
      }
      if (def.catchall?._zod.def.type === "never") {
        json.additionalProperties = false;
      } else if (!def.catchall) {
        if (ctx.io === "output")
          json.additionalProperties = false;
      } else if (def.catchall) {
        json.additionalProperties = processSchema(def.catchall, ctx, {
          ...params,
          path: [...params.path, "additionalProperties"]
        });
      }
    };
    unionProcessor = (schema, ctx, json, params) => {
      const def = schema._zod.def;
      const isExclusive = def.inclusive === false;
      const options = def.options.map((x, i) => processSchema(x, ctx, {
        ...params,
        path: [...params.path, isExclusive ? "oneOf" : "anyOf", i]
      }));
      if (isExclusive) {
        json.oneOf = options;
      } else {
        json.anyOf = options;
      }
    };
    intersectionProcessor = (schema, ctx, json, params) => {
      const def = schema._zod.def;
      const a = processSchema(def.left, ctx, {
        ...params,
        path: [...params.path, "allOf", 0]
      });
      const b = processSchema(def.right, ctx, {
        ...params,
        path: [...params.path, "allOf", 1]
      });
      const isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1;
      const allOf = [
        ...isSimpleIntersection(a) ? a.allOf : [a],
        ...isSimpleIntersection(b) ? b.allOf : [b]
      ];
      json.allOf = allOf;
      ctx.intersections.push(allOf);
    };
    pendingRecords = /* @__PURE__ */ new WeakMap();
    recordProcessor = (schema, ctx, _json, params) => {
      const json = _json;
      const def = schema._zod.def;
      json.type = "object";
      const keyType = def.keyType;
      const patterns = aggregateChecks(keyType).patterns;
      if (def.mode === "loose" && patterns && patterns.size > 0) {
        const valueSchema = processSchema(def.valueType, ctx, {
          ...params,
          path: [...params.path, "patternProperties", "*"]
        });
        json.patternProperties = {};
        for (const pattern of patterns) {
          assignProp(json.patternProperties, exactPattern(pattern).source, valueSchema);
        }
      } else {
        if (ctx.target === "draft-07" || ctx.target === "draft-2020-12") {
          json.propertyNames = processSchema(def.keyType, ctx, {
            ...params,
            path: [...params.path, "propertyNames"]
          });
          let pending = pendingRecords.get(ctx);
          if (!pending) {
            pending = [];
            pendingRecords.set(ctx, pending);
            ctx.deferred.push(() => rewriteKeyNames(ctx));
          }
          pending.push(schema);
        }
        json.additionalProperties = processSchema(def.valueType, ctx, {
          ...params,
          path: [...params.path, "additionalProperties"]
        });
      }
      const keyValues = keyType._zod.values;
      const omittableOnInput = ctx.io === "input" && inputOptin(def.valueType) !== void 0;
      if (keyValues && !def.partial && !omittableOnInput) {
        const validKeyValues = [...keyValues].filter((v) => typeof v === "string" || typeof v === "number");
        if (validKeyValues.length > 0) {
          json.required = validKeyValues.map(String);
        }
      }
    };
    nullableProcessor = (schema, ctx, json, params) => {
      const def = schema._zod.def;
      const inner = processSchema(def.innerType, ctx, params);
      const seen = ctx.seen.get(schema);
      if (ctx.target === "openapi-3.0") {
        seen.ref = def.innerType;
        json.nullable = true;
      } else {
        json.anyOf = [inner, { type: "null" }];
      }
    };
    nonoptionalProcessor = (schema, ctx, _json, params) => {
      const def = schema._zod.def;
      processSchema(def.innerType, ctx, params);
      const seen = ctx.seen.get(schema);
      seen.ref = def.innerType;
    };
    UNREPRESENTABLE_DEFAULT = /* @__PURE__ */ Symbol();
    defaultProcessor = (schema, ctx, json, params) => {
      const def = schema._zod.def;
      processSchema(def.innerType, ctx, params);
      const seen = ctx.seen.get(schema);
      seen.ref = def.innerType;
      const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
      if (value !== UNREPRESENTABLE_DEFAULT)
        json.default = value;
    };
    prefaultProcessor = (schema, ctx, json, params) => {
      const def = schema._zod.def;
      processSchema(def.innerType, ctx, params);
      const seen = ctx.seen.get(schema);
      seen.ref = def.innerType;
      if (ctx.io !== "input")
        return;
      const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
      if (value !== UNREPRESENTABLE_DEFAULT)
        json._prefault = value;
    };
    catchProcessor = (schema, ctx, json, params) => {
      const def = schema._zod.def;
      processSchema(def.innerType, ctx, params);
      const seen = ctx.seen.get(schema);
      seen.ref = def.innerType;
      let catchValue;
      try {
        catchValue = def.catchValue(void 0);
      } catch {
        handleUnrepresentable(schema, ctx, json, params, "Dynamic catch values are not supported in JSON Schema");
        return;
      }
      json.default = catchValue;
    };
    pipeProcessor = (schema, ctx, _json, params) => {
      const def = schema._zod.def;
      const inIsTransform = def.in._zod.traits.has("$ZodTransform");
      const innerType = ctx.io === "input" ? inIsTransform ? def.out : def.in : def.out;
      processSchema(innerType, ctx, params);
      const seen = ctx.seen.get(schema);
      seen.ref = innerType;
    };
    readonlyProcessor = (schema, ctx, json, params) => {
      const def = schema._zod.def;
      processSchema(def.innerType, ctx, params);
      const seen = ctx.seen.get(schema);
      seen.ref = def.innerType;
      json.readOnly = true;
    };
    optionalProcessor = (schema, ctx, _json, params) => {
      const def = schema._zod.def;
      processSchema(def.innerType, ctx, params);
      const seen = ctx.seen.get(schema);
      seen.ref = def.innerType;
    };
  }
});

// node_modules/zod/v4/core/json-schema.js
var init_json_schema = __esm({
  "node_modules/zod/v4/core/json-schema.js"() {
  }
});

// node_modules/zod/v4/core/index.js
var init_core2 = __esm({
  "node_modules/zod/v4/core/index.js"() {
    init_core();
    init_parse();
    init_errors();
    init_schemas();
    init_memoizer();
    init_checks();
    init_versions();
    init_util();
    init_regexes();
    init_locales();
    init_registries();
    init_doc();
    init_compile();
    init_api();
    init_to_json_schema();
    init_json_schema();
  }
});

// node_modules/zod/v4/classic/checks.js
var init_checks2 = __esm({
  "node_modules/zod/v4/classic/checks.js"() {
    init_core2();
  }
});

// node_modules/zod/v4/classic/errors.js
function _lazyMethod(proto, key, make) {
  Object.defineProperty(proto, key, {
    configurable: true,
    enumerable: false,
    get() {
      const value = make(this);
      Object.defineProperty(this, key, { value, configurable: true, writable: true });
      return value;
    },
    set(value) {
      Object.defineProperty(this, key, { value, configurable: true, writable: true });
    }
  });
}
var _installedErrorProtos, initializer2, ZodRealError;
var init_errors2 = __esm({
  "node_modules/zod/v4/classic/errors.js"() {
    init_core2();
    init_core2();
    init_util();
    _installedErrorProtos = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
    initializer2 = (inst, issues) => {
      $ZodError.init(inst, issues);
      inst.name = "ZodError";
      const proto = Object.getPrototypeOf(inst);
      if (_installedErrorProtos.has(proto))
        return;
      _installedErrorProtos.add(proto);
      _lazyMethod(proto, "format", (self) => (mapper) => formatError(self, mapper));
      _lazyMethod(proto, "flatten", (self) => (mapper) => flattenError(self, mapper));
      _lazyMethod(proto, "addIssue", (self) => (issue2) => {
        self.issues.push(issue2);
        self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
      });
      _lazyMethod(proto, "addIssues", (self) => (issues2) => {
        self.issues.push(...issues2);
        self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
      });
      Object.defineProperty(proto, "isEmpty", {
        configurable: true,
        enumerable: false,
        get() {
          return this.issues.length === 0;
        }
      });
    };
    ZodRealError = /* @__PURE__ */ $constructor("ZodError", initializer2, void 0, {
      Parent: Error
    });
  }
});

// node_modules/zod/v4/classic/parse.js
var parse2, parseAsync, safeParse, safeParseAsync, encode, decode2, encodeAsync, decodeAsync, safeEncode, safeDecode, safeEncodeAsync, safeDecodeAsync;
var init_parse2 = __esm({
  "node_modules/zod/v4/classic/parse.js"() {
    init_core2();
    init_errors2();
    init_core2();
    parse2 = /* @__PURE__ */ _parse(ZodRealError);
    parseAsync = /* @__PURE__ */ _parseAsync(ZodRealError);
    safeParse = /* @__PURE__ */ _safeParse(ZodRealError);
    safeParseAsync = /* @__PURE__ */ _safeParseAsync(ZodRealError);
    encode = /* @__PURE__ */ _encode(ZodRealError);
    decode2 = /* @__PURE__ */ _decode(ZodRealError);
    encodeAsync = /* @__PURE__ */ _encodeAsync(ZodRealError);
    decodeAsync = /* @__PURE__ */ _decodeAsync(ZodRealError);
    safeEncode = /* @__PURE__ */ _safeEncode(ZodRealError);
    safeDecode = /* @__PURE__ */ _safeDecode(ZodRealError);
    safeEncodeAsync = /* @__PURE__ */ _safeEncodeAsync(ZodRealError);
    safeDecodeAsync = /* @__PURE__ */ _safeDecodeAsync(ZodRealError);
  }
});

// node_modules/zod/v4/classic/schemas.js
function _ensureDefaultLocale() {
  if (!globalConfig.localeError)
    config(en_default());
}
function _ensureDefaultMemoizer() {
  if (!globalConfig.memoizer)
    config({ memoizer: memoizer() });
}
function string2(params) {
  return _string(ZodString, params);
}
function number2(params) {
  return _number(ZodNumber, params);
}
function int(params) {
  return _int(ZodNumberFormat, params);
}
function boolean2(params) {
  return _boolean(ZodBoolean, params);
}
function unknown() {
  return _unknown(ZodUnknown);
}
function never(params) {
  return _never(ZodNever, params);
}
function array(element, params) {
  return _array(ZodArray, element, params);
}
function strictObject(shape, params) {
  return new ZodObject({
    type: "object",
    shape,
    catchall: never(),
    ...util_exports.normalizeParams(params)
  });
}
function union(options, params) {
  return new ZodUnion({
    type: "union",
    options,
    ...util_exports.normalizeParams(params)
  });
}
function intersection(left, right) {
  return new ZodIntersection({
    type: "intersection",
    left,
    right
  });
}
function record(keyType, valueType, params) {
  if (!valueType || !valueType._zod) {
    return new ZodRecord({
      type: "record",
      keyType: string2(),
      valueType: keyType,
      ...util_exports.normalizeParams(valueType)
    });
  }
  return new ZodRecord({
    type: "record",
    keyType,
    valueType,
    ...util_exports.normalizeParams(params)
  });
}
function partialRecord(keyType, valueType, params) {
  return new ZodRecord({
    type: "record",
    keyType,
    valueType,
    ...util_exports.normalizeParams(params),
    partial: true
  });
}
function _enum(values, params) {
  const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
  return new ZodEnum({
    type: "enum",
    entries,
    ...util_exports.normalizeParams(params)
  });
}
function literal(value, params) {
  return new ZodLiteral({
    type: "literal",
    values: Array.isArray(value) ? value : [value],
    ...util_exports.normalizeParams(params)
  });
}
function transform(fn) {
  return new ZodTransform({
    type: "transform",
    transform: fn
  });
}
function optional(innerType) {
  return new ZodOptional({
    type: "optional",
    innerType
  });
}
function exactOptional(innerType) {
  return new ZodExactOptional({
    type: "optional",
    innerType
  });
}
function nullable(innerType) {
  return new ZodNullable({
    type: "nullable",
    innerType
  });
}
function _default(innerType, defaultValue) {
  return new ZodDefault({
    type: "default",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : util_exports.shallowClone(defaultValue);
    }
  });
}
function prefault(innerType, defaultValue) {
  return new ZodPrefault({
    type: "prefault",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : util_exports.shallowClone(defaultValue);
    }
  });
}
function nonoptional(innerType, params) {
  return new ZodNonOptional({
    type: "nonoptional",
    innerType,
    ...util_exports.normalizeParams(params)
  });
}
function _catch(innerType, catchValue) {
  return new ZodCatch({
    type: "catch",
    innerType,
    catchValue: typeof catchValue === "function" ? catchValue : util_exports.constantCatch(catchValue)
  });
}
function pipe(in_, out) {
  return new ZodPipe({
    type: "pipe",
    in: in_,
    out
    // ...util.normalizeParams(params),
  });
}
function readonly(innerType) {
  return new ZodReadonly({
    type: "readonly",
    innerType
  });
}
function refine(fn, _params = {}) {
  return _refine(ZodCustom, fn, _params);
}
function superRefine(fn, params) {
  return _superRefine(fn, params);
}
var ZodType, _ZodString, ZodString, ZodStringFormat, ZodISODateTime, ZodISODate, ZodISOTime, ZodISODuration, ZodEmail, ZodGUID, ZodUUID, ZodURL, ZodEmoji, ZodNanoID, ZodCUID, ZodCUID2, ZodULID, ZodXID, ZodKSUID, ZodIPv4, ZodIPv6, ZodCIDRv4, ZodCIDRv6, ZodBase64, ZodBase64URL, ZodE164, ZodJWT, ZodNumber, ZodNumberFormat, ZodBoolean, ZodUnknown, ZodNever, ZodArray, ZodObject, ZodUnion, ZodIntersection, ZodRecord, ZodEnum, ZodLiteral, ZodTransform, ZodOptional, ZodExactOptional, ZodNullable, ZodDefault, ZodPrefault, ZodNonOptional, ZodCatch, ZodPipe, ZodReadonly, ZodCustom;
var init_schemas2 = __esm({
  "node_modules/zod/v4/classic/schemas.js"() {
    init_core2();
    init_core2();
    init_json_schema_processors();
    init_to_json_schema();
    init_en();
    init_checks2();
    init_parse2();
    ZodType = /* @__PURE__ */ $constructor("ZodType", (inst, def) => {
      _ensureDefaultLocale();
      $ZodType.init(inst, def);
      inst.def = def;
      inst.type = def.type;
      return inst;
    }, {
      check(...chks) {
        const def = this.def;
        return this.clone(util_exports.mergeDefs(def, {
          checks: [
            ...def.checks ?? [],
            ...chks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
          ]
        }), { parent: true });
      },
      with(...chks) {
        return this.check(...chks);
      },
      clone(def, params) {
        return clone(this, def, params);
      },
      brand() {
        return this;
      },
      register(reg, meta2) {
        reg.add(this, meta2);
        return this;
      },
      refine(check, params) {
        return this.check(refine(check, params));
      },
      superRefine(refinement, params) {
        return this.check(superRefine(refinement, params));
      },
      overwrite(fn) {
        return this.check(_overwrite(fn));
      },
      optional() {
        return optional(this);
      },
      exactOptional() {
        return exactOptional(this);
      },
      nullable() {
        return nullable(this);
      },
      nullish() {
        return optional(nullable(this));
      },
      nonoptional(params) {
        return nonoptional(this, params);
      },
      array() {
        return array(this);
      },
      or(arg) {
        return union([this, arg]);
      },
      and(arg) {
        return intersection(this, arg);
      },
      transform(tx) {
        return pipe(this, transform(tx));
      },
      default(d) {
        return _default(this, d);
      },
      prefault(d) {
        return prefault(this, d);
      },
      catch(params) {
        return _catch(this, params);
      },
      pipe(target) {
        return pipe(this, target);
      },
      readonly() {
        return readonly(this);
      },
      describe(description) {
        const cl = this.clone();
        globalRegistry.add(cl, { description });
        return cl;
      },
      meta(...args) {
        if (args.length === 0)
          return globalRegistry.get(this);
        const cl = this.clone();
        globalRegistry.add(cl, args[0]);
        return cl;
      },
      isOptional() {
        return this.safeParse(void 0).success;
      },
      isNullable() {
        return this.safeParse(null).success;
      },
      apply(fn, ...args) {
        return args.length === 0 ? fn(this) : fn(this, ...args);
      },
      // Overrides core's `~standard` to add `jsonSchema`. Must stay a prototype entry: redefining it per instance demotes instances to dictionary mode.
      get "~standard"() {
        return util_exports.hide(this, "~standard", {
          ...standardProps(this),
          jsonSchema: {
            input: createStandardJSONSchemaMethod(this, "input"),
            output: createStandardJSONSchemaMethod(this, "output")
          }
        });
      },
      set "~standard"(value) {
        util_exports.own(this, "~standard", value);
      },
      parse: function _parse2(data, params) {
        return parse2(this, data, params, { callee: _parse2 });
      },
      parseAsync: async function _parseAsync2(data, params) {
        return await parseAsync(this, data, params, { callee: _parseAsync2 });
      },
      safeParse(data, params) {
        return safeParse(this, data, params);
      },
      async safeParseAsync(data, params) {
        return safeParseAsync(this, data, params);
      },
      // `spa` is an alias: same function object as `safeParseAsync`, as before.
      get spa() {
        return this?.safeParseAsync;
      },
      set spa(value) {
        util_exports.own(this, "spa", value);
      },
      validate(data, params) {
        return validate2(this, data, params);
      },
      validateAsync(data, params) {
        return validateAsync(this, data, params);
      },
      encode: function _encode2(data, params) {
        return encode(this, data, params, { callee: _encode2 });
      },
      decode: function _decode2(data, params) {
        return decode2(this, data, params, { callee: _decode2 });
      },
      encodeAsync: async function _encodeAsync2(data, params) {
        return await encodeAsync(this, data, params, { callee: _encodeAsync2 });
      },
      decodeAsync: async function _decodeAsync2(data, params) {
        return await decodeAsync(this, data, params, { callee: _decodeAsync2 });
      },
      safeEncode(data, params) {
        return safeEncode(this, data, params);
      },
      safeDecode(data, params) {
        return safeDecode(this, data, params);
      },
      async safeEncodeAsync(data, params) {
        return safeEncodeAsync(this, data, params);
      },
      async safeDecodeAsync(data, params) {
        return safeDecodeAsync(this, data, params);
      },
      toJSONSchema(params) {
        return createToJSONSchemaMethod(this, {})(params);
      },
      // Reads through to the registry on every access, so it must not cache.
      get description() {
        return globalRegistry.get(this)?.description;
      },
      // No setter: `schema._def = x` throws, as it did when `_def` was a non-writable own property.
      get _def() {
        return this._zod.def;
      }
    });
    _ZodString = /* @__PURE__ */ $constructor(
      "_ZodString",
      (inst, def) => {
        $ZodString.init(inst, def);
        ZodType.init(inst, def);
        inst._zod.processJSONSchema = (ctx, json, params) => stringProcessor(inst, ctx, json, params);
      },
      /* @__PURE__ */ util_exports.derived({
        format: (inst) => aggregateChecks(inst).format ?? null,
        minLength: (inst) => aggregateChecks(inst).minimum ?? null,
        maxLength: (inst) => aggregateChecks(inst).maximum ?? null
      }, {
        regex(...args) {
          return this.check(_regex(...args));
        },
        includes(...args) {
          return this.check(_includes(...args));
        },
        startsWith(...args) {
          return this.check(_startsWith(...args));
        },
        endsWith(...args) {
          return this.check(_endsWith(...args));
        },
        min(...args) {
          return this.check(_minLength(...args));
        },
        max(...args) {
          return this.check(_maxLength(...args));
        },
        length(...args) {
          return this.check(_length(...args));
        },
        nonempty(...args) {
          return this.check(_minLength(1, ...args));
        },
        lowercase(params) {
          return this.check(_lowercase(params));
        },
        uppercase(params) {
          return this.check(_uppercase(params));
        },
        trim() {
          return this.check(_trim());
        },
        normalize(...args) {
          return this.check(_normalize(...args));
        },
        toLowerCase() {
          return this.check(_toLowerCase());
        },
        toUpperCase() {
          return this.check(_toUpperCase());
        },
        slugify() {
          return this.check(_slugify());
        }
      })
    );
    ZodString = /* @__PURE__ */ $constructor("ZodString", (inst, def) => {
      $ZodString.init(inst, def);
      _ZodString.init(inst, def);
    }, {
      email(params) {
        return this.check(_email(ZodEmail, params));
      },
      url(params) {
        return this.check(_url(ZodURL, params));
      },
      jwt(params) {
        return this.check(_jwt(ZodJWT, params));
      },
      emoji(params) {
        return this.check(_emoji2(ZodEmoji, params));
      },
      guid(params) {
        return this.check(_guid(ZodGUID, params));
      },
      uuid(params) {
        return this.check(_uuid(ZodUUID, params));
      },
      uuidv4(params) {
        return this.check(_uuidv4(ZodUUID, params));
      },
      uuidv6(params) {
        return this.check(_uuidv6(ZodUUID, params));
      },
      uuidv7(params) {
        return this.check(_uuidv7(ZodUUID, params));
      },
      nanoid(params) {
        return this.check(_nanoid(ZodNanoID, params));
      },
      cuid(params) {
        return this.check(_cuid(ZodCUID, params));
      },
      cuid2(params) {
        return this.check(_cuid2(ZodCUID2, params));
      },
      ulid(params) {
        return this.check(_ulid(ZodULID, params));
      },
      base64(params) {
        return this.check(_base64(ZodBase64, params));
      },
      base64url(params) {
        return this.check(_base64url(ZodBase64URL, params));
      },
      xid(params) {
        return this.check(_xid(ZodXID, params));
      },
      ksuid(params) {
        return this.check(_ksuid(ZodKSUID, params));
      },
      ipv4(params) {
        return this.check(_ipv4(ZodIPv4, params));
      },
      ipv6(params) {
        return this.check(_ipv6(ZodIPv6, params));
      },
      cidrv4(params) {
        return this.check(_cidrv4(ZodCIDRv4, params));
      },
      cidrv6(params) {
        return this.check(_cidrv6(ZodCIDRv6, params));
      },
      e164(params) {
        return this.check(_e164(ZodE164, params));
      },
      datetime(params) {
        return this.check(_isoDateTime(ZodISODateTime, params));
      },
      date(params) {
        return this.check(_isoDate(ZodISODate, params));
      },
      time(params) {
        return this.check(_isoTime(ZodISOTime, params));
      },
      duration(params) {
        return this.check(_isoDuration(ZodISODuration, params));
      }
    });
    ZodStringFormat = /* @__PURE__ */ $constructor("ZodStringFormat", (inst, def) => {
      $ZodStringFormat.init(inst, def);
      _ZodString.init(inst, def);
    });
    ZodISODateTime = /* @__PURE__ */ $constructor("ZodISODateTime", (inst, def) => {
      $ZodISODateTime.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodISODate = /* @__PURE__ */ $constructor("ZodISODate", (inst, def) => {
      $ZodISODate.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodISOTime = /* @__PURE__ */ $constructor("ZodISOTime", (inst, def) => {
      $ZodISOTime.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodISODuration = /* @__PURE__ */ $constructor("ZodISODuration", (inst, def) => {
      $ZodISODuration.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodEmail = /* @__PURE__ */ $constructor("ZodEmail", (inst, def) => {
      $ZodEmail.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodGUID = /* @__PURE__ */ $constructor("ZodGUID", (inst, def) => {
      $ZodGUID.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodUUID = /* @__PURE__ */ $constructor("ZodUUID", (inst, def) => {
      $ZodUUID.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodURL = /* @__PURE__ */ $constructor("ZodURL", (inst, def) => {
      $ZodURL.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodEmoji = /* @__PURE__ */ $constructor("ZodEmoji", (inst, def) => {
      $ZodEmoji.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodNanoID = /* @__PURE__ */ $constructor("ZodNanoID", (inst, def) => {
      $ZodNanoID.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodCUID = /* @__PURE__ */ $constructor("ZodCUID", (inst, def) => {
      $ZodCUID.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodCUID2 = /* @__PURE__ */ $constructor("ZodCUID2", (inst, def) => {
      $ZodCUID2.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodULID = /* @__PURE__ */ $constructor("ZodULID", (inst, def) => {
      $ZodULID.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodXID = /* @__PURE__ */ $constructor("ZodXID", (inst, def) => {
      $ZodXID.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodKSUID = /* @__PURE__ */ $constructor("ZodKSUID", (inst, def) => {
      $ZodKSUID.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodIPv4 = /* @__PURE__ */ $constructor("ZodIPv4", (inst, def) => {
      $ZodIPv4.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodIPv6 = /* @__PURE__ */ $constructor("ZodIPv6", (inst, def) => {
      $ZodIPv6.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodCIDRv4 = /* @__PURE__ */ $constructor("ZodCIDRv4", (inst, def) => {
      $ZodCIDRv4.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodCIDRv6 = /* @__PURE__ */ $constructor("ZodCIDRv6", (inst, def) => {
      $ZodCIDRv6.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodBase64 = /* @__PURE__ */ $constructor("ZodBase64", (inst, def) => {
      $ZodBase64.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodBase64URL = /* @__PURE__ */ $constructor("ZodBase64URL", (inst, def) => {
      $ZodBase64URL.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodE164 = /* @__PURE__ */ $constructor("ZodE164", (inst, def) => {
      $ZodE164.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodJWT = /* @__PURE__ */ $constructor("ZodJWT", (inst, def) => {
      $ZodJWT.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodNumber = /* @__PURE__ */ $constructor(
      "ZodNumber",
      (inst, def) => {
        $ZodNumber.init(inst, def);
        ZodType.init(inst, def);
        inst._zod.processJSONSchema = (ctx, json, params) => numberProcessor(inst, ctx, json, params);
        inst.isFinite = true;
      },
      /* @__PURE__ */ util_exports.derived({
        minValue: (inst) => {
          const { minimum, exclusiveMinimum } = aggregateChecks(inst);
          return Math.max(minimum ?? Number.NEGATIVE_INFINITY, exclusiveMinimum ?? Number.NEGATIVE_INFINITY);
        },
        maxValue: (inst) => {
          const { maximum, exclusiveMaximum } = aggregateChecks(inst);
          return Math.min(maximum ?? Number.POSITIVE_INFINITY, exclusiveMaximum ?? Number.POSITIVE_INFINITY);
        },
        isInt: (inst) => {
          const { isInt, multipleOf } = aggregateChecks(inst);
          return !!isInt || !!multipleOf?.some(Number.isSafeInteger);
        },
        format: (inst) => aggregateChecks(inst).format ?? null
      }, {
        gt(value, params) {
          return this.check(_gt(value, params));
        },
        gte(value, params) {
          return this.check(_gte(value, params));
        },
        min(value, params) {
          return this.check(_gte(value, params));
        },
        lt(value, params) {
          return this.check(_lt(value, params));
        },
        lte(value, params) {
          return this.check(_lte(value, params));
        },
        max(value, params) {
          return this.check(_lte(value, params));
        },
        int(params) {
          return this.check(int(params));
        },
        safe(params) {
          return this.check(int(params));
        },
        positive(params) {
          return this.check(_gt(0, params));
        },
        nonnegative(params) {
          return this.check(_gte(0, params));
        },
        negative(params) {
          return this.check(_lt(0, params));
        },
        nonpositive(params) {
          return this.check(_lte(0, params));
        },
        multipleOf(value, params) {
          return this.check(_multipleOf(value, params));
        },
        step(value, params) {
          return this.check(_multipleOf(value, params));
        },
        finite() {
          return this;
        }
      })
    );
    ZodNumberFormat = /* @__PURE__ */ $constructor("ZodNumberFormat", (inst, def) => {
      $ZodNumberFormat.init(inst, def);
      ZodNumber.init(inst, def);
    });
    ZodBoolean = /* @__PURE__ */ $constructor("ZodBoolean", (inst, def) => {
      $ZodBoolean.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => booleanProcessor(inst, ctx, json, params);
    });
    ZodUnknown = /* @__PURE__ */ $constructor("ZodUnknown", (inst, def) => {
      $ZodUnknown.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => unknownProcessor(inst, ctx, json, params);
    });
    ZodNever = /* @__PURE__ */ $constructor("ZodNever", (inst, def) => {
      $ZodNever.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => neverProcessor(inst, ctx, json, params);
    });
    ZodArray = /* @__PURE__ */ $constructor("ZodArray", (inst, def) => {
      _ensureDefaultMemoizer();
      $ZodArray.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => arrayProcessor(inst, ctx, json, params);
      inst.element = def.element;
    }, {
      min(n, params) {
        return this.check(_minLength(n, params));
      },
      nonempty(params) {
        return this.check(_minLength(1, params));
      },
      max(n, params) {
        return this.check(_maxLength(n, params));
      },
      length(n, params) {
        return this.check(_length(n, params));
      },
      unwrap() {
        return this.element;
      }
    });
    ZodObject = /* @__PURE__ */ $constructor("ZodObject", (inst, def) => {
      _ensureDefaultMemoizer();
      $ZodObjectJIT.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => objectProcessor(inst, ctx, json, params);
      util_exports.installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
    }, {
      keyof() {
        return _enum(Object.keys(this._zod.def.shape));
      },
      catchall(catchall) {
        return this.clone(util_exports.mergeDefs(this._zod.def, { catchall }));
      },
      passthrough() {
        return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: unknown() }));
      },
      loose() {
        return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: unknown() }));
      },
      strict() {
        return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: never() }));
      },
      strip() {
        return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: void 0 }));
      },
      extend(incoming) {
        return util_exports.extend(this, incoming);
      },
      safeExtend(incoming) {
        return util_exports.safeExtend(this, incoming);
      },
      merge(other) {
        return util_exports.merge(this, other);
      },
      pick(mask) {
        return util_exports.pick(this, mask);
      },
      omit(mask) {
        return util_exports.omit(this, mask);
      },
      partial(...args) {
        return util_exports.partial(ZodOptional, this, args[0]);
      },
      exactPartial(...args) {
        return util_exports.partial(ZodExactOptional, this, args[0], "exactPartial");
      },
      required(...args) {
        return util_exports.required(ZodNonOptional, this, args[0]);
      }
    });
    ZodUnion = /* @__PURE__ */ $constructor("ZodUnion", (inst, def) => {
      $ZodUnion.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => unionProcessor(inst, ctx, json, params);
      inst.options = def.options;
    });
    ZodIntersection = /* @__PURE__ */ $constructor("ZodIntersection", (inst, def) => {
      $ZodIntersection.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => intersectionProcessor(inst, ctx, json, params);
    });
    ZodRecord = /* @__PURE__ */ $constructor("ZodRecord", (inst, def) => {
      _ensureDefaultMemoizer();
      $ZodRecord.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => recordProcessor(inst, ctx, json, params);
      inst.keyType = def.keyType;
      inst.valueType = def.valueType;
    });
    ZodEnum = /* @__PURE__ */ $constructor("ZodEnum", (inst, def) => {
      $ZodEnum.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => enumProcessor(inst, ctx, json, params);
      inst.enum = def.entries;
      inst.options = [...inst._zod.values];
      const keys = new Set(Object.keys(def.entries));
      inst.extract = (values, params) => {
        const newEntries = {};
        for (const value of values) {
          if (keys.has(value)) {
            newEntries[value] = def.entries[value];
          } else
            throw new Error(`Key ${value} not found in enum`);
        }
        return new ZodEnum({
          ...def,
          checks: [],
          ...util_exports.normalizeParams(params),
          entries: newEntries
        });
      };
      inst.exclude = (values, params) => {
        const newEntries = { ...def.entries };
        for (const value of values) {
          if (keys.has(value)) {
            delete newEntries[value];
          } else
            throw new Error(`Key ${value} not found in enum`);
        }
        return new ZodEnum({
          ...def,
          checks: [],
          ...util_exports.normalizeParams(params),
          entries: newEntries
        });
      };
    });
    ZodLiteral = /* @__PURE__ */ $constructor("ZodLiteral", (inst, def) => {
      $ZodLiteral.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => literalProcessor(inst, ctx, json, params);
      inst.values = new Set(def.values);
      Object.defineProperty(inst, "value", {
        get() {
          if (def.values.length > 1) {
            throw new Error("This schema contains multiple valid literal values. Use `.values` instead.");
          }
          return def.values[0];
        }
      });
    });
    ZodTransform = /* @__PURE__ */ $constructor("ZodTransform", (inst, def) => {
      _ensureDefaultMemoizer();
      $ZodTransform.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => transformProcessor(inst, ctx, json, params);
      inst._zod.parse = (payload, _ctx) => {
        if (_ctx.direction === "backward") {
          throw new $ZodEncodeError(inst.constructor.name);
        }
        payload.addIssue = (issue2) => {
          if (typeof issue2 === "string") {
            payload.issues.push(util_exports.issue(issue2, payload.value, def));
          } else {
            const _issue = issue2;
            if (_issue.fatal)
              _issue.continue = false;
            _issue.code ?? (_issue.code = "custom");
            if (!("input" in _issue))
              _issue.input = payload.value;
            _issue.inst ?? (_issue.inst = inst);
            payload.issues.push(util_exports.issue(_issue));
          }
        };
        const output = def.transform(payload.value, payload);
        if (output instanceof Promise) {
          return output.then((output2) => {
            payload.value = output2;
            return payload;
          });
        }
        payload.value = output;
        return payload;
      };
    });
    ZodOptional = /* @__PURE__ */ $constructor("ZodOptional", (inst, def) => {
      $ZodOptional.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
      inst.unwrap = () => inst._zod.def.innerType;
    });
    ZodExactOptional = /* @__PURE__ */ $constructor("ZodExactOptional", (inst, def) => {
      $ZodExactOptional.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
      inst.unwrap = () => inst._zod.def.innerType;
    });
    ZodNullable = /* @__PURE__ */ $constructor("ZodNullable", (inst, def) => {
      $ZodNullable.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => nullableProcessor(inst, ctx, json, params);
      inst.unwrap = () => inst._zod.def.innerType;
    });
    ZodDefault = /* @__PURE__ */ $constructor("ZodDefault", (inst, def) => {
      $ZodDefault.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => defaultProcessor(inst, ctx, json, params);
      inst.unwrap = () => inst._zod.def.innerType;
      inst.removeDefault = inst.unwrap;
    });
    ZodPrefault = /* @__PURE__ */ $constructor("ZodPrefault", (inst, def) => {
      $ZodPrefault.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => prefaultProcessor(inst, ctx, json, params);
      inst.unwrap = () => inst._zod.def.innerType;
    });
    ZodNonOptional = /* @__PURE__ */ $constructor("ZodNonOptional", (inst, def) => {
      $ZodNonOptional.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => nonoptionalProcessor(inst, ctx, json, params);
      inst.unwrap = () => inst._zod.def.innerType;
    });
    ZodCatch = /* @__PURE__ */ $constructor("ZodCatch", (inst, def) => {
      $ZodCatch.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => catchProcessor(inst, ctx, json, params);
      inst.unwrap = () => inst._zod.def.innerType;
      inst.removeCatch = inst.unwrap;
    });
    ZodPipe = /* @__PURE__ */ $constructor("ZodPipe", (inst, def) => {
      $ZodPipe.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => pipeProcessor(inst, ctx, json, params);
      inst.in = def.in;
      inst.out = def.out;
    });
    ZodReadonly = /* @__PURE__ */ $constructor("ZodReadonly", (inst, def) => {
      $ZodReadonly.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => readonlyProcessor(inst, ctx, json, params);
      inst.unwrap = () => inst._zod.def.innerType;
    });
    ZodCustom = /* @__PURE__ */ $constructor("ZodCustom", (inst, def) => {
      $ZodCustom.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => customProcessor(inst, ctx, json, params);
    });
  }
});

// node_modules/zod/v4/classic/compat.js
var ZodFirstPartyTypeKind;
var init_compat = __esm({
  "node_modules/zod/v4/classic/compat.js"() {
    /* @__PURE__ */ (function(ZodFirstPartyTypeKind2) {
    })(ZodFirstPartyTypeKind || (ZodFirstPartyTypeKind = {}));
  }
});

// node_modules/zod/v4/classic/iso.js
var init_iso = __esm({
  "node_modules/zod/v4/classic/iso.js"() {
  }
});

// node_modules/zod/v4/classic/coerce.js
var init_coerce = __esm({
  "node_modules/zod/v4/classic/coerce.js"() {
  }
});

// node_modules/zod/v4/classic/external.js
var init_external = __esm({
  "node_modules/zod/v4/classic/external.js"() {
    init_core2();
    init_schemas2();
    init_checks2();
    init_errors2();
    init_parse2();
    init_compat();
    init_core2();
    init_locales();
    init_iso();
    init_coerce();
  }
});

// node_modules/zod/index.js
var init_zod = __esm({
  "node_modules/zod/index.js"() {
    init_external();
  }
});

// src/validate/vocabulary.ts
function memberCountIssues(m) {
  const found = [];
  if ((m.exempt ?? 0) >= m.total) found.push({ key: "exempt", format: "exempt" });
  const { total, present, official, probationary, probationary_present: probationaryPresent } = m;
  if (official !== void 0 && probationary !== void 0) {
    if (official + probationary !== total) found.push({ key: "official", format: "official-probationary", numbers: { official, probationary, total } });
  } else if (official !== void 0 && official > total) found.push({ key: "official", format: "official-total", numbers: { official, total } });
  else if (probationary !== void 0 && probationary > total) found.push({ key: "probationary", format: "probationary-total", numbers: { probationary, total } });
  if (probationaryPresent === void 0) return found;
  const known = probationary ?? (official !== void 0 && official <= total ? total - official : void 0);
  if (known !== void 0 && probationaryPresent > known) found.push({ key: "probationary_present", format: "probationary-present", numbers: { probationaryPresent, probationary: known } });
  else if (probationaryPresent > present) found.push({ key: "probationary_present", format: "probationary-present-present", numbers: { probationaryPresent, present } });
  return found;
}
var MEETING_KINDS, MEETING_KIND, AGENDA_TYPE, PREPARER, CELL_TYPE, GUEST_ROLE, YES_NO;
var init_vocabulary = __esm({
  "src/validate/vocabulary.ts"() {
    "use strict";
    init_text();
    init_agenda();
    MEETING_KINDS = ["regular", "thematic", "combined"];
    MEETING_KIND = defineChoice({
      regular: { vi: ["th\u01B0\u1EDDng k\u1EF3"] },
      thematic: { vi: ["chuy\xEAn \u0111\u1EC1"] },
      combined: { vi: ["th\u01B0\u1EDDng k\u1EF3 k\u1EBFt h\u1EE3p chuy\xEAn \u0111\u1EC1"] }
    });
    AGENDA_TYPE = defineChoice({
      opening: { vi: ["khai m\u1EA1c"] },
      current_affairs: { vi: ["th\xF4ng tin th\u1EDDi s\u1EF1"] },
      documents: { vi: ["qu\xE1n tri\u1EC7t, ph\u1ED5 bi\u1EBFn v\u0103n b\u1EA3n"] },
      ho_chi_minh_study: { vi: ["h\u1ECDc t\u1EADp v\xE0 l\xE0m theo t\u01B0 t\u01B0\u1EDFng, \u0111\u1EA1o \u0111\u1EE9c, phong c\xE1ch H\u1ED3 Ch\xED Minh", "h\u1ECDc t\u1EADp v\xE0 l\xE0m theo B\xE1c"] },
      political_ideology: { vi: ["sinh ho\u1EA1t ch\xEDnh tr\u1ECB t\u01B0 t\u01B0\u1EDFng"] },
      review: { vi: ["\u0111\xE1nh gi\xE1 k\u1EBFt qu\u1EA3 th\xE1ng"] },
      plan: { vi: ["ph\u01B0\u01A1ng h\u01B0\u1EDBng, nhi\u1EC7m v\u1EE5 th\xE1ng t\u1EDBi"] },
      topic: { vi: ["tr\xECnh b\xE0y chuy\xEAn \u0111\u1EC1"] },
      discussion: { vi: ["th\u1EA3o lu\u1EADn"] },
      criticism: { vi: ["t\u1EF1 ph\xEA b\xECnh v\xE0 ph\xEA b\xECnh"] },
      member_affairs: { vi: ["c\xF4ng t\xE1c \u0111\u1EA3ng vi\xEAn"] },
      conclusion: { vi: ["k\u1EBFt lu\u1EADn"] },
      vote: { vi: ["bi\u1EC3u quy\u1EBFt"] },
      assessment: { vi: ["ch\u1EA5m \u0111i\u1EC3m, x\u1EBFp lo\u1EA1i"] },
      minutes: { vi: ["th\xF4ng qua bi\xEAn b\u1EA3n"] },
      closing: { vi: ["b\u1EBF m\u1EA1c"] },
      other: { vi: ["kh\xE1c"] }
    });
    PREPARER = defineChoice({
      secretary: { vi: ["b\xED th\u01B0"] },
      deputy_secretary: { vi: ["ph\xF3 b\xED th\u01B0"] },
      committee_member: { vi: ["chi \u1EE7y vi\xEAn"] },
      other: { vi: ["kh\xE1c"] }
    });
    CELL_TYPE = defineChoice({
      co_quan: { vi: ["c\u01A1 quan"] },
      su_nghiep: { vi: ["s\u1EF1 nghi\u1EC7p", "\u0111\u01A1n v\u1ECB s\u1EF1 nghi\u1EC7p"] },
      doanh_nghiep: { vi: ["doanh nghi\u1EC7p"] },
      xa_phuong: { vi: ["x\xE3, ph\u01B0\u1EDDng", "x\xE3", "ph\u01B0\u1EDDng"] },
      thon_to_dan_pho: { vi: ["th\xF4n, t\u1ED5 d\xE2n ph\u1ED1", "th\xF4n", "t\u1ED5 d\xE2n ph\u1ED1", "b\u1EA3n", "khu ph\u1ED1"] },
      luc_luong_vu_trang: { vi: ["l\u1EF1c l\u01B0\u1EE3ng v\u0169 trang"] },
      khac: { vi: ["kh\xE1c"] }
    });
    GUEST_ROLE = defineChoice({
      cap_uy_cap_tren: { vi: ["c\u1EA5p \u1EE7y c\u1EA5p tr\xEAn", "c\u1EA5p \u1EE7y vi\xEAn c\u1EA5p tr\xEAn", "\u0111\u1EA3ng \u1EE7y vi\xEAn ph\u1EE5 tr\xE1ch", "c\u1EA5p \u1EE7y c\u1EA5p tr\xEAn ph\u1EE5 tr\xE1ch"] },
      can_bo_cap_tren: { vi: ["c\xE1n b\u1ED9 c\u1EA5p tr\xEAn", "c\xE1n b\u1ED9 \u0111\u1EA3ng \u1EE7y c\u1EA5p tr\xEAn", "c\xE1n b\u1ED9 c\u01A1 quan tham m\u01B0u, gi\xFAp vi\u1EC7c"] },
      khac: { vi: ["kh\xE1c"] }
    });
    YES_NO = defineChoice({ yes: { vi: ["c\xF3"] }, no: { vi: ["kh\xF4ng"] } });
  }
});

// src/validate/record-schema.ts
function checked(check, format, pattern, message) {
  const schema = string2().refine(check, fail(format));
  jsonHints.add(schema, { pattern, message });
  return schema;
}
function oneOf(choice, values, description, format) {
  const schema = string2().transform((value, ctx) => {
    const id = choice.parse(value);
    if (id !== void 0) return id;
    if (format) ctx.addIssue({ code: "custom", params: { format }, input: value });
    else ctx.addIssue({ code: "invalid_value", values: choice.ids.map((i) => `${i} (${choice.spellings[i].vi[0]})`), input: value });
    return NEVER;
  });
  jsonHints.add(schema, { choice, values, message: `M\u1ED9t trong: ${choice.ids.map((i) => choice.spellings[i].vi[0]).join(", ")}` });
  return schema.describe(description);
}
function yesNo2(description) {
  const schema = unknown().transform((value, ctx) => {
    if (typeof value === "boolean") return value;
    const id = typeof value === "string" ? YES_NO.parse(value) : void 0;
    if (id !== void 0) return id === "yes";
    ctx.addIssue({ code: "custom", params: { format: "yes-no" }, input: value });
    return NEVER;
  });
  jsonHints.add(schema, { choice: YES_NO, values: { yes: "C\xF3 (true)", no: "Kh\xF4ng (false)" }, message: "C\xF3 ho\u1EB7c kh\xF4ng (true ho\u1EB7c false)", booleans: true });
  return schema.describe(description);
}
var AGENDA_NOTES, jsonHints, fail, date2, clock, count, text, fillable, rating, scores, guestRole, members2, recordSchema;
var init_record_schema = __esm({
  "src/validate/record-schema.ts"() {
    "use strict";
    init_zod();
    init_text();
    init_vocabulary();
    init_when();
    AGENDA_NOTES = {
      opening: "Khai m\u1EA1c: \u0111i\u1EC3m danh, th\xF4ng qua ch\u01B0\u01A1ng tr\xECnh",
      current_affairs: "Th\xF4ng tin th\u1EDDi s\u1EF1",
      documents: "Qu\xE1n tri\u1EC7t, ph\u1ED5 bi\u1EBFn v\u0103n b\u1EA3n",
      ho_chi_minh_study: "H\u1ECDc t\u1EADp v\xE0 l\xE0m theo t\u01B0 t\u01B0\u1EDFng, \u0111\u1EA1o \u0111\u1EE9c, phong c\xE1ch H\u1ED3 Ch\xED Minh",
      political_ideology: "Sinh ho\u1EA1t ch\xEDnh tr\u1ECB t\u01B0 t\u01B0\u1EDFng (H\u01B0\u1EDBng d\u1EABn 08-HD/\u0110UK)",
      review: "\u0110\xE1nh gi\xE1 k\u1EBFt qu\u1EA3 th\xE1ng",
      plan: "Ph\u01B0\u01A1ng h\u01B0\u1EDBng, nhi\u1EC7m v\u1EE5 th\xE1ng t\u1EDBi",
      topic: "Tr\xECnh b\xE0y chuy\xEAn \u0111\u1EC1",
      discussion: "Th\u1EA3o lu\u1EADn",
      criticism: "T\u1EF1 ph\xEA b\xECnh v\xE0 ph\xEA b\xECnh, bi\u1EC3u d\u01B0\u01A1ng, nh\u1EAFc nh\u1EDF",
      member_affairs: "C\xF4ng t\xE1c \u0111\u1EA3ng vi\xEAn: k\u1EBFt n\u1EA1p, chuy\u1EC3n sinh ho\u1EA1t, \u0111\u1EA3ng ph\xED",
      conclusion: "K\u1EBFt lu\u1EADn",
      vote: "Bi\u1EC3u quy\u1EBFt",
      assessment: "Ch\u1EA5m \u0111i\u1EC3m, x\u1EBFp lo\u1EA1i",
      minutes: "Th\u01B0 k\xFD \u0111\u1ECDc, th\xF4ng qua bi\xEAn b\u1EA3n",
      closing: "B\u1EBF m\u1EA1c",
      other: "N\u1ED9i dung kh\xE1c"
    };
    jsonHints = registry();
    fail = (format) => ({ params: { format } });
    date2 = (description) => checked(isCalendarDate, "date", DATE_PATTERN, "Ng\xE0y c\xF3 th\u1EADt, vi\u1EBFt d\u1EA1ng n\u0103m-th\xE1ng-ng\xE0y, v\xED d\u1EE5 2024-03-15").describe(description);
    clock = (description) => checked(isClockTime, "time", TIME_PATTERN, 'Gi\u1EDD:ph\xFAt theo 24 gi\u1EDD, trong ngo\u1EB7c k\xE9p, v\xED d\u1EE5 "14:00"').describe(description);
    count = (description) => number2().int().min(0).describe(description);
    text = (description) => string2().describe(description);
    fillable = (description) => string2().nullable().transform((v) => v ?? "").describe(description);
    rating = (description) => oneOf(
      RATING,
      { tot: "X\u1EBFp lo\u1EA1i T\u1ED1t", kha: "X\u1EBFp lo\u1EA1i Kh\xE1", trung_binh: "X\u1EBFp lo\u1EA1i Trung b\xECnh", kem: "X\u1EBFp lo\u1EA1i K\xE9m" },
      description,
      "rating"
    );
    scores = (description) => record(string2(), number2().describe("\u0110i\u1EC3m")).describe(description);
    guestRole = oneOf(
      GUEST_ROLE,
      {
        cap_uy_cap_tren: "\u0110\u1ED3ng ch\xED c\u1EA5p \u1EE7y c\u1EA5p tr\xEAn d\u1EF1, theo d\xF5i, ch\u1EC9 \u0111\u1EA1o bu\u1ED5i sinh ho\u1EA1t",
        can_bo_cap_tren: "C\xE1n b\u1ED9 c\u01A1 quan tham m\u01B0u, gi\xFAp vi\u1EC7c c\u1EE7a c\u1EA5p \u1EE7y c\u1EA5p tr\xEAn",
        khac: "\u0110\u1EA1i bi\u1EC3u kh\xE1c"
      },
      "Vai tr\xF2 c\u1EE7a \u0111\u1EA1i bi\u1EC3u: c\u1EA5p \u1EE7y c\u1EA5p tr\xEAn, c\xE1n b\u1ED9 c\u1EA5p tr\xEAn ho\u1EB7c kh\xE1c"
    );
    members2 = strictObject({
      total: number2().int().min(1).describe("T\u1ED5ng s\u1ED1 \u0111\u1EA3ng vi\xEAn c\u1EE7a chi b\u1ED9"),
      exempt: count("S\u1ED1 \u0111\u1EA3ng vi\xEAn \u0111\u01B0\u1EE3c mi\u1EC5n sinh ho\u1EA1t (kh\xF4ng t\xEDnh v\xE0o c\xE1c s\u1ED1 kh\xE1c)").optional(),
      present: count("S\u1ED1 \u0111\u1EA3ng vi\xEAn c\xF3 m\u1EB7t"),
      official: count("S\u1ED1 \u0111\u1EA3ng vi\xEAn ch\xEDnh th\u1EE9c (ch\xEDnh th\u1EE9c + d\u1EF1 b\u1ECB = t\u1ED5ng s\u1ED1)").optional(),
      probationary: count("S\u1ED1 \u0111\u1EA3ng vi\xEAn d\u1EF1 b\u1ECB (t\xEDnh trong t\u1ED5ng s\u1ED1)").optional(),
      probationary_present: count("S\u1ED1 \u0111\u1EA3ng vi\xEAn d\u1EF1 b\u1ECB c\xF3 m\u1EB7t (t\xEDnh trong s\u1ED1 c\xF3 m\u1EB7t); \u0111\u1EA3ng vi\xEAn d\u1EF1 b\u1ECB kh\xF4ng bi\u1EC3u quy\u1EBFt").optional(),
      absent_excused: array(
        strictObject({
          name: text("H\u1ECD t\xEAn \u0111\u1EA3ng vi\xEAn v\u1EAFng c\xF3 l\xFD do"),
          reason: fillable("L\xFD do v\u1EAFng (\u0111\u1EC3 tr\u1ED1ng th\xEC bi\xEAn b\u1EA3n b\u1ECB coi l\xE0 ghi ch\u01B0a \u0111\u1EA7y \u0111\u1EE7)").optional()
        })
      ).describe("\u0110\u1EA3ng vi\xEAn v\u1EAFng c\xF3 l\xFD do: h\u1ECD t\xEAn v\xE0 l\xFD do").optional(),
      absent_unexcused: array(text("H\u1ECD t\xEAn")).describe("\u0110\u1EA3ng vi\xEAn v\u1EAFng kh\xF4ng l\xFD do, theo h\u1ECD t\xEAn").optional()
    }).superRefine((m, ctx) => {
      for (const { key, format, numbers } of memberCountIssues(m)) ctx.addIssue({ code: "custom", path: [key], params: numbers ? { format, numbers } : { format } });
    }).describe("S\u1ED1 l\u01B0\u1EE3ng \u0111\u1EA3ng vi\xEAn");
    recordSchema = strictObject({
      format: literal("chibo/v1").describe("Phi\xEAn b\u1EA3n \u0111\u1ECBnh d\u1EA1ng bi\xEAn b\u1EA3n: chibo/v1").optional(),
      rubric: text("B\u1ED9 ti\xEAu ch\xED ch\u1EA5m \u0111i\u1EC3m: m\xE3 b\u1ED9 ti\xEAu ch\xED c\xF3 s\u1EB5n ho\u1EB7c \u0111\u01B0\u1EDDng d\u1EABn t\u1EDBi t\u1EC7p").optional(),
      cell: checked((s) => s.trim() !== "", "blank", "\\S", "T\xEAn chi b\u1ED9 kh\xF4ng \u0111\u01B0\u1EE3c \u0111\u1EC3 tr\u1ED1ng").describe("T\xEAn chi b\u1ED9"),
      organization: text("\u0110\u1EA3ng b\u1ED9 c\u1EA5p tr\xEAn").optional(),
      cell_type: oneOf(
        CELL_TYPE,
        {
          co_quan: "Chi b\u1ED9 c\u01A1 quan",
          su_nghiep: "Chi b\u1ED9 \u0111\u01A1n v\u1ECB s\u1EF1 nghi\u1EC7p",
          doanh_nghiep: "Chi b\u1ED9 doanh nghi\u1EC7p",
          xa_phuong: "Chi b\u1ED9 x\xE3, ph\u01B0\u1EDDng",
          thon_to_dan_pho: "Chi b\u1ED9 th\xF4n, b\u1EA3n, t\u1ED5 d\xE2n ph\u1ED1",
          luc_luong_vu_trang: "Chi b\u1ED9 trong l\u1EF1c l\u01B0\u1EE3ng v\u0169 trang",
          khac: "Lo\u1EA1i kh\xE1c"
        },
        "Lo\u1EA1i h\xECnh chi b\u1ED9: c\u01A1 quan, s\u1EF1 nghi\u1EC7p, doanh nghi\u1EC7p, x\xE3/ph\u01B0\u1EDDng, th\xF4n/t\u1ED5 d\xE2n ph\u1ED1, l\u1EF1c l\u01B0\u1EE3ng v\u0169 trang ho\u1EB7c kh\xE1c"
      ).optional(),
      cell_has_committee: yesNo2("Chi b\u1ED9 c\xF3 chi \u1EE7y: c\xF3 ho\u1EB7c kh\xF4ng (kh\xF4ng: chi b\u1ED9 ch\u1EC9 c\xF3 b\xED th\u01B0, kh\xF4ng c\xF3 chi \u1EE7y)").optional(),
      kind: oneOf(
        MEETING_KIND,
        { regular: "Sinh ho\u1EA1t th\u01B0\u1EDDng k\u1EF3", thematic: "Sinh ho\u1EA1t chuy\xEAn \u0111\u1EC1", combined: "Sinh ho\u1EA1t th\u01B0\u1EDDng k\u1EF3 k\u1EBFt h\u1EE3p chuy\xEAn \u0111\u1EC1 trong m\u1ED9t bu\u1ED5i" },
        "Lo\u1EA1i sinh ho\u1EA1t: th\u01B0\u1EDDng k\u1EF3 (regular), chuy\xEAn \u0111\u1EC1 (thematic), th\u01B0\u1EDDng k\u1EF3 k\u1EBFt h\u1EE3p chuy\xEAn \u0111\u1EC1 (combined)"
      ),
      date: date2("Ng\xE0y h\u1ECDp, d\u1EA1ng YYYY-MM-DD"),
      period: checked(isMonth, "month", MONTH_PATTERN, "Th\xE1ng vi\u1EBFt d\u1EA1ng n\u0103m-th\xE1ng, v\xED d\u1EE5 2024-03").describe("Th\xE1ng c\u1EE7a k\u1EF3 sinh ho\u1EA1t, d\u1EA1ng YYYY-MM; m\u1EB7c \u0111\u1ECBnh l\xE0 th\xE1ng c\u1EE7a ng\xE0y h\u1ECDp").optional(),
      place: text("\u0110\u1ECBa \u0111i\u1EC3m h\u1ECDp").optional(),
      time: strictObject({
        start: clock("Gi\u1EDD b\u1EAFt \u0111\u1EA7u, d\u1EA1ng HH:MM (24 gi\u1EDD)"),
        end: clock("Gi\u1EDD k\u1EBFt th\xFAc, d\u1EA1ng HH:MM (24 gi\u1EDD), sau gi\u1EDD b\u1EAFt \u0111\u1EA7u")
      }).describe("Th\u1EDDi gian h\u1ECDp"),
      chair: fillable("Ng\u01B0\u1EDDi ch\u1EE7 tr\xEC"),
      minutes_taker: fillable("Th\u01B0 k\xFD ghi bi\xEAn b\u1EA3n"),
      guests: array(
        union([
          text("H\u1ECD t\xEAn, ch\u1EE9c v\u1EE5"),
          strictObject({
            name: text("H\u1ECD t\xEAn, ch\u1EE9c v\u1EE5 c\u1EE7a \u0111\u1EA1i bi\u1EC3u"),
            role: guestRole
          })
        ])
      ).describe("\u0110\u1EA1i bi\u1EC3u d\u1EF1 h\u1ECDp: h\u1ECD t\xEAn, ho\u1EB7c { name: h\u1ECD t\xEAn, role: vai tr\xF2 }, v\xED d\u1EE5 \u0111\u1ED3ng ch\xED c\u1EA5p \u1EE7y c\u1EA5p tr\xEAn (role: c\u1EA5p \u1EE7y c\u1EA5p tr\xEAn)").optional(),
      members: members2,
      preparation: strictObject({
        prepared_by: oneOf(
          PREPARER,
          { secretary: "B\xED th\u01B0 chi b\u1ED9", deputy_secretary: "Ph\xF3 b\xED th\u01B0 chi b\u1ED9", committee_member: "M\u1ED9t chi \u1EE7y vi\xEAn", other: "Ng\u01B0\u1EDDi kh\xE1c" },
          "Ng\u01B0\u1EDDi chu\u1EA9n b\u1ECB n\u1ED9i dung: b\xED th\u01B0, ph\xF3 b\xED th\u01B0, chi \u1EE7y vi\xEAn ho\u1EB7c kh\xE1c"
        ).optional(),
        committee_met: yesNo2("Chi \u1EE7y (ho\u1EB7c b\xED th\u01B0, ph\xF3 b\xED th\u01B0) \u0111\xE3 h\u1ECDp tr\u01B0\u1EDBc \u0111\u1EC3 chu\u1EA9n b\u1ECB: c\xF3 ho\u1EB7c kh\xF4ng").optional(),
        draft_resolution: yesNo2("\u0110\xE3 chu\u1EA9n b\u1ECB d\u1EF1 th\u1EA3o ngh\u1ECB quy\u1EBFt ho\u1EB7c k\u1EBFt lu\u1EADn: c\xF3 ho\u1EB7c kh\xF4ng").optional(),
        notice_sent: yesNo2("\u0110\xE3 th\xF4ng b\xE1o th\u1EDDi gian, \u0111\u1ECBa \u0111i\u1EC3m, n\u1ED9i dung cho \u0111\u1EA3ng vi\xEAn: c\xF3 ho\u1EB7c kh\xF4ng").optional(),
        documents_posted_days_before: count("S\u1ED1 ng\xE0y tr\u01B0\u1EDBc bu\u1ED5i h\u1ECDp t\xE0i li\u1EC7u \u0111\u01B0\u1EE3c \u0111\u0103ng tr\xEAn \u1EE9ng d\u1EE5ng S\u1ED5 tay \u0111\u1EA3ng vi\xEAn \u0111i\u1EC7n t\u1EED (b\u1ECF tr\u1ED1ng: ch\u01B0a \u0111\u0103ng)").optional()
      }).describe("C\xF4ng t\xE1c chu\u1EA9n b\u1ECB").optional(),
      agenda: array(
        strictObject({
          type: oneOf(AGENDA_TYPE, AGENDA_NOTES, "Lo\u1EA1i n\u1ED9i dung, b\u1EB1ng ti\u1EBFng Vi\u1EC7t ho\u1EB7c m\xE3 ti\u1EBFng Anh (khai m\u1EA1c / opening, th\xF4ng tin th\u1EDDi s\u1EF1 / current_affairs, \u2026)"),
          title: text("Ti\xEAu \u0111\u1EC1 n\u1ED9i dung").optional(),
          note: text("Ghi ch\xFA").optional(),
          speakers: array(text("H\u1ECD t\xEAn")).describe("\u0110\u1EA3ng vi\xEAn ph\xE1t bi\u1EC3u \u1EDF n\u1ED9i dung n\xE0y, theo h\u1ECD t\xEAn").optional(),
          conclusion: text("K\u1EBFt lu\u1EADn c\u1EE7a ch\u1EE7 tr\xEC v\u1EC1 n\u1ED9i dung n\xE0y").optional()
        })
      ).describe("C\xE1c n\u1ED9i dung c\u1EE7a bu\u1ED5i sinh ho\u1EA1t, theo th\u1EE9 t\u1EF1 ti\u1EBFn h\xE0nh"),
      speakers: array(text("H\u1ECD t\xEAn")).describe("\u0110\u1EA3ng vi\xEAn ph\xE1t bi\u1EC3u \xFD ki\u1EBFn, theo h\u1ECD t\xEAn").optional(),
      commendations: array(
        strictObject({
          name: text("H\u1ECD t\xEAn \u0111\u1EA3ng vi\xEAn"),
          kind: _enum(["praise", "reminder", "criticism"]).describe("praise (bi\u1EC3u d\u01B0\u01A1ng), reminder (nh\u1EAFc nh\u1EDF), criticism (ph\xEA b\xECnh)"),
          note: text("Ghi ch\xFA").optional()
        })
      ).describe("Bi\u1EC3u d\u01B0\u01A1ng, nh\u1EAFc nh\u1EDF, ph\xEA b\xECnh").optional(),
      conclusion: fillable("K\u1EBFt lu\u1EADn c\u1EE7a ch\u1EE7 tr\xEC"),
      vote: strictObject({
        for: count("S\u1ED1 t\xE1n th\xE0nh"),
        against: count("S\u1ED1 kh\xF4ng t\xE1n th\xE0nh"),
        abstain: count("S\u1ED1 kh\xF4ng bi\u1EC3u quy\u1EBFt")
      }).describe("K\u1EBFt qu\u1EA3 bi\u1EC3u quy\u1EBFt ngh\u1ECB quy\u1EBFt ho\u1EB7c k\u1EBFt lu\u1EADn").optional(),
      minutes_approval: strictObject({
        for: count("S\u1ED1 t\xE1n th\xE0nh th\xF4ng qua bi\xEAn b\u1EA3n"),
        against: count("S\u1ED1 kh\xF4ng t\xE1n th\xE0nh")
      }).describe("K\u1EBFt qu\u1EA3 bi\u1EC3u quy\u1EBFt th\xF4ng qua bi\xEAn b\u1EA3n").optional(),
      tasks: array(
        strictObject({
          task: text("Nhi\u1EC7m v\u1EE5"),
          assignee: text("Ng\u01B0\u1EDDi th\u1EF1c hi\u1EC7n").optional(),
          due: date2("Th\u1EDDi h\u1EA1n, d\u1EA1ng YYYY-MM-DD").optional()
        })
      ).describe("Ph\xE2n c\xF4ng nhi\u1EC7m v\u1EE5").optional(),
      previous_resolution: strictObject({
        achieved_percent: number2().min(0).max(100).describe("T\u1EF7 l\u1EC7 (%) ngh\u1ECB quy\u1EBFt k\u1EF3 tr\u01B0\u1EDBc \u0111\xE3 th\u1EF1c hi\u1EC7n").optional()
      }).describe("K\u1EBFt qu\u1EA3 th\u1EF1c hi\u1EC7n ngh\u1ECB quy\u1EBFt k\u1EF3 tr\u01B0\u1EDBc").optional(),
      followup: strictObject({
        resolution_posted_days_after: count("S\u1ED1 ng\xE0y sau bu\u1ED5i h\u1ECDp ngh\u1ECB quy\u1EBFt ho\u1EB7c k\u1EBFt lu\u1EADn \u0111\u01B0\u1EE3c \u0111\u0103ng tr\xEAn \u1EE9ng d\u1EE5ng (b\u1ECF tr\u1ED1ng: ch\u01B0a \u0111\u0103ng)").optional()
      }).describe("Vi\u1EC7c l\xE0m sau bu\u1ED5i h\u1ECDp").optional(),
      thematic: strictObject({
        topic: text("T\xEAn chuy\xEAn \u0111\u1EC1").optional(),
        plan: text('K\u1EBF ho\u1EA1ch sinh ho\u1EA1t chuy\xEAn \u0111\u1EC1, v\xED d\u1EE5 "K\u1EBF ho\u1EA1ch s\u1ED1 05-KH/CB"').optional(),
        presenter: text("\u0110\u1EA3ng vi\xEAn \u0111\u01B0\u1EE3c ph\xE2n c\xF4ng chu\u1EA9n b\u1ECB v\xE0 tr\xECnh b\xE0y chuy\xEAn \u0111\u1EC1").optional(),
        conclusion: text("K\u1EBFt lu\u1EADn: nh\u1EEFng \xFD ki\u1EBFn c\u1EA7n ti\u1EBFp thu \u0111\u1EC3 ho\xE0n thi\u1EC7n chuy\xEAn \u0111\u1EC1").optional()
      }).describe("Sinh ho\u1EA1t chuy\xEAn \u0111\u1EC1 (b\u1EAFt bu\u1ED9c v\u1EDBi thematic v\xE0 combined)").optional(),
      assessment: strictObject({
        scores: scores('\u0110i\u1EC3m t\u1EF1 ch\u1EA5m theo ti\xEAu ch\xED ("1": 20) v\xE0 c\xF3 th\u1EC3 theo ti\u1EC3u m\u1EE5c ("3.3": 4)').optional(),
        total: number2().describe("T\u1ED5ng \u0111i\u1EC3m t\u1EF1 ch\u1EA5m").optional(),
        rating: rating("T\u1EF1 x\u1EBFp lo\u1EA1i (chi b\u1ED9 \u0111\u1EC1 ngh\u1ECB): T\u1ED1t, Kh\xE1, Trung b\xECnh ho\u1EB7c K\xE9m (c\xF3 ho\u1EB7c kh\xF4ng d\u1EA5u, ho\u1EB7c good/fair/average/poor)").optional()
      }).describe("T\u1EF1 \u0111\xE1nh gi\xE1, ch\u1EA5m \u0111i\u1EC3m, x\u1EBFp lo\u1EA1i (chi b\u1ED9 \u0111\u1EC1 ngh\u1ECB)").optional(),
      review: strictObject({
        by: text("C\u1EA5p \u1EE7y ho\u1EB7c \u0111\u1ED3ng ch\xED c\u1EA5p tr\xEAn th\u1EA9m \u0111\u1ECBnh, quy\u1EBFt \u0111\u1ECBnh x\u1EBFp lo\u1EA1i"),
        date: date2("Ng\xE0y th\u1EA9m \u0111\u1ECBnh, d\u1EA1ng YYYY-MM-DD"),
        scores: scores('\u0110i\u1EC3m c\u1EA5p tr\xEAn ch\u1EA5m theo ti\xEAu ch\xED ("1": 20) v\xE0 c\xF3 th\u1EC3 theo ti\u1EC3u m\u1EE5c ("3.3": 4); ti\xEAu ch\xED c\u1EA5p tr\xEAn kh\xF4ng ch\u1EA5m gi\u1EEF \u0111i\u1EC3m t\u1EF1 ch\u1EA5m').optional(),
        rating: rating("X\u1EBFp lo\u1EA1i c\u1EA5p tr\xEAn c\xF4ng nh\u1EADn ho\u1EB7c quy\u1EBFt \u0111\u1ECBnh: T\u1ED1t, Kh\xE1, Trung b\xECnh ho\u1EB7c K\xE9m")
      }).describe("C\u1EA5p tr\xEAn th\u1EA9m \u0111\u1ECBnh, c\xF4ng nh\u1EADn ho\u1EB7c quy\u1EBFt \u0111\u1ECBnh x\u1EBFp lo\u1EA1i").optional(),
      notes: text("Ghi ch\xFA kh\xE1c").optional()
    }).describe("Bi\xEAn b\u1EA3n sinh ho\u1EA1t chi b\u1ED9 (\u0111\u1ECBnh d\u1EA1ng chibo/v1)");
  }
});

// src/core/rule-ids.ts
var RULE_IDS, OFF_BY_DEFAULT, DEFAULT_SEVERITIES;
var init_rule_ids = __esm({
  "src/core/rule-ids.ts"() {
    "use strict";
    RULE_IDS = [
      "yaml-syntax",
      "schema",
      "file-unreadable",
      "limit-exceeded",
      "rubric-unavailable",
      "rubric-kind",
      "attendance-mismatch",
      "absence-duplicate",
      "absent-but-active",
      "speakers-exceed-present",
      "vote-mismatch",
      "time-invalid",
      "score-range",
      "score-sum",
      "score-overclaimed",
      "rating-overstated",
      "rating-understated",
      "assessment-missing",
      "score-missing",
      "fact-missing",
      "agenda-missing",
      "duration-short",
      "minutes-incomplete",
      "task-incomplete",
      "period-mismatch",
      "thematic-incomplete",
      "hidden-character",
      "rubric-out-of-force",
      "meeting-missing",
      "thematic-missing",
      "duplicate-meeting",
      "absence-streak",
      "tasks-not-reviewed",
      "cell-name-variant",
      "upper-level-absent",
      "absence-unexcused-year"
    ];
    OFF_BY_DEFAULT = ["upper-level-absent"];
    DEFAULT_SEVERITIES = Object.fromEntries(OFF_BY_DEFAULT.map((id) => [id, "off"]));
  }
});

// src/validate/config-schema.ts
var configSchema;
var init_config_schema = __esm({
  "src/validate/config-schema.ts"() {
    "use strict";
    init_zod();
    init_rule_ids();
    init_record_schema();
    configSchema = strictObject({
      rubric: string2().min(1).describe("Default rubric: a bundled id or a path relative to this file").optional(),
      rubrics: array(
        union([
          string2().min(1),
          strictObject({
            rubric: string2().min(1).describe("A bundled id or a path relative to this file"),
            from: date2("First meeting day it is used for; an entry with neither from nor until takes the rubric's own dates").optional(),
            until: date2("Last meeting day it is used for; none: no last day").optional()
          })
        ])
      ).min(1).describe("Default rubrics by date: each is used for meetings on the days it is in force (its own `from`/`until`, or those given here); spans must not overlap").optional(),
      lang: _enum(["vi", "en"]).describe("Language of messages").optional(),
      ignore: array(string2()).describe("Paths to skip, in gitignore syntax, relative to this file").optional(),
      rules: partialRecord(_enum(RULE_IDS), _enum(["off", "warning", "error"])).describe("Severity of each rule: off, warning or error").optional(),
      "max-warnings": number2().int().min(-1).describe("Exit 1 when warnings exceed this; -1: no limit").optional(),
      "max-file-size": number2().int().min(1).describe("Largest record file, in bytes").optional(),
      "max-depth": number2().int().min(1).describe("Deepest nesting in a record").optional(),
      "max-aliases": number2().int().min(0).describe("Most YAML aliases in a record").optional(),
      "max-items": number2().int().min(1).describe("Most items in one list or mapping").optional()
    }).describe("chibo configuration (chibo.config.yaml)");
  }
});

// src/rubric/schema.ts
function conditionSchema(ids, id, of) {
  const fact = _enum(ids);
  const self = strictObject({
    fact: fact.optional().describe("The fact compared"),
    facts: array(fact).min(1).optional().describe("Several facts, each of which must meet the condition"),
    sum: array(fact).min(2).optional().describe("Several numeric facts whose sum is compared"),
    op: _enum(OPERATORS).optional().describe("How the fact is compared (with `fact`, `facts` or `sum`)"),
    value: union([number2(), boolean2(), string2(), array(string2())]).optional(),
    get all() {
      return list2.optional().describe("Every one of these conditions holds");
    },
    get any() {
      return list2.optional().describe("At least one of these conditions holds");
    },
    get not() {
      return self.optional().describe("This condition does not hold");
    }
  }).describe(`A condition on ${of}: a comparison, or all / any / not of conditions`).meta({ id });
  const list2 = array(self).min(1).meta({ id: `${id}_list` });
  return self;
}
var OPERATORS, localized, name, source, kinds, condition, yearlyCondition2, band, cap, scoring, item, criterion, yearlyLevel, rubricSchema;
var init_schema = __esm({
  "src/rubric/schema.ts"() {
    "use strict";
    init_zod();
    init_facts();
    init_record_schema();
    init_vocabulary();
    init_rating();
    OPERATORS = [">=", ">", "<=", "<", "=", "!=", "in", "present"];
    localized = union([string2().min(1), strictObject({ vi: string2().min(1), en: string2().min(1) })]);
    name = localized.describe("Name shown to people; one text, or { vi, en }");
    source = localized.describe("Where this number comes from: document, article, page; one text, or { vi, en }");
    kinds = array(_enum(MEETING_KINDS)).min(1).describe("Meeting kinds this applies to (default: all the rubric scores)");
    condition = conditionSchema(FACT_IDS, "condition", "the facts of a record");
    yearlyCondition2 = conditionSchema(YEARLY_FACT_IDS, "yearly_condition", "the facts of a cell's year of meetings");
    band = strictObject({
      when: condition.optional().describe('The condition for these points; a band without one is "otherwise"'),
      points: number2().describe("Points; 0 or below (down to minus the item's maximum) in a deduction criterion")
    });
    cap = strictObject({
      when: condition,
      max: number2().min(0).describe("The most the item may score when the condition holds"),
      source: source.optional()
    });
    scoring = {
      judged: boolean2().optional().describe("Judged by the cell: the self-assessed score is taken"),
      bands: array(band).min(1).optional().describe("Measured: the first band whose condition holds gives the points"),
      caps: array(cap).optional(),
      missing: _enum(["zero", "judged"]).optional().describe("What a measured item scores when its fact is absent (default: zero)")
    };
    item = strictObject({
      id: string2().min(1),
      name,
      max: number2().min(0),
      kinds: kinds.optional(),
      source,
      ...scoring
    });
    criterion = strictObject({
      id: string2().regex(/^[^.\s]+$/),
      name,
      max: number2().min(0).describe("Most points; for a deduction criterion, the most it takes off"),
      kinds: kinds.optional(),
      source,
      deduction: boolean2().optional().describe("Its items take points off (negative points, measured from the facts); not counted in the maximum"),
      bonus: boolean2().optional().describe("Its points come on top of the others; not counted in the maximum (the total stays within 0 and the maximum)"),
      items: array(item).min(1).optional(),
      ...scoring
    });
    yearlyLevel = strictObject({
      id: _enum(RATING_IDS),
      missing_max: number2().int().min(0).describe("At most this many months of the year without a regular meeting").optional(),
      every_month_at_least: _enum(RATING_IDS).describe("Every month held and rated at least this").optional(),
      months_at_least: strictObject({ rating: _enum(RATING_IDS), count: number2().int().min(1).max(12) }).describe("At least `count` months rated `rating` or better").optional(),
      when: yearlyCondition2.optional().describe("A condition on the year (months missing, held, by rating); with the keys above, all must hold"),
      missing_plus_max: strictObject({ ratings: array(_enum(RATING_IDS)).min(1), max: number2().int().min(0) }).describe("Months missing plus months rated one of `ratings`: at most `max`").optional()
    });
    rubricSchema = strictObject({
      id: string2().regex(/^[a-z0-9][a-z0-9-]*$/).describe("Short id, lowercase letters, digits and dashes"),
      title: name,
      version: union([string2().min(1), number2()]).transform(String).describe('Which edition of the rubric this is, e.g. "2025.1"; shown with its title').optional(),
      from: date2("First day of meetings the rubric is in force for (YYYY-MM-DD)").optional(),
      until: date2("Last day of meetings the rubric is in force for (YYYY-MM-DD); none: still in force").optional(),
      rule: string2().min(1).describe('The document the rubric encodes, e.g. "Quy \u0111\u1ECBnh 14-Q\u0110/TU"'),
      source: source.optional(),
      note: localized.describe("What a reader must know before relying on the rubric, e.g. that parts of it are a reconstruction; one text, or { vi, en }").optional(),
      kinds: array(_enum(MEETING_KINDS)).min(1),
      minimum_duration: partialRecord(
        _enum(MEETING_KINDS),
        union([
          strictObject({ minutes: number2().int().min(0), source }),
          array(strictObject({ when: condition.optional(), minutes: number2().int().min(0), source })).min(1).describe("Minimums by condition: the first whose condition holds applies; the last has no condition")
        ])
      ),
      agenda: array(
        strictObject({
          type: _enum(AGENDA_TYPES),
          kinds: kinds.optional(),
          severity: _enum(["error", "warning"]),
          scored: boolean2().describe("false: a reminder only, not counted in the agenda_missing fact (default true)").optional(),
          source
        })
      ).optional(),
      levels: array(
        strictObject({
          id: _enum(RATING_IDS),
          name,
          min: number2().min(0),
          gate: array(string2()).optional().describe('Criteria ("3") and items ("3.3") that must be at full marks'),
          vetoes: array(
            strictObject({
              when: condition.describe("The level is barred when this condition holds"),
              source,
              message: strictObject({ vi: string2().min(1), en: string2().min(1) }).describe("Which condition barred the level, in both languages")
            })
          ).optional().describe("Conditions on the facts that bar the level, whatever the total"),
          source
        })
      ).min(1),
      criteria: array(criterion).min(1),
      absence_streak: strictObject({
        max: number2().int().min(1).describe("The most meetings in a row a member may miss with reason"),
        source
      }).describe("What `absence-streak` checks across records (default: more than 3 in a row, H\u01B0\u1EDBng d\u1EABn 12-HD/BTCTW)").optional(),
      yearly: strictObject({ source, levels: array(yearlyLevel).min(1) }).describe("A cell's rating for a year of meetings: levels from best, the first whose conditions hold").optional()
    });
  }
});

// src/validate/schemas.ts
var schemas_exports = {};
__export(schemas_exports, {
  configSchema: () => configSchema,
  recordSchema: () => recordSchema,
  rubricSchema: () => rubricSchema
});
var init_schemas3 = __esm({
  "src/validate/schemas.ts"() {
    "use strict";
    init_record_schema();
    init_config_schema();
    init_schema();
  }
});

// src/build-rubrics.ts
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path2 from "node:path";

// src/paths.ts
import path from "node:path";
import { fileURLToPath } from "node:url";
var PACKAGE_ROOT = fileURLToPath(new URL("..", import.meta.url));
var packageFile = (relative) => path.join(PACKAGE_ROOT, relative);

// src/load/rubric-cache.ts
var CACHE_DIR = "dist/rubrics";
var cacheFileOf = (yamlFile) => `${CACHE_DIR}/${yamlFile.replace(/\.yaml$/, "")}.json`;
function fingerprint(bytes) {
  const count2 = bytes.length >> 2;
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice(0, count2 * 4);
  const words = new Int32Array(aligned.buffer, aligned.byteOffset, count2);
  let a = 2166136261;
  let b = 0;
  for (let i = 0; i < count2; i++) {
    a = Math.imul(a ^ words[i], 16777619);
    b = Math.imul(b, 31) + words[i] | 0;
  }
  for (let i = count2 * 4; i < bytes.length; i++) a = Math.imul(a ^ bytes[i], 16777619);
  return `${bytes.length.toString(16)}-${(a >>> 0).toString(16)}-${(b >>> 0).toString(16)}`;
}

// src/core/path.ts
function formatPath(path3) {
  let out = "";
  for (const step of path3) {
    if (typeof step === "number") out += `[${step}]`;
    else if (/^[^.[\]"]+$/.test(step)) out += out === "" ? step : `.${step}`;
    else out += `[${JSON.stringify(step)}]`;
  }
  return out;
}

// src/core/provided.ts
function provided(missing) {
  let loader;
  let loaded;
  return {
    provide(load) {
      loader = load;
      loaded = void 0;
    },
    get() {
      if (loaded) return loaded;
      if (!loader) throw new Error(missing);
      loaded = loader();
      return loaded;
    }
  };
}

// src/parse/yaml-package.ts
var yaml = provided("the yaml package was not provided (provideYaml) before a text needed it");
var provideYaml = yaml.provide;
var yamlPackage = yaml.get;

// src/parse/yaml-hints.ts
var SPECIAL = "\xA0\u2000-\u200B\u202F\u205F\u3000\uFEFF";
var HAS_SPECIAL = new RegExp(`[${SPECIAL}]`);
var SPECIAL_FIRST = new RegExp(`^[ \\t]*[${SPECIAL}]`, "gm");
var hasSpecialSpace = (text2) => HAS_SPECIAL.test(text2);
var lineStartOf = (text2, offset) => text2.lastIndexOf("\n", offset - 1) + 1;
function lineEndOf(text2, offset) {
  const end = text2.indexOf("\n", offset);
  return end < 0 ? text2.length : end;
}
function specialSpace(text2, doc, errorAt) {
  if (!hasSpecialSpace(text2)) return void 0;
  const keys = /* @__PURE__ */ new Set();
  const values = [];
  yamlPackage().visit(doc, {
    Scalar(key, node2) {
      if (!node2.range) return;
      if (key === "key") keys.add(node2.range[0]);
      else values.push([node2.range[0], node2.range[1]]);
    }
  });
  const errorLineEnd = errorAt === void 0 ? -1 : lineEndOf(text2, errorAt);
  for (const m of text2.matchAll(SPECIAL_FIRST)) {
    const offset = m.index + m[0].length - 1;
    if (values.some(([start, end]) => start < offset && offset < end)) continue;
    if (keys.has(offset) || offset <= errorLineEnd) {
      return { code: "SPECIAL_SPACE", detail: `U+${text2.charCodeAt(offset).toString(16).toUpperCase().padStart(4, "0")}`, offset };
    }
  }
  return void 0;
}
var KEY_VALUE = /^([ \t]*(?:-[ \t]+)*(?:"[^"\n]*"|'[^'\n]*'|[^\s#"'{}[\],&*!|>%@`-][^#\n]*?)[ \t]*:[ \t]+)(\S.*)$/;
var ITEM = /^([ \t]*(?:-[ \t]+)+)(\S.*)$/;
var INDICATORS = ["*", "@", "`", "%"];
var COMMENT = /[ \t]+#.*$/;
var quoted = (s) => `"${s.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
function elide(s) {
  const chars = [...s];
  if (chars.length <= 80) return s;
  let head = chars.slice(0, 45).join("");
  let tail = chars.slice(-20).join("");
  if (head.lastIndexOf(" ") > 20) head = head.slice(0, head.lastIndexOf(" "));
  if (tail.indexOf(" ") >= 0 && tail.indexOf(" ") < 10) tail = tail.slice(tail.indexOf(" ") + 1);
  return `${head} \u2026 ${tail}`;
}
var indentOf = (line) => /^[ \t]*/.exec(line)[0].length;
function quoteValue(text2, offset, firstError2) {
  const start = lineStartOf(text2, offset);
  const line = text2.slice(start, lineEndOf(text2, offset)).replace(/\r$/, "");
  const keyed = KEY_VALUE.exec(line);
  const m = keyed ?? ITEM.exec(line);
  if (!m || /^[{[]/.test(m[2])) return flowValue(text2, start, line, offset, firstError2);
  const prefix = m[1];
  let comment = COMMENT.exec(m[2]);
  const first = comment ? m[2].slice(0, comment.index) : m[2];
  if (/^["'|>]/.test(first)) return void 0;
  const detail = /:[ \t]/.test(first) || first.endsWith(":") ? "colon" : INDICATORS.find((c) => first.startsWith(c));
  if (detail === void 0) return void 0;
  const parts = [first.trimEnd()];
  let end = lineEndOf(text2, offset);
  const keyIndent = keyed ? indentOf(prefix.replace(/-/g, " ")) : prefix.lastIndexOf("-");
  while (!comment && end < text2.length) {
    const next = text2.slice(end + 1, lineEndOf(text2, end + 1)).replace(/\r$/, "");
    if (next.trim() === "" || next.trim().startsWith("#") || indentOf(next) <= keyIndent) break;
    comment = COMMENT.exec(next);
    parts.push((comment ? next.slice(0, comment.index) : next).trim());
    end = lineEndOf(text2, end + 1);
  }
  const fixed = `${prefix}${quoted(parts.join(" "))}${comment ? comment[0] : ""}`;
  const after = firstError2(text2.slice(0, start) + fixed + text2.slice(end));
  if (after !== void 0 && after < start + fixed.length) return void 0;
  const lead = prefix.trimStart();
  return {
    code: "QUOTE_VALUE",
    detail,
    offset,
    shown: `${lead}${elide(first.trimEnd())}${parts.length > 1 ? " \u2026" : ""}`,
    fix: `${lead}${quoted(elide(parts.join(" ")))}`
  };
}
function flowValue(text2, start, line, offset, firstError2) {
  const at2 = offset - start;
  if (!/[{[]/.test(line.slice(0, at2)) || !/:[ \t]+$/.test(line.slice(0, at2))) return void 0;
  const stop = line.slice(at2).search(/[,}\]]/);
  if (stop < 0) return void 0;
  const value = line.slice(at2, at2 + stop).trimEnd();
  const detail = /:[ \t]/.test(value) ? "colon" : INDICATORS.find((c) => value.startsWith(c));
  if (detail === void 0) return void 0;
  const fixed = `${line.slice(0, at2)}${quoted(value)}${line.slice(at2 + value.length)}`;
  const after = firstError2(text2.slice(0, start) + fixed + text2.slice(start + line.length));
  if (after !== void 0 && after < start + fixed.length) return void 0;
  return { code: "QUOTE_VALUE", detail, offset, shown: line.trim(), fix: fixed.trim() };
}
function badAlias(text2, doc, firstError2) {
  const anchors = /* @__PURE__ */ new Map();
  const { isAlias, visit } = yamlPackage();
  let found;
  visit(doc, {
    Node(_key, node2, path3) {
      if (isAlias(node2)) {
        const target = anchors.get(node2.source);
        if (target === void 0 || path3.includes(target)) {
          found = { alias: node2, recursive: target !== void 0 };
          return visit.BREAK;
        }
      } else if (node2.anchor) anchors.set(node2.anchor, node2);
      return void 0;
    }
  });
  if (!found) return void 0;
  const { alias, recursive: recursive2 } = found;
  const offset = alias.range?.[0] ?? 0;
  if (recursive2) return { code: "RECURSIVE_ALIAS", detail: alias.source, offset };
  const quote = quoteValue(text2, offset, firstError2);
  return { code: "BAD_ALIAS", detail: alias.source, offset, ...quote && { fix: quote.fix } };
}

// src/parse/source.ts
var DEFAULT_LIMITS = {
  maxBytes: 10 * 1024 * 1024,
  maxDepth: 64,
  maxAliases: 100,
  maxItems: 1e4
};
var START = { line: 1, column: 1, endLine: 1, endColumn: 1 };
var decoders = /* @__PURE__ */ new Map();
function strictDecoder(encoding) {
  let decoder = decoders.get(encoding);
  if (!decoder) decoders.set(encoding, decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }));
  return decoder;
}
function decode(bytes) {
  let encoding = "utf-8";
  let offset = 0;
  if (bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191) offset = 3;
  else if (bytes[0] === 255 && bytes[1] === 254) encoding = "utf-16le", offset = 2;
  else if (bytes[0] === 254 && bytes[1] === 255) encoding = "utf-16be", offset = 2;
  const body = bytes.subarray(offset);
  if (offset === 0 && body.length >= 4 && body[0] === 0 !== (body[1] === 0) && body[2] === 0 !== (body[3] === 0)) {
    return { rule: "file-unreadable", reason: "utf16" };
  }
  let text2;
  try {
    text2 = strictDecoder(encoding).decode(body);
  } catch {
    const loose = new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
    return { rule: "file-unreadable", reason: "encoding", at: positionOf(loose, loose.indexOf("\uFFFD")) };
  }
  const nul = text2.indexOf("\0");
  if (nul >= 0) return { rule: "file-unreadable", reason: "binary", at: positionOf(text2, nul) };
  return { text: text2.replace(/\r(?!\n)/g, "\n") };
}
function positionOf(text2, offset) {
  const before = text2.slice(0, Math.max(0, offset));
  const line = before.split(/\r\n|\r|\n/).length;
  const column = offset - Math.max(before.lastIndexOf("\n"), before.lastIndexOf("\r"));
  return { line, column, endLine: line, endColumn: column + 1 };
}
function parseYaml(text2, lines) {
  return yamlPackage().parseDocument(text2, {
    version: "1.2",
    schema: "core",
    merge: false,
    uniqueKeys: true,
    prettyErrors: false,
    ...lines && { lineCounter: lines }
  });
}
function firstError(text2) {
  const doc = parseYaml(text2);
  return (doc.errors[0] ?? doc.warnings[0])?.pos[0];
}
var PRECISE = /* @__PURE__ */ new Set(["DUPLICATE_KEY", "MULTIPLE_DOCS", "TAB_AS_INDENT", "TAG_RESOLVE_FAILED"]);
function parse(text2, limits = DEFAULT_LIMITS) {
  const lines = new (yamlPackage()).LineCounter();
  const doc = parseYaml(text2, lines);
  const at2 = (offset) => {
    const start = lines.linePos(offset);
    return { line: start.line, column: start.col, endLine: start.line, endColumn: start.col };
  };
  const hinted = (hint2) => {
    const { offset, ...rest } = hint2;
    return { rule: "yaml-syntax", ...rest, at: at2(offset) };
  };
  const first = doc.errors[0] ?? doc.warnings[0];
  if (first?.code === "RESOURCE_EXHAUSTION") {
    return { rule: "limit-exceeded", limit: "maxDepth", max: limits.maxDepth, at: at2(first.pos[0]) };
  }
  const shape = checkShape(doc, limits, lines);
  if (first) {
    const errorAt = first.pos[0];
    const hint2 = "rule" in shape ? void 0 : specialSpace(text2, doc, errorAt) ?? (PRECISE.has(first.code) ? void 0 : quoteValue(text2, errorAt, firstError));
    if (hint2) return hinted(hint2);
    return { rule: "yaml-syntax", code: first.code, detail: first.message.split("\n")[0] ?? "", at: at2(errorAt) };
  }
  if ("rule" in shape) return shape;
  const hint = specialSpace(text2, doc, void 0) ?? (shape.aliases > 0 ? badAlias(text2, doc, firstError) : void 0);
  if (hint) return hinted(hint);
  let data;
  try {
    data = doc.toJS({ maxAliasCount: limits.maxAliases });
  } catch {
    return { rule: "limit-exceeded", limit: "maxAliases", max: limits.maxAliases, at: START };
  }
  return { text: text2, doc, lines, data };
}
function checkShape(doc, limits, lines) {
  const { isAlias, isMap, isSeq, isPair, isNode } = yamlPackage();
  let aliases = 0;
  const stack = [{ node: doc.contents, depth: 1 }];
  while (stack.length > 0) {
    const { node: node2, depth } = stack.pop();
    if (!isNode(node2)) continue;
    const at2 = () => nodePosition(node2, lines) ?? START;
    if (isAlias(node2) && ++aliases > limits.maxAliases) {
      return { rule: "limit-exceeded", limit: "maxAliases", value: aliases, max: limits.maxAliases, at: at2() };
    }
    if (isMap(node2) || isSeq(node2)) {
      if (depth > limits.maxDepth) {
        return { rule: "limit-exceeded", limit: "maxDepth", value: depth, max: limits.maxDepth, at: at2() };
      }
      if (node2.items.length > limits.maxItems) {
        return { rule: "limit-exceeded", limit: "maxItems", value: node2.items.length, max: limits.maxItems, at: at2() };
      }
      for (const item2 of node2.items) {
        if (isPair(item2)) {
          stack.push({ node: item2.key, depth: depth + 1 }, { node: item2.value, depth: depth + 1 });
        } else stack.push({ node: item2, depth: depth + 1 });
      }
    }
  }
  return { aliases };
}
function nodePosition(node2, lines) {
  const range = node2?.range;
  if (!range) return void 0;
  const start = lines.linePos(range[0]);
  const end = lines.linePos(Math.max(range[0], range[1]));
  return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
}
function keyText(key) {
  if (yamlPackage().isScalar(key)) return String(key.value);
  return typeof key === "string" || typeof key === "number" ? String(key) : void 0;
}
function locate(source2, path3, at2 = "value") {
  const { isMap, isSeq, isNode } = yamlPackage();
  let node2 = source2.doc.contents;
  let lastKey2;
  for (let i = 0; i < path3.length; i++) {
    const step = path3[i];
    let next;
    let pair;
    if (isMap(node2)) {
      pair = node2.items.find((p) => keyText(p.key) === String(step));
      next = pair?.value;
    } else if (isSeq(node2) && typeof step === "number") {
      next = node2.items[step];
    }
    if (pair === void 0 && next === void 0) break;
    const isLast = i === path3.length - 1;
    if (pair) {
      lastKey2 = isNode(pair.key) ? pair.key : lastKey2;
      if (isLast && at2 === "key") return nodePosition(lastKey2, source2.lines) ?? START;
      if (isLast) return nodePosition(isNode(next) ? next : lastKey2, source2.lines) ?? START;
    } else if (isNode(next)) {
      lastKey2 = next;
      if (isLast) return nodePosition(next, source2.lines) ?? START;
    }
    node2 = next;
  }
  return nodePosition(lastKey2, source2.lines) ?? START;
}

// src/parse/fast-yaml.ts
function read(text2, limits) {
  const fast = readFast(text2, limits);
  if (fast) return fast;
  const source2 = parse(text2, limits);
  if ("rule" in source2) return source2;
  return { data: source2.data, locate: (path3, at2) => locate(source2, path3, at2) };
}
var FALLBACK = /* @__PURE__ */ Symbol("not for the fast reader");
var KNOWN = /^[\n\r\x20-\x7e\u00a1-\u2027\u202a-\ufefe\uff00-\ufffd]*$/;
var PLAIN_KEY = /[A-Za-z0-9_][A-Za-z0-9_.-]*/y;
var ANCHOR_NAME = /[A-Za-z0-9_-]+/y;
var MAX_KEY = 1e3;
var NULL = /^(?:~|[Nn]ull|NULL)?$/;
var BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
var NUMBER = /^(?:0o([0-7]+)|([-+]?[0-9]+)|0x([0-9a-fA-F]+)|([-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)|([-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?))$/;
function resolvePlain(text2) {
  if (text2 === "") return null;
  const c = text2.charCodeAt(0);
  if (c === 126 || c === 110 || c === 78) return NULL.test(text2) ? null : text2;
  if (c === 116 || c === 84 || c === 102 || c === 70) return BOOL.test(text2) ? text2[0] === "t" || text2[0] === "T" : text2;
  if (!(c === 45 || c === 43 || c === 46 || c >= 48 && c <= 57)) return text2;
  const number3 = NUMBER.exec(text2);
  if (!number3) return text2;
  const [, octal, integer2, hex, special, float] = number3;
  if (octal !== void 0) return parseInt(octal, 8);
  if (integer2 !== void 0) return parseInt(integer2, 10);
  if (hex !== void 0) return parseInt(hex, 16);
  if (special !== void 0) return special.slice(-3).toLowerCase() === "nan" ? NaN : special[0] === "-" ? -Infinity : Infinity;
  return parseFloat(float);
}
var knownKeys = /* @__PURE__ */ new Map();
var knownKeyCount = 0;
var KNOWN_KEYS_MAX = 4096;
var KNOWN_KEY_LENGTH = 64;
function plainKey(text2, at2, end) {
  const first = text2.charCodeAt(at2);
  const length = end - at2;
  const bucket = length * 128 + first;
  const known = knownKeys.get(bucket);
  if (known) {
    for (const key of known) if (text2.startsWith(key, at2)) return key;
  }
  const value = resolvePlain(text2.slice(at2, end));
  if (typeof value === "string" && length <= KNOWN_KEY_LENGTH && knownKeyCount < KNOWN_KEYS_MAX) {
    const key = Object.keys({ [value]: true })[0];
    if (known) known.push(key);
    else knownKeys.set(bucket, [key]);
    knownKeyCount++;
    return key;
  }
  return value;
}
function startsIndicator(text2, at2) {
  return "-?:,[]{}#&*!|>%@`".includes(text2[at2]) && !(text2.charCodeAt(at2) === 45 && /[0-9.]/.test(text2[at2 + 1] ?? ""));
}
var ESCAPES = { "\\": "\\", '"': '"', "/": "/", n: "\n", t: "	", r: "\r", b: "\b", f: "\f", "0": "\0" };
var Reader = class {
  constructor(text2, limits) {
    this.text = text2;
    this.limits = limits;
    let start = 0;
    for (; ; ) {
      const nl = text2.indexOf("\n", start);
      const stop = nl < 0 ? text2.length : nl;
      this.starts.push(start);
      this.ends.push(stop > start && text2.charCodeAt(stop - 1) === 13 ? stop - 1 : stop);
      let i = start;
      while (i < stop && text2.charCodeAt(i) === 32) i++;
      this.indents.push(i === this.ends[this.ends.length - 1] ? -1 : text2.charCodeAt(i) === 35 ? -2 : i - start);
      if (nl < 0) break;
      start = nl + 1;
    }
  }
  text;
  limits;
  starts = [];
  ends = [];
  indents = [];
  line = 0;
  keyAt = -1;
  keyFound;
  comment = -1;
  /** Where the first duplicate key starts, or -1. */
  duplicate = -1;
  /** The anchors met so far (`&name`), and the aliases (`*name`), which only a text over the alias limit keeps (see `readFast`). */
  anchors = /* @__PURE__ */ new Set();
  aliases = 0;
  document() {
    let first = 0;
    while (first < this.indents.length && this.indents[first] < 0) first++;
    if (first === this.indents.length || this.indents[first] !== 0) throw FALLBACK;
    this.checkComments(first);
    this.line = first;
    if (!this.isKey(this.starts[first], first)) throw FALLBACK;
    const root = this.map(0, 1);
    if (this.line < this.indents.length) throw FALLBACK;
    return { root: root.node, data: root.value };
  }
  /**
   * Comment lines among the entries are read past, as blank lines are, where the yaml package
   * gives every node the same range with them as without: a comment indented no deeper than the
   * next line with content, or at the margin after the last one. A comment indented deeper than
   * what follows belongs to the collection (or the scalar) before it and stretches its range, so
   * such a text falls back.
   */
  checkComments(first) {
    let next = 0;
    for (let i = this.indents.length - 1; i >= first; i--) {
      const indent = this.indents[i];
      if (indent >= 0) next = indent;
      else if (indent === -2 && this.skipSpaces(this.starts[i], i) - this.starts[i] > next) throw FALLBACK;
    }
  }
  /**
   * Sets a mapping's entry as the yaml package's toJS does (a null key is `''`, `__proto__` an
   * entry of its own), and keeps its key. A key equal to one before it (the same scalar value, as
   * the yaml package compares them) is a duplicate: the first is remembered, and the rest of the
   * text read on. Keys of different values that give the same property name (`1` and `"1"`) fall
   * back, and so does a duplicate after an entry that ends with an empty value (`afterEmpty`),
   * which the yaml package reports where that value ends, not at the key.
   */
  entry(data, keys, key, value, afterEmpty) {
    const name2 = key.value === null ? "" : String(key.value);
    if (Object.hasOwn(data, name2)) {
      if (!keys.some((k) => k.value === key.value) || afterEmpty) throw FALLBACK;
      if (this.duplicate < 0) this.duplicate = key.node.start;
    } else if (name2 in data) Object.defineProperty(data, name2, { value, writable: true, enumerable: true, configurable: true });
    else data[name2] = value;
    keys.push({ node: key.node, text: String(key.value), value: key.value });
  }
  /** The next line with content, from `line` on (past blank and comment lines); the line count when none is left. */
  nextContent(line) {
    while (line < this.indents.length && this.indents[line] < 0) line++;
    return line;
  }
  lineAfter(line) {
    return line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
  }
  isDash(at2, line) {
    return this.text.charCodeAt(at2) === 45 && (at2 + 1 === this.ends[line] || this.text.charCodeAt(at2 + 1) === 32);
  }
  skipSpaces(at2, line) {
    while (at2 < this.ends[line] && this.text.charCodeAt(at2) === 32) at2++;
    return at2;
  }
  /** A key at `at`: its node, data, and the offset after its colon; undefined when there is none. */
  key(at2, line) {
    if (at2 !== this.keyAt) {
      this.keyAt = at2;
      this.keyFound = this.readKey(at2, line);
    }
    return this.keyFound;
  }
  readKey(at2, line) {
    const c = this.text.charCodeAt(at2);
    let end;
    let value;
    if (c === 34 || c === 39) {
      const quoted2 = this.quoted(at2, line);
      end = quoted2.end;
      value = quoted2.value;
    } else {
      const plainEnd = this.plainKeyEnd(at2, line);
      if (plainEnd === void 0) return void 0;
      end = plainEnd;
      value = plainKey(this.text, at2, end);
    }
    if (this.text.charCodeAt(end) !== 58) return void 0;
    if (end + 1 < this.ends[line] && this.text.charCodeAt(end + 1) !== 32) return void 0;
    return { node: { kind: "scalar", start: at2, end }, value, after: end + 1 };
  }
  /** Where a plain key that starts at `at` ends; undefined when none starts there. */
  plainKeyEnd(at2, line) {
    PLAIN_KEY.lastIndex = at2;
    if (!PLAIN_KEY.test(this.text)) return void 0;
    const end = Math.min(PLAIN_KEY.lastIndex, this.ends[line]);
    if (end - at2 > MAX_KEY) throw FALLBACK;
    return end;
  }
  isKey(at2, line) {
    const c = this.text.charCodeAt(at2);
    if (c === 34 || c === 39) {
      return this.text.charCodeAt(this.quoted(at2, line).end) === 58;
    }
    return this.key(at2, line) !== void 0;
  }
  /** A one-line quoted scalar at `at`. */
  quoted(at2, line) {
    const text2 = this.text;
    const stop = this.ends[line];
    const quote = text2.charCodeAt(at2);
    let value = "";
    let from = at2 + 1;
    for (let i = at2 + 1; i < stop; i++) {
      const c = text2.charCodeAt(i);
      if (quote === 39 && c === 39) {
        value += text2.slice(from, i);
        if (text2.charCodeAt(i + 1) === 39 && i + 1 < stop) {
          value += "'";
          from = ++i + 1;
          continue;
        }
        return { value, end: i + 1 };
      }
      if (quote === 34 && c === 34) return { value: value + text2.slice(from, i), end: i + 1 };
      if (quote === 34 && c === 92) {
        value += text2.slice(from, i);
        const e = text2[i + 1] ?? "";
        if (e in ESCAPES && i + 1 < stop) {
          value += ESCAPES[e];
          i += 1;
        } else if (e === "u" && i + 5 < stop && /^[0-9A-Fa-f]{4}$/.test(text2.slice(i + 2, i + 6))) {
          const code = parseInt(text2.slice(i + 2, i + 6), 16);
          if (code >= 55296 && code <= 57343) throw FALLBACK;
          value += String.fromCharCode(code);
          i += 5;
        } else throw FALLBACK;
        from = i + 1;
      }
    }
    throw FALLBACK;
  }
  /**
   * Where the first ` #` at or after `at` starts (the text's length when there is none): found
   * natively, not a character at a time, and once for the values that precede it, which are read
   * in order, so that a text with few comments is searched once in all.
   */
  commentAfter(at2) {
    if (this.comment < at2) {
      const found = this.text.indexOf(" #", at2);
      this.comment = found < 0 ? this.text.length : found;
    }
    return this.comment;
  }
  /** What follows a value on its line must be nothing, or spaces and a comment. */
  rest(at2, line) {
    const stop = this.ends[line];
    if (at2 === stop) return;
    if (this.text.charCodeAt(at2) !== 32) throw FALLBACK;
    at2 = this.skipSpaces(at2, line);
    if (at2 < stop && this.text.charCodeAt(at2) !== 35) throw FALLBACK;
  }
  /** The name of an anchor or alias whose indicator is at `at`, and where it ends: plain names only. */
  anchorName(at2, line) {
    ANCHOR_NAME.lastIndex = at2 + 1;
    if (!ANCHOR_NAME.test(this.text)) throw FALLBACK;
    const end = Math.min(ANCHOR_NAME.lastIndex, this.ends[line]);
    const next = this.text.charCodeAt(end);
    if (end < this.ends[line] && next !== 32 && next !== 44 && next !== 93 && next !== 125) throw FALLBACK;
    return { name: this.text.slice(at2 + 1, end), end };
  }
  /** An alias at `at`, to an anchor met before it. */
  alias(at2, line) {
    const { name: name2, end } = this.anchorName(at2, line);
    if (!this.anchors.has(name2)) throw FALLBACK;
    this.aliases++;
    return { node: { kind: "alias", start: at2, end }, end };
  }
  /** A value on the same line, at `at` (not a space, not the line's end, not a comment), maybe after an anchor. */
  inline(at2, line, depth) {
    const text2 = this.text;
    const stop = this.ends[line];
    let c = text2.charCodeAt(at2);
    const nodeEnd = this.lineAfter(line);
    if (c === 38) {
      const { name: name2, end: end2 } = this.anchorName(at2, line);
      if (text2.charCodeAt(end2) !== 32) throw FALLBACK;
      at2 = this.skipSpaces(end2, line);
      c = text2.charCodeAt(at2);
      if (at2 === stop || c === 35 || c === 38 || c === 42) throw FALLBACK;
      this.anchors.add(name2);
    }
    if (c === 42) {
      const alias = this.alias(at2, line);
      this.rest(alias.end, line);
      return { node: alias.node, value: void 0, nodeEnd };
    }
    if (c === 34 || c === 39) {
      const quoted2 = this.quoted(at2, line);
      this.rest(quoted2.end, line);
      return { node: { kind: "scalar", start: at2, end: quoted2.end }, value: quoted2.value, nodeEnd };
    }
    if (c === 91 || c === 123) {
      const flow = this.flow(at2, line, depth);
      this.rest(flow.end, line);
      return { node: flow.node, value: flow.value, nodeEnd };
    }
    if (startsIndicator(text2, at2)) throw FALLBACK;
    const comment = this.commentAfter(at2);
    let end = comment + 1 < stop ? comment + 1 : stop;
    while (end > at2 && text2.charCodeAt(end - 1) === 32) end--;
    const plain = text2.slice(at2, end);
    if (plain.includes(": ") || plain.endsWith(":")) throw FALLBACK;
    return { node: { kind: "scalar", start: at2, end }, value: resolvePlain(plain), nodeEnd };
  }
  /**
   * A flow collection that closes on its line, at `at` (`[` or `{`): `[]`, `{}`, or entries
   * separated by commas — plain or quoted scalars, flow collections, and in a mapping `key: value`
   * pairs with plain or quoted keys. Anything else (an empty entry, a trailing comma, `?`, a colon
   * in plain text, a pair in a list, a comment) falls back.
   */
  flow(at2, line, depth) {
    if (depth > this.limits.maxDepth) throw FALLBACK;
    const text2 = this.text;
    const isMap = text2.charCodeAt(at2) === 123;
    const close = isMap ? 125 : 93;
    const keys = [];
    const nodes = [];
    const data = isMap ? {} : [];
    let i = at2 + 1;
    if (text2.charCodeAt(i) !== close) {
      for (; ; ) {
        i = this.skipSpaces(i, line);
        let key;
        if (isMap) {
          key = this.flowScalar(i, line, true);
          if (text2.charCodeAt(key.end) !== 58 || text2.charCodeAt(key.end + 1) !== 32) throw FALLBACK;
          i = this.skipSpaces(key.end + 1, line);
        }
        const c = text2.charCodeAt(i);
        const item2 = c === 91 || c === 123 ? this.flow(i, line, depth + 1) : this.flowScalar(i, line, false);
        if (nodes.length >= this.limits.maxItems) throw FALLBACK;
        nodes.push(item2.node);
        if (key === void 0) data.push(item2.value);
        else this.entry(data, keys, key, item2.value, false);
        i = this.skipSpaces(item2.end, line);
        const next = text2.charCodeAt(i);
        if (next === close) break;
        if (next !== 44) throw FALLBACK;
        i = this.skipSpaces(i + 1, line);
        if (text2.charCodeAt(i) === close) throw FALLBACK;
      }
    }
    const end = i + 1;
    const node2 = isMap ? { kind: "map", start: at2, end, keys, values: nodes } : { kind: "seq", start: at2, end, items: nodes };
    return { node: node2, value: data, end };
  }
  /** A scalar inside a flow collection, at `at`: quoted, or plain up to a comma or bracket. */
  flowScalar(at2, line, isKey) {
    const text2 = this.text;
    const c = text2.charCodeAt(at2);
    if (c === 34 || c === 39) {
      const quoted2 = this.quoted(at2, line);
      return { node: { kind: "scalar", start: at2, end: quoted2.end }, value: quoted2.value, end: quoted2.end };
    }
    if (c === 42 && !isKey) return { ...this.alias(at2, line), value: void 0 };
    let end;
    if (isKey) {
      const plainEnd = this.plainKeyEnd(at2, line);
      if (plainEnd === void 0) throw FALLBACK;
      end = plainEnd;
    } else {
      const stop = this.ends[line];
      if (at2 >= stop || startsIndicator(text2, at2)) throw FALLBACK;
      end = at2 + 1;
      while (end < stop && !",[]{}".includes(text2[end])) end++;
      while (text2.charCodeAt(end - 1) === 32) end--;
    }
    const plain = text2.slice(at2, end);
    if (plain.includes(":") || plain.includes(" #")) throw FALLBACK;
    return { node: { kind: "scalar", start: at2, end }, value: resolvePlain(plain), end };
  }
  /** A value after `key:` or `-` that ends the line at `at`: a block below, or an empty value. */
  below(at2, line, indent, depth, sameIndentList) {
    const next = this.nextContent(line + 1);
    const nextIndent = this.indents[next] ?? -1;
    if (next < this.indents.length && (nextIndent > indent || sameIndentList && nextIndent === indent && this.isDash(this.starts[next] + indent, next))) {
      this.line = next;
      return this.block(this.starts[next] + nextIndent, next, depth);
    }
    this.line = line + 1;
    for (let l = line + 1; l < next; l++) if (this.indents[l] === -2) throw FALLBACK;
    const comment = at2 < this.ends[line];
    return { node: { kind: "scalar", start: at2, end: at2 }, value: null, nodeEnd: comment ? this.lineAfter(line) : at2, endsEmpty: true };
  }
  /** A block collection starting at `at` on `line`. */
  block(at2, line, depth) {
    if (this.isDash(at2, line)) return this.seq(at2 - this.starts[line], depth);
    if (this.isKey(at2, line)) return this.map(at2 - this.starts[line], depth);
    throw FALLBACK;
  }
  map(column, depth) {
    if (depth > this.limits.maxDepth) throw FALLBACK;
    const keys = [];
    const values = [];
    const data = {};
    let line = this.line;
    const start = this.starts[line] + column;
    let last;
    for (; ; ) {
      const key = this.key(this.starts[line] + column, line);
      if (!key) throw FALLBACK;
      const at2 = this.skipSpaces(key.after, line);
      const value = at2 === this.ends[line] || this.text.charCodeAt(at2) === 35 ? this.below(at2, line, column, depth + 1, true) : (this.line = line + 1, this.inline(at2, line, depth + 1));
      if (keys.length >= this.limits.maxItems) throw FALLBACK;
      this.entry(data, keys, key, value.value, values.length > 0 && last.endsEmpty === true);
      values.push(value.node);
      last = value;
      line = this.nextContent(this.line);
      if (line >= this.indents.length || this.indents[line] < column) break;
      if (this.indents[line] !== column) throw FALLBACK;
      if (this.isDash(this.starts[line] + column, line)) {
        throw FALLBACK;
      }
      this.line = line;
    }
    this.line = line;
    return { node: { kind: "map", start, end: last.nodeEnd, keys, values }, value: data, nodeEnd: last.nodeEnd, ...last.endsEmpty && { endsEmpty: true } };
  }
  seq(column, depth) {
    if (depth > this.limits.maxDepth) throw FALLBACK;
    const items = [];
    const data = [];
    let line = this.line;
    const start = this.starts[line] + column;
    let last;
    for (; ; ) {
      const dash = this.starts[line] + column;
      const at2 = this.skipSpaces(dash + 1, line);
      let item2;
      if (at2 === this.ends[line] || this.text.charCodeAt(at2) === 35) item2 = this.below(at2, line, column, depth + 1, false);
      else if (this.isDash(at2, line) || this.isKey(at2, line)) {
        this.line = line;
        item2 = this.block(at2, line, depth + 1);
      } else {
        this.line = line + 1;
        item2 = this.inline(at2, line, depth + 1);
      }
      if (items.length >= this.limits.maxItems) throw FALLBACK;
      items.push(item2.node);
      data.push(item2.value);
      last = item2;
      line = this.nextContent(this.line);
      if (line >= this.indents.length || this.indents[line] < column) break;
      if (this.indents[line] !== column) throw FALLBACK;
      if (!this.isDash(this.starts[line] + column, line)) break;
      this.line = line;
    }
    this.line = line;
    return { node: { kind: "seq", start, end: last.nodeEnd, items }, value: data, nodeEnd: last.nodeEnd, ...last.endsEmpty && { endsEmpty: true } };
  }
  position(node2) {
    const start = this.linePos(node2.start);
    const end = this.linePos(Math.max(node2.start, node2.end));
    return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
  }
  // As the yaml package's LineCounter: lines start at 0 and after every line feed.
  linePos(offset) {
    const starts = this.starts;
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = low + high >> 1;
      if (starts[mid] < offset) low = mid + 1;
      else high = mid;
    }
    if (starts[low] === offset) return { line: low + 1, col: 1 };
    return { line: low, col: offset - starts[low - 1] + 1 };
  }
};
function aliasInWalk(root, n) {
  const stack = [root];
  let aliases = 0;
  while (stack.length > 0) {
    const node2 = stack.pop();
    if (node2.kind === "alias" && ++aliases === n) return node2;
    if (node2.kind === "map") node2.keys.forEach((key, i) => stack.push(key.node, node2.values[i]));
    else if (node2.kind === "seq") stack.push(...node2.items);
  }
  throw new Error("fewer aliases than counted");
}
function readFast(text2, limits) {
  if (!KNOWN.test(text2) || text2.includes("\r") && /\r(?!\n)/.test(text2)) return void 0;
  const reader = new Reader(text2, limits);
  let doc;
  try {
    doc = reader.document();
  } catch {
    return void 0;
  }
  if (reader.duplicate >= 0) {
    if (hasSpecialSpace(text2)) return void 0;
    const { line, column } = reader.position({ kind: "scalar", start: reader.duplicate, end: reader.duplicate });
    return { rule: "yaml-syntax", code: "DUPLICATE_KEY", detail: "Map keys must be unique", at: { line, column, endLine: line, endColumn: column } };
  }
  if (reader.aliases > 0) {
    if (reader.aliases <= limits.maxAliases) return void 0;
    const value = limits.maxAliases + 1;
    return { rule: "limit-exceeded", limit: "maxAliases", value, max: limits.maxAliases, at: reader.position(aliasInWalk(doc.root, value)) };
  }
  const START2 = { line: 1, column: 1, endLine: 1, endColumn: 1 };
  return {
    data: doc.data,
    // As `locate` in source.ts, over the fast reader's nodes.
    locate(path3, at2 = "value") {
      let node2 = doc.root;
      let lastKey2;
      for (let i = 0; i < path3.length; i++) {
        const step = path3[i];
        let next;
        let key;
        if (node2?.kind === "map") {
          const index = node2.keys.findIndex((k) => k.text === String(step));
          if (index >= 0) key = node2.keys[index].node, next = node2.values[index];
        } else if (node2?.kind === "seq" && typeof step === "number") next = node2.items[step];
        if (key === void 0 && next === void 0) break;
        const isLast = i === path3.length - 1;
        if (key) {
          lastKey2 = key;
          if (isLast) return reader.position(at2 === "key" ? key : next);
        } else {
          lastKey2 = next;
          if (isLast) return reader.position(next);
        }
        node2 = next;
      }
      return lastKey2 ? reader.position(lastKey2) : START2;
    }
  };
}

// src/rubric/mistakes.ts
var list = (ids) => ids.join(", ");
var said = (vi2, en2) => ({ vi: vi2, en: en2 });
var RUBRIC_MISTAKES = {
  // The dates the rubric is in force.
  untilBeforeFrom: said(
    (d) => `Ng\xE0y h\u1EBFt hi\u1EC7u l\u1EF1c "until" (${d.until}) \u0111\u1EE9ng tr\u01B0\u1EDBc ng\xE0y b\u1EAFt \u0111\u1EA7u "from" (${d.from}).`,
    (d) => `The last day in force, until (${d.until}), comes before the first, from (${d.from}).`
  ),
  // Conditions (`when` of bands and caps).
  conditionFacts: said(
    () => "\u0110i\u1EC1u ki\u1EC7n so s\xE1nh c\u1EA7n \u0111\xFAng m\u1ED9t trong c\xE1c m\u1EE5c `fact`, `facts` ho\u1EB7c `sum`.",
    () => "A comparison needs exactly one of `fact`, `facts` or `sum`."
  ),
  conditionForms: said(
    () => "M\u1ED9t \u0111i\u1EC1u ki\u1EC7n ch\u1EC9 c\xF3 m\u1ED9t d\u1EA1ng: so s\xE1nh (`fact`/`facts`, `op`, `value`), ho\u1EB7c `all`, ho\u1EB7c `any`, ho\u1EB7c `not`.",
    () => "A condition has one form only: a comparison (`fact`/`facts`, `op`, `value`), or `all`, or `any`, or `not`."
  ),
  conditionNeedsOp: said(
    () => "\u0110i\u1EC1u ki\u1EC7n so s\xE1nh c\u1EA7n ph\xE9p so s\xE1nh `op`.",
    () => "A comparison needs an operator `op`."
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
  bandNegative: said(
    (d) => `M\u1EE9c \u0111i\u1EC3m ${d.points} l\xE0 s\u1ED1 \xE2m; ch\u1EC9 ti\xEAu ch\xED tr\u1EEB \u0111i\u1EC3m (\`deduction: true\`) m\u1EDBi c\xF3 \u0111i\u1EC3m \xE2m.`,
    (d) => `A band gives ${d.points} points; negative points belong in a deduction criterion (\`deduction: true\`).`
  ),
  capAboveMax: said(
    (d) => `M\u1EE9c tr\u1EA7n ${d.cap} l\u1EDBn h\u01A1n \u0111i\u1EC3m t\u1ED1i \u0111a ${d.max} c\u1EE7a m\u1EE5c.`,
    (d) => `The cap ${d.cap} is above the item's maximum of ${d.max}.`
  ),
  // Deductions and bonuses.
  deductionAndBonus: said(
    (d) => `Ti\xEAu ch\xED ${d.criterion} kh\xF4ng th\u1EC3 v\u1EEBa l\xE0 \u0111i\u1EC3m tr\u1EEB v\u1EEBa l\xE0 \u0111i\u1EC3m th\u01B0\u1EDFng.`,
    (d) => `Criterion ${d.criterion} cannot be both a deduction and a bonus.`
  ),
  deductionJudged: said(
    () => "\u0110i\u1EC3m tr\u1EEB \u0111\u01B0\u1EE3c t\xEDnh t\u1EEB d\u1EEF ki\u1EC7n c\u1EE7a bi\xEAn b\u1EA3n: kh\xF4ng d\xF9ng `judged` hay `missing: judged`.",
    () => "A deduction is measured from the facts: no `judged` and no `missing: judged`."
  ),
  deductionCaps: said(
    () => "\u0110i\u1EC3m tr\u1EEB kh\xF4ng c\xF3 m\u1EE9c tr\u1EA7n (`caps`).",
    () => "A deduction has no caps."
  ),
  deductionPositive: said(
    (d) => `M\u1EE9c \u0111i\u1EC3m tr\u1EEB ph\u1EA3i t\u1EEB 0 tr\u1EDF xu\u1ED1ng, kh\xF4ng ph\u1EA3i ${d.points}.`,
    (d) => `A deduction band gives 0 points or fewer, not ${d.points}.`
  ),
  deductionBelowMax: said(
    (d) => `M\u1EE9c \u0111i\u1EC3m tr\u1EEB ${d.points} tr\u1EEB nhi\u1EC1u h\u01A1n m\u1EE9c t\u1ED1i \u0111a ${d.max} c\u1EE7a m\u1EE5c.`,
    (d) => `A deduction band gives ${d.points}, more than the item's maximum deduction of ${d.max}.`
  ),
  deductionBandsOrder: said(
    (d) => `C\xE1c m\u1EE9c \u0111i\u1EC3m tr\u1EEB ph\u1EA3i x\u1EBFp t\u1EEB tr\u1EEB nhi\u1EC1u \u0111\u1EBFn tr\u1EEB \xEDt: ${d.points} \u0111\u1EE9ng sau ${d.previous}.`,
    (d) => `Deduction bands go from the largest deduction to the smallest: ${d.points} comes after ${d.previous}.`
  ),
  deductionAboveCriterion: said(
    (d) => `M\u1EE5c ${d.item} tr\u1EEB t\u1ED1i \u0111a ${d.max} \u0111i\u1EC3m, nhi\u1EC1u h\u01A1n m\u1EE9c t\u1ED1i \u0111a ${d.criterionMax} c\u1EE7a ti\xEAu ch\xED ${d.criterion}.`,
    (d) => `Item ${d.item} takes off up to ${d.max} points, more than criterion ${d.criterion}'s ${d.criterionMax}.`
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
  durationLastConditional: said(
    (d) => `Th\u1EDDi l\u01B0\u1EE3ng t\u1ED1i thi\u1EC3u cu\u1ED1i c\xF9ng cho lo\u1EA1i ${d.kind} kh\xF4ng \u0111\u01B0\u1EE3c c\xF3 \u0111i\u1EC1u ki\u1EC7n (\`when\`): n\xF3 \xE1p d\u1EE5ng cho m\u1ECDi bu\u1ED5i sinh ho\u1EA1t c\xF2n l\u1EA1i.`,
    (d) => `The last minimum duration for ${d.kind} meetings must have no condition (\`when\`): it applies to every other meeting.`
  ),
  durationOtherwiseNotLast: said(
    (d) => `Ch\u1EC9 th\u1EDDi l\u01B0\u1EE3ng t\u1ED1i thi\u1EC3u cu\u1ED1i c\xF9ng cho lo\u1EA1i ${d.kind} \u0111\u01B0\u1EE3c b\u1ECF \u0111i\u1EC1u ki\u1EC7n (\`when\`).`,
    (d) => `Only the last minimum duration for ${d.kind} meetings may have no condition (\`when\`).`
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
    (d) => `\u0110i\u1EC1u ki\u1EC7n c\u1EE7a m\u1EE9c ${d.level} n\xEAu "${d.criterion}", nh\u01B0ng kh\xF4ng c\xF3 ti\xEAu ch\xED hay m\u1EE5c n\xE0o nh\u01B0 v\u1EADy (lo\u1EA1i ${list(d.kinds)}).`,
    (d) => `The gate of level ${d.level} names "${d.criterion}", which is no criterion or item (for ${list(d.kinds)} meetings).`
  ),
  gateOnAdjustment: said(
    (d) => `\u0110i\u1EC1u ki\u1EC7n c\u1EE7a m\u1EE9c ${d.level} n\xEAu "${d.criterion}", l\xE0 \u0111i\u1EC3m tr\u1EEB ho\u1EB7c \u0111i\u1EC3m th\u01B0\u1EDFng; \u0111i\u1EC1u ki\u1EC7n ch\u1EC9 n\xEAu ti\xEAu ch\xED, m\u1EE5c \u0111\u01B0\u1EE3c ch\u1EA5m \u0111i\u1EC3m th\u01B0\u1EDDng.`,
    (d) => `The gate of level ${d.level} names "${d.criterion}", a deduction or bonus; a gate names ordinary criteria and items only.`
  ),
  lastLevelMin: said(
    () => "M\u1EE9c x\u1EBFp lo\u1EA1i cu\u1ED1i c\xF9ng ph\u1EA3i c\xF3 \u0111i\u1EC3m t\u1ED1i thi\u1EC3u 0, \u0111\u1EC3 bu\u1ED5i sinh ho\u1EA1t n\xE0o c\u0169ng \u0111\u01B0\u1EE3c x\u1EBFp lo\u1EA1i.",
    () => "The last rating level must have a minimum of 0, so that every meeting gets a rating."
  ),
  lastYearlyConditions: said(
    () => "M\u1EE9c x\u1EBFp lo\u1EA1i n\u0103m cu\u1ED1i c\xF9ng kh\xF4ng \u0111\u01B0\u1EE3c c\xF3 \u0111i\u1EC1u ki\u1EC7n, \u0111\u1EC3 chi b\u1ED9 n\xE0o c\u0169ng \u0111\u01B0\u1EE3c x\u1EBFp lo\u1EA1i.",
    () => "The last yearly level must have no conditions, so that every cell gets a rating."
  )
};
var Mistakes = class {
  found = [];
  add(path3, code, ...data) {
    const m = RUBRIC_MISTAKES[code];
    this.found.push({ path: path3, code, message: { vi: m.vi(data[0]), en: m.en(data[0]) } });
  }
  get count() {
    return this.found.length;
  }
};

// src/rubric/rubric.ts
init_facts();

// src/rubric/condition.ts
init_facts();
var NUMERIC_OPS = [">=", ">", "<=", "<"];
function compileComparison(c, path3, out, types) {
  if ([c.fact, c.facts, c.sum].filter((x) => x !== void 0).length !== 1) {
    out.add(path3, "conditionFacts");
    return void 0;
  }
  const facts = c.facts ?? c.sum ?? [c.fact];
  const op = c.op;
  if (op === void 0) {
    out.add(path3, "conditionNeedsOp");
    return void 0;
  }
  if (NUMERIC_OPS.includes(op) || c.sum) {
    const wrong = facts.find((fact) => types[fact] !== "number" || typeof c.value !== "number");
    if (wrong) {
      out.add([...path3, "op"], "conditionNotNumeric", { op, fact: wrong, type: types[wrong] });
      return void 0;
    }
  }
  if (op === "in" && !Array.isArray(c.value)) {
    out.add([...path3, "value"], "conditionInNeedsList");
    return void 0;
  }
  if ((op === "=" || op === "!=") && (c.value === void 0 || Array.isArray(c.value))) {
    out.add([...path3, "value"], "conditionNeedsValue", { op });
    return void 0;
  }
  const compiled = c.value === void 0 ? { facts, op } : { facts, op, value: c.value };
  return c.sum ? { ...compiled, sum: true } : compiled;
}
function compileCondition(c, path3, out, types = FACT_TYPES) {
  const comparison = [c.fact, c.facts, c.sum, c.op, c.value].some((x) => x !== void 0);
  const forms = [comparison || void 0, c.all, c.any, c.not].filter((f) => f !== void 0).length;
  if (forms > 1) {
    out.add(path3, "conditionForms");
    return void 0;
  }
  const several = (key, list2) => {
    const before = out.count;
    const parts = list2.map((x, i) => compileCondition(x, [...path3, key, i], out, types));
    return out.count > before ? void 0 : parts;
  };
  if (c.all) {
    const all = several("all", c.all);
    return all && { all };
  }
  if (c.any) {
    const any = several("any", c.any);
    return any && { any };
  }
  if (c.not) {
    const not = compileCondition(c.not, [...path3, "not"], out, types);
    return not && { not };
  }
  return compileComparison(c, path3, out, types);
}
function comparisonsOf(c) {
  if ("all" in c) return c.all.flatMap(comparisonsOf);
  if ("any" in c) return c.any.flatMap(comparisonsOf);
  if ("not" in c) return comparisonsOf(c.not);
  return [c];
}
var factsOf = (c) => [...new Set(comparisonsOf(c).flatMap((x) => x.facts))];

// src/rubric/scoring.ts
function thresholdOutOfOrder(p, c) {
  if (!p.fact || p.fact !== c.fact || !p.op || !c.op || typeof p.value !== "number" || typeof c.value !== "number") return false;
  const down = (p.op === ">=" || p.op === ">") && (c.op === ">=" || c.op === ">");
  const up = (p.op === "<=" || p.op === "<") && (c.op === "<=" || c.op === "<");
  return down && c.value > p.value || up && c.value < p.value || (down || up) && c.value === p.value && c.op === p.op;
}
var ordered = (p, b) => [p.when, b.when].every((w) => w === void 0 || (w.all ?? w.any ?? w.not) === void 0);
function checkBands(bands, max, role, path3, out) {
  return bands.map((b, i) => {
    const at2 = [...path3, "bands", i];
    const prev = bands[i - 1];
    if (role === "deduction") {
      if (b.points > 0) out.add([...at2, "points"], "deductionPositive", { points: b.points });
      if (b.points < -max) out.add([...at2, "points"], "deductionBelowMax", { points: b.points, max });
      if (prev && ordered(prev, b) && prev.points > b.points) out.add([...at2, "points"], "deductionBandsOrder", { points: b.points, previous: prev.points });
    } else {
      if (b.points > max) out.add([...at2, "points"], "bandAboveMax", { points: b.points, max });
      if (b.points < 0) out.add([...at2, "points"], "bandNegative", { points: b.points });
      if (prev && ordered(prev, b) && prev.points < b.points) out.add([...at2, "points"], "bandPointsRise", { points: b.points, previous: prev.points });
    }
    if (b.when === void 0 && i < bands.length - 1) out.add(at2, "bandOtherwiseNotLast");
    const when = b.when && compileCondition(b.when, [...at2, "when"], out);
    if (prev?.when && b.when && thresholdOutOfOrder(prev.when, b.when)) {
      out.add([...at2, "when", "value"], "bandThresholdOrder", { value: b.when.value, previous: prev.when.value });
    }
    return when ? { when, points: b.points } : { points: b.points };
  });
}
function checkCaps(caps, max, path3, out) {
  return caps.flatMap((cap2, i) => {
    const at2 = [...path3, "caps", i];
    if (cap2.max > max) out.add([...at2, "max"], "capAboveMax", { cap: cap2.max, max });
    const when = compileCondition(cap2.when, [...at2, "when"], out);
    return when ? [{ when, max: cap2.max }] : [];
  });
}
function checkScoring(s, role, path3, out) {
  if (role === "deduction" && (s.judged === true || s.missing === "judged")) {
    out.add(path3, "deductionJudged");
    return void 0;
  }
  if (role === "deduction" && s.caps !== void 0) out.add([...path3, "caps"], "deductionCaps");
  if (s.judged === true && s.bands === void 0) return { type: "judged" };
  if (s.bands === void 0 || s.judged === true) {
    out.add(path3, "scoringWays");
    return void 0;
  }
  const before = out.count;
  const bands = checkBands(s.bands, s.max, role, path3, out);
  const caps = checkCaps(s.caps ?? [], s.max, path3, out);
  if (out.count > before) return void 0;
  return { type: "measured", bands, caps, missing: s.missing ?? "zero" };
}

// src/rubric/rubric.ts
var DEFAULT_ABSENCE_STREAK = {
  max: 3,
  source: { vi: "H\u01B0\u1EDBng d\u1EABn 12-HD/BTCTW: v\u1EAFng qu\xE1 3 k\u1EF3 li\xEAn ti\u1EBFp c\u1EA7n \u0111\u01B0\u1EE3c chi b\u1ED9 xem x\xE9t", en: "H\u01B0\u1EDBng d\u1EABn 12-HD/BTCTW: more than 3 in a row is for the cell to review" }
};
var readsAcross = (s) => [...s.bands.flatMap((b) => b.when ? [b.when] : []), ...s.caps.map((c) => c.when)].some((c) => factsOf(c).some(isAcrossFact));
var roleOf = (c) => c.deduction ? "deduction" : c.bonus ? "bonus" : "score";
var applies = (own2, kind) => own2 === void 0 || own2.includes(kind);
function checkKinds(file, own2, path3, out) {
  const stray = (own2 ?? []).filter((k) => !file.kinds.includes(k));
  if (stray.length > 0) out.add([...path3, "kinds"], "kindOutsideRubric", { stray, kinds: file.kinds });
}
function compileCriterion(file, c, path3, out) {
  checkKinds(file, c.kinds, path3, out);
  if (c.deduction && c.bonus) out.add(path3, "deductionAndBonus", { criterion: c.id });
  const role = roleOf(c);
  if (!c.items) {
    const scoring2 = checkScoring(c, role, path3, out);
    return { file: c, path: path3, items: scoring2 ? [{ item: { id: c.id, name: c.name, max: c.max, source: c.source, scoring: scoring2 }, path: path3 }] : [] };
  }
  if (c.judged !== void 0 || c.bands !== void 0 || c.caps !== void 0 || c.missing !== void 0) {
    out.add(path3, "scoringOnCriterionWithItems", { criterion: c.id });
  }
  const items = c.items.flatMap((it, i) => {
    const at2 = [...path3, "items", i];
    checkKinds(file, it.kinds, at2, out);
    if (!it.id.startsWith(`${c.id}.`)) out.add([...at2, "id"], "itemIdPrefix", { item: it.id, criterion: c.id });
    if (role === "deduction" && it.max > c.max) {
      out.add([...at2, "max"], "deductionAboveCriterion", { item: it.id, max: it.max, criterion: c.id, criterionMax: c.max });
    }
    const scoring2 = checkScoring(it, role, at2, out);
    return scoring2 ? [{ kinds: it.kinds, item: { id: it.id, name: it.name, max: it.max, source: it.source, scoring: scoring2 }, path: at2 }] : [];
  });
  return { file: c, path: path3, items };
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
    if (roleOf(c.file) !== "deduction" && items.length > 0 && Math.abs(sum - c.file.max) > 1e-9) {
      out.add([...c.path, "max"], "itemsSum", { criterion: c.file.id, max: c.file.max, kind, sum });
    }
    chosen.push({ id: c.file.id, name: c.file.name, max: c.file.max, role: roleOf(c.file), source: c.file.source, items: items.map((i) => i.item) });
  }
  const minDuration = durationsOf(file, kind, out);
  if (chosen.length === 0) out.add(["criteria"], "noCriterion", { kind });
  const agenda = (file.agenda ?? []).filter((a) => applies(a.kinds, kind)).map((a) => ({ type: a.type, severity: a.severity, scored: a.scored ?? true, source: a.source }));
  const max = chosen.reduce((s, c) => s + (c.role === "score" ? c.max : 0), 0);
  const across = chosen.some((c) => c.items.some((i) => i.scoring.type === "measured" && readsAcross(i.scoring)));
  return { criteria: chosen, max, across, minDuration, agenda };
}
function durationsOf(file, kind, out) {
  const given = file.minimum_duration[kind];
  if (!given) {
    out.add(["minimum_duration"], "durationMissing", { kind });
    return [];
  }
  if (!Array.isArray(given)) return [{ minutes: given.minutes, source: given.source }];
  return given.flatMap((d, i) => {
    const path3 = ["minimum_duration", kind, i];
    if (i === given.length - 1 && d.when !== void 0) out.add([...path3, "when"], "durationLastConditional", { kind });
    if (i < given.length - 1 && d.when === void 0) out.add(path3, "durationOtherwiseNotLast", { kind });
    if (d.when === void 0) return [{ minutes: d.minutes, source: d.source }];
    const when = compileCondition(d.when, [...path3, "when"], out);
    return when ? [{ when, minutes: d.minutes, source: d.source }] : [];
  });
}
function gateCriterion(k, id) {
  return k?.criteria.find((c) => c.id === id || c.items.some((i) => i.id === id));
}
function checkLevels(file, kinds2, out) {
  const levels = file.levels.map((level, i) => {
    const prev = file.levels[i - 1];
    if (prev && prev.min <= level.min) out.add(["levels", i, "min"], "levelOrder", { level: level.id, previous: prev.id, min: prev.min });
    (level.gate ?? []).forEach((id, g) => {
      const missingIn = file.kinds.filter((k) => !gateCriterion(kinds2[k], id));
      if (missingIn.length > 0) out.add(["levels", i, "gate", g], "gateUnknown", { level: level.id, criterion: id, kinds: missingIn });
      else if (file.kinds.some((k) => gateCriterion(kinds2[k], id).role !== "score")) out.add(["levels", i, "gate", g], "gateOnAdjustment", { level: level.id, criterion: id });
    });
    const vetoes = (level.vetoes ?? []).flatMap((v, j) => {
      const when = compileCondition(v.when, ["levels", i, "vetoes", j, "when"], out);
      return when ? [{ when, source: v.source, message: v.message }] : [];
    });
    return { id: level.id, name: level.name, min: level.min, gate: level.gate ?? [], vetoes, source: level.source };
  });
  const last = file.levels.length - 1;
  if (file.levels[last] && file.levels[last].min !== 0) out.add(["levels", last, "min"], "lastLevelMin");
  return levels;
}
function yearlyCondition(l, path3, out) {
  const parts = [];
  if (l.missing_max !== void 0) parts.push({ facts: ["months_missing"], op: "<=", value: l.missing_max });
  if (l.every_month_at_least) parts.push({ facts: [`months_below.${l.every_month_at_least}`], op: "=", value: 0 });
  if (l.months_at_least) parts.push({ facts: [`months_at_least.${l.months_at_least.rating}`], op: ">=", value: l.months_at_least.count });
  if (l.missing_plus_max) {
    const rated = l.missing_plus_max.ratings.map((r) => `months_rated.${r}`);
    parts.push({ facts: ["months_missing", ...rated], op: "<=", value: l.missing_plus_max.max, sum: true });
  }
  if (l.when) {
    const when = compileCondition(l.when, [...path3, "when"], out, YEARLY_FACT_TYPES);
    if (when) parts.push(when);
  }
  return parts.length === 0 ? void 0 : parts.length === 1 ? parts[0] : { all: parts };
}
function checkYearly(file, out) {
  const levels = (file.yearly?.levels ?? []).map((l, i) => {
    const when = yearlyCondition(l, ["yearly", "levels", i], out);
    return when ? { id: l.id, when } : { id: l.id };
  });
  const last = file.yearly?.levels[levels.length - 1];
  if (last && (last.missing_max ?? last.every_month_at_least ?? last.months_at_least ?? last.missing_plus_max ?? last.when) !== void 0) {
    out.add(["yearly", "levels", levels.length - 1], "lastYearlyConditions");
  }
  return levels;
}
function compileRubric(file) {
  const out = new Mistakes();
  const criteria = file.criteria.map((c, i) => compileCriterion(file, c, ["criteria", i], out));
  const kinds2 = {};
  for (const kind of file.kinds) kinds2[kind] = compileKind(file, criteria, kind, out);
  (file.agenda ?? []).forEach((a, i) => checkKinds(file, a.kinds, ["agenda", i], out));
  const levels = checkLevels(file, kinds2, out);
  const yearly = checkYearly(file, out);
  if (file.from !== void 0 && file.until !== void 0 && file.until < file.from) out.add(["until"], "untilBeforeFrom", { from: file.from, until: file.until });
  if (out.count > 0) return { mistakes: out.found };
  const absenceStreak = file.absence_streak ?? DEFAULT_ABSENCE_STREAK;
  if (levels.some((l) => l.vetoes.some((v) => factsOf(v.when).some(isAcrossFact)))) for (const k of Object.values(kinds2)) k.across = true;
  const inForce = { ...file.from !== void 0 && { from: file.from }, ...file.until !== void 0 && { until: file.until } };
  const rubric = {
    id: file.id,
    title: file.title,
    ...file.version !== void 0 && { version: file.version },
    inForce,
    rule: file.rule,
    kinds: kinds2,
    levels,
    absenceStreak
  };
  if (file.source !== void 0) rubric.source = file.source;
  if (file.note !== void 0) rubric.note = file.note;
  if (file.yearly) rubric.yearly = { source: file.yearly.source, levels: yearly };
  return { rubric };
}

// src/facts/describe.ts
init_agenda();

// src/facts/format.ts
function formatNumber(n, lang) {
  const text2 = String(Math.round(n * 1e3) / 1e3);
  return lang === "vi" ? text2.replace(".", ",") : text2;
}
function formatPercent(share, lang) {
  const p = share * 100;
  const whole = Math.abs(p - Math.round(p)) < 1e-9;
  const text2 = whole ? String(Math.round(p)) : (Math.round(p * 10) / 10).toFixed(1);
  return `${lang === "vi" ? text2.replace(".", ",") : text2}%`;
}

// src/facts/describe.ts
var PREPARERS = {
  secretary: { vi: "b\xED th\u01B0", en: "the secretary" },
  deputy_secretary: { vi: "ph\xF3 b\xED th\u01B0", en: "the deputy secretary" },
  committee_member: { vi: "m\u1ED9t chi \u1EE7y vi\xEAn", en: "a committee member" },
  other: { vi: "ng\u01B0\u1EDDi kh\xE1c", en: "someone else" }
};
var CELL_TYPE_WORDS = {
  co_quan: { vi: "c\u01A1 quan", en: "a government office" },
  su_nghiep: { vi: "\u0111\u01A1n v\u1ECB s\u1EF1 nghi\u1EC7p", en: "a public service unit" },
  doanh_nghiep: { vi: "doanh nghi\u1EC7p", en: "an enterprise" },
  xa_phuong: { vi: "x\xE3, ph\u01B0\u1EDDng", en: "a commune or ward" },
  thon_to_dan_pho: { vi: "th\xF4n, b\u1EA3n, t\u1ED5 d\xE2n ph\u1ED1", en: "a village or residential group" },
  luc_luong_vu_trang: { vi: "l\u1EF1c l\u01B0\u1EE3ng v\u0169 trang", en: "the armed forces" },
  khac: { vi: "lo\u1EA1i kh\xE1c", en: "another kind" }
};
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
var yesNo = (vi2, en2) => (v, _f, lang) => {
  const [yes, no, unknown2] = lang === "vi" ? vi2 : en2;
  return v === true ? yes : v === false ? no : unknown2;
};
var presence = (vi2, en2) => (v, _f, lang) => v === null ? lang === "vi" ? `kh\xF4ng ghi ${vi2}` : `no ${en2} written` : lang === "vi" ? `${vi2}: ${String(v)}` : `${en2}: ${String(v)}`;
var KINDS_VI = { regular: "th\u01B0\u1EDDng k\u1EF3", thematic: "chuy\xEAn \u0111\u1EC1", combined: "th\u01B0\u1EDDng k\u1EF3 k\u1EBFt h\u1EE3p chuy\xEAn \u0111\u1EC1" };
var AGENDA_DESCRIBERS = Object.fromEntries(AGENDA_TYPES.map((t) => {
  const { vi: vi2, en: en2 } = AGENDA_NAMES[t];
  return [`agenda_has.${t}`, yesNo(
    [`ch\u01B0\u01A1ng tr\xECnh c\xF3 n\u1ED9i dung "${vi2}"`, `ch\u01B0\u01A1ng tr\xECnh kh\xF4ng c\xF3 n\u1ED9i dung "${vi2}"`, `ch\u01B0\u01A1ng tr\xECnh kh\xF4ng c\xF3 n\u1ED9i dung "${vi2}"`],
    [`the agenda has ${en2}`, `the agenda has no ${en2}`, `the agenda has no ${en2}`]
  )];
}));
var DESCRIBERS = {
  kind: (v, _f, lang) => lang === "vi" ? `bu\u1ED5i sinh ho\u1EA1t ${KINDS_VI[String(v)] ?? String(v)}` : `a ${String(v)} meeting`,
  members_total: (v, _f, lang) => lang === "vi" ? `chi b\u1ED9 c\xF3 ${v} \u0111\u1EA3ng vi\xEAn` : `the cell has ${plural(Number(v), "member")}`,
  cell_has_committee: yesNo(
    ["chi b\u1ED9 c\xF3 chi \u1EE7y", "chi b\u1ED9 ch\u1EC9 c\xF3 b\xED th\u01B0, kh\xF4ng c\xF3 chi \u1EE7y", "kh\xF4ng ghi chi b\u1ED9 c\xF3 chi \u1EE7y hay kh\xF4ng"],
    ["the cell has a committee", "the cell has only a secretary, no committee", "not written whether the cell has a committee"]
  ),
  cell_type: (v, _f, lang) => {
    if (v === null) return lang === "vi" ? "kh\xF4ng ghi lo\u1EA1i h\xECnh chi b\u1ED9" : "the kind of cell is not written";
    const kind = CELL_TYPE_WORDS[String(v)] ?? { vi: String(v), en: String(v) };
    return lang === "vi" ? `chi b\u1ED9 ${kind.vi}` : `a cell in ${kind.en}`;
  },
  eligible: (v, _f, lang) => lang === "vi" ? `${v} \u0111\u1EA3ng vi\xEAn ph\u1EA3i d\u1EF1 h\u1ECDp` : `${plural(Number(v), "member")} expected`,
  attendance_rate: (v, f, lang) => {
    const eligible = Number(f.eligible);
    const present = Math.round(Number(v) * eligible);
    return lang === "vi" ? `t\u1EF7 l\u1EC7 \u0111\u1EA3ng vi\xEAn d\u1EF1 h\u1ECDp ${present}/${eligible} (${formatPercent(Number(v), lang)})` : `attendance ${present}/${eligible} (${formatPercent(Number(v), lang)})`;
  },
  absent_unexcused: (v, _f, lang) => lang === "vi" ? `${v} \u0111\u1EA3ng vi\xEAn v\u1EAFng kh\xF4ng l\xFD do` : `${plural(Number(v), "member")} absent without reason`,
  duration_minutes: (v, _f, lang) => lang === "vi" ? `bu\u1ED5i sinh ho\u1EA1t k\xE9o d\xE0i ${v} ph\xFAt` : `the meeting lasted ${v} minutes`,
  speaker_count: (v, _f, lang) => lang === "vi" ? `${v} \u0111\u1EA3ng vi\xEAn ph\xE1t bi\u1EC3u` : `${plural(Number(v), "member")} spoke`,
  speaker_rate: (v, f, lang) => lang === "vi" ? `${f.speaker_count} \u0111\u1EA3ng vi\xEAn ph\xE1t bi\u1EC3u, chi\u1EBFm ${formatPercent(Number(v), lang)} s\u1ED1 \u0111\u1EA3ng vi\xEAn d\u1EF1 h\u1ECDp` : `${plural(Number(f.speaker_count), "member")} spoke, ${formatPercent(Number(v), lang)} of those present`,
  agenda_missing: (v, _f, lang) => lang === "vi" ? `thi\u1EBFu ${v} n\u1ED9i dung b\u1EAFt bu\u1ED9c` : `${plural(Number(v), "required agenda item")} missing`,
  minutes_complete: yesNo(
    ["bi\xEAn b\u1EA3n ghi \u0111\u1EA7y \u0111\u1EE7", "bi\xEAn b\u1EA3n ghi ch\u01B0a \u0111\u1EA7y \u0111\u1EE7", "bi\xEAn b\u1EA3n ghi ch\u01B0a \u0111\u1EA7y \u0111\u1EE7"],
    ["the minutes are complete", "the minutes are incomplete", "the minutes are incomplete"]
  ),
  "preparation.prepared_by": (v, _f, lang) => {
    if (v === null) return lang === "vi" ? "kh\xF4ng ghi ai chu\u1EA9n b\u1ECB n\u1ED9i dung" : "who prepared the content is not written";
    const who = PREPARERS[String(v)] ?? { vi: String(v), en: String(v) };
    return lang === "vi" ? `n\u1ED9i dung do ${who.vi} chu\u1EA9n b\u1ECB` : `the content was prepared by ${who.en}`;
  },
  "preparation.committee_met": yesNo(
    ["chi \u1EE7y \u0111\xE3 h\u1ECDp chu\u1EA9n b\u1ECB", "chi \u1EE7y kh\xF4ng h\u1ECDp chu\u1EA9n b\u1ECB", "kh\xF4ng ghi chi \u1EE7y c\xF3 h\u1ECDp chu\u1EA9n b\u1ECB hay kh\xF4ng"],
    ["the committee met beforehand", "the committee did not meet beforehand", "not written whether the committee met beforehand"]
  ),
  "preparation.draft_resolution": yesNo(
    ["c\xF3 d\u1EF1 th\u1EA3o ngh\u1ECB quy\u1EBFt", "kh\xF4ng c\xF3 d\u1EF1 th\u1EA3o ngh\u1ECB quy\u1EBFt", "kh\xF4ng ghi c\xF3 d\u1EF1 th\u1EA3o ngh\u1ECB quy\u1EBFt hay kh\xF4ng"],
    ["a draft resolution was prepared", "no draft resolution was prepared", "not written whether a draft resolution was prepared"]
  ),
  "preparation.notice_sent": yesNo(
    ["\u0111\xE3 th\xF4ng b\xE1o tr\u01B0\u1EDBc cho \u0111\u1EA3ng vi\xEAn", "kh\xF4ng th\xF4ng b\xE1o tr\u01B0\u1EDBc cho \u0111\u1EA3ng vi\xEAn", "kh\xF4ng ghi c\xF3 th\xF4ng b\xE1o tr\u01B0\u1EDBc hay kh\xF4ng"],
    ["members were notified in advance", "members were not notified in advance", "not written whether members were notified"]
  ),
  "preparation.documents_posted_days_before": (v, _f, lang) => v === null ? lang === "vi" ? "t\xE0i li\u1EC7u ch\u01B0a \u0111\u0103ng l\xEAn \u1EE9ng d\u1EE5ng S\u1ED5 tay \u0111\u1EA3ng vi\xEAn" : "the documents were not posted on the app" : lang === "vi" ? `t\xE0i li\u1EC7u \u0111\u0103ng l\xEAn \u1EE9ng d\u1EE5ng ${v} ng\xE0y tr\u01B0\u1EDBc bu\u1ED5i sinh ho\u1EA1t` : `the documents were posted on the app ${plural(Number(v), "day")} before`,
  "followup.resolution_posted_days_after": (v, _f, lang) => v === null ? lang === "vi" ? "ngh\u1ECB quy\u1EBFt ch\u01B0a \u0111\u0103ng l\xEAn \u1EE9ng d\u1EE5ng" : "the resolution was not posted on the app" : lang === "vi" ? `ngh\u1ECB quy\u1EBFt \u0111\u0103ng l\xEAn \u1EE9ng d\u1EE5ng ${v} ng\xE0y sau bu\u1ED5i sinh ho\u1EA1t` : `the resolution was posted ${plural(Number(v), "day")} after the meeting`,
  tasks_assigned: (v, _f, lang) => lang === "vi" ? `${v} nhi\u1EC7m v\u1EE5 c\xF3 ng\u01B0\u1EDDi th\u1EF1c hi\u1EC7n` : `${plural(Number(v), "task")} with an assignee`,
  vote_recorded: yesNo(
    ["c\xF3 ghi bi\u1EC3u quy\u1EBFt", "kh\xF4ng ghi bi\u1EC3u quy\u1EBFt", "kh\xF4ng ghi bi\u1EC3u quy\u1EBFt"],
    ["a vote is recorded", "no vote is recorded", "no vote is recorded"]
  ),
  "thematic.plan": presence("k\u1EBF ho\u1EA1ch chuy\xEAn \u0111\u1EC1", "thematic plan"),
  "thematic.presenter": presence("ng\u01B0\u1EDDi tr\xECnh b\xE0y chuy\xEAn \u0111\u1EC1", "topic presenter"),
  "thematic.topic": presence("t\xEAn chuy\xEAn \u0111\u1EC1", "topic"),
  "thematic.conclusion": presence("k\u1EBFt lu\u1EADn chuy\xEAn \u0111\u1EC1", "topic conclusion"),
  "previous_resolution.achieved_percent": (v, _f, lang) => v === null ? lang === "vi" ? "kh\xF4ng ghi k\u1EBFt qu\u1EA3 th\u1EF1c hi\u1EC7n ngh\u1ECB quy\u1EBFt k\u1EF3 tr\u01B0\u1EDBc" : "the result of the last resolution is not written" : lang === "vi" ? `ngh\u1ECB quy\u1EBFt k\u1EF3 tr\u01B0\u1EDBc th\u1EF1c hi\u1EC7n \u0111\u01B0\u1EE3c ${formatNumber(Number(v), lang)}%` : `${formatNumber(Number(v), lang)}% of the last resolution carried out`,
  ...AGENDA_DESCRIBERS,
  excused_streak_year: (v, _f, lang) => v === null ? lang === "vi" ? "ch\u01B0a bi\u1EBFt s\u1ED1 k\u1EF3 li\xEAn ti\u1EBFp \u0111\u1EA3ng vi\xEAn v\u1EAFng c\xF3 l\xFD do (c\u1EA7n c\xE1c bi\xEAn b\u1EA3n kh\xE1c trong n\u0103m)" : "the longest run of absences with reason is unknown (it needs the year's other records)" : lang === "vi" ? `c\xF3 \u0111\u1EA3ng vi\xEAn v\u1EAFng c\xF3 l\xFD do nhi\u1EC1u nh\u1EA5t ${v} k\u1EF3 li\xEAn ti\u1EBFp trong n\u0103m` : `at most ${plural(Number(v), "meeting")} in a row missed with reason by one member this year`,
  thematic_in_month: yesNo(
    ["trong th\xE1ng c\xF3 sinh ho\u1EA1t chuy\xEAn \u0111\u1EC1", "trong th\xE1ng kh\xF4ng c\xF3 sinh ho\u1EA1t chuy\xEAn \u0111\u1EC1", "ch\u01B0a bi\u1EBFt trong th\xE1ng c\xF3 sinh ho\u1EA1t chuy\xEAn \u0111\u1EC1 hay kh\xF4ng (c\u1EA7n c\xE1c bi\xEAn b\u1EA3n kh\xE1c)"],
    ["a thematic meeting was held this month", "no thematic meeting was held this month", "unknown whether a thematic meeting was held this month (it needs the month's other records)"]
  ),
  thematic_in_quarter: yesNo(
    ["trong qu\xFD c\xF3 sinh ho\u1EA1t chuy\xEAn \u0111\u1EC1", "trong qu\xFD kh\xF4ng c\xF3 sinh ho\u1EA1t chuy\xEAn \u0111\u1EC1", "ch\u01B0a bi\u1EBFt trong qu\xFD c\xF3 sinh ho\u1EA1t chuy\xEAn \u0111\u1EC1 hay kh\xF4ng (c\u1EA7n c\xE1c bi\xEAn b\u1EA3n kh\xE1c)"],
    ["a thematic meeting was held this quarter", "no thematic meeting was held this quarter", "unknown whether a thematic meeting was held this quarter (it needs the quarter's other records)"]
  )
};

// src/rules/fields.ts
init_agenda();
init_rating();

// src/rules/words.ts
init_agenda();
function criterionLabel(id, lang) {
  const item2 = id.includes(".");
  if (lang === "vi") return `${item2 ? "m\u1EE5c" : "ti\xEAu ch\xED"} ${id}`;
  return `${item2 ? "item" : "criterion"} ${id}`;
}

// src/rules/fields.ts
var FIELD_NAMES = {
  format: "phi\xEAn b\u1EA3n \u0111\u1ECBnh d\u1EA1ng",
  rubric: "b\u1ED9 ti\xEAu ch\xED ch\u1EA5m \u0111i\u1EC3m",
  cell: "t\xEAn chi b\u1ED9",
  organization: "\u0111\u1EA3ng b\u1ED9 c\u1EA5p tr\xEAn",
  cell_type: "lo\u1EA1i h\xECnh chi b\u1ED9",
  cell_has_committee: "chi b\u1ED9 c\xF3 chi \u1EE7y",
  kind: "lo\u1EA1i sinh ho\u1EA1t",
  date: "ng\xE0y sinh ho\u1EA1t",
  period: "k\u1EF3 sinh ho\u1EA1t",
  place: "\u0111\u1ECBa \u0111i\u1EC3m",
  time: "th\u1EDDi gian sinh ho\u1EA1t",
  "time.start": "gi\u1EDD b\u1EAFt \u0111\u1EA7u",
  "time.end": "gi\u1EDD k\u1EBFt th\xFAc",
  chair: "ng\u01B0\u1EDDi ch\u1EE7 tr\xEC",
  minutes_taker: "th\u01B0 k\xFD ghi bi\xEAn b\u1EA3n",
  guests: "\u0111\u1EA1i bi\u1EC3u d\u1EF1",
  "guests.name": "h\u1ECD t\xEAn \u0111\u1EA1i bi\u1EC3u",
  "guests.role": "vai tr\xF2 c\u1EE7a \u0111\u1EA1i bi\u1EC3u",
  members: "s\u1ED1 l\u01B0\u1EE3ng \u0111\u1EA3ng vi\xEAn",
  "members.total": "t\u1ED5ng s\u1ED1 \u0111\u1EA3ng vi\xEAn",
  "members.exempt": "s\u1ED1 \u0111\u1EA3ng vi\xEAn \u0111\u01B0\u1EE3c mi\u1EC5n c\xF4ng t\xE1c v\xE0 sinh ho\u1EA1t \u0111\u1EA3ng",
  "members.present": "s\u1ED1 \u0111\u1EA3ng vi\xEAn c\xF3 m\u1EB7t",
  "members.official": "s\u1ED1 \u0111\u1EA3ng vi\xEAn ch\xEDnh th\u1EE9c",
  "members.probationary": "s\u1ED1 \u0111\u1EA3ng vi\xEAn d\u1EF1 b\u1ECB",
  "members.probationary_present": "s\u1ED1 \u0111\u1EA3ng vi\xEAn d\u1EF1 b\u1ECB c\xF3 m\u1EB7t",
  "members.absent_excused": "\u0111\u1EA3ng vi\xEAn v\u1EAFng c\xF3 l\xFD do",
  "members.absent_excused.name": "h\u1ECD t\xEAn ng\u01B0\u1EDDi v\u1EAFng",
  "members.absent_excused.reason": "l\xFD do v\u1EAFng",
  "members.absent_unexcused": "\u0111\u1EA3ng vi\xEAn v\u1EAFng kh\xF4ng c\xF3 l\xFD do",
  preparation: "c\xF4ng t\xE1c chu\u1EA9n b\u1ECB",
  "preparation.prepared_by": "ng\u01B0\u1EDDi chu\u1EA9n b\u1ECB n\u1ED9i dung",
  "preparation.committee_met": "chi \u1EE7y h\u1ECDp chu\u1EA9n b\u1ECB",
  "preparation.draft_resolution": "d\u1EF1 th\u1EA3o ngh\u1ECB quy\u1EBFt",
  "preparation.notice_sent": "th\xF4ng b\xE1o tr\u01B0\u1EDBc cho \u0111\u1EA3ng vi\xEAn",
  "preparation.documents_posted_days_before": "s\u1ED1 ng\xE0y \u0111\u0103ng t\xE0i li\u1EC7u tr\u01B0\u1EDBc bu\u1ED5i sinh ho\u1EA1t",
  agenda: "ch\u01B0\u01A1ng tr\xECnh sinh ho\u1EA1t",
  "agenda.type": "lo\u1EA1i n\u1ED9i dung",
  "agenda.title": "t\xEAn n\u1ED9i dung",
  "agenda.note": "ghi ch\xFA",
  "agenda.speakers": "\u0111\u1EA3ng vi\xEAn ph\xE1t bi\u1EC3u \u1EDF n\u1ED9i dung n\xE0y",
  "agenda.conclusion": "k\u1EBFt lu\u1EADn c\u1EE7a ch\u1EE7 tr\xEC v\u1EC1 n\u1ED9i dung n\xE0y",
  speakers: "\u0111\u1EA3ng vi\xEAn ph\xE1t bi\u1EC3u",
  commendations: "bi\u1EC3u d\u01B0\u01A1ng, nh\u1EAFc nh\u1EDF, ph\xEA b\xECnh",
  "commendations.name": "h\u1ECD t\xEAn",
  "commendations.kind": "h\xECnh th\u1EE9c",
  "commendations.note": "ghi ch\xFA",
  conclusion: "k\u1EBFt lu\u1EADn c\u1EE7a ng\u01B0\u1EDDi ch\u1EE7 tr\xEC",
  vote: "k\u1EBFt qu\u1EA3 bi\u1EC3u quy\u1EBFt",
  "vote.for": "s\u1ED1 t\xE1n th\xE0nh",
  "vote.against": "s\u1ED1 kh\xF4ng t\xE1n th\xE0nh",
  "vote.abstain": "s\u1ED1 kh\xF4ng bi\u1EC3u quy\u1EBFt",
  minutes_approval: "k\u1EBFt qu\u1EA3 bi\u1EC3u quy\u1EBFt th\xF4ng qua bi\xEAn b\u1EA3n",
  "minutes_approval.for": "s\u1ED1 t\xE1n th\xE0nh th\xF4ng qua bi\xEAn b\u1EA3n",
  "minutes_approval.against": "s\u1ED1 kh\xF4ng t\xE1n th\xE0nh th\xF4ng qua bi\xEAn b\u1EA3n",
  tasks: "ph\xE2n c\xF4ng nhi\u1EC7m v\u1EE5",
  "tasks.task": "n\u1ED9i dung nhi\u1EC7m v\u1EE5",
  "tasks.assignee": "ng\u01B0\u1EDDi th\u1EF1c hi\u1EC7n",
  "tasks.due": "th\u1EDDi h\u1EA1n",
  previous_resolution: "k\u1EBFt qu\u1EA3 th\u1EF1c hi\u1EC7n ngh\u1ECB quy\u1EBFt k\u1EF3 tr\u01B0\u1EDBc",
  "previous_resolution.achieved_percent": "t\u1EF7 l\u1EC7 ph\u1EA7n tr\u0103m ngh\u1ECB quy\u1EBFt k\u1EF3 tr\u01B0\u1EDBc \u0111\xE3 th\u1EF1c hi\u1EC7n",
  followup: "vi\u1EC7c l\xE0m sau bu\u1ED5i sinh ho\u1EA1t",
  "followup.resolution_posted_days_after": "s\u1ED1 ng\xE0y \u0111\u0103ng ngh\u1ECB quy\u1EBFt sau bu\u1ED5i sinh ho\u1EA1t",
  thematic: "sinh ho\u1EA1t chuy\xEAn \u0111\u1EC1",
  "thematic.topic": "t\xEAn chuy\xEAn \u0111\u1EC1",
  "thematic.plan": "k\u1EBF ho\u1EA1ch sinh ho\u1EA1t chuy\xEAn \u0111\u1EC1",
  "thematic.presenter": "\u0111\u1EA3ng vi\xEAn tr\xECnh b\xE0y chuy\xEAn \u0111\u1EC1",
  "thematic.conclusion": "k\u1EBFt lu\u1EADn chuy\xEAn \u0111\u1EC1",
  assessment: "t\u1EF1 \u0111\xE1nh gi\xE1, x\u1EBFp lo\u1EA1i",
  "assessment.scores": "\u0111i\u1EC3m t\u1EF1 ch\u1EA5m",
  "assessment.total": "t\u1ED5ng \u0111i\u1EC3m t\u1EF1 ch\u1EA5m",
  "assessment.rating": "t\u1EF1 x\u1EBFp lo\u1EA1i",
  review: "c\u1EA5p tr\xEAn th\u1EA9m \u0111\u1ECBnh, x\u1EBFp lo\u1EA1i",
  "review.by": "c\u1EA5p tr\xEAn th\u1EA9m \u0111\u1ECBnh",
  "review.date": "ng\xE0y th\u1EA9m \u0111\u1ECBnh",
  "review.scores": "\u0111i\u1EC3m c\u1EA5p tr\xEAn ch\u1EA5m",
  "review.rating": "x\u1EBFp lo\u1EA1i c\u1EA5p tr\xEAn c\xF4ng nh\u1EADn",
  notes: "ghi ch\xFA kh\xE1c"
};
var FACT_NAMES = {
  kind: FIELD_NAMES.kind,
  members_total: FIELD_NAMES["members.total"],
  cell_has_committee: FIELD_NAMES.cell_has_committee,
  cell_type: FIELD_NAMES.cell_type,
  eligible: "s\u1ED1 \u0111\u1EA3ng vi\xEAn ph\u1EA3i d\u1EF1 sinh ho\u1EA1t",
  attendance_rate: "t\u1EF7 l\u1EC7 \u0111\u1EA3ng vi\xEAn d\u1EF1 h\u1ECDp",
  absent_unexcused: "s\u1ED1 \u0111\u1EA3ng vi\xEAn v\u1EAFng kh\xF4ng c\xF3 l\xFD do",
  duration_minutes: "th\u1EDDi l\u01B0\u1EE3ng bu\u1ED5i sinh ho\u1EA1t",
  speaker_count: "s\u1ED1 \u0111\u1EA3ng vi\xEAn ph\xE1t bi\u1EC3u",
  speaker_rate: "t\u1EF7 l\u1EC7 \u0111\u1EA3ng vi\xEAn ph\xE1t bi\u1EC3u tr\xEAn s\u1ED1 \u0111\u1EA3ng vi\xEAn d\u1EF1 h\u1ECDp",
  agenda_missing: "s\u1ED1 n\u1ED9i dung b\u1EAFt bu\u1ED9c c\xF2n thi\u1EBFu",
  minutes_complete: "bi\xEAn b\u1EA3n ghi \u0111\u1EA7y \u0111\u1EE7",
  "preparation.prepared_by": FIELD_NAMES["preparation.prepared_by"],
  "preparation.committee_met": FIELD_NAMES["preparation.committee_met"],
  "preparation.draft_resolution": FIELD_NAMES["preparation.draft_resolution"],
  "preparation.notice_sent": FIELD_NAMES["preparation.notice_sent"],
  "preparation.documents_posted_days_before": FIELD_NAMES["preparation.documents_posted_days_before"],
  "followup.resolution_posted_days_after": FIELD_NAMES["followup.resolution_posted_days_after"],
  tasks_assigned: "s\u1ED1 nhi\u1EC7m v\u1EE5 c\xF3 ng\u01B0\u1EDDi th\u1EF1c hi\u1EC7n",
  vote_recorded: "c\xF3 ghi k\u1EBFt qu\u1EA3 bi\u1EC3u quy\u1EBFt",
  "thematic.plan": FIELD_NAMES["thematic.plan"],
  "thematic.presenter": FIELD_NAMES["thematic.presenter"],
  "thematic.topic": FIELD_NAMES["thematic.topic"],
  "thematic.conclusion": FIELD_NAMES["thematic.conclusion"],
  "previous_resolution.achieved_percent": FIELD_NAMES["previous_resolution.achieved_percent"],
  ...Object.fromEntries(AGENDA_TYPES.map((t) => [`agenda_has.${t}`, `ch\u01B0\u01A1ng tr\xECnh c\xF3 n\u1ED9i dung "${AGENDA_NAMES[t].vi}"`])),
  excused_streak_year: "s\u1ED1 k\u1EF3 sinh ho\u1EA1t li\xEAn ti\u1EBFp nhi\u1EC1u nh\u1EA5t trong n\u0103m m\xE0 m\u1ED9t \u0111\u1EA3ng vi\xEAn v\u1EAFng c\xF3 l\xFD do",
  thematic_in_month: "trong th\xE1ng c\xF3 sinh ho\u1EA1t chuy\xEAn \u0111\u1EC1",
  thematic_in_quarter: "trong qu\xFD c\xF3 sinh ho\u1EA1t chuy\xEAn \u0111\u1EC1"
};
function fieldKey(path3) {
  const keys = path3.filter((s) => typeof s === "string");
  if ((keys[0] === "assessment" || keys[0] === "review") && keys[1] === "scores") return `${keys[0]}.scores`;
  return keys.join(".");
}
function fieldName(path3) {
  const key = fieldKey(path3);
  if (!Object.prototype.hasOwnProperty.call(FIELD_NAMES, key)) return void 0;
  const score = key.endsWith(".scores") && path3.length > 2 ? String(path3[2]) : void 0;
  return score === void 0 ? FIELD_NAMES[key] : `${FIELD_NAMES[key]} ${criterionLabel(score, "vi")}`;
}
function fieldLabel(path3, lang) {
  const shown2 = formatPath(path3);
  if (lang === "en") return shown2;
  const words = [fieldName(path3), entryWords(path3)].filter((w) => w !== void 0);
  return words.length > 0 ? `"${shown2}" (${words.join(", ")})` : `"${shown2}"`;
}
function entryWords(path3) {
  let at2 = -1;
  path3.forEach((s, i) => {
    if (typeof s === "number") at2 = i;
  });
  if (at2 < 1) return void 0;
  const list2 = fieldName(path3.slice(0, at2));
  return list2 ? `m\u1EE5c th\u1EE9 ${path3[at2] + 1} c\u1EE7a ${list2}` : void 0;
}
function keysUnder(parent) {
  const prefix = fieldKey(parent);
  return Object.keys(FIELD_NAMES).filter((k) => prefix === "" ? !k.includes(".") : k.startsWith(`${prefix}.`) && !k.slice(prefix.length + 1).includes(".")).map((k) => k.slice(k.lastIndexOf(".") + 1));
}
function distance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(current + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}
function likelyKey(key, parent) {
  const lower = key.toLowerCase();
  let best;
  for (const known of keysUnder(parent)) {
    const d = distance(lower, known);
    if (d <= 2 && d < known.length / 2 && (!best || d < best.d)) best = { key: known, d };
  }
  return best?.key;
}
var RATING_NAMES_VI = { tot: "T\u1ED1t", kha: "Kh\xE1", trung_binh: "Trung b\xECnh", kem: "K\xE9m" };
var YEARLY_FACT_NAMES = {
  months_missing: "s\u1ED1 th\xE1ng kh\xF4ng c\xF3 sinh ho\u1EA1t th\u01B0\u1EDDng k\u1EF3",
  months_held: "s\u1ED1 th\xE1ng c\xF3 sinh ho\u1EA1t th\u01B0\u1EDDng k\u1EF3",
  ...Object.fromEntries(RATING_IDS.flatMap((r) => [
    [`months_at_least.${r}`, `s\u1ED1 th\xE1ng x\u1EBFp lo\u1EA1i ${RATING_NAMES_VI[r]} tr\u1EDF l\xEAn`],
    [`months_below.${r}`, `s\u1ED1 th\xE1ng x\u1EBFp lo\u1EA1i d\u01B0\u1EDBi ${RATING_NAMES_VI[r]} ho\u1EB7c ch\u01B0a x\u1EBFp lo\u1EA1i`],
    [`months_rated.${r}`, `s\u1ED1 th\xE1ng x\u1EBFp lo\u1EA1i ${RATING_NAMES_VI[r]}`]
  ]))
};

// src/rules/rule.ts
var defineLoadRule = (rule) => ({ kind: "load", ...rule });

// src/rules/schema.ts
var TYPE = {
  string: { vi: "ch\u1EEF (v\u0103n b\u1EA3n)", en: "a text" },
  number: { vi: "m\u1ED9t s\u1ED1", en: "a number" },
  integer: { vi: "m\u1ED9t s\u1ED1 nguy\xEAn", en: "a whole number" },
  boolean: { vi: "true (c\xF3) ho\u1EB7c false (kh\xF4ng)", en: "true or false" },
  list: { vi: 'm\u1ED9t danh s\xE1ch (m\u1ED7i d\xF2ng b\u1EAFt \u0111\u1EA7u b\u1EB1ng "- ")', en: "a list" },
  mapping: { vi: 'm\u1ED9t nh\xF3m m\u1EE5c d\u1EA1ng "t\xEAn m\u1EE5c: gi\xE1 tr\u1ECB"', en: "a mapping of keys to values" }
};
var FORMAT = {
  rating: { vi: "X\u1EBFp lo\u1EA1i kh\xF4ng h\u1EE3p l\u1EC7: c\u1EA7n m\u1ED9t trong T\u1ED1t, Kh\xE1, Trung b\xECnh, K\xE9m.", en: "Invalid rating: write one of T\u1ED1t, Kh\xE1, Trung b\xECnh, K\xE9m (or good, fair, average, poor)." },
  blank: { vi: "Kh\xF4ng \u0111\u01B0\u1EE3c \u0111\u1EC3 tr\u1ED1ng.", en: "This value must not be blank." },
  "yes-no": { vi: "C\u1EA7n ghi c\xF3 ho\u1EB7c kh\xF4ng (ho\u1EB7c true, false).", en: "Write true or false (or c\xF3, kh\xF4ng)." },
  exempt: { vi: "S\u1ED1 \u0111\u1EA3ng vi\xEAn \u0111\u01B0\u1EE3c mi\u1EC5n c\xF4ng t\xE1c v\xE0 sinh ho\u1EA1t \u0111\u1EA3ng ph\u1EA3i nh\u1ECF h\u01A1n t\u1ED5ng s\u1ED1 \u0111\u1EA3ng vi\xEAn.", en: "The number of exempt members must be less than the total number of members." },
  version: { vi: 'Phi\xEAn b\u1EA3n \u0111\u1ECBnh d\u1EA1ng kh\xF4ng \u0111\u01B0\u1EE3c h\u1ED7 tr\u1EE3: ch\u1EC9 c\xF3 "chibo/v1" (ho\u1EB7c b\u1ECF h\u1EB3n d\xF2ng "format").', en: 'Unsupported format version: only "chibo/v1" (or leave out the format key).' }
};
var COUNTS = {
  "official-probationary": {
    vi: (n) => `${n.official} \u0111\u1EA3ng vi\xEAn ch\xEDnh th\u1EE9c + ${n.probationary} \u0111\u1EA3ng vi\xEAn d\u1EF1 b\u1ECB = ${n.official + n.probationary}, kh\xF4ng b\u1EB1ng t\u1ED5ng s\u1ED1 ${n.total} \u0111\u1EA3ng vi\xEAn. H\xE3y s\u1EEDa cho kh\u1EDBp: ch\xEDnh th\u1EE9c + d\u1EF1 b\u1ECB = t\u1ED5ng s\u1ED1.`,
    en: (n) => `${n.official} official + ${n.probationary} probationary members = ${n.official + n.probationary}, not the total of ${n.total}. Make official + probationary equal the total.`
  },
  "official-total": {
    vi: (n) => `S\u1ED1 \u0111\u1EA3ng vi\xEAn ch\xEDnh th\u1EE9c (${n.official}) kh\xF4ng th\u1EC3 nhi\u1EC1u h\u01A1n t\u1ED5ng s\u1ED1 \u0111\u1EA3ng vi\xEAn (${n.total}).`,
    en: (n) => `${n.official} official members cannot be more than the total of ${n.total}.`
  },
  "probationary-total": {
    vi: (n) => `S\u1ED1 \u0111\u1EA3ng vi\xEAn d\u1EF1 b\u1ECB (${n.probationary}) kh\xF4ng th\u1EC3 nhi\u1EC1u h\u01A1n t\u1ED5ng s\u1ED1 \u0111\u1EA3ng vi\xEAn (${n.total}).`,
    en: (n) => `${n.probationary} probationary members cannot be more than the total of ${n.total}.`
  },
  "probationary-present": {
    vi: (n) => `S\u1ED1 \u0111\u1EA3ng vi\xEAn d\u1EF1 b\u1ECB c\xF3 m\u1EB7t (${n.probationaryPresent}) nhi\u1EC1u h\u01A1n s\u1ED1 \u0111\u1EA3ng vi\xEAn d\u1EF1 b\u1ECB c\u1EE7a chi b\u1ED9 (${n.probationary}). H\xE3y s\u1EEDa m\u1ED9t trong hai s\u1ED1.`,
    en: (n) => `${n.probationaryPresent} probationary members present, but the cell has only ${n.probationary} probationary ${n.probationary === 1 ? "member" : "members"}. Correct one of the two.`
  },
  "probationary-present-present": {
    vi: (n) => `S\u1ED1 \u0111\u1EA3ng vi\xEAn d\u1EF1 b\u1ECB c\xF3 m\u1EB7t (${n.probationaryPresent}) nhi\u1EC1u h\u01A1n s\u1ED1 \u0111\u1EA3ng vi\xEAn c\xF3 m\u1EB7t (${n.present}). H\xE3y s\u1EEDa m\u1ED9t trong hai s\u1ED1.`,
    en: (n) => `${n.probationaryPresent} probationary members present, more than the ${n.present} ${n.present === 1 ? "member" : "members"} present. Correct one of the two.`
  }
};
function formatMessage(p, lang) {
  const counts = COUNTS[p.format];
  if (counts && p.numbers) return counts[lang](p.numbers);
  return FORMAT[p.format]?.[lang] ?? "";
}
var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
function shown(value) {
  const text2 = value.length > 40 ? `${value.slice(0, 40)}\u2026` : value;
  return /[“”‘’„‟«»]/u.test(text2) ? text2 : `"${text2}"`;
}
function whenMessage(p, lang) {
  const v = shown(p.value);
  const r = p.reading;
  const vi2 = lang === "vi";
  const [y, m, d] = r.kind === "fix" ? r.write.split(/[-:]/u).map(Number) : [];
  if (r.kind === "fix" && r.curly) {
    const write = p.format === "time" ? `"${r.write}"` : r.write;
    const what = { date: ["Ng\xE0y", "date"], time: ["Gi\u1EDD", "time"], month: ["Th\xE1ng", "month"] }[p.format];
    return vi2 ? `${what[0]} ${v} c\xF3 d\u1EA5u ngo\u1EB7c k\xE9p cong (th\u01B0\u1EDDng do Word t\u1EF1 \u0111\u1ED5i) n\xEAn kh\xF4ng \u0111\u1ECDc \u0111\u01B0\u1EE3c. H\xE3y vi\u1EBFt ${write}${p.format === "time" ? " v\u1EDBi d\u1EA5u ngo\u1EB7c k\xE9p th\u1EB3ng" : ", kh\xF4ng c\xF3 ngo\u1EB7c"}.` : `The ${what[1]} ${v} has curly quotes (often put in by Word), so it cannot be read. Write ${write}${p.format === "time" ? " with straight quotes" : " without quotes"}.`;
  }
  switch (p.format) {
    case "date":
      switch (r.kind) {
        case "fix":
          return vi2 ? `Ng\xE0y ${v} vi\u1EBFt ch\u01B0a \u0111\xFAng d\u1EA1ng n\u0103m-th\xE1ng-ng\xE0y. H\xE3y vi\u1EBFt ${r.write} (ng\xE0y ${d}/${m}/${y}).` : `The date ${v} is not written as year-month-day. Write ${r.write} (${d} ${MONTHS[m - 1]} ${y}).`;
        case "no-month":
          return vi2 ? `Ng\xE0y ${v} kh\xF4ng c\xF3 th\u1EADt: kh\xF4ng c\xF3 th\xE1ng ${r.month}. H\xE3y vi\u1EBFt d\u1EA1ng n\u0103m-th\xE1ng-ng\xE0y, v\xED d\u1EE5 2024-03-15 cho ng\xE0y 15/3/2024.` : `There is no such date as ${v}: there is no month ${r.month}. Write year-month-day, e.g. 2024-03-15 for 15 March 2024.`;
        case "no-day":
          return vi2 ? `Ng\xE0y ${v} kh\xF4ng c\xF3 th\u1EADt: th\xE1ng ${r.month}/${r.year} ch\u1EC9 c\xF3 ${r.days} ng\xE0y.` : `There is no such date as ${v}: ${MONTHS[r.month - 1]} ${r.year} has ${r.days} days.`;
        default:
          return vi2 ? `Kh\xF4ng \u0111\u1ECDc \u0111\u01B0\u1EE3c ng\xE0y ${v}. H\xE3y vi\u1EBFt d\u1EA1ng n\u0103m-th\xE1ng-ng\xE0y, v\xED d\u1EE5 2024-03-15 cho ng\xE0y 15/3/2024.` : `${v} cannot be read as a date. Write year-month-day, e.g. 2024-03-15 for 15 March 2024.`;
      }
    case "time":
      switch (r.kind) {
        case "fix":
          return vi2 ? `Gi\u1EDD ${v} vi\u1EBFt ch\u01B0a \u0111\xFAng d\u1EA1ng gi\u1EDD:ph\xFAt. H\xE3y vi\u1EBFt "${r.write}" (theo 24 gi\u1EDD, trong ngo\u1EB7c k\xE9p).` : `The time ${v} is not written as hours:minutes. Write "${r.write}" (24-hour clock, in quotes).`;
        case "no-time":
          return vi2 ? `Kh\xF4ng c\xF3 gi\u1EDD ${v} tr\xEAn \u0111\u1ED3ng h\u1ED3: gi\u1EDD t\u1EEB 00 \u0111\u1EBFn 23, ph\xFAt t\u1EEB 00 \u0111\u1EBFn 59, v\xED d\u1EE5 "14:00".` : `There is no such time as ${v}: hours go from 00 to 23 and minutes from 00 to 59, e.g. "14:00".`;
        default:
          return vi2 ? `Kh\xF4ng \u0111\u1ECDc \u0111\u01B0\u1EE3c gi\u1EDD ${v}. H\xE3y vi\u1EBFt gi\u1EDD:ph\xFAt theo 24 gi\u1EDD, trong ngo\u1EB7c k\xE9p, v\xED d\u1EE5 "14:00" ho\u1EB7c "07:30".` : `${v} cannot be read as a time. Write hours:minutes on the 24-hour clock, in quotes, e.g. "14:00" or "07:30".`;
      }
    case "month":
      switch (r.kind) {
        case "fix":
          return vi2 ? `Th\xE1ng ${v} vi\u1EBFt ch\u01B0a \u0111\xFAng d\u1EA1ng n\u0103m-th\xE1ng. H\xE3y vi\u1EBFt ${r.write} (th\xE1ng ${m}/${y}).` : `The month ${v} is not written as year-month. Write ${r.write} (${MONTHS[m - 1]} ${y}).`;
        case "no-month":
          return vi2 ? `Kh\xF4ng c\xF3 th\xE1ng ${r.month} (${v}): th\xE1ng t\u1EEB 01 \u0111\u1EBFn 12, vi\u1EBFt d\u1EA1ng n\u0103m-th\xE1ng, v\xED d\u1EE5 2024-03 cho th\xE1ng 3/2024.` : `There is no month ${r.month} (${v}): months go from 01 to 12, written year-month, e.g. 2024-03 for March 2024.`;
        case "no-year":
          return vi2 ? `Th\xE1ng ${v} thi\u1EBFu n\u0103m. H\xE3y vi\u1EBFt d\u1EA1ng n\u0103m-th\xE1ng, v\xED d\u1EE5 2024-${String(r.month).padStart(2, "0")} cho th\xE1ng ${r.month}/2024.` : `The month ${v} has no year. Write year-month, e.g. 2024-${String(r.month).padStart(2, "0")} for ${MONTHS[r.month - 1]} 2024.`;
        default:
          return vi2 ? `Kh\xF4ng \u0111\u1ECDc \u0111\u01B0\u1EE3c th\xE1ng ${v}. H\xE3y vi\u1EBFt d\u1EA1ng n\u0103m-th\xE1ng, v\xED d\u1EE5 2024-03 cho th\xE1ng 3/2024.` : `${v} cannot be read as a month. Write year-month, e.g. 2024-03 for March 2024.`;
      }
  }
}
var GOT = {
  list: { vi: "m\u1ED9t danh s\xE1ch", en: "a list" },
  mapping: { vi: "m\u1ED9t nh\xF3m m\u1EE5c", en: "a mapping" },
  null: { vi: "gi\xE1 tr\u1ECB tr\u1ED1ng", en: "empty (null)" },
  empty: { vi: "t\u1EC7p r\u1ED7ng", en: "empty" }
};
var got = (value, lang) => {
  if (GOT[value]) return GOT[value][lang];
  if (/^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(value)) return formatNumber(Number(value), lang);
  return lang === "vi" && value.startsWith('"') ? `ch\u1EEF ${value}` : value;
};
var isTime = (d) => d.record !== false && d.path.length === 2 && d.path[0] === "time" && d.problem.kind === "type" && /^-?\d/.test(d.problem.got);
var lastKey = (issue2) => String(issue2.path[issue2.path.length - 1] ?? "");
var label = (d, path3 = d.path, lang = "vi") => d.record === false ? lang === "vi" ? `"${formatPath(path3)}"` : formatPath(path3) : fieldLabel(path3, lang);
function vi(d) {
  const p = d.problem;
  const here = label(d);
  switch (p.kind) {
    case "missing":
      return `Thi\u1EBFu m\u1EE5c b\u1EAFt bu\u1ED9c ${here}.`;
    case "unknown": {
      const key = lastKey(d);
      if (key === "<<") return 'C\xE1ch vi\u1EBFt g\u1ED9p "<<" c\u1EE7a YAML kh\xF4ng \u0111\u01B0\u1EE3c h\u1ED7 tr\u1EE3: h\xE3y vi\u1EBFt \u0111\u1EA7y \u0111\u1EE7 t\u1EEBng m\u1EE5c.';
      const parent = d.path.slice(0, -1);
      const where = parent.length > 0 ? ` trong ${label(d, parent)}` : "";
      const form = d.record === false ? "t\u1EC7p n\xE0y" : "m\u1EABu bi\xEAn b\u1EA3n";
      const meant = d.record === false ? void 0 : likelyKey(key, parent);
      if (meant !== void 0) {
        const name2 = FIELD_NAMES[[...parent.filter((s) => typeof s === "string"), meant].join(".")];
        return `M\u1EE5c "${key}"${where} kh\xF4ng c\xF3 trong ${form} (c\xF3 th\u1EC3 g\xF5 nh\u1EA7m "${meant}"${name2 ? ` \u2013 ${name2}` : ""}). H\xE3y s\u1EEDa l\u1EA1i t\xEAn m\u1EE5c.`;
      }
      const own2 = d.record === false ? "" : ' Mu\u1ED1n ghi th\xEAm th\xF4ng tin ri\xEAng th\xEC \u0111\u1EB7t t\xEAn m\u1EE5c b\u1EAFt \u0111\u1EA7u b\u1EB1ng "x-".';
      return `M\u1EE5c "${key}"${where} kh\xF4ng c\xF3 trong ${form}: h\xE3y ki\u1EC3m tra ch\xEDnh t\u1EA3.${own2}`;
    }
    case "type":
      if (d.path.length === 0) return `N\u1ED9i dung t\u1EC7p ph\u1EA3i l\xE0 ${TYPE.mapping.vi} (v\xED d\u1EE5 d\xF2ng "cell: Chi b\u1ED9 \u2026" \u2013 t\xEAn chi b\u1ED9), nh\u01B0ng ${p.got === "empty" ? "t\u1EC7p \u0111ang tr\u1ED1ng" : `t\u1EC7p l\xE0 ${got(p.got, "vi")}`}.`;
      if (isTime(d)) return `${here}: gi\u1EDD ph\u1EA3i vi\u1EBFt d\u1EA1ng gi\u1EDD:ph\xFAt trong d\u1EA5u nh\xE1y k\xE9p, v\xED d\u1EE5 "07:30"; vi\u1EBFt kh\xF4ng c\xF3 d\u1EA5u nh\xE1y th\xEC chibo \u0111\u1ECDc th\xE0nh s\u1ED1 ${got(p.got, "vi")}.`;
      return `${here} ph\u1EA3i l\xE0 ${TYPE[p.expected].vi}, kh\xF4ng ph\u1EA3i ${got(p.got, "vi")}.`;
    case "range":
      if (p.min !== void 0) return `${here} ph\u1EA3i t\u1EEB ${formatNumber(p.min, "vi")} tr\u1EDF l\xEAn.`;
      return `${here} kh\xF4ng \u0111\u01B0\u1EE3c l\u1EDBn h\u01A1n ${formatNumber(p.max, "vi")}.`;
    case "enum":
      return `${here} ph\u1EA3i l\xE0 m\u1ED9t trong: ${p.values.join(", ")}.`;
    case "format":
      return `${d.path.length === 0 ? "" : `${here}: `}${formatMessage(p, "vi")}`;
    case "when":
      return `${here}: ${whenMessage(p, "vi")}`;
  }
}
function en(d) {
  const p = d.problem;
  const field = formatPath(d.path);
  const parent = d.path.length > 1 ? ` in ${formatPath(d.path.slice(0, -1))}` : "";
  switch (p.kind) {
    case "missing":
      return `The required key "${lastKey(d)}" is missing${parent}.`;
    case "unknown": {
      if (lastKey(d) === "<<") return 'Merge keys ("<<") are not supported: write each key out in full.';
      const meant = d.record === false ? void 0 : likelyKey(lastKey(d), d.path.slice(0, -1));
      return meant !== void 0 ? `Unknown key "${lastKey(d)}"${parent}: perhaps a typo for "${meant}".` : `Unknown key "${lastKey(d)}"${parent}: perhaps a typo.${d.record === false ? "" : ' Keys of your own must start with "x-".'}`;
    }
    case "type":
      if (d.path.length === 0) return `A record must be ${TYPE.mapping.en} (cell, kind, date, \u2026), but the file is ${got(p.got, "en")}.`;
      if (isTime(d)) return `${field}: write the time as hours:minutes in double quotes, e.g. "07:30", not 7.30 (read as the number ${got(p.got, "en")}).`;
      return `${field} must be ${TYPE[p.expected].en}, not ${got(p.got, "en")}.`;
    case "range":
      return p.min !== void 0 ? `${field} must be at least ${p.min}.` : `${field} must be at most ${p.max}.`;
    case "enum":
      return `${field} must be one of: ${p.values.join(", ")}.`;
    case "format":
      return `${field === "" ? "" : `${field}: `}${formatMessage(p, "en")}`;
    case "when":
      return `${field}: ${whenMessage(p, "en")}`;
  }
}
var schema_default = defineLoadRule({
  id: "schema",
  severity: "error",
  description: { vi: "Thi\u1EBFu m\u1EE5c b\u1EAFt bu\u1ED9c, sai ki\u1EC3u, gi\xE1 tr\u1ECB kh\xF4ng th\u1EC3 c\xF3, ho\u1EB7c m\u1EE5c kh\xF4ng c\xF3 trong m\u1EABu bi\xEAn b\u1EA3n", en: "A field is missing, has the wrong type or an impossible value, or is unknown" },
  message: { vi, en }
});

// src/rules/yaml-syntax.ts
var printable = (s) => s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "\uFFFD");
function recognised(d, lang) {
  const vi2 = lang === "vi";
  const shown2 = printable(d.shown ?? "");
  const fix = printable(d.fix ?? "");
  switch (d.code) {
    case "SPECIAL_SPACE": {
      const what = d.detail === "U+00A0" ? vi2 ? "d\u1EA5u c\xE1ch kh\xF4ng ng\u1EAFt" : "a non-breaking space" : vi2 ? "m\u1ED9t k\xFD t\u1EF1 kho\u1EA3ng tr\u1EAFng \u0111\u1EB7c bi\u1EC7t" : "a special space character";
      return vi2 ? `\u0110\u1EA7u d\xF2ng c\xF3 m\u1ED9t k\xFD t\u1EF1 tr\xF4ng nh\u01B0 d\u1EA5u c\xE1ch nh\u01B0ng kh\xF4ng ph\u1EA3i d\u1EA5u c\xE1ch th\u01B0\u1EDDng (${what}, ${d.detail}; hay g\u1EB7p khi ch\xE9p t\u1EEB Word ho\u1EB7c trang web). YAML ch\u1EC9 th\u1EE5t l\u1EC1 b\u1EB1ng d\u1EA5u c\xE1ch th\u01B0\u1EDDng: h\xE3y x\xF3a kho\u1EA3ng tr\u1EAFng \u1EDF \u0111\u1EA7u d\xF2ng n\xE0y r\u1ED3i g\xF5 l\u1EA1i b\u1EB1ng ph\xEDm c\xE1ch.` : `The line starts with a character that looks like a space but is not a plain one (${what}, ${d.detail}; common in text copied from Word or a web page). YAML indents with plain spaces only: delete the blank at the start of this line and type it again with the space bar.`;
    }
    case "QUOTE_VALUE": {
      const why = d.detail === "colon" ? vi2 ? 'D\u1EA5u hai ch\u1EA5m v\xE0 d\u1EA5u c\xE1ch (": ") \u1EDF gi\u1EEFa n\u1ED9i dung l\xE0m chibo hi\u1EC3u nh\u1EA7m l\xE0 b\u1EAFt \u0111\u1EA7u m\u1ED9t m\u1EE5c m\u1EDBi' : 'A colon followed by a space (": ") inside the text makes YAML take it for the start of a new key' : vi2 ? `K\xFD t\u1EF1 ${d.detail} \u1EDF \u0111\u1EA7u n\u1ED9i dung c\xF3 ngh\u0129a ri\xEAng trong YAML` : `The ${d.detail} at the start of the text has a special meaning in YAML`;
      return vi2 ? `${why}; h\xE3y \u0111\u1EB7t c\u1EA3 n\u1ED9i dung trong d\u1EA5u nh\xE1y k\xE9p. D\xF2ng n\xE0y \u0111ang vi\u1EBFt: ${shown2} \u2014 h\xE3y s\u1EEDa th\xE0nh: ${fix}` : `${why}; put the whole text in double quotes. The line reads: ${shown2} \u2014 write instead: ${fix}`;
    }
    case "BAD_ALIAS": {
      if (d.detail === "") return void 0;
      const name2 = printable(d.detail);
      return vi2 ? `"*${name2}" l\xE0 m\u1ED9t tham chi\u1EBFu YAML t\u1EDBi neo "&${name2}", nh\u01B0ng tr\u01B0\u1EDBc \u0111\xF3 kh\xF4ng c\xF3 neo n\xE0o t\xEAn nh\u01B0 v\u1EADy. N\u1EBFu \u0111\xE2y l\xE0 ch\u1EEF, h\xE3y \u0111\u1EB7t c\u1EA3 n\u1ED9i dung trong d\u1EA5u nh\xE1y k\xE9p${fix ? `: ${fix}` : "."}` : `"*${name2}" is a YAML reference to an anchor "&${name2}", but no anchor of that name comes before it. If it is text, put the whole text in double quotes${fix ? `: ${fix}` : "."}`;
    }
    case "RECURSIVE_ALIAS": {
      const name2 = printable(d.detail);
      return vi2 ? `Tham chi\u1EBFu "*${name2}" n\u1EB1m ngay b\xEAn trong ph\u1EA7n c\xF3 neo "&${name2}" m\xE0 n\xF3 tr\u1ECF t\u1EDBi, n\xEAn t\u1EA1o th\xE0nh v\xF2ng l\u1EB7p kh\xF4ng c\xF3 \u0111i\u1EC3m d\u1EEBng. Bi\xEAn b\u1EA3n kh\xF4ng c\u1EA7n tham chi\u1EBFu: h\xE3y vi\u1EBFt th\u1EB3ng n\u1ED9i dung ra.` : `The reference "*${name2}" lies inside the very part its anchor "&${name2}" marks, which makes an endless loop. Records need no references: write the content out.`;
    }
  }
  return void 0;
}
var VI = {
  DUPLICATE_KEY: "M\u1EE5c \u1EDF d\xF2ng n\xE0y \u0111\xE3 \u0111\u01B0\u1EE3c vi\u1EBFt m\u1ED9t l\u1EA7n \u1EDF tr\xEAn, trong c\xF9ng m\u1ED9t nh\xF3m; m\u1ED7i m\u1EE5c ch\u1EC9 \u0111\u01B0\u1EE3c vi\u1EBFt m\u1ED9t l\u1EA7n: h\xE3y g\u1ED9p ho\u1EB7c x\xF3a m\u1ED9t trong hai.",
  MULTIPLE_DOCS: "T\u1EC7p c\xF3 nhi\u1EC1u t\xE0i li\u1EC7u YAML (ng\u0103n b\u1EDFi ---); m\u1ED7i t\u1EC7p ch\u1EC9 ch\u1EE9a m\u1ED9t bi\xEAn b\u1EA3n.",
  TAB_AS_INDENT: "D\xF2ng n\xE0y th\u1EE5t l\u1EC1 b\u1EB1ng k\xFD t\u1EF1 Tab, nh\u01B0ng YAML ch\u1EC9 cho ph\xE9p th\u1EE5t l\u1EC1 b\u1EB1ng d\u1EA5u c\xE1ch. H\xE3y x\xF3a Tab v\xE0 g\xF5 d\u1EA5u c\xE1ch thay v\xE0o.",
  TAG_RESOLVE_FAILED: "Th\u1EBB YAML l\u1EA1 (nh\u01B0 !!js/function); bi\xEAn b\u1EA3n kh\xF4ng d\xF9ng th\u1EBB, h\xE3y b\u1ECF n\xF3 \u0111i.",
  BAD_INDENT: "Th\u1EE5t l\u1EC1 sai; c\xE1c m\u1EE5c c\xF9ng c\u1EA5p ph\u1EA3i th\u1EB3ng h\xE0ng.",
  MISSING_CHAR: "Thi\u1EBFu k\xFD t\u1EF1 \u0111\xF3ng (d\u1EA5u ngo\u1EB7c ho\u1EB7c d\u1EA5u nh\xE1y).",
  BLOCK_AS_IMPLICIT_KEY: "C\u1EA5u tr\xFAc YAML sai: c\xF3 th\u1EC3 thi\u1EBFu d\u1EA5u hai ch\u1EA5m ho\u1EB7c th\u1EE5t l\u1EC1 sai.",
  MULTILINE_IMPLICIT_KEY: "T\xEAn m\u1EE5c kh\xF4ng \u0111\u01B0\u1EE3c k\xE9o d\xE0i nhi\u1EC1u d\xF2ng; c\xF3 th\u1EC3 thi\u1EBFu d\u1EA5u hai ch\u1EA5m.",
  UNEXPECTED_TOKEN: "K\xFD t\u1EF1 kh\xF4ng mong \u0111\u1EE3i \u1EDF \u0111\xE2y.",
  BAD_ALIAS: "Tham chi\u1EBFu (*t\xEAn) t\u1EDBi m\u1ED9t neo (&t\xEAn) kh\xF4ng t\u1ED3n t\u1EA1i.",
  BAD_DQ_ESCAPE: "Trong d\u1EA5u nh\xE1y k\xE9p, d\u1EA5u g\u1EA1ch ch\xE9o ng\u01B0\u1EE3c (\\) m\u1EDF \u0111\u1EA7u m\u1ED9t k\xFD t\u1EF1 \u0111\u1EB7c bi\u1EC7t. Mu\u1ED1n vi\u1EBFt ch\xEDnh d\u1EA5u \\ (v\xED d\u1EE5 \u0111\u01B0\u1EDDng d\u1EABn D:\\Chi bo), h\xE3y vi\u1EBFt hai d\u1EA5u \\\\ li\u1EC1n nhau, ho\u1EB7c \u0111\u1EB7t n\u1ED9i dung trong d\u1EA5u nh\xE1y \u0111\u01A1n (')."
};
var EN = {
  DUPLICATE_KEY: "The key on this line is already written above, in the same mapping; write each key once: merge or delete one of them.",
  MULTIPLE_DOCS: "The file holds several YAML documents (separated by ---); a file holds one record.",
  TAB_AS_INDENT: "A tab is used for indentation; YAML allows spaces only.",
  TAG_RESOLVE_FAILED: "An unknown YAML tag (like !!js/function); records use no tags, remove it.",
  BAD_INDENT: "Wrong indentation; keys at the same level must line up.",
  MISSING_CHAR: "A closing character (bracket or quote) is missing.",
  BLOCK_AS_IMPLICIT_KEY: "Broken YAML structure: a colon may be missing or the indentation is off.",
  MULTILINE_IMPLICIT_KEY: "A key cannot span several lines; a colon may be missing.",
  UNEXPECTED_TOKEN: "Unexpected character here.",
  BAD_ALIAS: "An alias (*name) refers to an anchor (&name) that does not exist.",
  BAD_DQ_ESCAPE: "Inside double quotes a backslash (\\) starts a special character. To write a backslash itself (a path such as D:\\Chi bo, say), write two backslashes, or put the text in single quotes (')."
};
var yaml_syntax_default = defineLoadRule({
  id: "yaml-syntax",
  severity: "error",
  description: { vi: "T\u1EC7p kh\xF4ng ph\u1EA3i YAML h\u1EE3p l\u1EC7", en: "The file is not valid YAML" },
  message: {
    // No English detail of the yaml package reaches a Vietnamese reader: the place is in the location.
    vi: (d) => recognised(d, "vi") ?? VI[d.code] ?? "Ch\u1ED7 n\xE0y vi\u1EBFt sai c\xFA ph\xE1p YAML: h\xE3y ki\u1EC3m tra d\u1EA5u nh\xE1y, d\u1EA5u hai ch\u1EA5m v\xE0 th\u1EE5t l\u1EC1 c\u1EE7a d\xF2ng n\xE0y.",
    en: (d) => recognised(d, "en") ?? EN[d.code] ?? `YAML syntax error: ${d.detail}`
  }
});

// src/validate/validate.ts
init_when();
function stripExtensions(value) {
  if (!hasExtensions(value)) return value;
  if (Array.isArray(value)) return value.map(stripExtensions);
  if (value === null || typeof value !== "object") return value;
  const out = {};
  for (const [key, item2] of Object.entries(value)) {
    if (key.startsWith("x-")) continue;
    if (key === "__proto__") Object.defineProperty(out, key, { value: stripExtensions(item2), enumerable: true, writable: true, configurable: true });
    else out[key] = stripExtensions(item2);
  }
  return out;
}
function hasExtensions(value) {
  if (value === null || typeof value !== "object") return false;
  if (Array.isArray(value)) return Object.getPrototypeOf(value) !== Array.prototype || value.some(hasExtensions);
  if (Object.getPrototypeOf(value) !== Object.prototype) return true;
  for (const key in value) {
    if (!Object.hasOwn(value, key) || key.startsWith("x-") || key === "__proto__" || hasExtensions(value[key])) return true;
  }
  return false;
}
function valueAt(data, path3) {
  let node2 = data;
  for (const step of path3) {
    if (node2 === null || typeof node2 !== "object" || !Object.prototype.hasOwnProperty.call(node2, step)) {
      return { found: false, value: void 0 };
    }
    node2 = node2[step];
  }
  return { found: true, value: node2 };
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
function toIssues(issue2, data) {
  const path3 = issue2.path.filter((s) => typeof s !== "symbol");
  switch (issue2.code) {
    case "unrecognized_keys":
      return issue2.keys.map((key) => ({ path: [...path3, key], at: "key", problem: { kind: "unknown" } }));
    case "invalid_type": {
      const { found, value } = valueAt(data, path3);
      if (!found || value === void 0) return [{ path: path3, at: "key", problem: { kind: "missing" } }];
      return [{ path: path3, at: "value", problem: { kind: "type", expected: EXPECTED[issue2.expected] ?? "string", got: describeValue(value) } }];
    }
    case "too_small":
    case "too_big": {
      const bound = Number(issue2.code === "too_small" ? issue2.minimum : issue2.maximum);
      return [{ path: path3, at: "value", problem: issue2.code === "too_small" ? { kind: "range", min: bound } : { kind: "range", max: bound } }];
    }
    case "invalid_value": {
      const values = issue2.values.map(String);
      if (values.length === 1 && values[0] === "chibo/v1") return [{ path: path3, at: "value", problem: { kind: "format", format: "version" } }];
      return [{ path: path3, at: "value", problem: { kind: "enum", values } }];
    }
    case "custom": {
      const params = issue2.params;
      const format = params?.format ?? "blank";
      const { value } = valueAt(data, path3);
      if ((format === "date" || format === "time" || format === "month") && typeof value === "string") {
        return [{ path: path3, at: "value", problem: { kind: "when", format, value, reading: readWhen(format, value) } }];
      }
      return [{ path: path3, at: "value", problem: { kind: "format", format, ...params?.numbers && { numbers: params.numbers } } }];
    }
    case "invalid_union": {
      const written = issue2.errors.find((branch) => !branch.every((i) => i.code === "invalid_type" && i.path.length === 0));
      if (written) return written.flatMap((i) => toIssues({ ...i, path: [...issue2.path, ...i.path] }, data));
      return [{ path: path3, at: "value", problem: { kind: "type", expected: "string", got: describeValue(valueAt(data, path3).value) } }];
    }
    default:
      return [{ path: path3, at: "value", problem: { kind: "type", expected: "string", got: describeValue(valueAt(data, path3).value) } }];
  }
}
function validate(schema, data, fast) {
  if (data === null || data === void 0 || typeof data !== "object" || Array.isArray(data)) {
    const got2 = data === null || data === void 0 ? "empty" : describeValue(data);
    return { ok: false, issues: [{ path: [], at: "value", problem: { kind: "type", expected: "mapping", got: got2 } }] };
  }
  const read2 = fast?.(data);
  if (read2 !== void 0) return { ok: true, value: read2 };
  const clean = stripExtensions(data);
  const result = (typeof schema === "function" ? schema() : schema).safeParse(clean);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, issues: result.error.issues.flatMap((issue2) => toIssues(issue2, clean)) };
}

// src/validate/zod-schemas.ts
var schemaModule = provided("the schemas were not provided (provideSchemas) before a file needed them");
var provideSchemas = schemaModule.provide;
var schemas = schemaModule.get;

// src/data-file.ts
var at = (p) => p ? { line: p.line, column: p.column } : {};
function readDataFile(bytes, schema, kind, empty) {
  const decoded = decode(bytes);
  if ("rule" in decoded) {
    return { mistakes: [{ ...at(decoded.at), message: { vi: "T\u1EC7p kh\xF4ng ph\u1EA3i v\u0103n b\u1EA3n UTF-8.", en: "The file is not UTF-8 text." } }] };
  }
  const source2 = read(decoded.text, DEFAULT_LIMITS);
  if ("rule" in source2) {
    const message = source2.rule === "yaml-syntax" ? { vi: yaml_syntax_default.message.vi(source2), en: yaml_syntax_default.message.en(source2) } : { vi: "T\u1EC7p v\u01B0\u1EE3t gi\u1EDBi h\u1EA1n k\xEDch th\u01B0\u1EDBc ho\u1EB7c \u0111\u1ED9 s\xE2u.", en: "The file exceeds a size or depth limit." };
    return { mistakes: [{ ...at(source2.at), message }] };
  }
  const valid = validate(schema, source2.data ?? empty);
  if (!valid.ok) {
    return {
      mistakes: valid.issues.map((issue2) => ({
        ...at(source2.locate(issue2.path, issue2.at)),
        message: issue2.path.length === 0 && issue2.problem.kind === "type" ? {
          vi: `${kind.vi} ph\u1EA3i g\u1ED3m c\xE1c m\u1EE5c d\u1EA1ng "t\xEAn m\u1EE5c: gi\xE1 tr\u1ECB" (${kind.keys}), nh\u01B0ng ${issue2.problem.got === "empty" ? "t\u1EC7p \u0111ang tr\u1ED1ng" : `t\u1EC7p l\xE0 ${got(issue2.problem.got, "vi")}`}.`,
          en: `${kind.en} must be a mapping of keys to values (${kind.keys}), but the file is ${got(issue2.problem.got, "en")}.`
        } : { vi: schema_default.message.vi({ ...issue2, record: false }), en: schema_default.message.en({ ...issue2, record: false }) }
      }))
    };
  }
  return { value: valid.value, source: source2 };
}
var baseName = (file) => file.slice(Math.max(file.lastIndexOf("/"), file.lastIndexOf("\\")) + 1);
function rubricFromText(bytes, file) {
  const read2 = readDataFile(bytes, () => schemas().rubricSchema, { vi: "T\u1EC7p b\u1ED9 ti\xEAu ch\xED", en: "A rubric file", keys: "id, title, kinds, levels, criteria, \u2026" });
  if ("mistakes" in read2) return { error: { file, name: baseName(file), mistakes: read2.mistakes } };
  const compiled = compileRubric(read2.value);
  if ("mistakes" in compiled) {
    const mistakes = compiled.mistakes.map((mistake) => {
      const at2 = read2.source.locate(mistake.path, "value");
      const where = formatPath(mistake.path);
      return { line: at2.line, column: at2.column, message: { vi: `${where}: ${mistake.message.vi}`, en: `${where}: ${mistake.message.en}` } };
    });
    return { error: { file, name: baseName(file), mistakes } };
  }
  return compiled;
}

// src/rules/file-unreadable.ts
var READ_VI = { EACCES: "kh\xF4ng c\xF3 quy\u1EC1n \u0111\u1ECDc", EPERM: "kh\xF4ng c\xF3 quy\u1EC1n \u0111\u1ECDc", EISDIR: "\u0111\xE2y l\xE0 th\u01B0 m\u1EE5c", ELOOP: "li\xEAn k\u1EBFt t\u01B0\u1EE3ng tr\u01B0ng v\xF2ng l\u1EB7p", ENOENT: "li\xEAn k\u1EBFt t\u01B0\u1EE3ng tr\u01B0ng tr\u1ECF t\u1EDBi t\u1EC7p kh\xF4ng t\u1ED3n t\u1EA1i" };
var READ_EN = { EACCES: "permission denied", EPERM: "permission denied", EISDIR: "it is a folder", ELOOP: "a symbolic link that loops", ENOENT: "a symbolic link to nothing" };
var file_unreadable_default = defineLoadRule({
  id: "file-unreadable",
  severity: "error",
  description: { vi: "Kh\xF4ng \u0111\u1ECDc \u0111\u01B0\u1EE3c t\u1EC7p, ho\u1EB7c t\u1EC7p kh\xF4ng ph\u1EA3i v\u0103n b\u1EA3n UTF-8", en: "The file cannot be read or is not UTF-8 text" },
  message: {
    vi: (d) => {
      switch (d.reason) {
        case "read":
          return `Kh\xF4ng \u0111\u1ECDc \u0111\u01B0\u1EE3c t\u1EC7p (${READ_VI[d.code ?? ""] ?? d.code ?? "l\u1ED7i h\u1EC7 th\u1ED1ng"}).`;
        case "not-file":
          return "\u0110\xE2y kh\xF4ng ph\u1EA3i t\u1EC7p th\xF4ng th\u01B0\u1EDDng (c\xF3 th\u1EC3 l\xE0 FIFO, socket ho\u1EB7c thi\u1EBFt b\u1ECB); kh\xF4ng \u0111\u1ECDc \u0111\u01B0\u1EE3c.";
        case "encoding":
          return "T\u1EC7p kh\xF4ng ph\u1EA3i v\u0103n b\u1EA3n UTF-8 \u1EDF v\u1ECB tr\xED n\xE0y; h\xE3y l\u01B0u l\u1EA1i t\u1EC7p v\u1EDBi b\u1EA3ng m\xE3 UTF-8.";
        case "binary":
          return "T\u1EC7p ch\u1EE9a k\xFD t\u1EF1 NUL: \u0111\xE2y l\xE0 t\u1EC7p nh\u1ECB ph\xE2n, kh\xF4ng ph\u1EA3i bi\xEAn b\u1EA3n YAML.";
        case "utf16":
          return "T\u1EC7p c\xF3 v\u1EBB \u0111\u01B0\u1EE3c l\u01B0u b\u1EB1ng b\u1EA3ng m\xE3 UTF-16 kh\xF4ng c\xF3 BOM; h\xE3y l\u01B0u l\u1EA1i v\u1EDBi b\u1EA3ng m\xE3 UTF-8.";
      }
    },
    en: (d) => {
      switch (d.reason) {
        case "read":
          return `The file cannot be read (${READ_EN[d.code ?? ""] ?? d.code ?? "system error"}).`;
        case "not-file":
          return "This is not a regular file (perhaps a FIFO, socket or device); it cannot be read.";
        case "encoding":
          return "The file is not UTF-8 text at this point; save it again with the UTF-8 encoding.";
        case "binary":
          return "The file contains NUL characters: it is a binary file, not a YAML record.";
        case "utf16":
          return "The file seems to be saved as UTF-16 without a byte order mark; save it again as UTF-8.";
      }
    }
  }
});

// src/load/rubrics.ts
var BUNDLED_DIR = packageFile("rubrics");

// src/load/on-demand.ts
import { fileURLToPath as fileURLToPath2 } from "node:url";
var FROM_SOURCES = import.meta.url.endsWith(".ts");
var YAML = FROM_SOURCES ? "yaml" : fileURLToPath2(new URL("./yaml.cjs", import.meta.url));
function provideOnDemand() {
  provideYaml(() => __require(YAML));
  if (!FROM_SOURCES) provideSchemas(() => (init_schemas3(), __toCommonJS(schemas_exports)));
}

// src/build-rubrics.ts
provideOnDemand();
mkdirSync(packageFile(CACHE_DIR), { recursive: true });
for (const name2 of readdirSync(BUNDLED_DIR).filter((f) => f.endsWith(".yaml"))) {
  const bytes = readFileSync(path2.join(BUNDLED_DIR, name2));
  const result = rubricFromText(bytes, name2);
  if ("error" in result) {
    process.stderr.write(`${name2}: ${JSON.stringify(result.error.mistakes.map((m) => m.message.en))}
`);
    process.exit(1);
  }
  const entry = { fingerprint: fingerprint(bytes), rubric: result.rubric };
  writeFileSync(packageFile(cacheFileOf(name2)), JSON.stringify(entry));
}
