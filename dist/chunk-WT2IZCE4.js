import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  createRubricLoader,
  loadText,
  validate
} from "./chunk-OT6PQ2XQ.js";
import {
  AGENDA_TYPE,
  CELL_TYPE,
  GUEST_ROLE,
  MEETING_KIND,
  isCalendarDate,
  isMonth,
  recordSchema
} from "./chunk-AVTV7DUN.js";
import {
  CROSS_RULES,
  RECORD_RULES,
  chooseByDate,
  computeFacts,
  isRegular,
  limit_exceeded_default,
  periodOf,
  renderProblem,
  rubric_kind_default,
  rubric_unavailable_default
} from "./chunk-IH7VVGSX.js";
import {
  file_unreadable_default,
  schema_default,
  yaml_syntax_default
} from "./chunk-4DZHB3IH.js";
import {
  formatPath
} from "./chunk-WXT25PZN.js";
import {
  evaluate,
  factsOf,
  unknownFacts
} from "./chunk-5GKDKUH7.js";
import {
  foldName,
  isBlank,
  normalizeName
} from "./chunk-S4TZNE62.js";
import {
  FACT_IDS,
  isAcrossFact
} from "./chunk-FBLKVXXO.js";
import {
  zeroRatings
} from "./chunk-BEIRBNFU.js";

// src/facts/meeting.ts
var asObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v) ? v : void 0;
function meetingInfo(data, locate) {
  const r = asObject(data);
  if (!r) return void 0;
  const { cell, date, period } = r;
  if (typeof cell !== "string" || isBlank(cell)) return void 0;
  const kind = typeof r.kind === "string" ? MEETING_KIND.parse(r.kind) : void 0;
  if (kind === void 0) return void 0;
  const validDate = typeof date === "string" && isCalendarDate(date) ? date : null;
  const validPeriod = typeof period === "string" && isMonth(period) ? period : null;
  if (validDate === null && validPeriod === null) return void 0;
  const agenda = Array.isArray(r.agenda) ? r.agenda : [];
  const members = asObject(r.members);
  const excusedList = Array.isArray(members?.absent_excused) ? members.absent_excused : [];
  const excused = [];
  excusedList.forEach((a, index) => {
    const name = asObject(a)?.name;
    if (typeof name === "string" && !isBlank(name)) excused.push({ name: normalizeName(name), index });
  });
  const unexcused = [];
  (Array.isArray(members?.absent_unexcused) ? members.absent_unexcused : []).forEach((name, index) => {
    if (typeof name === "string" && !isBlank(name)) unexcused.push({ name: normalizeName(name), index });
  });
  const guests = Array.isArray(r.guests) ? r.guests : [];
  const upperLevel = guests.some((g) => {
    const role = asObject(g)?.role;
    return typeof role === "string" && GUEST_ROLE.parse(role) === "cap_uy_cap_tren";
  });
  const anchors = { cell: locate(["cell"]), date: locate(["date"]), kind: locate(["kind"]), agenda: locate(["agenda"], "key") };
  for (const e of excused) {
    const path3 = ["members", "absent_excused", e.index, "name"];
    anchors[formatPath(path3)] = locate(path3);
  }
  for (const u of unexcused) {
    const path3 = ["members", "absent_unexcused", u.index];
    anchors[formatPath(path3)] = locate(path3);
  }
  const info = {
    cell: normalizeName(cell),
    kind,
    date: validDate,
    month: validPeriod ?? validDate.slice(0, 7),
    review: agenda.some((a) => {
      const type = asObject(a)?.type;
      return typeof type === "string" && AGENDA_TYPE.parse(type) === "review";
    }),
    tasks: Array.isArray(r.tasks) && r.tasks.length > 0,
    excused,
    unexcused,
    upperLevel,
    cellType: (typeof r.cell_type === "string" ? CELL_TYPE.parse(r.cell_type) : void 0) ?? null
  };
  return { info, anchors };
}
var CellNames = class {
  spellings = /* @__PURE__ */ new Map();
  add(spelling) {
    const key = foldName(spelling);
    const counts = this.spellings.get(key) ?? /* @__PURE__ */ new Map();
    counts.set(spelling, (counts.get(spelling) ?? 0) + 1);
    this.spellings.set(key, counts);
    return key;
  }
  /** The spelling a cell is reported under. */
  name(key) {
    let best = "";
    let most = 0;
    for (const [spelling, n] of this.spellings.get(key) ?? []) if (n > most) [best, most] = [spelling, n];
    return best;
  }
};

