import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  criterionLabel
} from "./chunk-X4PWH4UP.js";
import {
  AGENDA_NAMES,
  AGENDA_TYPES
} from "./chunk-FBLKVXXO.js";
import {
  RATING_IDS
} from "./chunk-BEIRBNFU.js";

// src/core/path.ts
function formatPath(path) {
  let out = "";
  for (const step of path) {
    if (typeof step === "number") out += `[${step}]`;
    else if (/^[^.[\]"]+$/.test(step)) out += out === "" ? step : `.${step}`;
    else out += `[${JSON.stringify(step)}]`;
  }
  return out;
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
function fieldKey(path) {
  const keys = path.filter((s) => typeof s === "string");
  if ((keys[0] === "assessment" || keys[0] === "review") && keys[1] === "scores") return `${keys[0]}.scores`;
  return keys.join(".");
}
function fieldName(path) {
  const key = fieldKey(path);
  if (!Object.prototype.hasOwnProperty.call(FIELD_NAMES, key)) return void 0;
  const score = key.endsWith(".scores") && path.length > 2 ? String(path[2]) : void 0;
  return score === void 0 ? FIELD_NAMES[key] : `${FIELD_NAMES[key]} ${criterionLabel(score, "vi")}`;
}
function fieldLabel(path, lang) {
  const shown = formatPath(path);
  if (lang === "en") return shown;
  const words = [fieldName(path), entryWords(path)].filter((w) => w !== void 0);
  return words.length > 0 ? `"${shown}" (${words.join(", ")})` : `"${shown}"`;
}
function entryWords(path) {
  let at = -1;
  path.forEach((s, i) => {
    if (typeof s === "number") at = i;
  });
  if (at < 1) return void 0;
  const list = fieldName(path.slice(0, at));
  return list ? `m\u1EE5c th\u1EE9 ${path[at] + 1} c\u1EE7a ${list}` : void 0;
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

export {
  formatPath,
  FIELD_NAMES,
  FACT_NAMES,
  fieldLabel,
  likelyKey,
  YEARLY_FACT_NAMES
};
