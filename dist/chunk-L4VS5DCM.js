import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);

// src/facts/describe.ts
function formatNumber(n, lang) {
  const text = String(Math.round(n * 1e3) / 1e3);
  return lang === "vi" ? text.replace(".", ",") : text;
}
var PREPARERS = {
  secretary: { vi: "b\xED th\u01B0", en: "the secretary" },
  deputy_secretary: { vi: "ph\xF3 b\xED th\u01B0", en: "the deputy secretary" },
  committee_member: { vi: "m\u1ED9t chi \u1EE7y vi\xEAn", en: "a committee member" },
  other: { vi: "ng\u01B0\u1EDDi kh\xE1c", en: "someone else" }
};
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
var yesNo = (vi, en) => (v, _f, lang) => {
  const [yes, no, unknown] = lang === "vi" ? vi : en;
  return v === true ? yes : v === false ? no : unknown;
};
var presence = (vi, en) => (v, _f, lang) => v === null ? lang === "vi" ? `kh\xF4ng ghi ${vi}` : `no ${en} written` : lang === "vi" ? `${vi}: ${String(v)}` : `${en}: ${String(v)}`;
var DESCRIBERS = {
  eligible: (v, _f, lang) => lang === "vi" ? `${v} \u0111\u1EA3ng vi\xEAn ph\u1EA3i d\u1EF1 h\u1ECDp` : `${plural(Number(v), "member")} expected`,
  attendance_rate: (v, f, lang) => {
    const eligible = Number(f.eligible);
    const present = Math.round(Number(v) * eligible);
    return lang === "vi" ? `t\u1EF7 l\u1EC7 d\u1EF1 h\u1ECDp ${present}/${eligible} = ${formatNumber(Number(v), lang)}` : `attendance ${present}/${eligible} = ${formatNumber(Number(v), lang)}`;
  },
  absent_unexcused: (v, _f, lang) => lang === "vi" ? `${v} \u0111\u1EA3ng vi\xEAn v\u1EAFng kh\xF4ng l\xFD do` : `${plural(Number(v), "member")} absent without reason`,
  duration_minutes: (v, _f, lang) => lang === "vi" ? `bu\u1ED5i h\u1ECDp k\xE9o d\xE0i ${v} ph\xFAt` : `the meeting lasted ${v} minutes`,
  speaker_count: (v, _f, lang) => lang === "vi" ? `${v} \u0111\u1EA3ng vi\xEAn ph\xE1t bi\u1EC3u` : `${plural(Number(v), "member")} spoke`,
  speaker_rate: (v, f, lang) => lang === "vi" ? `${f.speaker_count} \u0111\u1EA3ng vi\xEAn ph\xE1t bi\u1EC3u, t\u1EF7 l\u1EC7 ${formatNumber(Number(v), lang)} s\u1ED1 c\xF3 m\u1EB7t` : `${plural(Number(f.speaker_count), "member")} spoke, ${formatNumber(Number(v), lang)} of those present`,
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
  "preparation.documents_posted_days_before": (v, _f, lang) => v === null ? lang === "vi" ? "t\xE0i li\u1EC7u ch\u01B0a \u0111\u0103ng l\xEAn \u1EE9ng d\u1EE5ng S\u1ED5 tay \u0111\u1EA3ng vi\xEAn" : "the documents were not posted on the app" : lang === "vi" ? `t\xE0i li\u1EC7u \u0111\u0103ng l\xEAn \u1EE9ng d\u1EE5ng ${v} ng\xE0y tr\u01B0\u1EDBc bu\u1ED5i h\u1ECDp` : `the documents were posted on the app ${plural(Number(v), "day")} before`,
  "followup.resolution_posted_days_after": (v, _f, lang) => v === null ? lang === "vi" ? "ngh\u1ECB quy\u1EBFt ch\u01B0a \u0111\u0103ng l\xEAn \u1EE9ng d\u1EE5ng" : "the resolution was not posted on the app" : lang === "vi" ? `ngh\u1ECB quy\u1EBFt \u0111\u0103ng l\xEAn \u1EE9ng d\u1EE5ng ${v} ng\xE0y sau bu\u1ED5i h\u1ECDp` : `the resolution was posted ${plural(Number(v), "day")} after the meeting`,
  tasks_assigned: (v, _f, lang) => lang === "vi" ? `${v} nhi\u1EC7m v\u1EE5 c\xF3 ng\u01B0\u1EDDi th\u1EF1c hi\u1EC7n` : `${plural(Number(v), "task")} with an assignee`,
  vote_recorded: yesNo(
    ["c\xF3 ghi bi\u1EC3u quy\u1EBFt", "kh\xF4ng ghi bi\u1EC3u quy\u1EBFt", "kh\xF4ng ghi bi\u1EC3u quy\u1EBFt"],
    ["a vote is recorded", "no vote is recorded", "no vote is recorded"]
  ),
  "thematic.plan": presence("k\u1EBF ho\u1EA1ch chuy\xEAn \u0111\u1EC1", "thematic plan"),
  "thematic.presenter": presence("ng\u01B0\u1EDDi tr\xECnh b\xE0y chuy\xEAn \u0111\u1EC1", "topic presenter"),
  "thematic.topic": presence("t\xEAn chuy\xEAn \u0111\u1EC1", "topic"),
  "thematic.conclusion": presence("k\u1EBFt lu\u1EADn chuy\xEAn \u0111\u1EC1", "topic conclusion"),
  "previous_resolution.achieved_percent": (v, _f, lang) => v === null ? lang === "vi" ? "kh\xF4ng ghi k\u1EBFt qu\u1EA3 th\u1EF1c hi\u1EC7n ngh\u1ECB quy\u1EBFt k\u1EF3 tr\u01B0\u1EDBc" : "the result of the last resolution is not written" : lang === "vi" ? `ngh\u1ECB quy\u1EBFt k\u1EF3 tr\u01B0\u1EDBc th\u1EF1c hi\u1EC7n \u0111\u01B0\u1EE3c ${formatNumber(Number(v), lang)}%` : `${formatNumber(Number(v), lang)}% of the last resolution carried out`
};
function describeFact(id, facts, lang) {
  return DESCRIBERS[id](facts[id], facts, lang);
}

export {
  formatNumber,
  describeFact
};
