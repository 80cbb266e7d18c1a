import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  FACT_NAMES,
  YEARLY_FACT_NAMES
} from "./chunk-WXT25PZN.js";
import {
  KIND_NAMES
} from "./chunk-X4PWH4UP.js";
import {
  formatNumber,
  formatPercent,
  formatSpan
} from "./chunk-2CX7DBPD.js";
import {
  inLang
} from "./chunk-5GKDKUH7.js";
import {
  AGENDA_NAMES
} from "./chunk-FBLKVXXO.js";
import "./chunk-BEIRBNFU.js";
import "./chunk-OVRNMJZG.js";

// src/rules/condition-words.ts
var VALUES_VI = {
  secretary: "b\xED th\u01B0",
  deputy_secretary: "ph\xF3 b\xED th\u01B0",
  committee_member: "chi \u1EE7y vi\xEAn",
  other: "ng\u01B0\u1EDDi kh\xE1c",
  true: "c\xF3",
  false: "kh\xF4ng",
  regular: "th\u01B0\u1EDDng k\u1EF3",
  thematic: "chuy\xEAn \u0111\u1EC1",
  combined: "th\u01B0\u1EDDng k\u1EF3 k\u1EBFt h\u1EE3p chuy\xEAn \u0111\u1EC1",
  co_quan: "c\u01A1 quan",
  su_nghiep: "\u0111\u01A1n v\u1ECB s\u1EF1 nghi\u1EC7p",
  doanh_nghiep: "doanh nghi\u1EC7p",
  xa_phuong: "x\xE3, ph\u01B0\u1EDDng",
  thon_to_dan_pho: "th\xF4n, b\u1EA3n, t\u1ED5 d\xE2n ph\u1ED1",
  luc_luong_vu_trang: "l\u1EF1c l\u01B0\u1EE3ng v\u0169 trang",
  khac: "lo\u1EA1i kh\xE1c"
};
var RATES = /* @__PURE__ */ new Set(["attendance_rate", "speaker_rate"]);
var UNITS_VI = {
  duration_minutes: " ph\xFAt",
  excused_streak_year: " k\u1EF3",
  "previous_resolution.achieved_percent": "%",
  "preparation.documents_posted_days_before": " ng\xE0y",
  "followup.resolution_posted_days_after": " ng\xE0y"
};
function comparisonVi(c, names) {
  const facts = c.facts.map((f) => names[f] ?? f).join(c.sum ? " c\u1ED9ng " : ", ");
  if (c.op === "present") return `${facts}: c\xF3 ghi`;
  const value = (v2) => {
    if (typeof v2 !== "number") return VALUES_VI[String(v2)] ?? String(v2);
    if (c.facts.every((f) => RATES.has(f))) return formatPercent(v2, "vi");
    const unit = UNITS_VI[c.facts[0]] ?? "";
    return `${formatNumber(v2, "vi")}${c.facts.every((f) => (UNITS_VI[f] ?? "") === unit) ? unit : ""}`;
  };
  const v = c.value;
  if (Array.isArray(v)) return `${facts}: ${v.map(value).join(" ho\u1EB7c ")}`;
  if (v === void 0) return facts;
  switch (c.op) {
    case ">=":
      return `${facts} t\u1EEB ${value(v)} tr\u1EDF l\xEAn`;
    case ">":
      return `${facts} tr\xEAn ${value(v)}`;
    case "<=":
      return `${facts} kh\xF4ng qu\xE1 ${value(v)}`;
    case "<":
      return `${facts} d\u01B0\u1EDBi ${value(v)}`;
    case "!=":
      return `${facts} kh\xE1c ${value(v)}`;
    default:
      return typeof v === "number" ? `${facts} b\u1EB1ng ${value(v)}` : `${facts}: ${value(v)}`;
  }
}
function comparisonEn(c) {
  const facts = c.facts.join(c.sum ? " + " : " & ");
  if (c.op === "present") return `${facts} written`;
  const value = Array.isArray(c.value) ? c.value.join("|") : typeof c.value === "number" ? formatNumber(c.value, "en") : String(c.value);
  return `${facts} ${c.op === "in" ? "\u2208" : c.op === ">=" ? "\u2265" : c.op === "<=" ? "\u2264" : c.op} ${value}`;
}
var WORDS = {
  vi: { all: " v\xE0 ", any: " ho\u1EB7c ", not: "kh\xF4ng \u0111\xFAng " },
  en: { all: " and ", any: " or ", not: "not " }
};
function describeCondition(c, lang, names = FACT_NAMES) {
  const part = (x) => "all" in x || "any" in x ? `(${describeCondition(x, lang, names)})` : describeCondition(x, lang, names);
  if ("all" in c) return c.all.map(part).join(WORDS[lang].all);
  if ("any" in c) return c.any.map(part).join(WORDS[lang].any);
  if ("not" in c) {
    if ("op" in c.not && c.not.op === "present") {
      const facts = lang === "vi" ? c.not.facts.map((f) => names[f]).join(", ") : c.not.facts.join(" & ");
      return lang === "vi" ? `kh\xF4ng ghi ${facts}` : `${facts} not written`;
    }
    return `${WORDS[lang].not}(${describeCondition(c.not, lang, names)})`;
  }
  return lang === "vi" ? comparisonVi(c, names) : comparisonEn(c);
}

