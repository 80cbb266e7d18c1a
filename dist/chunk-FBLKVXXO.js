import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  RATING_IDS
} from "./chunk-BEIRBNFU.js";

// src/core/agenda.ts
var AGENDA_TYPES = [
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
var AGENDA_NAMES = {
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

// src/core/facts.ts
var AGENDA_FACTS = Object.fromEntries(AGENDA_TYPES.map((t) => [`agenda_has.${t}`, "boolean"]));
var ACROSS_FACT_TYPES = {
  /** The longest run of consecutive regular meetings of the year, up to this one, in which one member was absent with reason. */
  excused_streak_year: "number",
  /** A thematic meeting (thematic, or combined with the regular one) was held in this record's month. */
  thematic_in_month: "boolean",
  /** …in this record's quarter. */
  thematic_in_quarter: "boolean"
};
var ACROSS_FACT_IDS = Object.keys(ACROSS_FACT_TYPES);
var isAcrossFact = (id) => id in ACROSS_FACT_TYPES;
var FACT_TYPES = {
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
var FACT_IDS = Object.keys(FACT_TYPES);
var YEARLY_FACT_TYPES = Object.fromEntries([
  "months_missing",
  "months_held",
  ...["months_at_least", "months_below", "months_rated"].flatMap((k) => RATING_IDS.map((r) => `${k}.${r}`))
].map((id) => [id, "number"]));
var YEARLY_FACT_IDS = Object.keys(YEARLY_FACT_TYPES);

export {
  AGENDA_TYPES,
  AGENDA_NAMES,
  isAcrossFact,
  FACT_TYPES,
  FACT_IDS,
  YEARLY_FACT_TYPES,
  YEARLY_FACT_IDS
};