// src/score/score.ts
function claimsOf(record) {
  const a = record.assessment;
  const claims = { present: a !== void 0, scores: new Map(Object.entries(a?.scores ?? {})) };
  if (a?.total !== void 0) claims.total = a.total;
  if (a?.rating !== void 0) claims.rating = a.rating;
  return claims;
}
function reviewClaimsOf(record) {
  const r = record.review;
  if (!r) return void 0;
  const scores = new Map([...Object.entries(record.assessment?.scores ?? {}), ...Object.entries(r.scores ?? {})]);
  return { present: true, scores, rating: r.rating };
}
var clamp = (n, lo, hi) => Math.min(hi, Math.max(lo, n));
function factsRead(scoring) {
  return [.../* @__PURE__ */ new Set([...scoring.bands.flatMap((b) => b.when ? factsOf(b.when) : []), ...scoring.caps.flatMap((c) => factsOf(c.when))])];
}
function measure(scoring, facts, read2) {
  let band = -1;
  for (const [i, b] of scoring.bands.entries()) {
    const holds = b.when === void 0 ? true : evaluate(b.when, facts);
    if (holds === true) {
      band = i;
      break;
    }
    if (holds === void 0) return { points: 0, trace: { band: null, stopped: i, caps: [], facts: read2 }, missing: unknownFacts(b.when, facts) };
  }
  let points = band < 0 ? 0 : scoring.bands[band].points;
  const caps = [];
  scoring.caps.forEach((cap, i) => {
    if (evaluate(cap.when, facts) !== true) return;
    caps.push(i);
    points = Math.min(points, cap.max);
  });
  return { points, trace: { band: band < 0 ? null : band, stopped: null, caps, facts: read2 }, missing: [] };
}
function scoreItem(item, role, facts, claim) {
  const range = (n) => role === "deduction" ? clamp(n, -item.max, 0) : clamp(n, 0, item.max);
  const unclaimed = role === "deduction" ? 0 : item.max;
  const judged = (missingFacts) => ({ id: item.id, name: item.name, max: item.max, claim, measured: false, value: claim === null ? unclaimed : range(claim), missingFacts, trace: null });
  const measured = (value, trace) => ({ id: item.id, name: item.name, max: item.max, claim, measured: true, value, missingFacts: [], trace });
  if (item.scoring.type === "judged") return judged([]);
  const m = measure(item.scoring, facts, readOnce(item.scoring));
  if (m.missing.length === 0) return measured(m.points, m.trace);
  if (item.scoring.missing === "judged" || m.missing.some(isAcrossFact)) return judged(m.missing);
  return measured(0, m.trace);
}
var read = /* @__PURE__ */ new WeakMap();
function readOnce(scoring) {
  let ids = read.get(scoring);
  if (!ids) read.set(scoring, ids = factsRead(scoring));
  return ids;
}
function itemPoints(c, i) {
  if (c.score >= c.max) return i.max;
  return i.claim === null ? i.measured ? i.value : 0 : clamp(i.claim, 0, i.value);
}
function checkLevels(levels, criteria, total, facts) {
  return levels.map((l) => {
    const short = l.gate.flatMap((id) => {
      const c = criteria.find((x) => x.id === id);
      if (c) return c.score < c.max ? [{ id, score: c.score, max: c.max }] : [];
      for (const cr of criteria) {
        const i = cr.items.find((x) => x.id === id);
        if (i) return itemPoints(cr, i) < i.max ? [{ id, score: itemPoints(cr, i), max: i.max }] : [];
      }
      return [];
    });
    const vetoed = [];
    const unknown = [];
    l.vetoes.forEach((v, i) => {
      const holds = evaluate(v.when, facts);
      if (holds === true) vetoed.push(i);
      else if (holds === void 0) unknown.push(i);
    });
    return { id: l.id, min: total >= l.min, short, vetoed, unknown };
  });
}
var reached = (l) => l.min && l.short.length === 0 && l.vetoed.length === 0;
function scoreCriterion(c, facts, claims) {
  const items = c.items.map((item) => scoreItem(item, c.role, facts, claims.scores.get(item.id) ?? null));
  const ceiling = items.reduce((s, i) => s + i.value, 0);
  const claimed = claims.scores.get(c.id) ?? null;
  const itemScore = (i) => i.claim === null ? i.measured ? i.value : 0 : clamp(i.claim, c.role === "deduction" ? -i.max : 0, i.value);
  const unclaimed = items.reduce((s, i) => s + itemScore(i), 0);
  const lo = c.role === "deduction" ? -c.max : 0;
  const score2 = clamp(claimed === null ? unclaimed : Math.min(claimed, ceiling), lo, c.role === "deduction" ? 0 : c.max);
  return { id: c.id, name: c.name, max: c.max, role: c.role, ceiling, claimed, score: score2, items };
}
function score(rubric, levels, facts, claims) {
  const criteria = rubric.criteria.map((c) => scoreCriterion(c, facts, claims));
  const sum = criteria.reduce((s, c) => s + c.score, 0);
  const total = clamp(sum, 0, rubric.max);
  const checks = checkLevels(levels, criteria, total, facts);
  const at = checks.findIndex(reached);
  const rating = (at < 0 ? levels[levels.length - 1] : levels[at]).id;
  return { total, max: rubric.max, sum, rating, criteria, levels: checks };
}

