import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  AGENDA_NAMES,
  AGENDA_TYPE,
  AGENDA_TYPES,
  CELL_TYPE,
  DEFAULT_ABSENCE_STREAK,
  FACT_IDS,
  FACT_NAMES,
  GUEST_ROLE,
  HIDDEN_CHARACTER,
  KIND_NAMES,
  MEETING_KIND,
  PREPARER,
  RATING,
  RATING_IDS,
  YES_NO,
  createRubricLoader,
  criterionLabel,
  defineCrossRule,
  defineLoadRule,
  defineRecordRule,
  describeFact,
  evaluate,
  factsOf,
  file_unreadable_default,
  foldName,
  formatDate,
  formatMonth,
  formatMonths,
  formatNumber,
  formatPath,
  formatSpan,
  hiddenCharacters,
  inLang,
  init_agenda,
  init_facts,
  init_rating,
  init_text,
  init_vocabulary,
  init_when,
  isAcrossFact,
  isBlank,
  isCalendarDate,
  isClockTime,
  isMonth,
  joinList,
  loadText,
  mayHide,
  memberCountIssues,
  normalizeName,
  provideOnDemand,
  quarterName,
  schema_default,
  schemas,
  unknownFacts,
  validate,
  yaml_syntax_default
} from "./chunk-BWA6V4FN.js";
import {
  __require
} from "./chunk-6Y6T5NDB.js";

// src/cli/batch-worker.ts
import { parentPort, workerData } from "node:worker_threads";

// src/core/in-force.ts
var inForceOn = (dates, day) => (dates.from === void 0 || dates.from <= day) && (dates.until === void 0 || day <= dates.until);
function chooseByDate(entries, day) {
  const inForce = entries.find((e) => inForceOn(e.dates, day));
  if (inForce) return inForce;
  const started = entries.filter((e) => e.dates.from === void 0 || e.dates.from <= day);
  const start = (e) => e.dates.from ?? "";
  if (started.length > 0) return started.reduce((a, b) => start(b) > start(a) ? b : a);
  return entries.reduce((a, b) => a === void 0 || start(b) < start(a) ? b : a, void 0);
}

// src/facts/facts.ts
init_text();
init_agenda();
function minutesOfDay(hhmm) {
  const colon = hhmm.indexOf(":");
  if (colon < 0) return Number(hhmm) * 60;
  const end = hhmm.indexOf(":", colon + 1);
  return Number(hhmm.slice(0, colon)) * 60 + Number(hhmm.slice(colon + 1, end < 0 ? void 0 : end));
}
function distinctNames(names2) {
  const byKey = /* @__PURE__ */ new Map();
  for (const name of names2) {
    const key = foldName(name);
    if (!byKey.has(key)) byKey.set(key, normalizeName(name));
  }
  return [...byKey.values()];
}
function speakersOf(r) {
  return [
    ...(r.speakers ?? []).map((name, i) => ({ name, path: ["speakers", i] })),
    ...r.agenda.flatMap((a, i) => (a.speakers ?? []).map((name, j) => ({ name, path: ["agenda", i, "speakers", j] })))
  ];
}
function guestsOf(r) {
  return (r.guests ?? []).map((g, i) => typeof g === "string" ? { name: g, role: null, path: ["guests", i] } : { name: g.name, role: g.role, path: ["guests", i, "name"] });
}
function votersPresent(r) {
  const probationary = r.members.probationary_present;
  return probationary === void 0 ? { voters: r.members.present, official: false } : { voters: r.members.present - probationary, official: true };
}
function attendanceBalances(r) {
  const m = r.members;
  return m.present + (m.absent_excused?.length ?? 0) + (m.absent_unexcused?.length ?? 0) === m.total - (m.exempt ?? 0);
}
var written = (value) => value === void 0 ? null : value;
var nonBlank = (value) => isBlank(value) ? null : value.trim();
var FACT_FIELDS = {
  cell_has_committee: ["cell_has_committee"],
  cell_type: ["cell_type"],
  "preparation.prepared_by": ["preparation", "prepared_by"],
  "preparation.committee_met": ["preparation", "committee_met"],
  "preparation.draft_resolution": ["preparation", "draft_resolution"],
  "preparation.notice_sent": ["preparation", "notice_sent"],
  "preparation.documents_posted_days_before": ["preparation", "documents_posted_days_before"],
  "followup.resolution_posted_days_after": ["followup", "resolution_posted_days_after"],
  "thematic.plan": ["thematic", "plan"],
  "thematic.presenter": ["thematic", "presenter"],
  "thematic.topic": ["thematic", "topic"],
  "thematic.conclusion": ["thematic", "conclusion"],
  "previous_resolution.achieved_percent": ["previous_resolution", "achieved_percent"]
};
var UNKNOWN_ACROSS = { excused_streak_year: null, thematic_in_month: null, thematic_in_quarter: null };
function computeFacts(r, required, across = UNKNOWN_ACROSS) {
  const eligible = r.members.total - (r.members.exempt ?? 0);
  const present = r.members.present;
  const duration = minutesOfDay(r.time.end) - minutesOfDay(r.time.start);
  const speakerCount = distinctNames(speakersOf(r).map((s) => s.name)).length;
  const held = new Set(r.agenda.map((a) => a.type));
  const minutesComplete = !isBlank(r.chair) && !isBlank(r.minutes_taker) && !isBlank(r.conclusion) && (r.members.absent_excused ?? []).every((a) => !isBlank(a.reason)) && attendanceBalances(r);
  const agendaHas = {};
  for (const [type, fact] of AGENDA_HAS) agendaHas[fact] = held.has(type);
  return {
    kind: r.kind,
    members_total: r.members.total,
    cell_has_committee: written(r.cell_has_committee),
    cell_type: written(r.cell_type),
    eligible,
    attendance_rate: present / eligible,
    absent_unexcused: r.members.absent_unexcused?.length ?? 0,
    duration_minutes: Math.max(0, duration),
    speaker_count: speakerCount,
    speaker_rate: present === 0 ? 0 : speakerCount / present,
    agenda_missing: new Set(required.filter((a) => a.scored && !held.has(a.type)).map((a) => a.type)).size,
    minutes_complete: minutesComplete,
    "preparation.prepared_by": written(r.preparation?.prepared_by),
    "preparation.committee_met": written(r.preparation?.committee_met),
    "preparation.draft_resolution": written(r.preparation?.draft_resolution),
    "preparation.notice_sent": written(r.preparation?.notice_sent),
    "preparation.documents_posted_days_before": written(r.preparation?.documents_posted_days_before),
    "followup.resolution_posted_days_after": written(r.followup?.resolution_posted_days_after),
    tasks_assigned: (r.tasks ?? []).filter((t) => !isBlank(t.assignee)).length,
    vote_recorded: r.vote !== void 0,
    "thematic.plan": nonBlank(r.thematic?.plan),
    "thematic.presenter": nonBlank(r.thematic?.presenter),
    "thematic.topic": nonBlank(r.thematic?.topic),
    "thematic.conclusion": nonBlank(r.thematic?.conclusion),
    "previous_resolution.achieved_percent": written(r.previous_resolution?.achieved_percent),
    ...agendaHas,
    ...across,
    // A thematic or combined meeting is itself the month's thematic meeting, checked alone or not.
    ...r.kind !== "regular" && { thematic_in_month: true, thematic_in_quarter: true }
  };
}
var AGENDA_HAS = AGENDA_TYPES.map((t) => [t, `agenda_has.${t}`]);
function periodOf(r) {
  return r.period ?? r.date.slice(0, 7);
}

