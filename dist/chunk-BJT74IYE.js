import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);

// src/core/facts.ts
var FACT_TYPES = {
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
  "previous_resolution.achieved_percent": "number"
};
var FACT_IDS = Object.keys(FACT_TYPES);

export {
  FACT_TYPES,
  FACT_IDS
};
