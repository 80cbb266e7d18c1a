import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  formatNumber
} from "./chunk-L4VS5DCM.js";
import {
  AGENDA_NAMES,
  KIND_NAMES
} from "./chunk-JZQ45GMB.js";
import "./chunk-OVRNMJZG.js";

// src/report/rubric-table.ts
var W = {
  vi: { kinds: "Lo\u1EA1i sinh ho\u1EA1t", judged: "t\u1EF1 \u0111\xE1nh gi\xE1", otherwise: "c\xF2n l\u1EA1i", capped: "t\u1ED1i \u0111a", when: "khi", missing: "thi\u1EBFu d\u1EEF ki\u1EC7n \u2192 t\u1EF1 \u0111\xE1nh gi\xE1", present: "c\xF3 ghi", levels: "X\u1EBFp lo\u1EA1i", gate: "\u0111\u1EE7 \u0111i\u1EC3m ti\xEAu ch\xED", from: "t\u1EEB", points: "\u0111i\u1EC3m", duration: "Th\u1EDDi l\u01B0\u1EE3ng t\u1ED1i thi\u1EC3u", minutes: "ph\xFAt", agenda: "N\u1ED9i dung b\u1EAFt bu\u1ED9c", total: "T\u1ED5ng", error: "l\u1ED7i", warning: "c\u1EA3nh b\xE1o" },
  en: { kinds: "Meeting kind", judged: "judged", otherwise: "otherwise", capped: "at most", when: "when", missing: "fact absent \u2192 judged", present: "written", levels: "Rating levels", gate: "full marks in", from: "from", points: "points", duration: "Minimum duration", minutes: "minutes", agenda: "Required agenda", total: "Total", error: "error", warning: "warning" }
};
function condition(c, lang) {
  const facts = c.facts.join(" & ");
  if (c.op === "present") return `${facts} ${W[lang].present}`;
  const value = Array.isArray(c.value) ? c.value.join("|") : typeof c.value === "number" ? formatNumber(c.value, lang) : String(c.value);
  return `${facts} ${c.op === "in" ? "\u2208" : c.op === ">=" ? "\u2265" : c.op === "<=" ? "\u2264" : c.op} ${value}`;
}
function scoring(item, lang) {
  const s = item.scoring;
  if (s.type === "judged") return W[lang].judged;
  const bands = s.bands.map((b) => `${b.when ? condition(b.when, lang) : W[lang].otherwise} \u2192 ${b.points}`);
  const caps = s.caps.map((c) => `${W[lang].capped} ${c.max} ${W[lang].when} ${condition(c.when, lang)}`);
  return [...bands, ...caps, ...s.missing === "judged" ? [W[lang].missing] : []].join("; ");
}
function rubricTable(rubric, lang) {
  const w = W[lang];
  const out = [`${rubric.id}: ${rubric.title}`, rubric.rule];
  if (rubric.source) out.push(rubric.source);
  for (const [kind, k] of Object.entries(rubric.kinds)) {
    out.push("", `== ${w.kinds}: ${KIND_NAMES[kind][lang]}${KIND_NAMES[kind][lang] === kind ? "" : ` (${kind})`} ==`);
    for (const c of k.criteria) {
      out.push(`${c.id.padEnd(5)} ${c.name}  [${c.max}]`);
      for (const i of c.items) {
        const label = i.id === c.id ? "" : `${i.id.padEnd(5)} ${i.name}  [${i.max}]`;
        if (label) out.push(`  ${label}`);
        out.push(`  ${" ".repeat(label ? 6 : 0)}${scoring(i, lang)}  (${i.source})`);
      }
    }
    out.push(`${w.total}: ${k.max}`);
    out.push(`${w.duration}: ${k.minDuration.minutes} ${w.minutes} (${k.minDuration.source})`);
    out.push(`${w.agenda}: ${k.agenda.map((a) => `${a.type} (${AGENDA_NAMES[a.type][lang]}, ${w[a.severity]})`).join(", ")}`);
  }
  out.push("", `== ${w.levels} ==`);
  for (const l of rubric.levels) {
    const gate = l.gate.length > 0 ? `; ${w.gate} ${l.gate.join(", ")}` : "";
    out.push(`${l.name.padEnd(11)} ${w.from} ${l.min} ${w.points}${gate}  (${l.source})`);
  }
  return `${out.join("\n")}
`;
}
function rubricList(rubrics, _lang) {
  return rubrics.map((r) => `${r.id.padEnd(14)} ${r.title} \u2014 ${r.rule} [${Object.keys(r.kinds).join(", ")}]`).join("\n") + "\n";
}
export {
  rubricList,
  rubricTable
};