// src/report/rubric-table.ts
var W = {
  vi: { yearly: "X\u1EBFp lo\u1EA1i n\u0103m", deduction: "\u0111i\u1EC3m tr\u1EEB, tr\u1EEB t\u1ED1i \u0111a", bonus: "\u0111i\u1EC3m th\u01B0\u1EDFng, t\u1ED1i \u0111a", clamped: "\u0111i\u1EC3m th\u01B0\u1EDFng v\xE0 \u0111i\u1EC3m tr\u1EEB t\xEDnh th\xEAm; t\u1ED5ng gi\u1EEF trong kho\u1EA3ng 0 \u0111\u1EBFn", vetoes: "kh\xF4ng x\xE9t khi", streak: "V\u1EAFng c\xF3 l\xFD do li\xEAn ti\u1EBFp (absence-streak): c\u1EA3nh b\xE1o khi qu\xE1", meetings: "k\u1EF3", kinds: "Lo\u1EA1i sinh ho\u1EA1t", judged: "chi b\u1ED9 t\u1EF1 \u0111\xE1nh gi\xE1", otherwise: "c\xF2n l\u1EA1i", capped: "t\u1ED1i \u0111a", when: "khi", missing: "kh\xF4ng ghi d\u1EEF ki\u1EC7n \u2192 chi b\u1ED9 t\u1EF1 \u0111\xE1nh gi\xE1", levels: "X\u1EBFp lo\u1EA1i", gate: "\u0111\u1EA1t \u0111i\u1EC3m t\u1ED1i \u0111a \u1EDF c\xE1c ti\xEAu ch\xED", from: "t\u1EEB", points: "\u0111i\u1EC3m", duration: "Th\u1EDDi l\u01B0\u1EE3ng t\u1ED1i thi\u1EC3u", minutes: "ph\xFAt", agenda: "N\u1ED9i dung b\u1EAFt bu\u1ED9c", total: "T\u1ED5ng", error: "l\u1ED7i", warning: "c\u1EA3nh b\xE1o", unscored: "kh\xF4ng t\xEDnh \u0111i\u1EC3m", note: "L\u01B0u \xFD", source: "Ngu\u1ED3n", version: "phi\xEAn b\u1EA3n", inForce: "\xC1p d\u1EE5ng cho bu\u1ED5i sinh ho\u1EA1t", and: " v\xE0 ", max: "t\u1ED1i \u0111a" },
  en: { yearly: "Yearly rating", deduction: "deduction, up to", bonus: "bonus, up to", clamped: "bonuses and deductions on top; the total stays within 0 and", vetoes: "barred when", streak: "Absences with reason in a row (absence-streak): warned above", meetings: "meetings", kinds: "Meeting kind", judged: "judged", otherwise: "otherwise", capped: "at most", when: "when", missing: "fact absent \u2192 judged", levels: "Rating levels", gate: "full marks in", from: "from", points: "points", duration: "Minimum duration", minutes: "minutes", agenda: "Required agenda", total: "Total", error: "error", warning: "warning", unscored: "not scored", note: "Note", source: "Source", version: "version", inForce: "In force for meetings", and: " & ", max: "max" }
};
function scoring(item, lang) {
  const s = item.scoring;
  if (s.type === "judged") return W[lang].judged;
  const pts = (n) => formatNumber(n, lang);
  const bands = s.bands.map((b) => `${b.when ? describeCondition(b.when, lang) : W[lang].otherwise} \u2192 ${pts(b.points)}`);
  const caps = s.caps.map((c) => `${W[lang].capped} ${pts(c.max)} ${W[lang].when} ${describeCondition(c.when, lang)}`);
  return [...bands, ...caps, ...s.missing === "judged" ? [W[lang].missing] : []].join("; ");
}
function rubricTable(rubric, lang) {
  const w = W[lang];
  const n = (x) => formatNumber(x, lang);
  const out = [`${rubric.id}: ${inLang(rubric.title, lang)}${rubric.version === void 0 ? "" : ` (${w.version} ${rubric.version})`}`, rubric.rule];
  if (rubric.inForce.from !== void 0 || rubric.inForce.until !== void 0) out.push(`${w.inForce}: ${formatSpan(rubric.inForce, lang)}`);
  if (rubric.source) out.push(`${w.source}: ${inLang(rubric.source, lang)}`);
  if (rubric.note) out.push(`${w.note}: ${inLang(rubric.note, lang)}`);
  for (const [kind, k] of Object.entries(rubric.kinds)) {
    const kindName = lang === "vi" ? KIND_NAMES[kind].vi : `${KIND_NAMES[kind].en}${KIND_NAMES[kind].en === kind ? "" : ` (${kind})`}`;
    out.push("", `== ${w.kinds}: ${kindName} ==`);
    for (const c of k.criteria) {
      const max = c.role === "score" ? n(c.max) : `${w[c.role]} ${n(c.max)}`;
      out.push(`${c.id.padEnd(5)} ${inLang(c.name, lang)}  [${max}]`);
      for (const i of c.items) {
        const label = i.id === c.id ? "" : `${i.id.padEnd(5)} ${inLang(i.name, lang)}  [${n(i.max)}]`;
        if (label) out.push(`  ${label}`);
        out.push(`  ${" ".repeat(label ? 6 : 0)}${scoring(i, lang)}  (${inLang(i.source, lang)})`);
      }
    }
    const adjusted = k.criteria.some((c) => c.role !== "score");
    out.push(`${w.total}: ${n(k.max)}${adjusted ? ` (${w.clamped} ${n(k.max)})` : ""}`);
    const durations = k.minDuration.map((d) => {
      const minutes = `${d.minutes} ${w.minutes}`;
      const when = d.when ? ` ${w.when} ${describeCondition(d.when, lang)}` : k.minDuration.length > 1 ? ` (${w.otherwise})` : "";
      return `${minutes}${when} (${inLang(d.source, lang)})`;
    });
    out.push(`${w.duration}: ${durations.join("; ")}`);
    const agenda = k.agenda.map((a) => {
      const how = a.scored ? w[a.severity] : `${w[a.severity]}, ${w.unscored}`;
      return lang === "vi" ? `${AGENDA_NAMES[a.type].vi} (${how})` : `${a.type} (${AGENDA_NAMES[a.type].en}, ${how})`;
    });
    out.push(`${w.agenda}: ${agenda.join(", ")}`);
  }
  out.push("", `== ${w.levels} ==`);
  for (const l of rubric.levels) {
    const gateWords = lang === "vi" && l.gate.some((id) => id.includes(".")) ? "\u0111\u1EA1t \u0111i\u1EC3m t\u1ED1i \u0111a \u1EDF c\xE1c ti\xEAu ch\xED, m\u1EE5c" : w.gate;
    const gate = l.gate.length > 0 ? `; ${gateWords} ${l.gate.join(", ")}` : "";
    out.push(`${inLang(l.name, lang).padEnd(11)} ${w.from} ${n(l.min)} ${w.points}${gate}  (${inLang(l.source, lang)})`);
    for (const v of l.vetoes) out.push(`${" ".repeat(12)}${w.vetoes} ${describeCondition(v.when, lang)}: ${v.message[lang]}  (${inLang(v.source, lang)})`);
  }
  if (rubric.yearly) {
    out.push("", `== ${w.yearly} ==  (${inLang(rubric.yearly.source, lang)})`);
    for (const l of rubric.yearly.levels) {
      const level = rubric.levels.find((x) => x.id === l.id);
      const name = level ? inLang(level.name, lang) : l.id;
      out.push(`${name.padEnd(11)} ${l.when ? `${w.when} ${describeCondition(l.when, lang, YEARLY_FACT_NAMES)}` : w.otherwise}`);
    }
  }
  out.push("", `${w.streak} ${n(rubric.absenceStreak.max)} ${w.meetings}  (${inLang(rubric.absenceStreak.source, lang)})`);
  return `${out.join("\n")}
`;
}
function rubricList(rubrics, lang) {
  return rubrics.map((r) => `${r.id.padEnd(14)} ${inLang(r.title, lang)} \u2014 ${r.rule} [${Object.keys(r.kinds).map((k) => KIND_NAMES[k][lang]).join(", ")}]${r.inForce.from !== void 0 || r.inForce.until !== void 0 ? ` (${formatSpan(r.inForce, lang)})` : ""}`).join("\n") + "\n";
}
export {
  rubricList,
  rubricTable
};
