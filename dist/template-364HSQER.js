import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  packageFile
} from "./chunk-EB3Z5UZG.js";
import {
  formatDate
} from "./chunk-2CX7DBPD.js";
import {
  inLang
} from "./chunk-5GKDKUH7.js";
import "./chunk-FBLKVXXO.js";
import "./chunk-BEIRBNFU.js";
import "./chunk-OVRNMJZG.js";

// src/report/template.ts
import path from "node:path";
var SCHEMA_FILE = packageFile("schema/meeting.schema.json");
function later(day, days) {
  const d = /* @__PURE__ */ new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
function assessment(rubric) {
  const regular = rubric.kinds.regular;
  const best = rubric.levels[0];
  if (!regular || !best) return "";
  const scores = regular.criteria.map((c) => `"${c.id}": ${c.max}`).join(", ");
  const item = regular.criteria.flatMap((c) => c.items).find((i) => i.id.includes("."));
  const names = rubric.levels.map((l) => inLang(l.name, "vi"));
  const line = (text, comment) => `${text.padEnd(32)}  # ${comment}
`;
  return line("assessment:", "T\u1EF1 ch\u1EA5m \u0111i\u1EC3m, x\u1EBFp lo\u1EA1i (chi b\u1ED9 \u0111\u1EC1 ngh\u1ECB)") + line(`  scores: { ${scores} }`, `\u0110i\u1EC3m t\u1EEBng ti\xEAu ch\xED${item ? ` (c\xF3 th\u1EC3 ch\u1EA5m t\u1EEBng m\u1EE5c, v\xED d\u1EE5 "${item.id}": ${item.max})` : ""}`) + line(`  total: ${regular.max}`, "T\u1ED5ng \u0111i\u1EC3m t\u1EF1 ch\u1EA5m") + line(`  rating: ${inLang(best.name, "vi")}`, names.length > 1 ? `${names.slice(0, -1).join(", ")} ho\u1EB7c ${names[names.length - 1]}` : names.join(""));
}
function recordTemplate(dir, made) {
  const schema = path.relative(dir, SCHEMA_FILE).split(path.sep).join("/");
  const { date, rubricRef, rubric } = made;
  return `# yaml-language-server: $schema=${schema}
# Bi\xEAn b\u1EA3n sinh ho\u1EA1t chi b\u1ED9 (\u0111\u1ECBnh d\u1EA1ng chibo/v1). Ki\u1EC3m tra b\u1EB1ng: chibo check <t\u1EC7p>
format: chibo/v1
# B\u1ED9 ti\xEAu ch\xED ch\u1EA5m \u0111i\u1EC3m \xE1p d\u1EE5ng ng\xE0y ${formatDate(date, "vi")}: ${inLang(rubric.title, "vi")}.
# \u0110i\u1EC3m m\u1EABu \u1EDF m\u1EE5c assessment theo b\u1ED9 n\xE0y; xem c\xE1c ti\xEAu ch\xED b\u1EB1ng: chibo rubric ${rubricRef}
rubric: ${rubricRef}
cell: Chi b\u1ED9 ...                  # T\xEAn chi b\u1ED9
organization: \u0110\u1EA3ng b\u1ED9 ...         # \u0110\u1EA3ng b\u1ED9 c\u1EA5p tr\xEAn (kh\xF4ng b\u1EAFt bu\u1ED9c)
cell_type: c\u01A1 quan                # Lo\u1EA1i h\xECnh chi b\u1ED9: c\u01A1 quan, s\u1EF1 nghi\u1EC7p, doanh nghi\u1EC7p, x\xE3/ph\u01B0\u1EDDng, th\xF4n/t\u1ED5 d\xE2n ph\u1ED1, l\u1EF1c l\u01B0\u1EE3ng v\u0169 trang, kh\xE1c
cell_has_committee: c\xF3            # Chi b\u1ED9 c\xF3 chi \u1EE7y (kh\xF4ng: ch\u1EC9 c\xF3 b\xED th\u01B0)
kind: regular                     # regular: th\u01B0\u1EDDng k\u1EF3; thematic: chuy\xEAn \u0111\u1EC1; combined: th\u01B0\u1EDDng k\u1EF3 k\u1EBFt h\u1EE3p chuy\xEAn \u0111\u1EC1
date: ${date}                  # Ng\xE0y sinh ho\u1EA1t (n\u0103m-th\xE1ng-ng\xE0y)
period: ${date.slice(0, 7)}                   # K\u1EF3 sinh ho\u1EA1t (n\u0103m-th\xE1ng); b\u1ECF tr\u1ED1ng: th\xE1ng c\u1EE7a ng\xE0y sinh ho\u1EA1t
place: H\u1ED9i tr\u01B0\u1EDDng ...             # \u0110\u1ECBa \u0111i\u1EC3m sinh ho\u1EA1t
time:
  start: "14:00"                  # Gi\u1EDD b\u1EAFt \u0111\u1EA7u (HH:MM, 24 gi\u1EDD)
  end: "15:45"                    # Gi\u1EDD k\u1EBFt th\xFAc, sau gi\u1EDD b\u1EAFt \u0111\u1EA7u
chair: Nguy\u1EC5n V\u0103n A               # Ng\u01B0\u1EDDi ch\u1EE7 tr\xEC
minutes_taker: Tr\u1EA7n Th\u1ECB B         # Th\u01B0 k\xFD ghi bi\xEAn b\u1EA3n
guests:                           # \u0110\u1EA1i bi\u1EC3u d\u1EF1 h\u1ECDp: h\u1ECD t\xEAn, ho\u1EB7c { name, role } \u0111\u1EC3 ghi vai tr\xF2
  - name: \u0110\u1ED3ng ch\xED ..., \u0110\u1EA3ng \u1EE7y vi\xEAn  # H\u1ECD t\xEAn, ch\u1EE9c v\u1EE5
    role: c\u1EA5p \u1EE7y c\u1EA5p tr\xEAn         # Vai tr\xF2: c\u1EA5p \u1EE7y c\u1EA5p tr\xEAn, c\xE1n b\u1ED9 c\u1EA5p tr\xEAn, kh\xE1c
members:
  total: 6                        # T\u1ED5ng s\u1ED1 \u0111\u1EA3ng vi\xEAn c\u1EE7a chi b\u1ED9
  exempt: 0                       # S\u1ED1 \u0111\u01B0\u1EE3c mi\u1EC5n c\xF4ng t\xE1c v\xE0 sinh ho\u1EA1t \u0111\u1EA3ng
  present: 6                      # S\u1ED1 c\xF3 m\u1EB7t (c\xF3 m\u1EB7t + v\u1EAFng = t\u1ED5ng s\u1ED1 - s\u1ED1 \u0111\u01B0\u1EE3c mi\u1EC5n)
  official: 5                     # S\u1ED1 \u0111\u1EA3ng vi\xEAn ch\xEDnh th\u1EE9c (ch\xEDnh th\u1EE9c + d\u1EF1 b\u1ECB = t\u1ED5ng s\u1ED1)
  probationary: 1                 # S\u1ED1 \u0111\u1EA3ng vi\xEAn d\u1EF1 b\u1ECB
  probationary_present: 1         # S\u1ED1 \u0111\u1EA3ng vi\xEAn d\u1EF1 b\u1ECB c\xF3 m\u1EB7t (\u0111\u1EA3ng vi\xEAn d\u1EF1 b\u1ECB kh\xF4ng bi\u1EC3u quy\u1EBFt)
  absent_excused: []              # V\u1EAFng c\xF3 l\xFD do: - { name: H\u1ECD t\xEAn, reason: L\xFD do }
  absent_unexcused: []            # V\u1EAFng kh\xF4ng l\xFD do: - H\u1ECD t\xEAn
preparation:
  prepared_by: secretary          # Ng\u01B0\u1EDDi chu\u1EA9n b\u1ECB n\u1ED9i dung: secretary, deputy_secretary, committee_member, other
  committee_met: true             # Chi \u1EE7y \u0111\xE3 h\u1ECDp tr\u01B0\u1EDBc \u0111\u1EC3 chu\u1EA9n b\u1ECB
  draft_resolution: true          # \u0110\xE3 c\xF3 d\u1EF1 th\u1EA3o ngh\u1ECB quy\u1EBFt ho\u1EB7c k\u1EBFt lu\u1EADn
  notice_sent: true               # \u0110\xE3 th\xF4ng b\xE1o th\u1EDDi gian, \u0111\u1ECBa \u0111i\u1EC3m, n\u1ED9i dung cho \u0111\u1EA3ng vi\xEAn
  documents_posted_days_before: 1 # T\xE0i li\u1EC7u \u0111\u0103ng l\xEAn S\u1ED5 tay \u0111\u1EA3ng vi\xEAn \u0111i\u1EC7n t\u1EED tr\u01B0\u1EDBc bao nhi\xEAu ng\xE0y (b\u1ECF: ch\u01B0a \u0111\u0103ng)
agenda:                           # C\xE1c n\u1ED9i dung, theo th\u1EE9 t\u1EF1 ti\u1EBFn h\xE0nh
  - type: opening                 # Khai m\u1EA1c, \u0111i\u1EC3m danh, th\xF4ng qua ch\u01B0\u01A1ng tr\xECnh
  - type: current_affairs         # Th\xF4ng tin th\u1EDDi s\u1EF1
  - type: documents               # Qu\xE1n tri\u1EC7t, ph\u1ED5 bi\u1EBFn v\u0103n b\u1EA3n (C\xF4ng v\u0103n 750-CV/\u0110UK)
  - type: political_ideology      # Sinh ho\u1EA1t ch\xEDnh tr\u1ECB t\u01B0 t\u01B0\u1EDFng (b\u1EAFt bu\u1ED9c h\u1EB1ng th\xE1ng)
    title: ...                    # Ti\xEAu \u0111\u1EC1 n\u1ED9i dung (kh\xF4ng b\u1EAFt bu\u1ED9c)
  - type: review                  # \u0110\xE1nh gi\xE1 k\u1EBFt qu\u1EA3 th\xE1ng
  - type: plan                    # Ph\u01B0\u01A1ng h\u01B0\u1EDBng, nhi\u1EC7m v\u1EE5 th\xE1ng t\u1EDBi
  - type: discussion              # Th\u1EA3o lu\u1EADn
    speakers: [L\xEA V\u0103n C]          # Ai ph\xE1t bi\u1EC3u \u1EDF n\u1ED9i dung n\xE0y (kh\xF4ng b\u1EAFt bu\u1ED9c; t\xEDnh chung v\u1EDBi "speakers")
    conclusion: ...               # Ch\u1EE7 tr\xEC k\u1EBFt lu\u1EADn n\u1ED9i dung n\xE0y (kh\xF4ng b\u1EAFt bu\u1ED9c)
  - type: conclusion              # K\u1EBFt lu\u1EADn
  - type: vote                    # Bi\u1EC3u quy\u1EBFt
  - type: assessment              # Ch\u1EA5m \u0111i\u1EC3m, x\u1EBFp lo\u1EA1i
  - type: minutes                 # Th\u01B0 k\xFD \u0111\u1ECDc, th\xF4ng qua bi\xEAn b\u1EA3n
speakers: [L\xEA V\u0103n C, Ph\u1EA1m Th\u1ECB D, Ho\xE0ng V\u0103n E, Nguy\u1EC5n V\u0103n A]  # \u0110\u1EA3ng vi\xEAn ph\xE1t bi\u1EC3u \xFD ki\u1EBFn, theo h\u1ECD t\xEAn (ch\u1EA5m theo t\u1EF7 l\u1EC7 ng\u01B0\u1EDDi ph\xE1t bi\u1EC3u tr\xEAn s\u1ED1 c\xF3 m\u1EB7t)
commendations: []                 # Bi\u1EC3u d\u01B0\u01A1ng, nh\u1EAFc nh\u1EDF, ph\xEA b\xECnh: - { name: H\u1ECD t\xEAn, kind: praise | reminder | criticism }
conclusion: ...                   # K\u1EBFt lu\u1EADn c\u1EE7a ng\u01B0\u1EDDi ch\u1EE7 tr\xEC
vote: { for: 5, against: 0, abstain: 0 }  # Bi\u1EC3u quy\u1EBFt: t\xE1n th\xE0nh, kh\xF4ng t\xE1n th\xE0nh, kh\xF4ng bi\u1EC3u quy\u1EBFt (ch\u1EC9 \u0111\u1EA3ng vi\xEAn ch\xEDnh th\u1EE9c)
minutes_approval: { for: 5, against: 0 }  # Bi\u1EC3u quy\u1EBFt th\xF4ng qua bi\xEAn b\u1EA3n: t\xE1n th\xE0nh, kh\xF4ng t\xE1n th\xE0nh
tasks:                            # Ph\xE2n c\xF4ng: vi\u1EC7c, ng\u01B0\u1EDDi th\u1EF1c hi\u1EC7n, th\u1EDDi h\u1EA1n
  - { task: ..., assignee: L\xEA V\u0103n C, due: ${later(date, 21)} }
previous_resolution:
  achieved_percent: 100           # T\u1EF7 l\u1EC7 (%) ngh\u1ECB quy\u1EBFt k\u1EF3 tr\u01B0\u1EDBc \u0111\xE3 th\u1EF1c hi\u1EC7n
followup:
  resolution_posted_days_after: 1 # Ngh\u1ECB quy\u1EBFt \u0111\u0103ng l\xEAn \u1EE9ng d\u1EE5ng sau bao nhi\xEAu ng\xE0y (b\u1ECF: ch\u01B0a \u0111\u0103ng)
# V\u1EDBi sinh ho\u1EA1t chuy\xEAn \u0111\u1EC1 (thematic, combined), b\u1EAFt bu\u1ED9c:
# thematic:
#   topic: ...                    # T\xEAn chuy\xEAn \u0111\u1EC1
#   plan: K\u1EBF ho\u1EA1ch s\u1ED1 ...-KH/CB   # K\u1EBF ho\u1EA1ch sinh ho\u1EA1t chuy\xEAn \u0111\u1EC1
#   presenter: ...                # \u0110\u1EA3ng vi\xEAn \u0111\u01B0\u1EE3c ph\xE2n c\xF4ng chu\u1EA9n b\u1ECB, tr\xECnh b\xE0y
#   conclusion: ...               # Nh\u1EEFng \xFD ki\u1EBFn c\u1EA7n ti\u1EBFp thu \u0111\u1EC3 ho\xE0n thi\u1EC7n chuy\xEAn \u0111\u1EC1
${assessment(rubric)}# Khi c\u1EA5p tr\xEAn \u0111\xE3 th\u1EA9m \u0111\u1ECBnh, c\xF4ng nh\u1EADn ho\u1EB7c quy\u1EBFt \u0111\u1ECBnh x\u1EBFp lo\u1EA1i:
# review:
#   by: \u0110\u1EA3ng \u1EE7y ...               # C\u1EA5p tr\xEAn th\u1EA9m \u0111\u1ECBnh
#   date: ${later(date, 21)}              # Ng\xE0y th\u1EA9m \u0111\u1ECBnh
#   rating: T\u1ED1t                   # X\u1EBFp lo\u1EA1i c\u1EA5p tr\xEAn c\xF4ng nh\u1EADn
#   scores: { "2": 18 }           # \u0110i\u1EC3m c\u1EA5p tr\xEAn ch\u1EA5m l\u1EA1i (kh\xF4ng b\u1EAFt bu\u1ED9c; ti\xEAu ch\xED kh\xF4ng ghi gi\u1EEF \u0111i\u1EC3m t\u1EF1 ch\u1EA5m)
notes: ""                         # Ghi ch\xFA kh\xE1c
`;
}
export {
  SCHEMA_FILE,
  recordTemplate
};