// src/facts/meeting.ts
init_vocabulary();
init_when();
init_text();
var asObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v) ? v : void 0;
function meetingInfo(data, locate) {
  const r = asObject(data);
  if (!r) return void 0;
  const { cell, date: date2, period } = r;
  if (typeof cell !== "string" || isBlank(cell)) return void 0;
  const kind = typeof r.kind === "string" ? MEETING_KIND.parse(r.kind) : void 0;
  if (kind === void 0) return void 0;
  const validDate = typeof date2 === "string" && isCalendarDate(date2) ? date2 : null;
  const validPeriod = typeof period === "string" && isMonth(period) ? period : null;
  if (validDate === null && validPeriod === null) return void 0;
  const agenda = Array.isArray(r.agenda) ? r.agenda : [];
  const members3 = asObject(r.members);
  const excusedList = Array.isArray(members3?.absent_excused) ? members3.absent_excused : [];
  const excused = [];
  excusedList.forEach((a, index) => {
    const name = asObject(a)?.name;
    if (typeof name === "string" && !isBlank(name)) excused.push({ name: normalizeName(name), index });
  });
  const unexcused = [];
  (Array.isArray(members3?.absent_unexcused) ? members3.absent_unexcused : []).forEach((name, index) => {
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

// src/rules/absence-duplicate.ts
init_text();
function absentees(members3) {
  return [
    ...(members3.absent_excused ?? []).map((a, i) => ({ name: a.name, excused: true, path: ["members", "absent_excused", i, "name"] })),
    ...(members3.absent_unexcused ?? []).map((name, i) => ({ name, excused: false, path: ["members", "absent_unexcused", i] }))
  ];
}
var absence_duplicate_default = defineRecordRule({
  id: "absence-duplicate",
  severity: "error",
  description: { vi: "M\u1ED9t ng\u01B0\u1EDDi b\u1ECB ghi v\u1EAFng hai l\u1EA7n", en: "A name is listed twice in the absence lists" },
  message: {
    vi: (d) => d.both ? `"${d.name}" v\u1EEBa \u0111\u01B0\u1EE3c ghi v\u1EAFng c\xF3 l\xFD do v\u1EEBa v\u1EAFng kh\xF4ng l\xFD do; m\u1ED7i ng\u01B0\u1EDDi ch\u1EC9 ghi \u1EDF m\u1ED9t danh s\xE1ch.` : `"${d.name}" \u0111\u01B0\u1EE3c ghi v\u1EAFng hai l\u1EA7n; h\xE3y b\u1ECF d\xF2ng tr\xF9ng.`,
    en: (d) => d.both ? `"${d.name}" is listed as absent both with and without reason; list each person once.` : `"${d.name}" is listed as absent twice; remove the repeated entry.`
  },
  check: ({ record: record2 }) => {
    const seen2 = /* @__PURE__ */ new Map();
    const out = [];
    for (const a of absentees(record2.members)) {
      const key = foldName(a.name);
      const first = seen2.get(key);
      if (first === void 0) seen2.set(key, a.excused);
      else out.push({ path: a.path, data: { name: normalizeName(a.name), both: first !== a.excused } });
    }
    return out;
  }
});

// src/facts/months.ts
var monthNumber = (month) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
var monthText = (n) => `${Math.floor(n / 12)}-${String(n % 12 + 1).padStart(2, "0")}`;
function monthsBetween(first, last) {
  const out = [];
  for (let n = monthNumber(first); n <= monthNumber(last); n++) out.push(monthText(n));
  return out;
}
var isRegular = (kind) => kind === "regular" || kind === "combined";
function lastMonthOver(asOf) {
  const month = asOf.slice(0, 7);
  const next = new Date(Date.UTC(Number(asOf.slice(0, 4)), Number(asOf.slice(5, 7)) - 1, Number(asOf.slice(8, 10)) + 1));
  return next.getUTCDate() === 1 ? month : monthText(monthNumber(month) - 1);
}
function closedQuarters(meetings, asOf) {
  const out = [];
  const first = monthNumber(meetings[0].info.month);
  const last = Math.min(monthNumber(lastMonthOver(asOf)), monthNumber(meetings[meetings.length - 1].info.month));
  for (let q = Math.ceil(first / 3) * 3; q + 2 <= last; q += 3) {
    const inQuarter = meetings.filter((m) => monthNumber(m.info.month) >= q && monthNumber(m.info.month) <= q + 2);
    out.push({ quarter: q % 12 / 3 + 1, year: Math.floor(q / 12), meetings: inQuarter });
  }
  return out;
}

// src/rules/absence-streak.ts
init_text();
var absence_streak_default = defineCrossRule({
  id: "absence-streak",
  severity: "warning",
  description: { vi: "\u0110\u1EA3ng vi\xEAn v\u1EAFng c\xF3 l\xFD do nhi\u1EC1u k\u1EF3 sinh ho\u1EA1t li\xEAn ti\u1EBFp h\u01A1n b\u1ED9 ti\xEAu ch\xED cho ph\xE9p (m\u1EB7c \u0111\u1ECBnh: qu\xE1 3 k\u1EF3)", en: "A member absent with reason in more meetings in a row than the rubric allows (by default more than 3)" },
  message: {
    vi: (d) => `\u0110\u1ED3ng ch\xED ${d.name} v\u1EAFng c\xF3 l\xFD do ${d.months.length} k\u1EF3 sinh ho\u1EA1t th\u01B0\u1EDDng k\u1EF3 li\xEAn ti\u1EBFp c\u1EE7a ${d.cell} (${formatMonths(d.months, "vi")}). ${inLang(d.source, "vi")}.`,
    en: (d) => `${d.name} was absent with reason from ${d.months.length} regular meetings of ${d.cell} in a row (${formatMonths(d.months, "en")}). ${inLang(d.source, "en")}.`
  },
  checkAll: (cells) => {
    const out = [];
    for (const meetings of cells) {
      const streaks = /* @__PURE__ */ new Map();
      for (const m of meetings.filter((x) => isRegular(x.info.kind))) {
        const absent = new Set(m.info.excused.map((e) => foldName(e.name)));
        for (const key of [...streaks.keys()]) if (!absent.has(key)) streaks.delete(key);
        m.info.excused.forEach(({ name, index }) => {
          const key = foldName(name);
          const streak = streaks.get(key) ?? { months: [], files: [] };
          streak.months.push(m.info.month);
          streak.files.push(m.file);
          streaks.set(key, streak);
          const allowed = m.rubric?.absenceStreak ?? DEFAULT_ABSENCE_STREAK;
          if (streak.months.length === allowed.max + 1) {
            const data = { name, cell: m.info.cell, months: [...streak.months], files: [...streak.files], source: allowed.source };
            out.push({ record: m.index, path: ["members", "absent_excused", index, "name"], data });
          }
        });
      }
    }
    return out;
  }
});

// src/rules/absence-unexcused-year.ts
init_text();
var LIMIT = 3;
var absence_unexcused_year_default = defineCrossRule({
  id: "absence-unexcused-year",
  severity: "warning",
  description: { vi: "\u0110\u1EA3ng vi\xEAn v\u1EAFng kh\xF4ng l\xFD do t\u1EEB 3 bu\u1ED5i sinh ho\u1EA1t tr\u1EDF l\xEAn trong m\u1ED9t n\u0103m", en: "A member absent without reason from 3 or more meetings in one year" },
  message: {
    vi: (d) => `\u0110\u1ED3ng ch\xED ${d.name} v\u1EAFng kh\xF4ng l\xFD do ${d.count} bu\u1ED5i sinh ho\u1EA1t c\u1EE7a ${d.cell} trong n\u0103m ${d.year} (${formatMonths(d.months, "vi")}). \u0110i\u1EC1u l\u1EC7 \u0110\u1EA3ng: \u0111\u1EA3ng vi\xEAn b\u1ECF sinh ho\u1EA1t \u0111\u1EA3ng ba l\u1EA7n trong n\u0103m kh\xF4ng c\xF3 l\xFD do ch\xEDnh \u0111\xE1ng th\xEC chi b\u1ED9 xem x\xE9t, \u0111\u1EC1 ngh\u1ECB x\xF3a t\xEAn trong danh s\xE1ch \u0111\u1EA3ng vi\xEAn.`,
    en: (d) => `${d.name} was absent without reason from ${d.count} meetings of ${d.cell} in ${d.year} (${formatMonths(d.months, "en")}). Party Charter: a member who misses party meetings three times in a year without good reason is for the cell to consider for removal from the rolls.`
  },
  checkAll: (cells) => {
    const out = [];
    for (const meetings of cells) {
      const missed = /* @__PURE__ */ new Map();
      for (const m of meetings) {
        for (const { name, index } of m.info.unexcused) {
          const key = `${foldName(name)}\0${m.info.month.slice(0, 4)}`;
          const list2 = missed.get(key) ?? [];
          if (list2[list2.length - 1]?.meeting !== m) list2.push({ name, index, meeting: m });
          missed.set(key, list2);
        }
      }
      for (const list2 of missed.values()) {
        if (list2.length < LIMIT) continue;
        const last = list2[list2.length - 1];
        out.push({
          record: last.meeting.index,
          path: ["members", "absent_unexcused", last.index],
          data: {
            name: last.name,
            cell: last.meeting.info.cell,
            year: Number(last.meeting.info.month.slice(0, 4)),
            count: list2.length,
            months: [...new Set(list2.map((a) => a.meeting.info.month))]
          }
        });
      }
    }
    return out;
  }
});

// src/rules/absent-but-active.ts
init_text();
var ROLE = {
  speaker: { vi: "ph\xE1t bi\u1EC3u", en: "is listed as a speaker" },
  commendation: { vi: "\u0111\u01B0\u1EE3c n\xEAu trong ph\u1EA7n bi\u1EC3u d\u01B0\u01A1ng, nh\u1EAFc nh\u1EDF, ph\xEA b\xECnh", en: "is named in the commendations" },
  chair: { vi: "ch\u1EE7 tr\xEC bu\u1ED5i sinh ho\u1EA1t", en: "chaired the meeting" },
  minutes_taker: { vi: "ghi bi\xEAn b\u1EA3n", en: "took the minutes" }
};
var absent_but_active_default = defineRecordRule({
  id: "absent-but-active",
  severity: "error",
  description: { vi: "Ng\u01B0\u1EDDi b\u1ECB ghi v\u1EAFng nh\u01B0ng l\u1EA1i ph\xE1t bi\u1EC3u, ch\u1EE7 tr\xEC ho\u1EB7c ghi bi\xEAn b\u1EA3n", en: "A member listed as absent also took part" },
  message: {
    vi: (d) => `"${d.name}" \u0111\u01B0\u1EE3c ghi l\xE0 v\u1EAFng m\u1EB7t nh\u01B0ng l\u1EA1i ${ROLE[d.role].vi}. H\xE3y s\u1EEDa danh s\xE1ch v\u1EAFng ho\u1EB7c ph\u1EA7n n\xE0y.`,
    en: (d) => `"${d.name}" is listed as absent but ${ROLE[d.role].en}. Correct the absence lists or this entry.`
  },
  check: ({ record: record2 }) => {
    const absent = new Set(absentees(record2.members).map((a) => foldName(a.name)));
    const active = [
      ...speakersOf(record2).map((s) => ({ name: s.name, role: "speaker", path: s.path })),
      ...(record2.commendations ?? []).map((c, i) => ({ name: c.name, role: "commendation", path: ["commendations", i, "name"] })),
      { name: record2.chair, role: "chair", path: ["chair"] },
      { name: record2.minutes_taker, role: "minutes_taker", path: ["minutes_taker"] }
    ];
    return active.filter((a) => absent.has(foldName(a.name))).map((a) => ({ path: a.path, data: { name: normalizeName(a.name), role: a.role } }));
  }
});

// src/rules/agenda-missing.ts
var agenda_missing_default = defineRecordRule({
  id: "agenda-missing",
  severity: "warning",
  description: { vi: "Thi\u1EBFu n\u1ED9i dung b\u1EAFt bu\u1ED9c trong ch\u01B0\u01A1ng tr\xECnh bu\u1ED5i sinh ho\u1EA1t", en: "A required agenda item is absent" },
  message: {
    vi: (d) => `Ch\u01B0\u01A1ng tr\xECnh sinh ho\u1EA1t thi\u1EBFu n\u1ED9i dung "${AGENDA_NAMES[d.type].vi}", b\u1EAFt bu\u1ED9c v\u1EDBi bu\u1ED5i sinh ho\u1EA1t ${KIND_NAMES[d.kind].vi} (${inLang(d.source, "vi")}). N\u1EBFu bu\u1ED5i sinh ho\u1EA1t c\xF3 n\u1ED9i dung n\xE0y, h\xE3y th\xEAm d\xF2ng "- type: ${d.type}" v\xE0o "agenda" (ch\u01B0\u01A1ng tr\xECnh sinh ho\u1EA1t).`,
    en: (d) => `The agenda lacks "${AGENDA_NAMES[d.type].en}" (type: ${d.type}), required in ${KIND_NAMES[d.kind].en} meetings (${inLang(d.source, "en")}). Add it if the meeting covered it.`
  },
  check: ({ record: record2, kindRubric }) => {
    const held = new Set(record2.agenda.map((a) => a.type));
    return kindRubric.agenda.filter((a) => !held.has(a.type)).map((a) => ({ path: ["agenda"], at: "key", severity: a.severity, data: { type: a.type, kind: record2.kind, source: a.source } }));
  }
});

// src/rules/assessment-missing.ts
var assessment_missing_default = defineRecordRule({
  id: "assessment-missing",
  severity: "warning",
  description: { vi: "Bi\xEAn b\u1EA3n kh\xF4ng c\xF3 ph\u1EA7n t\u1EF1 ch\u1EA5m \u0111i\u1EC3m, x\u1EBFp lo\u1EA1i", en: "No self-assessment at all" },
  message: {
    vi: () => 'Bi\xEAn b\u1EA3n ch\u01B0a c\xF3 ph\u1EA7n "assessment" (t\u1EF1 \u0111\xE1nh gi\xE1, x\u1EBFp lo\u1EA1i): h\xE3y ghi \u0111i\u1EC3m t\u1EF1 ch\u1EA5m t\u1EEBng ti\xEAu ch\xED v\xE0 t\u1EF1 x\u1EBFp lo\u1EA1i. Khi ch\u01B0a c\xF3, ch\u1EC9 nh\u1EEFng m\u1EE5c t\xEDnh \u0111\u01B0\u1EE3c t\u1EEB n\u1ED9i dung bi\xEAn b\u1EA3n m\u1EDBi \u0111\u01B0\u1EE3c c\u1ED9ng \u0111i\u1EC3m.',
    en: () => "The record has no self-assessment (assessment): write the score of each criterion and the rating. Until then, only the items measured from the facts are scored."
  },
  check: ({ claims }) => claims.present ? [] : [{ path: ["assessment"], at: "key", data: {} }]
});

// src/rules/attendance-mismatch.ts
var attendance_mismatch_default = defineRecordRule({
  id: "attendance-mismatch",
  severity: "error",
  description: { vi: "S\u1ED1 c\xF3 m\u1EB7t c\u1ED9ng s\u1ED1 v\u1EAFng kh\xE1c t\u1ED5ng s\u1ED1 tr\u1EEB s\u1ED1 \u0111\u01B0\u1EE3c mi\u1EC5n c\xF4ng t\xE1c v\xE0 sinh ho\u1EA1t \u0111\u1EA3ng", en: "Present plus absent differs from total minus exempt" },
  message: {
    vi: (d) => `S\u1ED1 \u0111\u1EA3ng vi\xEAn kh\xF4ng kh\u1EDBp: ${d.present} c\xF3 m\u1EB7t + ${d.excused} v\u1EAFng c\xF3 l\xFD do + ${d.unexcused} v\u1EAFng kh\xF4ng l\xFD do = ${d.present + d.excused + d.unexcused}, nh\u01B0ng t\u1ED5ng s\u1ED1 ${d.total} \u0111\u1EA3ng vi\xEAn tr\u1EEB ${d.exempt} \u0111\u1ED3ng ch\xED \u0111\u01B0\u1EE3c mi\u1EC5n c\xF4ng t\xE1c v\xE0 sinh ho\u1EA1t \u0111\u1EA3ng l\xE0 ${d.total - d.exempt}. H\xE3y s\u1EEDa s\u1ED1 c\xF3 m\u1EB7t ho\u1EB7c danh s\xE1ch v\u1EAFng.`,
    en: (d) => `Member numbers do not add up: ${d.present} present + ${d.excused} excused + ${d.unexcused} unexcused = ${d.present + d.excused + d.unexcused}, but the total of ${d.total} less ${d.exempt} exempt is ${d.total - d.exempt}. Correct the number present or the absence lists.`
  },
  check: ({ record: record2 }) => {
    if (attendanceBalances(record2)) return [];
    const m = record2.members;
    return [{
      path: ["members", "present"],
      data: { present: m.present, excused: m.absent_excused?.length ?? 0, unexcused: m.absent_unexcused?.length ?? 0, total: m.total, exempt: m.exempt ?? 0 }
    }];
  }
});

// src/rules/cell-name-variant.ts
var SHOWN = 3;
var files = (s, lang) => {
  const shown = s.files.slice(0, SHOWN).join(", ");
  const more = s.files.length - SHOWN;
  if (more <= 0) return shown;
  return lang === "vi" ? `${shown} v\xE0 ${more} bi\xEAn b\u1EA3n kh\xE1c` : `${shown} and ${more} more record${more === 1 ? "" : "s"}`;
};
var cell_name_variant_default = defineCrossRule({
  id: "cell-name-variant",
  severity: "warning",
  description: { vi: "T\xEAn m\u1ED9t chi b\u1ED9 \u0111\u01B0\u1EE3c vi\u1EBFt theo nhi\u1EC1u c\xE1ch trong c\xE1c bi\xEAn b\u1EA3n", en: "One cell's name is spelt in more than one way" },
  message: {
    vi: (d) => `T\xEAn chi b\u1ED9 \u0111\u01B0\u1EE3c vi\u1EBFt theo ${d.spellings.length} c\xE1ch: ${d.spellings.map((s) => `"${s.spelling}" (${files(s, "vi")})`).join("; ")}. chibo coi \u0111\xE2y l\xE0 m\u1ED9t chi b\u1ED9 v\xE0 ghi t\xEAn "${d.cell}" (c\xE1ch vi\u1EBFt nhi\u1EC1u nh\u1EA5t). H\xE3y vi\u1EBFt t\xEAn chi b\u1ED9 th\u1ED1ng nh\u1EA5t, \u0111\u1EE7 d\u1EA5u, trong m\u1ECDi bi\xEAn b\u1EA3n.`,
    en: (d) => `The cell's name is spelt in ${d.spellings.length} ways: ${d.spellings.map((s) => `"${s.spelling}" (${files(s, "en")})`).join("; ")}. chibo takes them as one cell, named "${d.cell}" (the most frequent spelling). Write the cell's name the same way, with its diacritics, in every record.`
  },
  checkAll: (cells) => {
    const out = [];
    for (const meetings of cells) {
      const spellings = /* @__PURE__ */ new Map();
      for (const m of meetings) spellings.set(m.written, [...spellings.get(m.written) ?? [], m.file]);
      if (spellings.size < 2) continue;
      const cell = meetings[0].info.cell;
      const list2 = [...spellings].map(([spelling, f]) => ({ spelling, files: f })).sort((a, b) => Number(b.spelling === cell) - Number(a.spelling === cell));
      const first = meetings.find((m) => m.written !== cell);
      out.push({ record: first.index, path: ["cell"], data: { cell, spellings: list2 } });
    }
    return out;
  }
});

// src/rules/duplicate-meeting.ts
var duplicate_meeting_default = defineCrossRule({
  id: "duplicate-meeting",
  severity: "error",
  description: { vi: "Hai bi\xEAn b\u1EA3n th\u01B0\u1EDDng k\u1EF3 c\u1EE7a m\u1ED9t chi b\u1ED9 cho c\xF9ng m\u1ED9t th\xE1ng", en: "Two regular meetings of one cell for one month" },
  message: {
    vi: (d) => `${d.cell} \u0111\xE3 c\xF3 bi\xEAn b\u1EA3n sinh ho\u1EA1t th\u01B0\u1EDDng k\u1EF3 ${formatMonth(d.month, "vi")} (${d.first}). M\u1ED7i th\xE1ng ch\u1EC9 c\xF3 m\u1ED9t bi\xEAn b\u1EA3n sinh ho\u1EA1t th\u01B0\u1EDDng k\u1EF3: h\xE3y ki\u1EC3m tra "period" (k\u1EF3 sinh ho\u1EA1t) v\xE0 "date" (ng\xE0y sinh ho\u1EA1t), ho\u1EB7c b\u1ECF b\u1EA3n tr\xF9ng.`,
    en: (d) => `${d.cell} already has a regular meeting for ${formatMonth(d.month, "en")} (${d.first}). One regular record per month: check period and date, or remove the copy.`
  },
  checkAll: (cells) => {
    const out = [];
    for (const meetings of cells) {
      const firstOfMonth = /* @__PURE__ */ new Map();
      for (const m of meetings.filter((x) => isRegular(x.info.kind))) {
        const first = firstOfMonth.get(m.info.month);
        if (first === void 0) firstOfMonth.set(m.info.month, m.file);
        else out.push({ record: m.index, path: ["date"], data: { cell: m.info.cell, month: m.info.month, first } });
      }
    }
    return out;
  }
});

// src/rules/duration-short.ts
var duration_short_default = defineRecordRule({
  id: "duration-short",
  severity: "warning",
  description: { vi: "Th\u1EDDi l\u01B0\u1EE3ng bu\u1ED5i sinh ho\u1EA1t ch\u01B0a \u0111\u1EA1t m\u1EE9c t\u1ED1i thi\u1EC3u", en: "The meeting was shorter than the minimum duration" },
  message: {
    vi: (d) => `Th\u1EDDi l\u01B0\u1EE3ng bu\u1ED5i sinh ho\u1EA1t ${KIND_NAMES[d.kind].vi} l\xE0 ${d.minutes} ph\xFAt, ch\u01B0a \u0111\u1EA1t t\u1ED1i thi\u1EC3u ${d.min} ph\xFAt (${inLang(d.source, "vi")}).`,
    en: (d) => `The meeting lasted ${d.minutes} minutes, less than the ${d.min} minutes required for ${KIND_NAMES[d.kind].en} meetings (${inLang(d.source, "en")}).`
  },
  check: ({ record: record2, facts, kindRubric }) => {
    const minutes = Number(facts.duration_minutes);
    const chosen = kindRubric.minDuration.find((d) => d.when === void 0 || evaluate(d.when, facts) === true);
    if (!chosen) return [];
    const { minutes: min, source } = chosen;
    if (minutesOfDay(record2.time.end) <= minutesOfDay(record2.time.start) || minutes >= min) return [];
    return [{ path: ["time", "end"], data: { minutes, min, kind: record2.kind, source } }];
  }
});

// src/rules/fact-missing.ts
init_facts();
var named = (facts) => joinList(facts.map((f) => `"${f}" (${FACT_NAMES[f]})`), "vi");
var fact_missing_default = defineRecordRule({
  id: "fact-missing",
  severity: "warning",
  description: { vi: "Thi\u1EBFu d\u1EEF ki\u1EC7n \u0111\u1EC3 ch\u1EA5m m\u1ED9t m\u1EE5c; m\u1EE5c \u0111\u01B0\u1EE3c t\xEDnh theo \u0111i\u1EC3m t\u1EF1 ch\u1EA5m", en: "A fact an item needs is absent; the item was taken as judged" },
  message: {
    vi: (d) => d.across ? `${criterionLabel(d.item, "vi").replace(/^./, (c) => c.toUpperCase())} c\u1EA7n d\u1EEF ki\u1EC7n t\u1EEB c\xE1c bi\xEAn b\u1EA3n kh\xE1c c\u1EE7a chi b\u1ED9: ${joinList(d.facts.map((f) => FACT_NAMES[f]), "vi")}. D\u1EEF ki\u1EC7n n\xE0y ch\u1EC9 c\xF3 khi ki\u1EC3m tra c\xE1c bi\xEAn b\u1EA3n c\xF9ng nhau (c\u1EA3 th\u01B0 m\u1EE5c ho\u1EB7c nhi\u1EC1u t\u1EC7p); ki\u1EC3m tra ri\xEAng bi\xEAn b\u1EA3n n\xE0y n\xEAn m\u1EE5c \u0111\u01B0\u1EE3c t\xEDnh theo \u0111i\u1EC3m t\u1EF1 ch\u1EA5m.` : `Bi\xEAn b\u1EA3n kh\xF4ng ghi ${named(d.facts)}, n\xEAn ${criterionLabel(d.item, "vi")} \u0111\u01B0\u1EE3c t\xEDnh theo \u0111i\u1EC3m t\u1EF1 ch\u1EA5m. H\xE3y ghi d\u1EEF ki\u1EC7n n\xE0y n\u1EBFu c\xF3.`,
    en: (d) => d.across ? `Item ${d.item} needs facts from the cell's other records: ${joinList(d.facts, "en")}. They are known only when records are checked together (a folder, or several files); checked alone, the item was taken as judged from the claimed score.` : `The record does not give ${joinList(d.facts, "en")}, so item ${d.item} was taken as judged from the claimed score. Record the fact if it is known.`
  },
  check: ({ score: score2 }) => score2.criteria.flatMap(
    (c) => c.items.filter((i) => i.missingFacts.length > 0).map((i) => {
      const across = i.missingFacts.filter(isAcrossFact);
      if (across.length > 0) return { path: ["date"], data: { item: i.id, facts: across, across: true } };
      return { path: [...FACT_FIELDS[i.missingFacts[0]] ?? []], at: "key", data: { item: i.id, facts: i.missingFacts, across: false } };
    })
  )
});

// src/rules/hidden-character.ts
init_text();
var FIELD = {
  cell: { vi: "t\xEAn chi b\u1ED9", en: "the cell name" },
  organization: { vi: "t\xEAn \u0111\u1EA3ng b\u1ED9", en: "the organization" },
  chair: { vi: "ng\u01B0\u1EDDi ch\u1EE7 tr\xEC", en: "the chair" },
  minutes_taker: { vi: "th\u01B0 k\xFD", en: "the minutes taker" },
  guest: { vi: "\u0111\u1EA1i bi\u1EC3u", en: "a guest" },
  absent_excused: { vi: "ng\u01B0\u1EDDi v\u1EAFng c\xF3 l\xFD do", en: "a member absent with reason" },
  absent_unexcused: { vi: "ng\u01B0\u1EDDi v\u1EAFng kh\xF4ng l\xFD do", en: "a member absent without reason" },
  speaker: { vi: "ng\u01B0\u1EDDi ph\xE1t bi\u1EC3u", en: "a speaker" },
  commendation: { vi: "ng\u01B0\u1EDDi \u0111\u01B0\u1EE3c bi\u1EC3u d\u01B0\u01A1ng, nh\u1EAFc nh\u1EDF, ph\xEA b\xECnh", en: "a member in the commendations" },
  assignee: { vi: "ng\u01B0\u1EDDi th\u1EF1c hi\u1EC7n nhi\u1EC7m v\u1EE5", en: "a task assignee" },
  presenter: { vi: "ng\u01B0\u1EDDi tr\xECnh b\xE0y chuy\xEAn \u0111\u1EC1", en: "the topic presenter" }
};
function names(record2) {
  return [
    { field: "cell", name: record2.cell, path: ["cell"] },
    { field: "organization", name: record2.organization, path: ["organization"] },
    { field: "chair", name: record2.chair, path: ["chair"] },
    { field: "minutes_taker", name: record2.minutes_taker, path: ["minutes_taker"] },
    ...guestsOf(record2).map((g) => ({ field: "guest", name: g.name, path: g.path })),
    ...(record2.members.absent_excused ?? []).map((a, i) => ({ field: "absent_excused", name: a.name, path: ["members", "absent_excused", i, "name"] })),
    ...(record2.members.absent_unexcused ?? []).map((name, i) => ({ field: "absent_unexcused", name, path: ["members", "absent_unexcused", i] })),
    ...speakersOf(record2).map((s) => ({ field: "speaker", name: s.name, path: s.path })),
    ...(record2.commendations ?? []).map((c, i) => ({ field: "commendation", name: c.name, path: ["commendations", i, "name"] })),
    ...(record2.tasks ?? []).map((t, i) => ({ field: "assignee", name: t.assignee, path: ["tasks", i, "assignee"] })),
    { field: "presenter", name: record2.thematic?.presenter, path: ["thematic", "presenter"] }
  ];
}
var place = (p, lang) => `${FIELD[p.field][lang]} "${p.name}" (${p.characters.join(", ")})`;
var hidden_character_default = defineRecordRule({
  id: "hidden-character",
  severity: "warning",
  description: {
    vi: "T\xEAn c\xF3 k\xFD t\u1EF1 \u1EA9n ho\u1EB7c k\xFD t\u1EF1 \u0111\u1ED5i chi\u1EC1u ch\u1EEF",
    en: "A name holds invisible or direction-changing characters"
  },
  message: {
    vi: (d) => {
      const one = d.places.length === 1;
      return `${one ? "T\xEAn" : `${d.places.length} t\xEAn`} c\xF3 k\xFD t\u1EF1 \u1EA9n ho\u1EB7c k\xFD t\u1EF1 \u0111\u1ED5i chi\u1EC1u ch\u1EEF: ${d.places.map((p) => place(p, "vi")).join("; ")}. Nh\xECn th\xEC gi\u1ED1ng, nh\u01B0ng khi \u0111\u1ED1i chi\u1EBFu ${one ? "t\xEAn n\xE0y" : "c\xE1c t\xEAn n\xE0y"} kh\xE1c v\u1EDBi t\xEAn g\xF5 th\xF4ng th\u01B0\u1EDDng. H\xE3y x\xF3a v\xE0 g\xF5 l\u1EA1i ${one ? "t\xEAn n\xE0y" : "c\xE1c t\xEAn n\xE0y"}.`;
    },
    en: (d) => {
      const one = d.places.length === 1;
      return `Invisible or direction-changing characters in ${one ? "a name" : `${d.places.length} names`}: ${d.places.map((p) => place(p, "en")).join("; ")}. ${one ? "It looks like" : "They look like"} the same name typed plainly but compare${one ? "s" : ""} as different. Delete and retype ${one ? "it" : "them"}.`;
    }
  },
  check: ({ record: record2 }) => {
    const found = names(record2).flatMap(({ field, name, path: path3 }) => {
      const characters = name === void 0 ? [] : hiddenCharacters(name);
      return characters.length > 0 ? [{ path: path3, place: { field, name, characters } }] : [];
    });
    if (found.length === 0) return [];
    return [{ path: found[0].path, data: { places: found.map((f) => f.place) } }];
  }
});

// src/rules/limit-exceeded.ts
var WHAT = {
  maxBytes: { vi: "T\u1EC7p qu\xE1 l\u1EDBn", en: "The file is too large", option: "--max-file-size" },
  maxDepth: { vi: "C\xE1c b\u1EA3ng, danh s\xE1ch l\u1ED3ng nhau qu\xE1 s\xE2u", en: "Mappings and lists are nested too deep", option: "--max-depth" },
  maxAliases: { vi: "Qu\xE1 nhi\u1EC1u tham chi\u1EBFu YAML (*t\xEAn)", en: "Too many YAML aliases (*name)", option: "--max-aliases" },
  maxItems: { vi: "M\u1ED9t danh s\xE1ch ho\u1EB7c b\u1EA3ng c\xF3 qu\xE1 nhi\u1EC1u ph\u1EA7n t\u1EED", en: "A list or mapping has too many items", option: "--max-items" }
};
var unit = (d, lang) => d.limit === "maxBytes" ? lang === "vi" ? " byte" : " bytes" : "";
var limit_exceeded_default = defineLoadRule({
  id: "limit-exceeded",
  severity: "error",
  description: { vi: "T\u1EC7p v\u01B0\u1EE3t gi\u1EDBi h\u1EA1n v\u1EC1 k\xEDch th\u01B0\u1EDBc, \u0111\u1ED9 s\xE2u, tham chi\u1EBFu ho\u1EB7c s\u1ED1 ph\u1EA7n t\u1EED", en: "The file exceeds a size, depth, alias or item limit" },
  message: {
    vi: (d) => `${WHAT[d.limit].vi}: ${d.value === void 0 ? "v\u01B0\u1EE3t xa" : `${d.value}${unit(d, "vi")},`} gi\u1EDBi h\u1EA1n l\xE0 ${d.max}${unit(d, "vi")}. T\u1EC7p kh\xF4ng \u0111\u01B0\u1EE3c ki\u1EC3m tra; n\u1EBFu t\u1EC7p \u0111\xFAng l\xE0 bi\xEAn b\u1EA3n, h\xE3y n\xE2ng gi\u1EDBi h\u1EA1n b\u1EB1ng ${WHAT[d.limit].option}.`,
    en: (d) => `${WHAT[d.limit].en}: ${d.value === void 0 ? "far beyond" : `${d.value}${unit(d, "en")},`} the limit ${d.value === void 0 ? "of" : "is"} ${d.max}${unit(d, "en")}. The file was not checked; if it really is a record, raise the limit with ${WHAT[d.limit].option}.`
  }
});

// src/rules/meeting-missing.ts
var meeting_missing_default = defineCrossRule({
  id: "meeting-missing",
  severity: "warning",
  description: { vi: "Thi\u1EBFu bi\xEAn b\u1EA3n sinh ho\u1EA1t th\u01B0\u1EDDng k\u1EF3 c\u1EE7a m\u1ED9t th\xE1ng", en: "A month without a regular meeting in a cell's records" },
  message: {
    vi: (d) => `${d.cell} kh\xF4ng c\xF3 bi\xEAn b\u1EA3n sinh ho\u1EA1t th\u01B0\u1EDDng k\u1EF3 ${formatMonths(d.months, "vi")}${d.before ? ` (gi\u1EEFa ${d.before}` : ""}${d.before && d.after ? ` v\xE0 ${d.after})` : d.before ? ")" : ""}. Chi b\u1ED9 sinh ho\u1EA1t th\u01B0\u1EDDng k\u1EF3 m\u1ED7i th\xE1ng m\u1ED9t l\u1EA7n; h\xE3y b\u1ED5 sung bi\xEAn b\u1EA3n n\u1EBFu \u0111\xE3 h\u1ECDp.`,
    en: (d) => `${d.cell} has no regular meeting for ${formatMonths(d.months, "en")}${d.before ? ` (between ${d.before}` : ""}${d.before && d.after ? ` and ${d.after})` : d.before ? ")" : ""}. Cells meet monthly; add the record if the meeting was held.`
  },
  checkAll: (cells, { asOf }) => {
    const out = [];
    const due = lastMonthOver(asOf);
    for (const meetings of cells) {
      const held = new Set(meetings.filter((m) => isRegular(m.info.kind)).map((m) => m.info.month));
      const months = monthsBetween(meetings[0].info.month, meetings[meetings.length - 1].info.month).filter((m) => m <= due);
      let gap = [];
      for (const month of months) {
        if (!held.has(month)) {
          gap.push(month);
          continue;
        }
        if (gap.length > 0) {
          const last = gap[gap.length - 1];
          const before = [...meetings].reverse().find((m) => m.info.month < gap[0] && isRegular(m.info.kind));
          const after = meetings.find((m) => m.info.month > last);
          out.push({ record: after.index, path: ["date"], data: { cell: after.info.cell, months: gap, before: before?.file ?? null, after: after.file } });
        }
        gap = [];
      }
      if (gap.length > 0) {
        const last = meetings[meetings.length - 1];
        const before = [...meetings].reverse().find((m) => m.info.month < gap[0] && isRegular(m.info.kind));
        out.push({ record: last.index, path: ["date"], data: { cell: last.info.cell, months: gap, before: before?.file ?? null, after: null } });
      }
    }
    return out;
  }
});

// src/rules/minutes-incomplete.ts
init_text();
var WHAT2 = {
  chair: { vi: "ng\u01B0\u1EDDi ch\u1EE7 tr\xEC", en: "who chaired the meeting" },
  minutes_taker: { vi: "th\u01B0 k\xFD ghi bi\xEAn b\u1EA3n", en: "who took the minutes" },
  conclusion: { vi: "k\u1EBFt lu\u1EADn c\u1EE7a ng\u01B0\u1EDDi ch\u1EE7 tr\xEC", en: "the chair's conclusion" }
};
var minutes_incomplete_default = defineRecordRule({
  id: "minutes-incomplete",
  severity: "warning",
  description: { vi: "Bi\xEAn b\u1EA3n ghi ch\u01B0a \u0111\u1EA7y \u0111\u1EE7", en: "The minutes are incomplete" },
  message: {
    vi: (d) => d.what === "reason" ? `\u0110\u1ED3ng ch\xED "${d.name}" \u0111\u01B0\u1EE3c ghi v\u1EAFng c\xF3 l\xFD do nh\u01B0ng kh\xF4ng ghi l\xFD do. H\xE3y ghi l\xFD do v\xE0o "reason" (l\xFD do v\u1EAFng).` : `Bi\xEAn b\u1EA3n \u0111\u1EC3 tr\u1ED1ng ${WHAT2[d.what].vi}. H\xE3y ghi \u0111\u1EA7y \u0111\u1EE7.`,
    en: (d) => d.what === "reason" ? `"${d.name}" is listed as absent with reason, but no reason is written. Add the reason.` : `The minutes leave blank ${WHAT2[d.what].en}. Fill it in.`
  },
  check: ({ record: record2 }) => {
    const out = [];
    for (const what of ["chair", "minutes_taker", "conclusion"]) {
      if (isBlank(record2[what])) out.push({ path: [what], data: { what } });
    }
    (record2.members.absent_excused ?? []).forEach((a, i) => {
      if (isBlank(a.reason)) out.push({ path: ["members", "absent_excused", i], data: { what: "reason", name: a.name } });
    });
    return out;
  }
});

// src/rules/period-mismatch.ts
function previousMonth(month) {
  const [y, m] = month.split("-").map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, "0")}`;
}
var period_mismatch_default = defineRecordRule({
  id: "period-mismatch",
  severity: "warning",
  description: { vi: "K\u1EF3 sinh ho\u1EA1t kh\xF4ng kh\u1EDBp v\u1EDBi ng\xE0y sinh ho\u1EA1t", en: "The period does not match the date" },
  message: {
    vi: (d) => `K\u1EF3 sinh ho\u1EA1t ghi l\xE0 ${formatMonth(d.period, "vi")}, kh\xF4ng ph\u1EA3i th\xE1ng c\u1EE7a ng\xE0y sinh ho\u1EA1t ${formatDate(d.date, "vi")} hay th\xE1ng tr\u01B0\u1EDBc \u0111\xF3. H\xE3y ki\u1EC3m tra l\u1EA1i "period" (k\u1EF3 sinh ho\u1EA1t) ho\u1EB7c "date" (ng\xE0y sinh ho\u1EA1t).`,
    en: (d) => `The period ${d.period} is neither the month of the meeting date ${d.date} nor the month before. Check period or date.`
  },
  check: ({ record: record2 }) => {
    const { period, date: date2 } = record2;
    if (period === void 0) return [];
    const month = date2.slice(0, 7);
    return period === month || period === previousMonth(month) ? [] : [{ path: ["period"], data: { period, date: date2 } }];
  }
});

// src/rules/rating-overstated.ts
function ratingClaims(ctx) {
  const out = [{ claims: ctx.claims, score: ctx.score, path: ["assessment", "rating"], confirmed: false }];
  if (ctx.review) out.push({ ...ctx.review, path: ["review", "rating"], confirmed: true });
  return out;
}
function ratingLevels(ctx, c) {
  const levels = ctx.rubric.levels;
  const claimedRank = levels.findIndex((l) => l.id === c.claims.rating);
  const computedRank = levels.findIndex((l) => l.id === c.score.rating);
  if (claimedRank < 0 || computedRank < 0) return void 0;
  return { claimed: levels[claimedRank], claimedRank, computed: levels[computedRank], computedRank };
}
var message = (data, lang) => {
  const d = { ...data, claimed: inLang(data.claimed, lang), allowed: inLang(data.allowed, lang) };
  const vi = lang === "vi";
  const n = (x) => formatNumber(x, lang);
  const reasons = d.short.map((s) => vi ? `${criterionLabel(s.id, lang)} ch\u1EC9 \u0111\u1EA1t ${n(s.score)}/${n(s.max)} \u0111i\u1EC3m (thi\u1EBFu ${n(s.max - s.score)})` : `${criterionLabel(s.id, lang)} has ${s.score} of ${s.max} points (${s.max - s.score} short)`);
  if (d.total < d.min) reasons.push(vi ? `t\u1ED5ng \u0111i\u1EC3m ${n(d.total)}, d\u01B0\u1EDBi m\u1EE9c ${n(d.min)} \u0111i\u1EC3m m\xE0 lo\u1EA1i ${d.claimed} c\u1EA7n` : `the total is ${d.total}, below the ${d.min} that ${d.claimed} needs`);
  for (const v of d.vetoes ?? []) {
    reasons.push(vi ? `lo\u1EA1i ${d.claimed} kh\xF4ng \u0111\u01B0\u1EE3c x\xE9t khi ${v.message.vi} (${inLang(v.source, "vi")})` : `${d.claimed} is barred: ${v.message.en} (${inLang(v.source, "en")})`);
  }
  const items = d.gate.some((id) => id.includes("."));
  const gateList = items ? joinList(d.gate.map((id) => criterionLabel(id, lang)), lang) : `${vi ? "c\xE1c ti\xEAu ch\xED" : "criteria"} ${joinList(d.gate, lang)}`;
  const gate = d.short.length > 0 ? vi ? `; lo\u1EA1i ${d.claimed} c\u1EA7n \u0111\u1EA1t \u0111i\u1EC3m t\u1ED1i \u0111a \u1EDF ${gateList}` : `; ${d.claimed} needs full marks in ${gateList}` : "";
  const hint = d.noScores ? vi ? " Bi\xEAn b\u1EA3n kh\xF4ng ghi \u0111i\u1EC3m t\u1EF1 ch\u1EA5m, n\xEAn c\xE1c ti\xEAu ch\xED t\u1EF1 \u0111\xE1nh gi\xE1 \u0111\u01B0\u1EE3c t\xEDnh 0." : " No scores are written, so judged criteria count 0." : "";
  if (d.confirmed) {
    return vi ? `C\u1EA5p tr\xEAn x\u1EBFp lo\u1EA1i ${d.claimed}, nh\u01B0ng ${joinList(reasons, lang)}${gate}. V\u1EDBi s\u1ED1 \u0111i\u1EC3m n\xE0y, k\u1EF3 sinh ho\u1EA1t ch\u1EC9 \u0111\u01B0\u1EE3c x\u1EBFp lo\u1EA1i ${d.allowed}.${hint}` : `Confirmed as ${d.claimed}, but ${joinList(reasons, lang)}${gate}. The scores allow ${d.allowed}.${hint}`;
  }
  return vi ? `Chi b\u1ED9 t\u1EF1 x\u1EBFp lo\u1EA1i ${d.claimed}, nh\u01B0ng ${joinList(reasons, lang)}${gate}. V\u1EDBi s\u1ED1 \u0111i\u1EC3m n\xE0y, k\u1EF3 sinh ho\u1EA1t ch\u1EC9 \u0111\u01B0\u1EE3c x\u1EBFp lo\u1EA1i ${d.allowed}.${hint}` : `Rated ${d.claimed}, but ${joinList(reasons, lang)}${gate}. The scores allow ${d.allowed}.${hint}`;
};
var rating_overstated_default = defineRecordRule({
  id: "rating-overstated",
  severity: "error",
  description: { vi: "T\u1EF1 x\u1EBFp lo\u1EA1i cao h\u01A1n m\u1EE9c \u0111i\u1EC3m cho ph\xE9p", en: "The claimed rating is better than the scores allow" },
  message: { vi: (d) => message(d, "vi"), en: (d) => message(d, "en") },
  check: (ctx) => ratingClaims(ctx).flatMap((claim) => {
    const r = ratingLevels(ctx, claim);
    if (!r || r.claimedRank >= r.computedRank) return [];
    const check = claim.score.levels[r.claimedRank];
    const vetoes = check.vetoed.map((i) => ({ message: r.claimed.vetoes[i].message, source: r.claimed.vetoes[i].source }));
    return [{
      path: claim.path,
      data: {
        claimed: r.claimed.name,
        allowed: r.computed.name,
        total: claim.score.total,
        min: r.claimed.min,
        gate: r.claimed.gate,
        short: check.short,
        noScores: claim.claims.scores.size === 0,
        ...vetoes.length > 0 && { vetoes },
        ...claim.confirmed && { confirmed: true }
      }
    }];
  })
});

// src/rules/rating-understated.ts
var rating_understated_default = defineRecordRule({
  id: "rating-understated",
  severity: "warning",
  description: { vi: "T\u1EF1 x\u1EBFp lo\u1EA1i th\u1EA5p h\u01A1n m\u1EE9c \u0111i\u1EC3m cho ph\xE9p", en: "The claimed rating is worse than the scores allow" },
  message: {
    vi: (d) => `${d.confirmed ? "C\u1EA5p tr\xEAn" : "Chi b\u1ED9 t\u1EF1"} x\u1EBFp lo\u1EA1i ${inLang(d.claimed, "vi")}, nh\u01B0ng v\u1EDBi ${formatNumber(d.total, "vi")} \u0111i\u1EC3m, k\u1EF3 sinh ho\u1EA1t \u0111\u1EA1t lo\u1EA1i ${inLang(d.allowed, "vi")}. H\xE3y ki\u1EC3m tra l\u1EA1i x\u1EBFp lo\u1EA1i ho\u1EB7c \u0111i\u1EC3m.`,
    en: (d) => `${d.confirmed ? "Confirmed as" : "Rated"} ${inLang(d.claimed, "en")}, but with ${d.total} points the meeting reaches ${inLang(d.allowed, "en")}. Check the rating or the scores.`
  },
  check: (ctx) => ratingClaims(ctx).flatMap((claim) => {
    const r = ratingLevels(ctx, claim);
    if (!r || r.claimedRank <= r.computedRank) return [];
    return [{ path: claim.path, data: { claimed: r.claimed.name, allowed: r.computed.name, total: claim.score.total, ...claim.confirmed && { confirmed: true } } }];
  })
});

// src/rules/rubric-kind.ts
var kindName = (kind) => KIND_NAMES[kind]?.vi ?? kind;
var rubric_kind_default = defineLoadRule({
  id: "rubric-kind",
  severity: "error",
  description: { vi: "B\u1ED9 ti\xEAu ch\xED kh\xF4ng ch\u1EA5m lo\u1EA1i sinh ho\u1EA1t n\xE0y", en: "The rubric does not score this kind of meeting" },
  message: {
    vi: (d) => `B\u1ED9 ti\xEAu ch\xED "${d.rubric}" kh\xF4ng ch\u1EA5m bu\u1ED5i sinh ho\u1EA1t ${kindName(d.kind)} (ch\u1EC9 ch\u1EA5m sinh ho\u1EA1t ${d.kinds.map(kindName).join(", ")}). H\xE3y ch\u1ECDn b\u1ED9 ti\xEAu ch\xED kh\xE1c ho\u1EB7c s\u1EEDa "kind" (lo\u1EA1i sinh ho\u1EA1t).`,
    en: (d) => `The rubric "${d.rubric}" does not score "${d.kind}" meetings (it scores: ${d.kinds.join(", ")}). Choose another rubric or correct the kind.`
  }
});

// src/rules/rubric-out-of-force.ts
var rubric_out_of_force_default = defineRecordRule({
  id: "rubric-out-of-force",
  severity: "warning",
  description: { vi: "B\u1ED9 ti\xEAu ch\xED kh\xF4ng \xE1p d\u1EE5ng v\xE0o ng\xE0y h\u1ECDp", en: "The rubric is not in force on the meeting day" },
  message: {
    vi: (d) => `B\u1ED9 ti\xEAu ch\xED "${d.rubric}" \xE1p d\u1EE5ng cho bu\u1ED5i sinh ho\u1EA1t ${formatSpan(d.dates, "vi")}, nh\u01B0ng bu\u1ED5i n\xE0y h\u1ECDp ng\xE0y ${formatDate(d.date, "vi")}. H\xE3y d\xF9ng b\u1ED9 ti\xEAu ch\xED \xE1p d\u1EE5ng v\xE0o ng\xE0y \u0111\xF3: s\u1EEDa ho\u1EB7c b\u1ECF d\xF2ng "rubric" (b\u1ED9 ti\xEAu ch\xED) \u0111\u1EC3 chibo t\u1EF1 ch\u1ECDn theo ng\xE0y h\u1ECDp; n\u1EBFu ng\xE0y h\u1ECDp ghi nh\u1EA7m th\xEC s\u1EEDa "date" (ng\xE0y sinh ho\u1EA1t).`,
    en: (d) => `The rubric "${d.rubric}" is in force for meetings ${formatSpan(d.dates, "en")}, but this meeting was held on ${formatDate(d.date, "en")}. Use the rubric in force on that day (change "rubric", or leave it out for chibo to choose by date), or correct the date.`
  },
  check: ({ record: record2, rubric }) => inForceOn(rubric.inForce, record2.date) ? [] : [{ path: ["date"], data: { rubric: rubric.id, date: record2.date, dates: rubric.inForce } }]
});

// src/rules/rubric-unavailable.ts
var rubric_unavailable_default = defineLoadRule({
  id: "rubric-unavailable",
  severity: "error",
  description: { vi: "Kh\xF4ng t\u1EA3i \u0111\u01B0\u1EE3c b\u1ED9 ti\xEAu ch\xED m\xE0 bi\xEAn b\u1EA3n ch\u1EC9 \u0111\u1ECBnh", en: "The rubric the record names cannot be loaded" },
  message: {
    vi: (d) => `Kh\xF4ng t\u1EA3i \u0111\u01B0\u1EE3c b\u1ED9 ti\xEAu ch\xED "${d.rubric}": ${d.reason.vi} H\xE3y s\u1EEDa m\u1EE5c "rubric" (b\u1ED9 ti\xEAu ch\xED ch\u1EA5m \u0111i\u1EC3m), ho\u1EB7c ch\u1ECDn b\u1ED9 ti\xEAu ch\xED b\u1EB1ng --rubric.`,
    en: (d) => `The rubric "${d.rubric}" cannot be loaded: ${d.reason.en} Fix the rubric key, or choose a rubric with --rubric.`
  }
});

// src/rules/score-missing.ts
var score_missing_default = defineRecordRule({
  id: "score-missing",
  severity: "warning",
  description: { vi: "Ti\xEAu ch\xED t\u1EF1 \u0111\xE1nh gi\xE1 ch\u01B0a \u0111\u01B0\u1EE3c ch\u1EA5m \u0111i\u1EC3m", en: "A criterion with judged items has no claim" },
  message: {
    vi: (d) => `Ch\u01B0a t\u1EF1 ch\u1EA5m ${criterionLabel(d.id, "vi")} (${inLang(d.name, "vi")}); ${d.items.length === 1 && d.items[0] === d.id ? "ti\xEAu ch\xED n\xE0y" : `${d.items.length === 1 ? "m\u1EE5c" : "c\xE1c m\u1EE5c"} ${joinList(d.items, "vi")}`} do chi b\u1ED9 t\u1EF1 \u0111\xE1nh gi\xE1 n\xEAn \u0111\u01B0\u1EE3c t\xEDnh 0 \u0111i\u1EC3m. H\xE3y ghi \u0111i\u1EC3m v\xE0o "assessment.scores" (\u0111i\u1EC3m t\u1EF1 ch\u1EA5m).`,
    en: (d) => `${criterionLabel(d.id, "en").replace(/^./, (c) => c.toUpperCase())} (${inLang(d.name, "en")}) has no claimed score; ${d.items.length === 1 && d.items[0] === d.id ? "it is judged" : `${d.items.length === 1 ? "item" : "items"} ${joinList(d.items, "en")} ${d.items.length === 1 ? "is" : "are"} judged`} by the cell and so count${d.items.length === 1 ? "s" : ""} 0. Write the score in assessment.scores.`
  },
  check: ({ claims, score: score2 }) => {
    if (!claims.present) return [];
    const path3 = claims.scores.size > 0 ? ["assessment", "scores"] : ["assessment"];
    return score2.criteria.filter((c) => c.claimed === null).flatMap((c) => {
      const items = c.items.filter((i) => !i.measured && i.claim === null).map((i) => i.id);
      return items.length > 0 ? [{ path: path3, at: "key", data: { id: c.id, name: c.name, items } }] : [];
    });
  }
});

// src/rules/score-overclaimed.ts
var why = (s, facts, lang) => {
  const reason = s.facts.length > 0 ? s.facts.map((f) => describeFact(f, facts, lang)).join(", ") : lang === "vi" ? "theo \u0111i\u1EC3m t\u1EF1 ch\u1EA5m c\u1EE7a m\u1EE5c" : "as the item itself is claimed";
  return lang === "vi" ? `${criterionLabel(s.item, lang)} \u0111\u1EA1t ${formatNumber(s.value, lang)}/${formatNumber(s.max, lang)} \u0111i\u1EC3m (${reason})` : `${s.item}: ${s.value}/${s.max} (${reason})`;
};
var message2 = (d, lang) => {
  const reasons = d.shortfalls.map((s) => why(s, d.facts, lang)).join("; ");
  return lang === "vi" ? `${criterionLabel(d.id, lang).replace(/^./, (c) => c.toUpperCase())} t\u1EF1 ch\u1EA5m ${formatNumber(d.claimed, lang)} \u0111i\u1EC3m, nh\u01B0ng theo bi\xEAn b\u1EA3n ch\u1EC9 \u0111\u01B0\u1EE3c t\u1ED1i \u0111a ${formatNumber(d.ceiling, lang)} \u0111i\u1EC3m: ${reasons}. H\xE3y ch\u1EA5m l\u1EA1i, ho\u1EB7c ghi \u0111\u1EE7 d\u1EEF ki\u1EC7n n\u1EBFu bi\xEAn b\u1EA3n c\xF2n thi\u1EBFu.` : `${criterionLabel(d.id, lang).replace(/^./, (c) => c.toUpperCase())} is claimed at ${d.claimed}, but the record's facts support at most ${d.ceiling}: ${reasons}. Lower the claim, or record the missing facts if the minutes left them out.`;
};
var score_overclaimed_default = defineRecordRule({
  id: "score-overclaimed",
  severity: "error",
  description: { vi: "\u0110i\u1EC3m t\u1EF1 ch\u1EA5m cao h\u01A1n m\u1EE9c d\u1EEF ki\u1EC7n bi\xEAn b\u1EA3n cho ph\xE9p", en: "A claim above what the record supports" },
  message: { vi: (d) => message2(d, "vi"), en: (d) => message2(d, "en") },
  check: ({ score: score2, facts }) => {
    const out = [];
    for (const c of score2.criteria) {
      const shortfall = (i) => ({ item: i.id, value: i.value, max: i.max, facts: i.trace?.facts ?? [], claimed: i.claim !== null });
      if (c.claimed !== null && c.claimed <= c.max && c.claimed > c.ceiling) {
        const shortfalls = c.items.filter((i) => i.value < i.max).map(shortfall);
        out.push({ path: ["assessment", "scores", c.id], data: { id: c.id, claimed: c.claimed, ceiling: c.ceiling, shortfalls, facts } });
      }
      for (const i of c.items) {
        if (i.id === c.id || !i.measured || i.claim === null || i.claim > i.max || i.claim <= i.value) continue;
        out.push({ path: ["assessment", "scores", i.id], data: { id: i.id, claimed: i.claim, ceiling: i.value, shortfalls: [shortfall(i)], facts } });
      }
    }
    return out;
  }
});

// src/rules/score-range.ts
function rangeFor(rubric, id) {
  for (const c of rubric.criteria) {
    const max = c.id === id ? c.max : c.items.find((i) => i.id === id)?.max;
    if (max !== void 0) return c.role === "deduction" ? { min: -max, max: 0 } : { min: 0, max };
  }
  return void 0;
}
var message3 = (d, lang) => {
  const what = criterionLabel(d.id, lang);
  if (d.unknown) {
    return lang === "vi" ? `B\u1ED9 ti\xEAu ch\xED "${d.rubric}" kh\xF4ng c\xF3 ${what} cho bu\u1ED5i sinh ho\u1EA1t ${KIND_NAMES[d.kind].vi}; h\xE3y b\u1ECF \u0111i\u1EC3m n\xE0y ho\u1EB7c s\u1EEDa l\u1EA1i s\u1ED1 hi\u1EC7u ti\xEAu ch\xED.` : `The rubric "${d.rubric}" has no ${what} for ${KIND_NAMES[d.kind].en} meetings; remove this score or correct its id.`;
  }
  const min = d.min ?? 0;
  return lang === "vi" ? `\u0110i\u1EC3m ${d.review ? "c\u1EA5p tr\xEAn ch\u1EA5m" : "t\u1EF1 ch\u1EA5m"} ${formatNumber(d.value, lang)} c\u1EE7a ${what} n\u1EB1m ngo\xE0i kho\u1EA3ng t\u1EEB ${formatNumber(min, lang)} \u0111\u1EBFn ${formatNumber(d.max, lang)} \u0111i\u1EC3m.` : `The ${d.review ? "upper level's score" : "claimed"} ${d.value} for ${what} is outside ${min}\u2013${d.max}.`;
};
var score_range_default = defineRecordRule({
  id: "score-range",
  severity: "error",
  description: { vi: "\u0110i\u1EC3m t\u1EF1 ch\u1EA5m ngo\xE0i kho\u1EA3ng cho ph\xE9p, ho\u1EB7c cho ti\xEAu ch\xED kh\xF4ng c\xF3", en: "A claimed score out of range, or for a criterion the rubric lacks" },
  message: { vi: (d) => message3(d, "vi"), en: (d) => message3(d, "en") },
  check: ({ kindRubric, rubric, record: record2 }) => {
    const written2 = [
      ...Object.entries(record2.assessment?.scores ?? {}).map(([id, value]) => ({ id, value, review: false })),
      ...Object.entries(record2.review?.scores ?? {}).map(([id, value]) => ({ id, value, review: true }))
    ];
    return written2.flatMap(({ id, value, review }) => {
      const path3 = [review ? "review" : "assessment", "scores", id];
      const own = review ? { review: true } : {};
      const range = rangeFor(kindRubric, id);
      if (range === void 0) return [{ path: path3, at: "key", data: { id, value, unknown: true, rubric: rubric.id, kind: record2.kind, ...own } }];
      if (value >= range.min && value <= range.max) return [];
      return [{ path: path3, data: { id, value, max: range.max, unknown: false, ...range.min !== 0 && { min: range.min }, ...own } }];
    });
  }
});

// src/rules/score-sum.ts
var claimText = (c, lang) => `${c.id === null ? "" : lang === "vi" ? `${criterionLabel(c.id, "vi")}: ` : `${c.id}: `}${formatNumber(c.value, lang)}`;
var partText = (p, lang) => {
  const text2 = p.map((c) => claimText(c, lang)).join(" + ");
  return p.length > 1 ? `(${text2})` : text2;
};
var message4 = (d, lang) => {
  const what = d.id === null ? lang === "vi" ? "T\u1ED5ng \u0111i\u1EC3m t\u1EF1 ch\u1EA5m" : "The claimed total" : lang === "vi" ? `\u0110i\u1EC3m ${criterionLabel(d.id, lang)}` : `The claim for ${criterionLabel(d.id, lang)}`;
  const parts = d.parts.map((p) => partText(p, lang)).join(" + ");
  return lang === "vi" ? `${what} l\xE0 ${formatNumber(d.claimed, lang)}, nh\u01B0ng c\u1ED9ng ${parts} \u0111\u01B0\u1EE3c ${formatNumber(d.sum, lang)}. H\xE3y s\u1EEDa cho kh\u1EDBp.` : `${what} is ${formatNumber(d.claimed, lang)}, but ${parts} add up to ${formatNumber(d.sum, lang)}. Make them agree.`;
};
var round = (n) => Math.round(n * 1e6) / 1e6;
var score_sum_default = defineRecordRule({
  id: "score-sum",
  severity: "error",
  description: { vi: "T\u1ED5ng \u0111i\u1EC3m t\u1EF1 ch\u1EA5m kh\xF4ng b\u1EB1ng t\u1ED5ng c\xE1c ph\u1EA7n", en: "Claimed totals do not add up" },
  message: { vi: (d) => message4(d, "vi"), en: (d) => message4(d, "en") },
  check: ({ claims, kindRubric, score: score2 }) => {
    const out = [];
    const parts = kindRubric.criteria.flatMap((c, i) => {
      const own = claims.scores.get(c.id);
      if (own !== void 0) return [[{ id: null, value: own }]];
      const items = c.items.filter((i2) => i2.id !== c.id && claims.scores.has(i2.id));
      if (items.length > 0) return [items.map((i2) => ({ id: i2.id, value: claims.scores.get(i2.id) }))];
      const taken = score2.criteria[i];
      return c.role === "deduction" && taken.score < 0 ? [[{ id: c.id, value: taken.score }]] : [];
    });
    if (claims.total !== void 0 && parts.some((p) => p.some((c) => c.id === null || claims.scores.has(c.id)))) {
      const sum = round(parts.flat().reduce((s, c) => s + c.value, 0));
      const kept = kindRubric.criteria.some((c) => c.role !== "score") ? Math.min(kindRubric.max, Math.max(0, sum)) : sum;
      if (round(claims.total) !== sum && round(claims.total) !== kept) {
        out.push({ path: ["assessment", "total"], data: { id: null, claimed: claims.total, sum, parts } });
      }
    }
    const claimed = kindRubric.criteria.filter((c) => claims.scores.has(c.id));
    for (const c of claimed) {
      const items = c.items.filter((i) => i.id !== c.id);
      if (items.length === 0 || !items.every((i) => claims.scores.has(i.id))) continue;
      const sum = round(items.reduce((s, i) => s + claims.scores.get(i.id), 0));
      const value = claims.scores.get(c.id);
      if (round(value) !== sum) {
        out.push({ path: ["assessment", "scores", c.id], data: { id: c.id, claimed: value, sum, parts: items.map((i) => [{ id: i.id, value: claims.scores.get(i.id) }]) } });
      }
    }
    return out;
  }
});

// src/rules/speakers-exceed-present.ts
var speakers_exceed_present_default = defineRecordRule({
  id: "speakers-exceed-present",
  severity: "error",
  description: { vi: "S\u1ED1 ng\u01B0\u1EDDi ph\xE1t bi\u1EC3u nhi\u1EC1u h\u01A1n s\u1ED1 c\xF3 m\u1EB7t", en: "More speakers than members present" },
  message: {
    vi: (d) => `C\xF3 ${d.speakers} ng\u01B0\u1EDDi ph\xE1t bi\u1EC3u nh\u01B0ng ch\u1EC9 ${d.present} \u0111\u1EA3ng vi\xEAn c\xF3 m\u1EB7t. H\xE3y ki\u1EC3m tra danh s\xE1ch ph\xE1t bi\u1EC3u (kh\xE1ch m\u1EDDi kh\xF4ng ghi v\xE0o \u0111\xE2y) ho\u1EB7c s\u1ED1 c\xF3 m\u1EB7t.`,
    en: (d) => `${d.speakers === 1 ? "1 person" : `${d.speakers} people`} spoke but only ${d.present} ${d.present === 1 ? "member was" : "members were"} present. Check the speakers (guests do not belong there) or the number present.`
  },
  check: ({ record: record2, facts }) => {
    const speakers = Number(facts.speaker_count);
    const present = record2.members.present;
    if (speakers <= present) return [];
    const part = record2.agenda.findIndex((a) => a.speakers !== void 0);
    const path3 = record2.speakers !== void 0 || part < 0 ? ["speakers"] : ["agenda", part, "speakers"];
    return [{ path: path3, at: "key", data: { speakers, present } }];
  }
});

// src/rules/task-incomplete.ts
init_text();
var WORDS = { assignee: { vi: "ng\u01B0\u1EDDi th\u1EF1c hi\u1EC7n", en: "an assignee" }, due: { vi: "th\u1EDDi h\u1EA1n", en: "a due date" } };
var task_incomplete_default = defineRecordRule({
  id: "task-incomplete",
  severity: "warning",
  description: { vi: "Nhi\u1EC7m v\u1EE5 \u0111\u01B0\u1EE3c giao thi\u1EBFu ng\u01B0\u1EDDi th\u1EF1c hi\u1EC7n ho\u1EB7c th\u1EDDi h\u1EA1n", en: "A task without an assignee or a due date" },
  message: {
    vi: (d) => `Nhi\u1EC7m v\u1EE5 "${d.task}" ch\u01B0a c\xF3 ${joinList(d.missing.map((m) => WORDS[m].vi), "vi")}. Ph\xE2n c\xF4ng nhi\u1EC7m v\u1EE5 c\u1EA7n r\xF5 ng\u01B0\u1EDDi, r\xF5 vi\u1EC7c, r\xF5 th\u1EDDi gian, r\xF5 tr\xE1ch nhi\u1EC7m.`,
    en: (d) => `The task "${d.task}" has no ${joinList(d.missing.map((m) => WORDS[m].en.replace(/^an? /, "")), "en")}. An assignment needs a person, a task and a deadline.`
  },
  check: ({ record: record2 }) => (record2.tasks ?? []).flatMap((t, i) => {
    const missing = [...isBlank(t.assignee) ? ["assignee"] : [], ...t.due === void 0 ? ["due"] : []];
    return missing.length > 0 ? [{ path: ["tasks", i], data: { task: t.task, missing } }] : [];
  })
});

// src/rules/tasks-not-reviewed.ts
var tasks_not_reviewed_default = defineCrossRule({
  id: "tasks-not-reviewed",
  severity: "warning",
  description: { vi: "Kh\xF4ng \u0111\xE1nh gi\xE1 vi\u1EC7c th\u1EF1c hi\u1EC7n nhi\u1EC7m v\u1EE5 \u0111\u01B0\u1EE3c giao th\xE1ng tr\u01B0\u1EDBc", en: "Last month's tasks not reviewed" },
  message: {
    vi: (d) => `Bi\xEAn b\u1EA3n ${formatMonth(d.month, "vi")} kh\xF4ng c\xF3 n\u1ED9i dung \u0111\xE1nh gi\xE1 k\u1EBFt qu\u1EA3 th\u1EF1c hi\u1EC7n nhi\u1EC7m v\u1EE5 th\xE1ng tr\u01B0\u1EDBc (d\xF2ng "- type: review" trong "agenda" \u2013 ch\u01B0\u01A1ng tr\xECnh sinh ho\u1EA1t), trong khi th\xE1ng tr\u01B0\u1EDBc (${d.previous}) \u0111\xE3 ph\xE2n c\xF4ng nhi\u1EC7m v\u1EE5. H\xE3y \u0111\xE1nh gi\xE1 vi\u1EC7c th\u1EF1c hi\u1EC7n c\xE1c nhi\u1EC7m v\u1EE5 \u0111\xF3.`,
    en: (d) => `The record for ${formatMonth(d.month, "en")} has no review item, although the month before (${d.previous}) assigned tasks. Review how those tasks were carried out.`
  },
  checkAll: (cells) => {
    const out = [];
    for (const meetings of cells) {
      const regular = meetings.filter((m) => isRegular(m.info.kind));
      for (const m of regular) {
        if (m.info.review) continue;
        const previous = regular.find((p) => monthNumber(p.info.month) === monthNumber(m.info.month) - 1 && p.info.tasks);
        if (previous) out.push({ record: m.index, path: ["agenda"], data: { cell: m.info.cell, month: m.info.month, previous: previous.file } });
      }
    }
    return out;
  }
});

// src/rules/thematic-incomplete.ts
init_text();
var FIELDS = ["topic", "plan", "presenter", "conclusion"];
var WORDS2 = {
  topic: { vi: '"topic" (t\xEAn chuy\xEAn \u0111\u1EC1)', en: "the topic (topic)" },
  plan: { vi: '"plan" (k\u1EBF ho\u1EA1ch sinh ho\u1EA1t chuy\xEAn \u0111\u1EC1)', en: "the plan it was held under (plan)" },
  presenter: { vi: '"presenter" (\u0111\u1EA3ng vi\xEAn \u0111\u01B0\u1EE3c ph\xE2n c\xF4ng chu\u1EA9n b\u1ECB, tr\xECnh b\xE0y chuy\xEAn \u0111\u1EC1)', en: "the member assigned to prepare and present it (presenter)" },
  conclusion: { vi: '"conclusion" (k\u1EBFt lu\u1EADn ti\u1EBFp thu, ho\xE0n thi\u1EC7n chuy\xEAn \u0111\u1EC1)', en: "the conclusion on what to take in (conclusion)" }
};
var thematic_incomplete_default = defineRecordRule({
  id: "thematic-incomplete",
  severity: "error",
  description: { vi: "Sinh ho\u1EA1t chuy\xEAn \u0111\u1EC1 thi\u1EBFu k\u1EBF ho\u1EA1ch, ng\u01B0\u1EDDi tr\xECnh b\xE0y, ch\u1EE7 \u0111\u1EC1 ho\u1EB7c k\u1EBFt lu\u1EADn", en: "A thematic meeting lacks its plan, presenter, topic or conclusion" },
  message: {
    vi: (d) => `${d.block ? 'Bu\u1ED5i sinh ho\u1EA1t chuy\xEAn \u0111\u1EC1 ch\u01B0a c\xF3 ph\u1EA7n "thematic" (sinh ho\u1EA1t chuy\xEAn \u0111\u1EC1)' : "Ph\u1EA7n sinh ho\u1EA1t chuy\xEAn \u0111\u1EC1 ch\u01B0a ghi"}${d.block ? ": c\u1EA7n ghi " : " "}${joinList(d.missing.map((f) => WORDS2[f].vi), "vi")}.`,
    en: (d) => `${d.block ? "The thematic meeting has no thematic block" : "The thematic block is incomplete"}: it needs ${joinList(d.missing.map((f) => WORDS2[f].en), "en")}.`
  },
  check: ({ record: record2 }) => {
    if (record2.kind === "regular") return [];
    const t = record2.thematic;
    if (t === void 0) return [{ path: ["thematic"], at: "key", data: { missing: [...FIELDS], block: true } }];
    return FIELDS.filter((f) => isBlank(t[f])).map((f) => ({ path: ["thematic", f], data: { missing: [f], block: false } }));
  }
});

// src/rules/thematic-missing.ts
var thematic_missing_default = defineCrossRule({
  id: "thematic-missing",
  severity: "warning",
  description: { vi: "M\u1ED9t qu\xFD kh\xF4ng c\xF3 bu\u1ED5i sinh ho\u1EA1t chuy\xEAn \u0111\u1EC1", en: "A quarter without a thematic meeting" },
  message: {
    vi: (d) => `${d.cell} kh\xF4ng c\xF3 bu\u1ED5i sinh ho\u1EA1t chuy\xEAn \u0111\u1EC1 n\xE0o trong ${quarterName(d.quarter, d.year, "vi")} (c\xE1c bi\xEAn b\u1EA3n c\u1EE7a qu\xFD: ${d.files.join(", ")}). Chi b\u1ED9 sinh ho\u1EA1t chuy\xEAn \u0111\u1EC1 \xEDt nh\u1EA5t m\u1ED7i qu\xFD m\u1ED9t l\u1EA7n.`,
    en: (d) => `${d.cell} held no thematic meeting in ${quarterName(d.quarter, d.year, "en")} (records of the quarter: ${d.files.join(", ")}). Cells hold a thematic meeting at least once a quarter.`
  },
  checkAll: (cells, { asOf }) => {
    const out = [];
    for (const meetings of cells) {
      for (const { quarter, year, meetings: inQuarter } of closedQuarters(meetings, asOf)) {
        if (inQuarter.length === 0 || inQuarter.some((m) => m.info.kind !== "regular")) continue;
        const latest = inQuarter[inQuarter.length - 1];
        out.push({ record: latest.index, path: ["kind"], data: { cell: latest.info.cell, quarter, year, files: inQuarter.map((m) => m.file) } });
      }
    }
    return out;
  }
});

// src/rules/time-invalid.ts
var time_invalid_default = defineRecordRule({
  id: "time-invalid",
  severity: "error",
  description: { vi: "Gi\u1EDD k\u1EBFt th\xFAc kh\xF4ng sau gi\u1EDD b\u1EAFt \u0111\u1EA7u", en: "The end time is not after the start time" },
  message: {
    vi: (d) => `Gi\u1EDD k\u1EBFt th\xFAc ${d.end} kh\xF4ng sau gi\u1EDD b\u1EAFt \u0111\u1EA7u ${d.start}. H\xE3y s\u1EEDa gi\u1EDD (theo \u0111\u1ECBnh d\u1EA1ng 24 gi\u1EDD, c\xF9ng m\u1ED9t ng\xE0y).`,
    en: (d) => `The end time ${d.end} is not after the start time ${d.start}. Correct the times (24-hour clock, same day).`
  },
  check: ({ record: record2 }) => minutesOfDay(record2.time.end) > minutesOfDay(record2.time.start) ? [] : [{ path: ["time", "end"], data: { start: record2.time.start, end: record2.time.end } }]
});

// src/rules/upper-level-absent.ts
var upper_level_absent_default = defineCrossRule({
  id: "upper-level-absent",
  severity: "warning",
  description: { vi: "M\u1ED9t qu\xFD kh\xF4ng c\xF3 \u0111\u1ED3ng ch\xED c\u1EA5p \u1EE7y c\u1EA5p tr\xEAn d\u1EF1 sinh ho\u1EA1t", en: "A quarter no upper-level committee member attended" },
  message: {
    vi: (d) => `Trong ${quarterName(d.quarter, d.year, "vi")}, kh\xF4ng bu\u1ED5i sinh ho\u1EA1t n\xE0o c\u1EE7a ${d.cell} c\xF3 \u0111\u1ED3ng ch\xED c\u1EA5p \u1EE7y c\u1EA5p tr\xEAn d\u1EF1 (c\xE1c bi\xEAn b\u1EA3n c\u1EE7a qu\xFD: ${d.files.join(", ")}). C\xF4ng v\u0103n 750-CV/\u0110UK \u0111\u1EC1 ngh\u1ECB c\u1EA5p \u1EE7y vi\xEAn c\u1EA5p tr\xEAn d\u1EF1, theo d\xF5i, ch\u1EC9 \u0111\u1EA1o sinh ho\u1EA1t chi b\u1ED9. N\u1EBFu \u0111\xE3 c\xF3 \u0111\u1ED3ng ch\xED c\u1EA5p \u1EE7y c\u1EA5p tr\xEAn d\u1EF1, h\xE3y ghi \u0111\u1ED3ng ch\xED \u0111\xF3 v\xE0o "guests" (\u0111\u1EA1i bi\u1EC3u d\u1EF1), v\u1EDBi "role" (vai tr\xF2 c\u1EE7a \u0111\u1EA1i bi\u1EC3u) l\xE0 c\u1EA5p \u1EE7y c\u1EA5p tr\xEAn.`,
    en: (d) => `No upper-level committee member attended a meeting of ${d.cell} in ${quarterName(d.quarter, d.year, "en")} (records of the quarter: ${d.files.join(", ")}). Letter 750-CV/\u0110UK asks upper-level committee members to attend, follow and guide cell meetings. If one did, list them under guests with role: cap_uy_cap_tren.`
  },
  checkAll: (cells, { asOf }) => {
    const out = [];
    for (const meetings of cells) {
      for (const { quarter, year, meetings: inQuarter } of closedQuarters(meetings, asOf)) {
        if (inQuarter.length === 0 || inQuarter.some((m) => m.info.upperLevel)) continue;
        const latest = inQuarter[inQuarter.length - 1];
        out.push({ record: latest.index, path: ["date"], data: { cell: latest.info.cell, quarter, year, files: inQuarter.map((m) => m.file) } });
      }
    }
    return out;
  }
});

// src/rules/vote-mismatch.ts
var members = (d, lang) => {
  if (lang === "vi") return d.official ? `${d.present} \u0111\u1EA3ng vi\xEAn ch\xEDnh th\u1EE9c c\xF3 m\u1EB7t (\u0111\u1EA3ng vi\xEAn d\u1EF1 b\u1ECB kh\xF4ng bi\u1EC3u quy\u1EBFt)` : `${d.present} \u0111\u1EA3ng vi\xEAn c\xF3 m\u1EB7t`;
  const noun = d.present === 1 ? "member" : "members";
  return d.official ? `the ${d.present} official ${noun} present (probationary members do not vote)` : `the ${d.present} ${noun} present`;
};
var vote_mismatch_default = defineRecordRule({
  id: "vote-mismatch",
  severity: "error",
  description: { vi: "S\u1ED1 phi\u1EBFu bi\u1EC3u quy\u1EBFt nhi\u1EC1u h\u01A1n s\u1ED1 c\xF3 m\u1EB7t", en: "More votes than members present" },
  message: {
    vi: (d) => d.minutes ? `T\u1ED5ng s\u1ED1 bi\u1EC3u quy\u1EBFt th\xF4ng qua bi\xEAn b\u1EA3n l\xE0 ${d.votes}, nhi\u1EC1u h\u01A1n ${members(d, "vi")}. H\xE3y s\u1EEDa k\u1EBFt qu\u1EA3 bi\u1EC3u quy\u1EBFt th\xF4ng qua bi\xEAn b\u1EA3n.` : `T\u1ED5ng s\u1ED1 bi\u1EC3u quy\u1EBFt l\xE0 ${d.votes}, nhi\u1EC1u h\u01A1n ${members(d, "vi")}. H\xE3y s\u1EEDa k\u1EBFt qu\u1EA3 bi\u1EC3u quy\u1EBFt.`,
    en: (d) => d.minutes ? `The votes approving the minutes add up to ${d.votes}, more than ${members(d, "en")}. Correct that vote.` : `The vote counts add up to ${d.votes}, more than ${members(d, "en")}. Correct the vote.`
  },
  check: ({ record: record2 }) => {
    const { voters, official } = votersPresent(record2);
    const out = [];
    const tally = (votes, key) => {
      if (votes <= voters) return;
      out.push({ path: [key], at: "key", data: { votes, present: voters, ...official && { official: true }, ...key === "minutes_approval" && { minutes: true } } });
    };
    if (record2.vote) tally(record2.vote.for + record2.vote.against + record2.vote.abstain, "vote");
    if (record2.minutes_approval) tally(record2.minutes_approval.for + record2.minutes_approval.against, "minutes_approval");
    return out;
  }
});

// src/rules/index.ts
var RULES = [
  yaml_syntax_default,
  schema_default,
  file_unreadable_default,
  limit_exceeded_default,
  rubric_unavailable_default,
  rubric_kind_default,
  attendance_mismatch_default,
  absence_duplicate_default,
  absent_but_active_default,
  speakers_exceed_present_default,
  vote_mismatch_default,
  time_invalid_default,
  score_range_default,
  score_sum_default,
  score_overclaimed_default,
  rating_overstated_default,
  rating_understated_default,
  assessment_missing_default,
  score_missing_default,
  fact_missing_default,
  agenda_missing_default,
  duration_short_default,
  minutes_incomplete_default,
  task_incomplete_default,
  period_mismatch_default,
  thematic_incomplete_default,
  hidden_character_default,
  rubric_out_of_force_default,
  meeting_missing_default,
  thematic_missing_default,
  duplicate_meeting_default,
  absence_streak_default,
  tasks_not_reviewed_default,
  cell_name_variant_default,
  upper_level_absent_default,
  absence_unexcused_year_default
];
var RECORD_RULES = RULES.filter((r) => r.kind === "record");
var CROSS_RULES = RULES.filter((r) => r.kind === "cross");
var BY_ID = new Map(RULES.map((r) => [r.id, r]));
function renderProblem(problem2, lang) {
  const rule = BY_ID.get(problem2.rule);
  if (!rule) throw new Error(`no rule ${problem2.rule}`);
  return rule.message[lang](problem2.data);
}

// src/core/problem.ts
var byPlace = (a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || a.rule.localeCompare(b.rule);

// src/score/score.ts
init_facts();
function claimsOf(record2) {
  const a = record2.assessment;
  const claims = { present: a !== void 0, scores: new Map(Object.entries(a?.scores ?? {})) };
  if (a?.total !== void 0) claims.total = a.total;
  if (a?.rating !== void 0) claims.rating = a.rating;
  return claims;
}
function reviewClaimsOf(record2) {
  const r = record2.review;
  if (!r) return void 0;
  const scores2 = new Map([...Object.entries(record2.assessment?.scores ?? {}), ...Object.entries(r.scores ?? {})]);
  return { present: true, scores: scores2, rating: r.rating };
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

// src/validate/record-fast.ts
init_text();
init_vocabulary();
init_when();
var Declined = class extends Error {
};
var DECLINED = new Declined();
function decline() {
  throw DECLINED;
}
var text = (v) => typeof v === "string" ? v : decline();
var fillable = (v) => v === null ? "" : text(v);
var number = (v) => typeof v === "number" && Number.isFinite(v) ? v : decline();
var count = (v) => typeof v === "number" && Number.isSafeInteger(v) && v >= 0 ? v : decline();
var checked = (check) => (v) => typeof v === "string" && check(v) ? v : decline();
var date = checked(isCalendarDate);
var clock = checked(isClockTime);
var oneOf = (choice) => (v) => typeof v === "string" ? choice.parse(v) ?? decline() : decline();
var yesNo = (v) => {
  if (typeof v === "boolean") return v;
  const id = typeof v === "string" ? YES_NO.parse(v) : void 0;
  return id === void 0 ? decline() : id === "yes";
};
function mapping(v) {
  if (typeof v !== "object" || v === null || Array.isArray(v)) decline();
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null ? v : decline();
}
var list = (item) => (v) => {
  if (!Array.isArray(v)) decline();
  const out = [];
  for (let i = 0; i < v.length; i++) out.push(item(v[i]));
  return out;
};
var scores = (v) => {
  const data = mapping(v);
  const out = {};
  for (const key of Object.keys(data)) {
    if (key === "__proto__") decline();
    if (!key.startsWith("x-")) out[key] = number(data[key]);
  }
  return out;
};
function object(spec2) {
  const fields = Object.entries(spec2).map(([key, read2]) => ({ key: key.replace(/\?$/, ""), read: read2, required: !key.endsWith("?") }));
  const known = new Set(fields.map((f) => f.key));
  return (v) => {
    const data = mapping(v);
    for (const key of Object.keys(data)) if (!known.has(key) && !key.startsWith("x-")) decline();
    const out = {};
    for (const { key, read: read2, required } of fields) {
      if (Object.hasOwn(data, key)) out[key] = read2(data[key]);
      else if (required) decline();
    }
    return out;
  };
}
var guest = object({ name: text, role: oneOf(GUEST_ROLE) });
var memberFields = object({
  total: (v) => count(v) >= 1 ? v : decline(),
  "exempt?": count,
  present: count,
  "official?": count,
  "probationary?": count,
  "probationary_present?": count,
  "absent_excused?": list(object({ name: text, "reason?": fillable })),
  "absent_unexcused?": list(text)
});
var members2 = (v) => {
  const out = memberFields(v);
  return memberCountIssues(out).length === 0 ? out : decline();
};
var record = object({
  "format?": (v) => v === "chibo/v1" ? v : decline(),
  "rubric?": text,
  cell: (v) => typeof v === "string" && v.trim() !== "" ? v : decline(),
  "organization?": text,
  "cell_type?": oneOf(CELL_TYPE),
  "cell_has_committee?": yesNo,
  kind: oneOf(MEETING_KIND),
  date,
  "period?": checked(isMonth),
  "place?": text,
  time: object({ start: clock, end: clock }),
  chair: fillable,
  minutes_taker: fillable,
  "guests?": list((v) => typeof v === "string" ? v : guest(v)),
  members: members2,
  "preparation?": object({
    "prepared_by?": oneOf(PREPARER),
    "committee_met?": yesNo,
    "draft_resolution?": yesNo,
    "notice_sent?": yesNo,
    "documents_posted_days_before?": count
  }),
  agenda: list(object({ type: oneOf(AGENDA_TYPE), "title?": text, "note?": text, "speakers?": list(text), "conclusion?": text })),
  "speakers?": list(text),
  "commendations?": list(object({
    name: text,
    kind: (v) => v === "praise" || v === "reminder" || v === "criticism" ? v : decline(),
    "note?": text
  })),
  conclusion: fillable,
  "vote?": object({ for: count, against: count, abstain: count }),
  "minutes_approval?": object({ for: count, against: count }),
  "tasks?": list(object({ task: text, "assignee?": text, "due?": date })),
  "previous_resolution?": object({ "achieved_percent?": (v) => number(v) >= 0 && v <= 100 ? v : decline() }),
  "followup?": object({ "resolution_posted_days_after?": count }),
  "thematic?": object({ "topic?": text, "plan?": text, "presenter?": text, "conclusion?": text }),
  "assessment?": object({ "scores?": scores, "total?": number, "rating?": oneOf(RATING) }),
  "review?": object({ by: text, date, "scores?": scores, rating: oneOf(RATING) }),
  "notes?": text
});
function readValidRecord(data) {
  try {
    return record(data);
  } catch (e) {
    if (e === DECLINED) return void 0;
    throw e;
  }
}

// src/check.ts
function severityOf(p, overrides) {
  const override = overrides[p.rule];
  return override === "off" ? void 0 : override ?? p.severity;
}
var InternalFault = class _InternalFault extends Error {
  constructor(place2, cause) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.place = place2;
    this.cause = cause;
    this.name = "InternalFault";
    if (cause instanceof Error && cause.stack) this.stack = cause.stack;
  }
  place;
  cause;
  /** Runs `f`, giving a fault it throws the place (a place already known is kept). */
  static at(place2, f) {
    try {
      return f();
    } catch (e) {
      throw e instanceof _InternalFault ? new _InternalFault({ ...place2, ...e.place }, e.cause) : new _InternalFault(place2, e);
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
function settle(problems, env2) {
  return problems.flatMap((p) => {
    const severity = severityOf(p, env2.severities);
    if (severity === void 0) return [];
    return severity === p.severity ? [p] : [{ ...p, severity }];
  }).sort(byPlace);
}
function finish(result, found, env2) {
  const problems = found.map(({ data, ...p }) => ({ ...p, message: renderProblem({ rule: p.rule, data }, env2.lang), data }));
  return { ...result, problems: settle(problems, env2) };
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
function checkRecord(file, dir, bytes, env2) {
  return InternalFault.at({ file }, () => checkBytes(file, dir, bytes, env2));
}
function checkBytes(file, dir, bytes, env2) {
  const result = empty(file);
  const fail = (rule, data, where) => finish(result, [problem(rule, data, where)], env2);
  if ("error" in bytes) {
    return fail(file_unreadable_default, bytes.error === "not-file" ? { reason: "not-file" } : { reason: "read", code: bytes.error }, { path: null });
  }
  const loaded = loadText(bytes, env2.limits);
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
  return checkSource(file, loaded, dir, env2);
}
function checkSource(file, source, dir, env2) {
  let result = empty(file);
  const at = (p, where = "value") => ({ path: p, at: source.locate(p, where) });
  const meeting = meetingInfo(source.data, (p, where) => source.locate(p, where));
  if (meeting) result = { ...result, meeting: meeting.info, anchors: meeting.anchors };
  const valid = validate(() => schemas().recordSchema, source.data, readValidRecord);
  if (!valid.ok) {
    return finish(result, valid.issues.map((issue) => problem(schema_default, issue, at(issue.path, issue.at))), env2);
  }
  const record2 = valid.value;
  const claims = claimsOf(record2);
  const described = {
    ...result,
    cell: record2.cell,
    kind: record2.kind,
    period: periodOf(record2),
    claimed: claims.present ? { ...claims.total !== void 0 && { total: claims.total }, ...claims.rating && { rating: claims.rating } } : null,
    confirmed: record2.review ? { rating: record2.review.rating, by: record2.review.by, date: record2.review.date } : null
  };
  let loaded = env2.rubric;
  if (!loaded) {
    const ref = record2.rubric ?? chooseByDate(env2.defaultRubrics, record2.date).ref;
    const named2 = env2.loadRubric(ref, dir);
    if ("error" in named2) {
      const data = { rubric: ref, reason: { vi: rubricErrorText(named2.error, "vi"), en: rubricErrorText(named2.error, "en") } };
      const where = record2.rubric === void 0 ? { path: null } : at(["rubric"]);
      return finish(described, [problem(rubric_unavailable_default, data, where)], env2);
    }
    loaded = named2;
  }
  const { rubric } = loaded;
  const scoredBy = { rubric: rubric.id, rubricKey: loaded.key };
  const kindRubric = rubric.kinds[record2.kind];
  if (!kindRubric) {
    const data = { rubric: rubric.id, kind: record2.kind, kinds: Object.keys(rubric.kinds) };
    return finish({ ...described, ...scoredBy }, [problem(rubric_kind_default, data, at(["kind"]))], env2);
  }
  if (env2.deferAcross && kindRubric.across && described.meeting) return { ...described, ...scoredBy, deferred: true };
  const facts = computeFacts(record2, kindRubric.agenda, env2.across);
  const ctx = { record: record2, rubric, kindRubric, facts, claims, score: score(kindRubric, rubric.levels, facts, claims) };
  const reviewClaims = reviewClaimsOf(record2);
  if (reviewClaims) ctx.review = { claims: reviewClaims, score: score(kindRubric, rubric.levels, facts, reviewClaims) };
  const found = RECORD_RULES.flatMap(
    (rule) => InternalFault.at({ rule: rule.id }, () => rule.check(ctx).map((f) => problem(rule, f.data, at(f.path, f.at), f.severity)))
  );
  return finish({ ...described, ...scoredBy, facts, score: ctx.score }, found, env2);
}

// src/cli/batch.ts
import { readFileSync } from "node:fs";
import path2 from "node:path";

// src/score/result.ts
var errorsOnly = (r) => ({ ...r, problems: r.problems.filter((p) => p.severity === "error") });

// src/facts/across.ts
init_text();

// src/load/files.ts
import path from "node:path";
function displayPath(absolute, cwd) {
  const cut = absolute.lastIndexOf(path.sep);
  const name = absolute.slice(cut + 1);
  if (cut <= 0 || name === "" || name === "." || name === "..") return shownRelative(absolute, cwd);
  const dir = absolute.slice(0, cut);
  if (dir !== lastFolder.dir || cwd !== lastFolder.cwd) {
    const plain = path.normalize(dir) === dir && path.dirname(dir) !== dir;
    const shown2 = plain ? shownRelative(dir, cwd) : "..";
    lastFolder = { dir, cwd, shown: UP_ONLY.test(shown2) ? null : shown2 };
  }
  const { shown } = lastFolder;
  return shown === null ? shownRelative(absolute, cwd) : shown === "" ? name : `${shown}/${name}`;
}
var shownRelative = (absolute, cwd) => path.relative(cwd, absolute).split(path.sep).join("/");
var UP_ONLY = /^\.\.(?:\/\.\.)*$/;
var lastFolder = { dir: "", cwd: "", shown: null };

// src/cli/batch.ts
init_rating();

// src/cli/packed.ts
init_facts();
init_rating();

// src/report/json.ts
init_facts();

// src/report/report.ts
var ruleDocsPath = (rule) => `docs/rules/${rule}.md`;

// src/report/untrusted.ts
init_text();
var HIDDEN_OR_LINE_FEED = new RegExp(`${HIDDEN_CHARACTER.source}|\\n`, "gu");
function jsonEscapeHidden(json) {
  if (!mayHide(json)) return json;
  return json.replace(HIDDEN_CHARACTER, (ch) => Array.from({ length: ch.length }, (_, i) => `\\u${ch.charCodeAt(i).toString(16).padStart(4, "0")}`).join(""));
}

// src/report/json.ts
var RATES = /* @__PURE__ */ new Set(["attendance_rate", "speaker_rate"]);
function displayFacts(facts) {
  const shown = {};
  for (const id of FACT_IDS) {
    const v = facts[id];
    shown[id] = RATES.has(id) && typeof v === "number" ? Math.round(v * 1e3) / 1e3 : v;
  }
  return shown;
}
function recordJson(r, lang) {
  return {
    file: r.file,
    cell: r.cell,
    kind: r.kind,
    period: r.period,
    rubric: r.rubric,
    facts: r.facts && displayFacts(r.facts),
    score: r.score && {
      total: r.score.total,
      max: r.score.max,
      rating: r.score.rating,
      criteria: r.score.criteria.map((c) => ({ id: c.id, name: inLang(c.name, lang), max: c.max, ceiling: c.ceiling, claimed: c.claimed, score: c.score }))
    },
    claimed: r.claimed,
    confirmed: r.confirmed,
    problems: r.problems.map(problemJson)
  };
}
var problemJson = (p) => ({
  rule: p.rule,
  severity: p.severity,
  path: p.path,
  line: p.line,
  column: p.column,
  endLine: p.endLine,
  endColumn: p.endColumn,
  message: p.message,
  docs: ruleDocsPath(p.rule)
});
function nestedText(record2) {
  const nested = JSON.stringify([[record2]], null, 2);
  return jsonEscapeHidden(nested.slice("[\n  [\n    ".length, -"\n  ]\n]".length));
}
var recordText = (r, lang) => nestedText(recordJson(r, lang));

// src/score/summary.ts
init_rating();
function ratingOf(r) {
  if (r.score && r.confirmed) return { rating: r.confirmed.rating, ratingFrom: "confirmed" };
  return r.score ? { rating: r.score.rating, ratingFrom: "computed" } : { rating: null, ratingFrom: null };
}
function summaryItem(r) {
  const { rating, ratingFrom } = ratingOf(r);
  return {
    file: r.file,
    kind: r.kind,
    meeting: r.meeting,
    rubric: r.rubric,
    rubricKey: r.rubricKey,
    errors: r.problems.filter((p) => p.severity === "error").length,
    rating,
    ratingFrom,
    total: r.score?.total ?? null,
    max: r.score?.max ?? null,
    criteria: r.score ? r.score.criteria.filter((c) => c.role === "score").map((c) => ({ id: c.id, name: c.name, short: c.score < c.max })) : []
  };
}

// src/cli/packed.ts
var zlib = () => __require("node:zlib");
var unavailableAt = (r) => r.problems.filter((p) => p.rule === "rubric-unavailable").map(({ line, column, message: message5 }) => ({ line, column, message: message5 }));
var DEFERRED = 8;
var RUBRIC_UNAVAILABLE = 16;
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
var deflate = (text2) => new Uint8Array(zlib().deflateRawSync(text2, { level: 1 }));
var pack = (text2, count2) => count2 === 1 ? text2 : deflate(text2);
var Written = class _Written {
  static SIZE = 1 << 18;
  static buffer = Buffer.allocUnsafe(_Written.SIZE);
  length = 0;
  constructor() {
    if (_Written.buffer.length > 16 * _Written.SIZE) _Written.buffer = Buffer.allocUnsafe(_Written.SIZE);
  }
  /** Writes a text after the others; gives where it ends. */
  add(text2) {
    const needed = this.length + text2.length * 3;
    if (needed > _Written.buffer.length) {
      const larger = Buffer.allocUnsafe(Math.max(needed, _Written.buffer.length * 2));
      _Written.buffer.copy(larger, 0, 0, this.length);
      _Written.buffer = larger;
    }
    this.length += _Written.buffer.write(text2, this.length);
    return this.length;
  }
  /** The texts written (a view of the shared buffer, valid until the next chunk is written). */
  bytes() {
    return _Written.buffer.subarray(0, this.length);
  }
};
function resultText(r, lang) {
  return JSON.stringify({
    ...r,
    file: null,
    meeting: null,
    rubricKey: null,
    anchors: null,
    problems: r.problems.map((p) => packProblem(p, lang)),
    facts: r.facts && FACT_IDS.map((id) => r.facts[id]),
    score: r.score && { ...r.score, levels: void 0, criteria: r.score.criteria.map((c) => [c.id, c.ceiling, c.claimed, c.score]) }
  });
}
function keptText(r, lang, kept) {
  if (kept === "results") return resultText(r, lang);
  if (r.deferred) return "";
  if (kept === "summary") {
    const { file, meeting, errors, rubricKey, criteria, ...item } = summaryItem(r);
    return JSON.stringify({ item: { ...item, criteria: criteria.map((c) => [c.id, c.short]) }, unavailable: unavailableAt(r) });
  }
  return recordText(kept === "json-errors" ? errorsOnly(r) : r, lang);
}
function packChunk(results, lang, kept = "results") {
  let first = "";
  let count2 = 0;
  const written2 = new Written();
  const entries = [];
  const anchors = [];
  const counts = [];
  const rubricKeys = [];
  const ends = [];
  for (const r of results) {
    const text2 = keptText(r, lang, kept);
    if (count2++ === 0) first = text2;
    ends.push(written2.add(text2));
    entries.push([r.file, r.meeting]);
    anchors.push(Object.entries(r.anchors).map(([path3, at]) => [path3, at.line, at.column, at.endLine, at.endColumn]));
    let errors = 0;
    let warnings = 0;
    let marks = r.score ? RATING_IDS.indexOf(r.score.rating) + 1 : 0;
    for (const p of r.problems) {
      if (p.severity === "error") errors++;
      else warnings++;
      if (p.rule === "rubric-unavailable") marks |= RUBRIC_UNAVAILABLE;
    }
    if (r.deferred) marks |= DEFERRED;
    let rubric = 0;
    if (r.rubricKey !== null) {
      const at = rubricKeys.indexOf(r.rubricKey);
      rubric = at < 0 ? rubricKeys.push(r.rubricKey) : at + 1;
    }
    counts.push({ errors, warnings, marks, rubric });
  }
  return {
    count: count2,
    kept,
    results: count2 === 1 ? first : deflate(written2.bytes()),
    ends: count2 === 1 ? Uint32Array.of(first.length) : Uint32Array.from(ends),
    entries: pack(JSON.stringify(entries), count2),
    anchors: pack(JSON.stringify(anchors), count2),
    errors: Uint32Array.from(counts, (c) => c.errors),
    warnings: Uint32Array.from(counts, (c) => c.warnings),
    marks: Uint8Array.from(counts, (c) => c.marks),
    rubricKeys,
    rubricOf: Uint16Array.from(counts, (c) => c.rubric)
  };
}
var transferList = (c) => [c.results, c.ends, c.entries, c.anchors, c.errors, c.warnings, c.marks, c.rubricOf].flatMap((a) => typeof a === "string" ? [] : [a.buffer]);

// src/cli/batch.ts
function threadEnv(spec2, loadRubric2 = createRubricLoader()) {
  const env2 = { lang: spec2.lang, limits: spec2.limits, defaultRubrics: spec2.defaultRubrics, loadRubric: loadRubric2, severities: spec2.severities };
  if (spec2.rubric !== void 0) {
    const loaded = loadRubric2(spec2.rubric, spec2.cwd);
    if ("error" in loaded) return { error: loaded };
    env2.rubric = loaded;
  }
  return env2;
}
function checkTarget(t, cwd, env2) {
  const file = displayPath(t.absolute, cwd);
  if (t.special) return checkRecord(file, path2.dirname(t.absolute), { error: "not-file" }, env2);
  let bytes;
  try {
    bytes = readFileSync(t.absolute);
  } catch (e) {
    bytes = { error: e.code ?? "EIO" };
  }
  return checkRecord(file, path2.dirname(t.absolute), bytes, env2);
}
var WORKER = new URL("./batch-worker.js", import.meta.url);
var canUseWorkers = !import.meta.url.endsWith(".ts");
function checkInPass(target, defer, across, cwd, env2) {
  return checkTarget(target, cwd, across ? { ...env2, across } : defer ? { ...env2, deferAcross: true } : env2);
}

// src/cli/batch-worker.ts
provideOnDemand();
var spec = workerData;
var seen = /* @__PURE__ */ new Set();
var fresh = [];
var cached = createRubricLoader();
var loadRubric = (ref, base) => {
  const loaded = cached(ref, base);
  if ("rubric" in loaded && !seen.has(loaded.key)) {
    seen.add(loaded.key);
    fresh.push(loaded);
  }
  return loaded;
};
var env = threadEnv(spec, loadRubric);
if ("error" in env) throw new Error(`rubric ${spec.rubric} cannot be loaded`);
parentPort.on("message", ({ start, targets, defer, across }) => {
  fresh = [];
  try {
    const results = function* () {
      for (const [i, t] of targets.entries()) yield checkInPass(t, defer, across?.[i], spec.cwd, env);
    };
    const chunk = packChunk(results(), spec.lang, spec.kept);
    parentPort.postMessage({ start, chunk, rubrics: fresh }, transferList(chunk));
  } catch (e) {
    const place2 = e instanceof InternalFault ? e.place : {};
    const cause = e instanceof InternalFault ? e.cause : e;
    parentPort.postMessage({ start, fault: { place: place2, message: cause instanceof Error ? cause.message : String(cause), stack: cause instanceof Error ? cause.stack : void 0 } });
  }
});
