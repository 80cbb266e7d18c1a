import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  FIELD_NAMES,
  fieldLabel,
  formatPath,
  likelyKey
} from "./chunk-WXT25PZN.js";
import {
  formatNumber,
  formatPercent
} from "./chunk-2CX7DBPD.js";
import {
  AGENDA_NAMES,
  AGENDA_TYPES
} from "./chunk-FBLKVXXO.js";

// src/rules/rule.ts
var defineLoadRule = (rule) => ({ kind: "load", ...rule });
var defineRecordRule = (rule) => ({ kind: "record", ...rule });
var defineCrossRule = (rule) => ({ kind: "cross", ...rule });
function joinList(items, lang) {
  if (items.length <= 1) return items.join("");
  const and = lang === "vi" ? " v\xE0 " : " and ";
  return `${items.slice(0, -1).join(", ")}${and}${items[items.length - 1]}`;
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
  const [yes, no, unknown] = lang === "vi" ? vi2 : en2;
  return v === true ? yes : v === false ? no : unknown;
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
function describeFact(id, facts, lang) {
  return DESCRIBERS[id](facts[id], facts, lang);
}

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
  const text = value.length > 40 ? `${value.slice(0, 40)}\u2026` : value;
  return /[“”‘’„‟«»]/u.test(text) ? text : `"${text}"`;
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
var lastKey = (issue) => String(issue.path[issue.path.length - 1] ?? "");
var label = (d, path = d.path, lang = "vi") => d.record === false ? lang === "vi" ? `"${formatPath(path)}"` : formatPath(path) : fieldLabel(path, lang);
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
        const name = FIELD_NAMES[[...parent.filter((s) => typeof s === "string"), meant].join(".")];
        return `M\u1EE5c "${key}"${where} kh\xF4ng c\xF3 trong ${form} (c\xF3 th\u1EC3 g\xF5 nh\u1EA7m "${meant}"${name ? ` \u2013 ${name}` : ""}). H\xE3y s\u1EEDa l\u1EA1i t\xEAn m\u1EE5c.`;
      }
      const own = d.record === false ? "" : ' Mu\u1ED1n ghi th\xEAm th\xF4ng tin ri\xEAng th\xEC \u0111\u1EB7t t\xEAn m\u1EE5c b\u1EAFt \u0111\u1EA7u b\u1EB1ng "x-".';
      return `M\u1EE5c "${key}"${where} kh\xF4ng c\xF3 trong ${form}: h\xE3y ki\u1EC3m tra ch\xEDnh t\u1EA3.${own}`;
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
      const name = printable(d.detail);
      return vi2 ? `"*${name}" l\xE0 m\u1ED9t tham chi\u1EBFu YAML t\u1EDBi neo "&${name}", nh\u01B0ng tr\u01B0\u1EDBc \u0111\xF3 kh\xF4ng c\xF3 neo n\xE0o t\xEAn nh\u01B0 v\u1EADy. N\u1EBFu \u0111\xE2y l\xE0 ch\u1EEF, h\xE3y \u0111\u1EB7t c\u1EA3 n\u1ED9i dung trong d\u1EA5u nh\xE1y k\xE9p${fix ? `: ${fix}` : "."}` : `"*${name}" is a YAML reference to an anchor "&${name}", but no anchor of that name comes before it. If it is text, put the whole text in double quotes${fix ? `: ${fix}` : "."}`;
    }
    case "RECURSIVE_ALIAS": {
      const name = printable(d.detail);
      return vi2 ? `Tham chi\u1EBFu "*${name}" n\u1EB1m ngay b\xEAn trong ph\u1EA7n c\xF3 neo "&${name}" m\xE0 n\xF3 tr\u1ECF t\u1EDBi, n\xEAn t\u1EA1o th\xE0nh v\xF2ng l\u1EB7p kh\xF4ng c\xF3 \u0111i\u1EC3m d\u1EEBng. Bi\xEAn b\u1EA3n kh\xF4ng c\u1EA7n tham chi\u1EBFu: h\xE3y vi\u1EBFt th\u1EB3ng n\u1ED9i dung ra.` : `The reference "*${name}" lies inside the very part its anchor "&${name}" marks, which makes an endless loop. Records need no references: write the content out.`;
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

export {
  defineLoadRule,
  defineRecordRule,
  defineCrossRule,
  joinList,
  file_unreadable_default,
  describeFact,
  got,
  schema_default,
  yaml_syntax_default
};