// src/check.ts
function severityOf(p, overrides) {
  const override = overrides[p.rule];
  return override === "off" ? void 0 : override ?? p.severity;
}
var InternalFault = class _InternalFault extends Error {
  constructor(place, cause) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.place = place;
    this.cause = cause;
    this.name = "InternalFault";
    if (cause instanceof Error && cause.stack) this.stack = cause.stack;
  }
  place;
  cause;
  /** Runs `f`, giving a fault it throws the place (a place already known is kept). */
  static at(place, f) {
    try {
      return f();
    } catch (e) {
      throw e instanceof _InternalFault ? new _InternalFault({ ...place, ...e.place }, e.cause) : new _InternalFault(place, e);
    }
  }
};
function rubricErrorText(error, lang) {
  const first = error.mistakes[0];
  if (!first) return "";
  const where = first.line === void 0 ? "" : `${error.name}:${first.line}:${first.column} `;
  return `${where}${first.message[lang]}`;
}
function problem(rule, data, where, severity) {
  return {
    rule: rule.id,
    severity: severity ?? rule.severity,
    path: where.path === null ? null : formatPath(where.path),
    line: where.at?.line ?? null,
    column: where.at?.column ?? null,
    endLine: where.at?.endLine ?? null,
    endColumn: where.at?.endColumn ?? null,
    data
  };
}
var byPlace = (a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || a.rule.localeCompare(b.rule);
function settle(result, env) {
  const problems = result.problems.flatMap((p) => {
    const severity = severityOf(p, env.severities);
    if (severity === void 0) return [];
    return severity === p.severity ? [p] : [{ ...p, severity }];
  }).sort(byPlace);
  return { ...result, problems };
}
function finish(result, found, env) {
  const problems = found.map(({ data, ...p }) => ({ ...p, message: renderProblem({ rule: p.rule, data }, env.lang), data }));
  return settle({ ...result, problems }, env);
}
var empty = (file) => ({
  file,
  cell: null,
  kind: null,
  period: null,
  rubric: null,
  rubricKey: null,
  facts: null,
  score: null,
  claimed: null,
  confirmed: null,
  problems: [],
  meeting: null,
  anchors: {}
});
function checkRecord(file, dir, bytes, env) {
  return InternalFault.at({ file }, () => checkBytes(file, dir, bytes, env));
}
function checkBytes(file, dir, bytes, env) {
  const result = empty(file);
  const fail = (rule, data, where) => finish(result, [problem(rule, data, where)], env);
  if ("error" in bytes) {
    return fail(file_unreadable_default, bytes.error === "not-file" ? { reason: "not-file" } : { reason: "read", code: bytes.error }, { path: null });
  }
  const loaded = loadText(bytes, env.limits);
  if ("rule" in loaded) {
    const where = { path: null, ...loaded.at && { at: loaded.at } };
    switch (loaded.rule) {
      case "yaml-syntax":
        return fail(yaml_syntax_default, loaded, where);
      case "file-unreadable":
        return fail(file_unreadable_default, loaded, where);
      case "limit-exceeded":
        return fail(limit_exceeded_default, loaded, where);
    }
  }
  return checkSource(file, loaded, dir, env);
}
function checkSource(file, source, dir, env) {
  let result = empty(file);
  const at = (p, where = "value") => ({ path: p, at: source.locate(p, where) });
  const meeting = meetingInfo(source.data, (p, where) => source.locate(p, where));
  if (meeting) result = { ...result, meeting: meeting.info, anchors: meeting.anchors };
  const valid = validate(recordSchema, source.data);
  if (!valid.ok) {
    return finish(result, valid.issues.map((issue) => problem(schema_default, issue, at(issue.path, issue.at))), env);
  }
  const record = valid.value;
  const claims = claimsOf(record);
  const described = {
    ...result,
    cell: record.cell,
    kind: record.kind,
    period: periodOf(record),
    claimed: claims.present ? { ...claims.total !== void 0 && { total: claims.total }, ...claims.rating && { rating: claims.rating } } : null,
    confirmed: record.review ? { rating: record.review.rating, by: record.review.by, date: record.review.date } : null
  };
  let loaded = env.rubric;
  if (!loaded) {
    const ref = record.rubric ?? chooseByDate(env.defaultRubrics, record.date).ref;
    const named = env.loadRubric(ref, dir);
    if ("error" in named) {
      const data = { rubric: ref, reason: { vi: rubricErrorText(named.error, "vi"), en: rubricErrorText(named.error, "en") } };
      const where = record.rubric === void 0 ? { path: null } : at(["rubric"]);
      return finish(described, [problem(rubric_unavailable_default, data, where)], env);
    }
    loaded = named;
  }
  const { rubric } = loaded;
  const scoredBy = { rubric: rubric.id, rubricKey: loaded.key };
  const kindRubric = rubric.kinds[record.kind];
  if (!kindRubric) {
    const data = { rubric: rubric.id, kind: record.kind, kinds: Object.keys(rubric.kinds) };
    return finish({ ...described, ...scoredBy }, [problem(rubric_kind_default, data, at(["kind"]))], env);
  }
  if (env.deferAcross && kindRubric.across && described.meeting) return { ...described, ...scoredBy, deferred: true };
  const facts = computeFacts(record, kindRubric.agenda, env.across);
  const ctx = { record, rubric, kindRubric, facts, claims, score: score(kindRubric, rubric.levels, facts, claims) };
  const reviewClaims = reviewClaimsOf(record);
  if (reviewClaims) ctx.review = { claims: reviewClaims, score: score(kindRubric, rubric.levels, facts, reviewClaims) };
  const found = RECORD_RULES.flatMap(
    (rule) => InternalFault.at({ rule: rule.id }, () => rule.check(ctx).map((f) => problem(rule, f.data, at(f.path, f.at), f.severity)))
  );
  return finish({ ...described, ...scoredBy, facts, score: ctx.score }, found, env);
}
function checkAcross(entries, lang, asOf, rubrics = /* @__PURE__ */ new Map()) {
  const found = /* @__PURE__ */ new Map();
  if (entries.length < 2) return found;
  const names = new CellNames();
  const cells = /* @__PURE__ */ new Map();
  entries.forEach((r, index) => {
    if (!r.meeting) return;
    const key = names.add(r.meeting.cell);
    const list = cells.get(key) ?? [];
    list.push({ index, file: r.file, meeting: r.meeting, rubric: r.rubricKey && rubrics.get(r.rubricKey) || null });
    cells.set(key, list);
  });
  const ordered = [...cells].map(([key, list]) => {
    const cell = names.name(key);
    return list.map((m) => ({ index: m.index, file: m.file, info: { ...m.meeting, cell }, written: m.meeting.cell, rubric: m.rubric })).sort((a, b) => a.info.month.localeCompare(b.info.month) || (a.info.date ?? "").localeCompare(b.info.date ?? "") || a.index - b.index);
  });
  for (const rule of CROSS_RULES) {
    InternalFault.at({ rule: rule.id }, () => {
      for (const f of rule.checkAll(ordered, { asOf })) {
        const list = found.get(f.record) ?? [];
        const p = { rule: rule.id, severity: rule.severity, path: formatPath(f.path), data: f.data };
        list.push({ ...p, message: renderProblem(p, lang) });
        found.set(f.record, list);
      }
    });
  }
  return found;
}
function withCrossProblems(result, cross, env) {
  if (!cross || cross.length === 0) return result;
  const placed = cross.map((p) => {
    const at = p.path === null ? void 0 : result.anchors[p.path];
    return { ...p, line: at?.line ?? null, column: at?.column ?? null, endLine: at?.endLine ?? null, endColumn: at?.endColumn ?? null };
  });
  return settle({ ...result, problems: [...result.problems, ...placed] }, env);
}

// src/load/files.ts
import { lstatSync, readdirSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
var RECORD_EXT = /\.ya?ml$/i;
var statOrNull = (p) => {
  try {
    return statSync(p);
  } catch {
    return null;
  }
};
var lstatOrNull = (p) => {
  try {
    return lstatSync(p);
  } catch {
    return null;
  }
};
function byRelative(base, items, pathOf) {
  return items.map((item) => ({ item, key: path.relative(base, pathOf(item)) })).sort((a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0).map((x) => x.item);
}
function realOrAsGiven(p) {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}
function walk(root, ignored) {
  const found = [];
  const errors = [];
  const seenDirs = /* @__PURE__ */ new Set();
  const unreadable = (dir, e) => errors.push({ arg: dir, reason: "unreadable", code: e.code ?? "EIO" });
  const visit = (dir) => {
    let real;
    try {
      real = realpathSync(dir);
    } catch (e) {
      return unreadable(dir, e);
    }
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      return unreadable(dir, e);
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
      const stats = entry.isSymbolicLink() ? statOrNull(full) : null;
      const isDir = entry.isDirectory() || stats?.isDirectory() === true;
      const isFile = entry.isFile() || stats?.isFile();
      if (ignored(full, isDir)) continue;
      if (isDir) visit(full);
      else if (isFile && RECORD_EXT.test(entry.name)) found.push({ path: full, real: stats ? realOrAsGiven(full) : path.join(real, entry.name) });
    }
  };
  visit(root);
  return { files: byRelative(root, found, (f) => f.path), errors };
}
async function collectTargets(args, cwd, ignored = () => false) {
  const targets = [];
  const errors = [];
  const seen = /* @__PURE__ */ new Set();
  let globber;
  const add = (absolute, special, key = realOrAsGiven(absolute)) => {
    if (seen.has(key)) return;
    seen.add(key);
    targets.push({ absolute, special });
  };
  for (const arg of args) {
    const absolute = path.resolve(cwd, arg);
    const stats = statOrNull(absolute);
    if (stats?.isDirectory()) {
      const walked = walk(absolute, ignored);
      for (const file of walked.files) add(file.path, false, file.real);
      errors.push(...walked.errors);
    } else if (stats) {
      add(absolute, !stats.isFile());
    } else if (lstatOrNull(absolute)) {
      add(absolute, false);
    } else if ((globber ??= await import("./dist-EKIZMBRU.js")).isDynamicPattern(arg)) {
      const { glob } = globber;
      const matches = byRelative(
        cwd,
        (await glob([arg], { cwd, absolute: true, onlyFiles: true, followSymbolicLinks: true, expandDirectories: false })).map((m) => path.normalize(m)).filter((m) => !ignored(m, false) && statOrNull(m)?.isFile()),
        (m) => m
      );
      if (matches.length === 0) errors.push({ arg, reason: "no-match" });
      for (const m of matches) add(m, false);
    } else {
      errors.push({ arg, reason: "not-found" });
    }
  }
  return { targets, errors };
}
function displayPath(absolute, cwd) {
  return path.relative(cwd, absolute).split(path.sep).join("/");
}

// src/cli/batch.ts
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import path2 from "node:path";

// src/facts/across.ts
var quarterOf = (month) => `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;
function acrossFacts(entries) {
  const names = new CellNames();
  const cells = /* @__PURE__ */ new Map();
  entries.forEach(({ meeting }, index) => {
    if (!meeting) return;
    const key = names.add(meeting.cell);
    const list = cells.get(key) ?? [];
    list.push({ index, meeting });
    cells.set(key, list);
  });
  const out = /* @__PURE__ */ new Map();
  for (const list of cells.values()) {
    list.sort((a, b) => a.meeting.month.localeCompare(b.meeting.month) || (a.meeting.date ?? "").localeCompare(b.meeting.date ?? "") || a.index - b.index);
    const thematicMonths = new Set(list.filter((m) => m.meeting.kind !== "regular").map((m) => m.meeting.month));
    const thematicQuarters = new Set([...thematicMonths].map(quarterOf));
    let year = "";
    let runs = /* @__PURE__ */ new Map();
    let longest = 0;
    for (const { index, meeting } of list) {
      if (meeting.month.slice(0, 4) !== year) [year, runs, longest] = [meeting.month.slice(0, 4), /* @__PURE__ */ new Map(), 0];
      if (isRegular(meeting.kind)) {
        const absent = new Set(meeting.excused.map((e) => foldName(e.name)));
        runs = new Map([...absent].map((name) => [name, (runs.get(name) ?? 0) + 1]));
        for (const n of runs.values()) longest = Math.max(longest, n);
      }
      out.set(index, {
        excused_streak_year: longest,
        thematic_in_month: thematicMonths.has(meeting.month),
        thematic_in_quarter: thematicQuarters.has(quarterOf(meeting.month))
      });
    }
  }
  return out;
}

// src/cli/batch.ts
function packChunk(results, lang) {
  const texts = results.map((r) => JSON.stringify({
    ...r,
    file: null,
    problems: r.problems.map((p) => packProblem(p, lang)),
    meeting: null,
    rubricKey: null,
    facts: r.facts && FACT_IDS.map((id) => r.facts[id]),
    score: r.score && { ...r.score, levels: void 0, criteria: r.score.criteria.map((c) => [c.id, c.ceiling, c.claimed, c.score]) },
    anchors: Object.entries(r.anchors).map(([path3, at]) => [path3, at.line, at.column, at.endLine, at.endColumn])
  }));
  const buffer = new Uint8Array(deflateRawSync(texts.join(""), { level: 1 }));
  let offset = 0;
  return results.map((r, i) => {
    const length = Buffer.byteLength(texts[i]);
    const at = offset;
    offset += length;
    let errors = 0;
    let warnings = 0;
    for (const p of r.problems) p.severity === "error" ? errors++ : warnings++;
    const rubricUnavailable = r.problems.some((p) => p.rule === "rubric-unavailable");
    return {
      file: r.file,
      meeting: r.meeting,
      errors,
      warnings,
      rating: r.score?.rating ?? null,
      rubricKey: r.rubricKey,
      rubricUnavailable,
      deferred: r.deferred === true,
      chunk: buffer,
      offset: at,
      length
    };
  });
}
function packProblem(p, lang) {
  if (p.data === void 0) return p;
  try {
    const data = JSON.parse(JSON.stringify(p.data));
    if (renderProblem({ rule: p.rule, data }, lang) !== p.message) return p;
  } catch {
    return p;
  }
  return [p.rule, p.severity, p.path, p.line, p.column, p.endLine, p.endColumn, p.data];
}
var lastChunk;
function inflated(deflated) {
  if (lastChunk?.deflated !== deflated) lastChunk = { deflated, text: inflateRawSync(deflated) };
  return lastChunk.text;
}
function unpack(p, rubrics, lang) {
  const r = JSON.parse(inflated(p.chunk).toString("utf8", p.offset, p.offset + p.length));
  const problems = r.problems.map((x) => {
    if (!Array.isArray(x)) return x;
    const [rule, severity, path3, line, column, endLine, endColumn, data] = x;
    return { rule, severity, path: path3, line, column, endLine, endColumn, message: renderProblem({ rule, data }, lang), data };
  });
  const anchors = Object.fromEntries(r.anchors.map(([path3, line, column, endLine, endColumn]) => [path3, { line, column, endLine, endColumn }]));
  let facts = null;
  if (r.facts) {
    const values = {};
    FACT_IDS.forEach((id, i) => values[id] = r.facts[i] ?? null);
    facts = values;
  }
  let score2 = null;
  if (r.score) {
    const criteria = (r.kind && p.rubricKey ? rubrics.get(p.rubricKey)?.kinds[r.kind]?.criteria : void 0) ?? [];
    score2 = {
      ...r.score,
      levels: [],
      criteria: r.score.criteria.map(([id, ceiling, claimed, value]) => {
        const c = criteria.find((x) => x.id === id);
        return { id, name: c?.name ?? "", max: c?.max ?? 0, role: c?.role ?? "score", ceiling, claimed, score: value, items: [] };
      })
    };
  }
  return { ...r, file: p.file, problems, facts, score: score2, anchors, meeting: p.meeting, rubricKey: p.rubricKey };
}
function compact(packed, strings = /* @__PURE__ */ new Map()) {
  const intern = (s) => {
    let kept = strings.get(s);
    if (kept === void 0) {
      kept = JSON.parse(JSON.stringify(s));
      strings.set(kept, kept);
    }
    return kept;
  };
  const absences = (list) => list.length === 0 ? NO_ABSENCES : list.map((e) => ({ name: intern(e.name), index: e.index }));
  return packed.map((p) => {
    const m = p.meeting;
    const meeting = m && {
      cell: intern(m.cell),
      kind: intern(m.kind),
      date: m.date && intern(m.date),
      month: intern(m.month),
      review: m.review,
      tasks: m.tasks,
      excused: absences(m.excused),
      unexcused: absences(m.unexcused),
      upperLevel: m.upperLevel,
      cellType: m.cellType && intern(m.cellType)
    };
    return {
      file: p.file,
      meeting,
      errors: p.errors,
      warnings: p.warnings,
      rating: p.rating && intern(p.rating),
      rubricKey: p.rubricKey && intern(p.rubricKey),
      rubricUnavailable: p.rubricUnavailable,
      deferred: p.deferred,
      chunk: p.chunk,
      offset: p.offset,
      length: p.length
    };
  });
}
var NO_ABSENCES = Object.freeze([]);
function threadEnv(spec, loadRubric = createRubricLoader()) {
  const env = { lang: spec.lang, limits: spec.limits, defaultRubrics: spec.defaultRubrics, loadRubric, severities: spec.severities };
  if (spec.rubric !== void 0) {
    const loaded = loadRubric(spec.rubric, spec.cwd);
    if ("error" in loaded) return { error: loaded };
    env.rubric = loaded;
  }
  return env;
}
function checkTarget(t, cwd, env) {
  const file = displayPath(t.absolute, cwd);
  if (t.special) return checkRecord(file, path2.dirname(t.absolute), { error: "not-file" }, env);
  let bytes;
  try {
    bytes = readFileSync(t.absolute);
  } catch (e) {
    bytes = { error: e.code ?? "EIO" };
  }
  return checkRecord(file, path2.dirname(t.absolute), bytes, env);
}
function threadCount(files, env) {
  const asked = Number(env.CHIBO_THREADS);
  if (Number.isInteger(asked) && asked >= 1) return Math.min(asked, 16);
  return files >= 400 ? Math.min(availableParallelism(), 8) : 1;
}
var WORKER = new URL("./batch-worker.js", import.meta.url);
var canUseWorkers = !import.meta.url.endsWith(".ts");
var CHUNK = 200;
function checkInPass(target, defer, across, cwd, env) {
  return checkTarget(target, cwd, across ? { ...env, across } : defer ? { ...env, deferAcross: true } : env);
}
var CheckPool = class {
  constructor(spec, env, threads, files) {
    this.spec = spec;
    this.env = env;
    const count = threads <= 1 || !canUseWorkers ? 0 : Math.min(threads, Math.ceil(files / CHUNK));
    this.workers = Array.from({ length: count }, () => {
      const worker = new Worker(WORKER, { workerData: spec });
      worker.on("error", (e) => this.failure ??= e);
      return worker;
    });
  }
  spec;
  env;
  workers;
  failure;
  /** Strings are interned as chunks arrive, before their copies pile up: one table for every pass. */
  strings = /* @__PURE__ */ new Map();
  /** Checks the files, in order; `tick` reports progress. */
  async run(targets, pass, tick = () => {
  }) {
    const defer = pass.defer === true;
    const strings = this.strings;
    if (this.workers.length === 0) {
      const packed2 = [];
      for (let start = 0; start < targets.length; start += CHUNK) {
        const results = targets.slice(start, start + CHUNK).map((t, i) => checkInPass(t, defer, pass.across?.[start + i], this.spec.cwd, this.env));
        packed2.push(...compact(packChunk(results, this.spec.lang), strings));
        tick(packed2.length);
      }
      return { packed: packed2, rubrics: [] };
    }
    if (this.failure !== void 0) throw this.failure;
    const packed = new Array(targets.length);
    const rubrics = [];
    let next = 0;
    let done = 0;
    const run = (worker) => new Promise((resolve, reject) => {
      const send = () => {
        if (next >= targets.length) {
          worker.off("message", received);
          worker.off("error", reject);
          return resolve();
        }
        const start = next;
        next = Math.min(targets.length, next + CHUNK);
        worker.postMessage({ start, targets: targets.slice(start, next), defer, ...pass.across && { across: pass.across.slice(start, next) } });
      };
      const received = (m) => {
        if ("fault" in m) {
          const cause = Object.assign(new Error(m.fault.message), { stack: m.fault.stack });
          return reject(new InternalFault(m.fault.place, cause));
        }
        compact(m.packed, strings).forEach((p, i) => packed[m.start + i] = p);
        rubrics.push(...m.rubrics);
        done += m.packed.length;
        tick(done);
        send();
      };
      worker.on("message", received);
      worker.on("error", reject);
      send();
    });
    try {
      await Promise.all(this.workers.map(run));
    } catch (e) {
      await this.close();
      throw e;
    }
    return { packed, rubrics };
  }
  async close() {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
};
async function checkDeferred(targets, packed, pool) {
  const again = [];
  packed.forEach((p, i) => p.deferred && again.push(i));
  if (again.length === 0) return;
  const facts = acrossFacts(packed);
  const checked = await pool.run(again.map((i) => targets[i]), { across: again.map((i) => facts.get(i)) });
  again.forEach((i, k) => packed[i] = checked.packed[k]);
}
var CheckedBatch = class {
  constructor(packed, spec, rubrics) {
    this.packed = packed;
    this.spec = spec;
    this.rubrics = rubrics;
    this.cross = checkAcross(packed, spec.lang, spec.asOf, rubrics);
  }
  packed;
  spec;
  rubrics;
  cross;
  /** The records' results in input order; with `quiet`, errors only. */
  *results(quiet = false) {
    for (const [i, p] of this.packed.entries()) {
      const result = withCrossProblems(unpack(p, this.rubrics, this.spec.lang), this.cross.get(i), { severities: this.spec.severities });
      yield quiet ? { ...result, problems: result.problems.filter((x) => x.severity === "error") } : result;
    }
  }
  /** The counts of a report, without unpacking anything. */
  summary(quiet = false) {
    const ratings = zeroRatings();
    let errors = 0;
    let warnings = 0;
    for (const [i, p] of this.packed.entries()) {
      if (p.rating) ratings[p.rating]++;
      errors += p.errors;
      warnings += p.warnings;
      for (const c of this.cross.get(i) ?? []) {
        const severity = severityOf(c, this.spec.severities);
        if (severity === "error") errors++;
        else if (severity === "warning") warnings++;
      }
    }
    return { files: this.packed.length, errors, warnings: quiet ? 0 : warnings, ratings };
  }
  /** Whether a record could not use the rubric it names (chibo then exits 2). */
  get rubricUnavailable() {
    return this.packed.some((p) => p.rubricUnavailable);
  }
};

export {
  CellNames,
  InternalFault,
  collectTargets,
  displayPath,
  packChunk,
  threadEnv,
  threadCount,
  checkInPass,
  CheckPool,
  checkDeferred,
  CheckedBatch
};
