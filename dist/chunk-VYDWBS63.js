import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  AGENDA_TYPES
} from "./chunk-IGNV6KVA.js";
import {
  RATING_IDS
} from "./chunk-BEIRBNFU.js";

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
  isAcrossFact,
  FACT_TYPES,
  FACT_IDS,
  YEARLY_FACT_TYPES,
  YEARLY_FACT_IDS
};
