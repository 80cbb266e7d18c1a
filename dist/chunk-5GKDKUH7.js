import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  FACT_TYPES,
  YEARLY_FACT_TYPES,
  isAcrossFact
} from "./chunk-FBLKVXXO.js";

// src/rubric/mistakes.ts
var list = (ids) => ids.join(", ");
var said = (vi, en) => ({ vi, en });
var RUBRIC_MISTAKES = {
  // The dates the rubric is in force.
  untilBeforeFrom: said(
    (d) => `Ng\xE0y h\u1EBFt hi\u1EC7u l\u1EF1c "until" (${d.until}) \u0111\u1EE9ng tr\u01B0\u1EDBc ng\xE0y b\u1EAFt \u0111\u1EA7u "from" (${d.from}).`,
    (d) => `The last day in force, until (${d.until}), comes before the first, from (${d.from}).`
  ),
  // Conditions (`when` of bands and caps).
  conditionFacts: said(
    () => "\u0110i\u1EC1u ki\u1EC7n so s\xE1nh c\u1EA7n \u0111\xFAng m\u1ED9t trong c\xE1c m\u1EE5c `fact`, `facts` ho\u1EB7c `sum`.",
    () => "A comparison needs exactly one of `fact`, `facts` or `sum`."
  ),
  conditionForms: said(
    () => "M\u1ED9t \u0111i\u1EC1u ki\u1EC7n ch\u1EC9 c\xF3 m\u1ED9t d\u1EA1ng: so s\xE1nh (`fact`/`facts`, `op`, `value`), ho\u1EB7c `all`, ho\u1EB7c `any`, ho\u1EB7c `not`.",
    () => "A condition has one form only: a comparison (`fact`/`facts`, `op`, `value`), or `all`, or `any`, or `not`."
  ),
  conditionNeedsOp: said(
    () => "\u0110i\u1EC1u ki\u1EC7n so s\xE1nh c\u1EA7n ph\xE9p so s\xE1nh `op`.",
    () => "A comparison needs an operator `op`."
  ),
  conditionNotNumeric: said(
    (d) => `Ph\xE9p so s\xE1nh "${d.op}" c\u1EA7n m\u1ED9t d\u1EEF ki\u1EC7n s\u1ED1 v\xE0 m\u1ED9t gi\xE1 tr\u1ECB s\u1ED1; "${d.fact}" l\xE0 d\u1EEF ki\u1EC7n ki\u1EC3u ${d.type}.`,
    (d) => `The comparison "${d.op}" needs a numeric fact and a numeric value; "${d.fact}" is a ${d.type} fact.`
  ),
  conditionInNeedsList: said(
    () => 'Ph\xE9p "in" c\u1EA7n m\u1ED9t danh s\xE1ch gi\xE1 tr\u1ECB.',
    () => 'The operator "in" needs a list of values.'
  ),
  conditionNeedsValue: said(
    (d) => `Ph\xE9p "${d.op}" c\u1EA7n m\u1ED9t gi\xE1 tr\u1ECB.`,
    (d) => `The operator "${d.op}" needs one value.`
  ),
  // How an item is scored.
  scoringWays: said(
    () => "M\u1ED7i m\u1EE5c c\u1EA7n \u0111\xFAng m\u1ED9t c\xE1ch ch\u1EA5m: `judged: true` ho\u1EB7c `bands`.",
    () => "Each item needs exactly one way of scoring: `judged: true` or `bands`."
  ),
  bandAboveMax: said(
    (d) => `M\u1EE9c \u0111i\u1EC3m ${d.points} l\u1EDBn h\u01A1n \u0111i\u1EC3m t\u1ED1i \u0111a ${d.max} c\u1EE7a m\u1EE5c.`,
    (d) => `A band gives ${d.points} points, more than the item's maximum of ${d.max}.`
  ),
  bandOtherwiseNotLast: said(
    () => 'Ch\u1EC9 m\u1EE9c cu\u1ED1i c\xF9ng \u0111\u01B0\u1EE3c ph\xE9p kh\xF4ng c\xF3 \u0111i\u1EC1u ki\u1EC7n ("c\xE1c tr\u01B0\u1EDDng h\u1EE3p c\xF2n l\u1EA1i").',
    () => 'Only the last band may have no condition ("otherwise").'
  ),
  bandPointsRise: said(
    (d) => `C\xE1c m\u1EE9c ph\u1EA3i x\u1EBFp t\u1EEB \u0111i\u1EC3m cao xu\u1ED1ng \u0111i\u1EC3m th\u1EA5p: ${d.points} \u0111\u1EE9ng sau ${d.previous}.`,
    (d) => `Bands must go from most points to fewest: ${d.points} comes after ${d.previous}.`
  ),
  bandThresholdOrder: said(
    (d) => `Ng\u01B0\u1EE1ng ${d.value} kh\xF4ng theo th\u1EE9 t\u1EF1 sau ng\u01B0\u1EE1ng ${d.previous} c\u1EE7a m\u1EE9c tr\u01B0\u1EDBc.`,
    (d) => `The threshold ${d.value} is out of order after the previous band's ${d.previous}.`
  ),
  bandNegative: said(
    (d) => `M\u1EE9c \u0111i\u1EC3m ${d.points} l\xE0 s\u1ED1 \xE2m; ch\u1EC9 ti\xEAu ch\xED tr\u1EEB \u0111i\u1EC3m (\`deduction: true\`) m\u1EDBi c\xF3 \u0111i\u1EC3m \xE2m.`,
    (d) => `A band gives ${d.points} points; negative points belong in a deduction criterion (\`deduction: true\`).`
  ),
  capAboveMax: said(
    (d) => `M\u1EE9c tr\u1EA7n ${d.cap} l\u1EDBn h\u01A1n \u0111i\u1EC3m t\u1ED1i \u0111a ${d.max} c\u1EE7a m\u1EE5c.`,
    (d) => `The cap ${d.cap} is above the item's maximum of ${d.max}.`
  ),
  // Deductions and bonuses.
  deductionAndBonus: said(
    (d) => `Ti\xEAu ch\xED ${d.criterion} kh\xF4ng th\u1EC3 v\u1EEBa l\xE0 \u0111i\u1EC3m tr\u1EEB v\u1EEBa l\xE0 \u0111i\u1EC3m th\u01B0\u1EDFng.`,
    (d) => `Criterion ${d.criterion} cannot be both a deduction and a bonus.`
  ),
  deductionJudged: said(
    () => "\u0110i\u1EC3m tr\u1EEB \u0111\u01B0\u1EE3c t\xEDnh t\u1EEB d\u1EEF ki\u1EC7n c\u1EE7a bi\xEAn b\u1EA3n: kh\xF4ng d\xF9ng `judged` hay `missing: judged`.",
    () => "A deduction is measured from the facts: no `judged` and no `missing: judged`."
  ),
  deductionCaps: said(
    () => "\u0110i\u1EC3m tr\u1EEB kh\xF4ng c\xF3 m\u1EE9c tr\u1EA7n (`caps`).",
    () => "A deduction has no caps."
  ),
  deductionPositive: said(
    (d) => `M\u1EE9c \u0111i\u1EC3m tr\u1EEB ph\u1EA3i t\u1EEB 0 tr\u1EDF xu\u1ED1ng, kh\xF4ng ph\u1EA3i ${d.points}.`,
    (d) => `A deduction band gives 0 points or fewer, not ${d.points}.`
  ),
  deductionBelowMax: said(
    (d) => `M\u1EE9c \u0111i\u1EC3m tr\u1EEB ${d.points} tr\u1EEB nhi\u1EC1u h\u01A1n m\u1EE9c t\u1ED1i \u0111a ${d.max} c\u1EE7a m\u1EE5c.`,
    (d) => `A deduction band gives ${d.points}, more than the item's maximum deduction of ${d.max}.`
  ),
  deductionBandsOrder: said(
    (d) => `C\xE1c m\u1EE9c \u0111i\u1EC3m tr\u1EEB ph\u1EA3i x\u1EBFp t\u1EEB tr\u1EEB nhi\u1EC1u \u0111\u1EBFn tr\u1EEB \xEDt: ${d.points} \u0111\u1EE9ng sau ${d.previous}.`,
    (d) => `Deduction bands go from the largest deduction to the smallest: ${d.points} comes after ${d.previous}.`
  ),
  deductionAboveCriterion: said(
    (d) => `M\u1EE5c ${d.item} tr\u1EEB t\u1ED1i \u0111a ${d.max} \u0111i\u1EC3m, nhi\u1EC1u h\u01A1n m\u1EE9c t\u1ED1i \u0111a ${d.criterionMax} c\u1EE7a ti\xEAu ch\xED ${d.criterion}.`,
    (d) => `Item ${d.item} takes off up to ${d.max} points, more than criterion ${d.criterion}'s ${d.criterionMax}.`
  ),
  // Criteria, items and meeting kinds.
  kindOutsideRubric: said(
    (d) => `Lo\u1EA1i sinh ho\u1EA1t ${list(d.stray)} kh\xF4ng c\xF3 trong \`kinds\` c\u1EE7a b\u1ED9 ti\xEAu ch\xED (${list(d.kinds)}).`,
    (d) => `Meeting kind ${list(d.stray)} is not among the rubric's \`kinds\` (${list(d.kinds)}).`
  ),
  scoringOnCriterionWithItems: said(
    (d) => `Ti\xEAu ch\xED ${d.criterion} c\xF3 \`items\` th\xEC c\xE1ch ch\u1EA5m \u0111\u1EB7t \u1EDF t\u1EEBng m\u1EE5c, kh\xF4ng \u0111\u1EB7t \u1EDF ti\xEAu ch\xED.`,
    (d) => `Criterion ${d.criterion} has \`items\`: scoring goes on each item, not on the criterion.`
  ),
  itemIdPrefix: said(
    (d) => `M\xE3 m\u1EE5c "${d.item}" ph\u1EA3i b\u1EAFt \u0111\u1EA7u b\u1EB1ng m\xE3 ti\xEAu ch\xED "${d.criterion}.".`,
    (d) => `Item id "${d.item}" must start with its criterion's id "${d.criterion}.".`
  ),
  criterionTwice: said(
    (d) => `Ti\xEAu ch\xED ${d.criterion} \u0111\u01B0\u1EE3c khai b\xE1o hai l\u1EA7n cho lo\u1EA1i ${d.kind}.`,
    (d) => `Criterion ${d.criterion} is declared twice for ${d.kind} meetings.`
  ),
  itemTwice: said(
    (d) => `M\u1EE5c ${d.item} \u0111\u01B0\u1EE3c khai b\xE1o hai l\u1EA7n cho lo\u1EA1i ${d.kind}.`,
    (d) => `Item ${d.item} is declared twice for ${d.kind} meetings.`
  ),
  itemsSum: said(
    (d) => `Ti\xEAu ch\xED ${d.criterion} c\xF3 t\u1ED1i \u0111a ${d.max} \u0111i\u1EC3m nh\u01B0ng c\xE1c m\u1EE5c c\u1EE7a n\xF3 (lo\u1EA1i ${d.kind}) c\u1ED9ng l\u1EA1i ${d.sum}.`,
    (d) => `Criterion ${d.criterion} has a maximum of ${d.max}, but its items for ${d.kind} meetings add up to ${d.sum}.`
  ),
  durationMissing: said(
    (d) => `Thi\u1EBFu th\u1EDDi l\u01B0\u1EE3ng t\u1ED1i thi\u1EC3u cho lo\u1EA1i ${d.kind}.`,
    (d) => `The minimum duration for ${d.kind} meetings is missing.`
  ),
  durationLastConditional: said(
    (d) => `Th\u1EDDi l\u01B0\u1EE3ng t\u1ED1i thi\u1EC3u cu\u1ED1i c\xF9ng cho lo\u1EA1i ${d.kind} kh\xF4ng \u0111\u01B0\u1EE3c c\xF3 \u0111i\u1EC1u ki\u1EC7n (\`when\`): n\xF3 \xE1p d\u1EE5ng cho m\u1ECDi bu\u1ED5i sinh ho\u1EA1t c\xF2n l\u1EA1i.`,
    (d) => `The last minimum duration for ${d.kind} meetings must have no condition (\`when\`): it applies to every other meeting.`
  ),
  durationOtherwiseNotLast: said(
    (d) => `Ch\u1EC9 th\u1EDDi l\u01B0\u1EE3ng t\u1ED1i thi\u1EC3u cu\u1ED1i c\xF9ng cho lo\u1EA1i ${d.kind} \u0111\u01B0\u1EE3c b\u1ECF \u0111i\u1EC1u ki\u1EC7n (\`when\`).`,
    (d) => `Only the last minimum duration for ${d.kind} meetings may have no condition (\`when\`).`
  ),
  noCriterion: said(
    (d) => `Kh\xF4ng c\xF3 ti\xEAu ch\xED n\xE0o cho lo\u1EA1i ${d.kind}.`,
    (d) => `No criterion applies to ${d.kind} meetings.`
  ),
  // Rating levels, monthly and yearly.
  levelOrder: said(
    (d) => `C\xE1c m\u1EE9c x\u1EBFp lo\u1EA1i ph\u1EA3i x\u1EBFp t\u1EEB cao xu\u1ED1ng th\u1EA5p: m\u1EE9c ${d.level} c\u1EA7n \u0111i\u1EC3m t\u1ED1i thi\u1EC3u nh\u1ECF h\u01A1n ${d.min} c\u1EE7a m\u1EE9c ${d.previous}.`,
    (d) => `Rating levels go from best to worst: ${d.level} needs a minimum below ${d.previous}'s ${d.min}.`
  ),
  gateUnknown: said(
    (d) => `\u0110i\u1EC1u ki\u1EC7n c\u1EE7a m\u1EE9c ${d.level} n\xEAu "${d.criterion}", nh\u01B0ng kh\xF4ng c\xF3 ti\xEAu ch\xED hay m\u1EE5c n\xE0o nh\u01B0 v\u1EADy (lo\u1EA1i ${list(d.kinds)}).`,
    (d) => `The gate of level ${d.level} names "${d.criterion}", which is no criterion or item (for ${list(d.kinds)} meetings).`
  ),
  gateOnAdjustment: said(
    (d) => `\u0110i\u1EC1u ki\u1EC7n c\u1EE7a m\u1EE9c ${d.level} n\xEAu "${d.criterion}", l\xE0 \u0111i\u1EC3m tr\u1EEB ho\u1EB7c \u0111i\u1EC3m th\u01B0\u1EDFng; \u0111i\u1EC1u ki\u1EC7n ch\u1EC9 n\xEAu ti\xEAu ch\xED, m\u1EE5c \u0111\u01B0\u1EE3c ch\u1EA5m \u0111i\u1EC3m th\u01B0\u1EDDng.`,
    (d) => `The gate of level ${d.level} names "${d.criterion}", a deduction or bonus; a gate names ordinary criteria and items only.`
  ),
  lastLevelMin: said(
    () => "M\u1EE9c x\u1EBFp lo\u1EA1i cu\u1ED1i c\xF9ng ph\u1EA3i c\xF3 \u0111i\u1EC3m t\u1ED1i thi\u1EC3u 0, \u0111\u1EC3 bu\u1ED5i sinh ho\u1EA1t n\xE0o c\u0169ng \u0111\u01B0\u1EE3c x\u1EBFp lo\u1EA1i.",
    () => "The last rating level must have a minimum of 0, so that every meeting gets a rating."
  ),
  lastYearlyConditions: said(
    () => "M\u1EE9c x\u1EBFp lo\u1EA1i n\u0103m cu\u1ED1i c\xF9ng kh\xF4ng \u0111\u01B0\u1EE3c c\xF3 \u0111i\u1EC1u ki\u1EC7n, \u0111\u1EC3 chi b\u1ED9 n\xE0o c\u0169ng \u0111\u01B0\u1EE3c x\u1EBFp lo\u1EA1i.",
    () => "The last yearly level must have no conditions, so that every cell gets a rating."
  )
};
var Mistakes = class {
  found = [];
  add(path, code, ...data) {
    const m = RUBRIC_MISTAKES[code];
    this.found.push({ path, code, message: { vi: m.vi(data[0]), en: m.en(data[0]) } });
  }
  get count() {
    return this.found.length;
  }
};

// src/rubric/condition.ts
var NUMERIC_OPS = [">=", ">", "<=", "<"];
function compileComparison(c, path, out, types) {
  if ([c.fact, c.facts, c.sum].filter((x) => x !== void 0).length !== 1) {
    out.add(path, "conditionFacts");
    return void 0;
  }
  const facts = c.facts ?? c.sum ?? [c.fact];
  const op = c.op;
  if (op === void 0) {
    out.add(path, "conditionNeedsOp");
    return void 0;
  }
  if (NUMERIC_OPS.includes(op) || c.sum) {
    const wrong = facts.find((fact) => types[fact] !== "number" || typeof c.value !== "number");
    if (wrong) {
      out.add([...path, "op"], "conditionNotNumeric", { op, fact: wrong, type: types[wrong] });
      return void 0;
    }
  }
  if (op === "in" && !Array.isArray(c.value)) {
    out.add([...path, "value"], "conditionInNeedsList");
    return void 0;
  }
  if ((op === "=" || op === "!=") && (c.value === void 0 || Array.isArray(c.value))) {
    out.add([...path, "value"], "conditionNeedsValue", { op });
    return void 0;
  }
  const compiled = c.value === void 0 ? { facts, op } : { facts, op, value: c.value };
  return c.sum ? { ...compiled, sum: true } : compiled;
}
function compileCondition(c, path, out, types = FACT_TYPES) {
  const comparison = [c.fact, c.facts, c.sum, c.op, c.value].some((x) => x !== void 0);
  const forms = [comparison || void 0, c.all, c.any, c.not].filter((f) => f !== void 0).length;
  if (forms > 1) {
    out.add(path, "conditionForms");
    return void 0;
  }
  const several = (key, list2) => {
    const before = out.count;
    const parts = list2.map((x, i) => compileCondition(x, [...path, key, i], out, types));
    return out.count > before ? void 0 : parts;
  };
  if (c.all) {
    const all = several("all", c.all);
    return all && { all };
  }
  if (c.any) {
    const any = several("any", c.any);
    return any && { any };
  }
  if (c.not) {
    const not = compileCondition(c.not, [...path, "not"], out, types);
    return not && { not };
  }
  return compileComparison(c, path, out, types);
}
function meets(c, v) {
  switch (c.op) {
    case "present":
      return true;
    case ">=":
      return Number(v) >= Number(c.value);
    case ">":
      return Number(v) > Number(c.value);
    case "<=":
      return Number(v) <= Number(c.value);
    case "<":
      return Number(v) < Number(c.value);
    case "=":
      return v === c.value;
    case "!=":
      return v !== c.value;
    case "in":
      return Array.isArray(c.value) && c.value.includes(String(v));
  }
}
function evaluate(c, facts) {
  if ("all" in c) {
    let unknown2 = false;
    for (const part of c.all) {
      const v = evaluate(part, facts);
      if (v === false) return false;
      if (v === void 0) unknown2 = true;
    }
    return unknown2 ? void 0 : true;
  }
  if ("any" in c) {
    let unknown2 = false;
    for (const part of c.any) {
      const v = evaluate(part, facts);
      if (v === true) return true;
      if (v === void 0) unknown2 = true;
    }
    return unknown2 ? void 0 : false;
  }
  if ("not" in c) {
    const v = evaluate(c.not, facts);
    return v === void 0 ? void 0 : !v;
  }
  if (c.sum) {
    const values = c.facts.map((id) => facts[id]);
    return values.includes(null) ? void 0 : meets(c, values.reduce((n, v) => n + Number(v), 0));
  }
  let unknown = false;
  for (const id of c.facts) {
    const v = facts[id];
    if (v === null) {
      if (c.op === "present") return false;
      unknown = true;
    } else if (!meets(c, v)) return false;
  }
  return unknown ? void 0 : true;
}
function comparisonsOf(c) {
  if ("all" in c) return c.all.flatMap(comparisonsOf);
  if ("any" in c) return c.any.flatMap(comparisonsOf);
  if ("not" in c) return comparisonsOf(c.not);
  return [c];
}
var factsOf = (c) => [...new Set(comparisonsOf(c).flatMap((x) => x.facts))];
var factsCompared = (c) => [...new Set(comparisonsOf(c).flatMap((x) => x.op === "present" ? [] : x.facts))];
var unknownFacts = (c, facts) => factsCompared(c).filter((id) => facts[id] === null);

// src/rubric/scoring.ts
function thresholdOutOfOrder(p, c) {
  if (!p.fact || p.fact !== c.fact || !p.op || !c.op || typeof p.value !== "number" || typeof c.value !== "number") return false;
  const down = (p.op === ">=" || p.op === ">") && (c.op === ">=" || c.op === ">");
  const up = (p.op === "<=" || p.op === "<") && (c.op === "<=" || c.op === "<");
  return down && c.value > p.value || up && c.value < p.value || (down || up) && c.value === p.value && c.op === p.op;
}
var ordered = (p, b) => [p.when, b.when].every((w) => w === void 0 || (w.all ?? w.any ?? w.not) === void 0);
function checkBands(bands, max, role, path, out) {
  return bands.map((b, i) => {
    const at = [...path, "bands", i];
    const prev = bands[i - 1];
    if (role === "deduction") {
      if (b.points > 0) out.add([...at, "points"], "deductionPositive", { points: b.points });
      if (b.points < -max) out.add([...at, "points"], "deductionBelowMax", { points: b.points, max });
      if (prev && ordered(prev, b) && prev.points > b.points) out.add([...at, "points"], "deductionBandsOrder", { points: b.points, previous: prev.points });
    } else {
      if (b.points > max) out.add([...at, "points"], "bandAboveMax", { points: b.points, max });
      if (b.points < 0) out.add([...at, "points"], "bandNegative", { points: b.points });
      if (prev && ordered(prev, b) && prev.points < b.points) out.add([...at, "points"], "bandPointsRise", { points: b.points, previous: prev.points });
    }
    if (b.when === void 0 && i < bands.length - 1) out.add(at, "bandOtherwiseNotLast");
    const when = b.when && compileCondition(b.when, [...at, "when"], out);
    if (prev?.when && b.when && thresholdOutOfOrder(prev.when, b.when)) {
      out.add([...at, "when", "value"], "bandThresholdOrder", { value: b.when.value, previous: prev.when.value });
    }
    return when ? { when, points: b.points } : { points: b.points };
  });
}
function checkCaps(caps, max, path, out) {
  return caps.flatMap((cap, i) => {
    const at = [...path, "caps", i];
    if (cap.max > max) out.add([...at, "max"], "capAboveMax", { cap: cap.max, max });
    const when = compileCondition(cap.when, [...at, "when"], out);
    return when ? [{ when, max: cap.max }] : [];
  });
}
function checkScoring(s, role, path, out) {
  if (role === "deduction" && (s.judged === true || s.missing === "judged")) {
    out.add(path, "deductionJudged");
    return void 0;
  }
  if (role === "deduction" && s.caps !== void 0) out.add([...path, "caps"], "deductionCaps");
  if (s.judged === true && s.bands === void 0) return { type: "judged" };
  if (s.bands === void 0 || s.judged === true) {
    out.add(path, "scoringWays");
    return void 0;
  }
  const before = out.count;
  const bands = checkBands(s.bands, s.max, role, path, out);
  const caps = checkCaps(s.caps ?? [], s.max, path, out);
  if (out.count > before) return void 0;
  return { type: "measured", bands, caps, missing: s.missing ?? "zero" };
}

// src/rubric/rubric.ts
var inLang = (text, lang) => typeof text === "string" ? text : text[lang];
var DEFAULT_ABSENCE_STREAK = {
  max: 3,
  source: { vi: "H\u01B0\u1EDBng d\u1EABn 12-HD/BTCTW: v\u1EAFng qu\xE1 3 k\u1EF3 li\xEAn ti\u1EBFp c\u1EA7n \u0111\u01B0\u1EE3c chi b\u1ED9 xem x\xE9t", en: "H\u01B0\u1EDBng d\u1EABn 12-HD/BTCTW: more than 3 in a row is for the cell to review" }
};
var readsAcross = (s) => [...s.bands.flatMap((b) => b.when ? [b.when] : []), ...s.caps.map((c) => c.when)].some((c) => factsOf(c).some(isAcrossFact));
var roleOf = (c) => c.deduction ? "deduction" : c.bonus ? "bonus" : "score";
var applies = (own, kind) => own === void 0 || own.includes(kind);
function checkKinds(file, own, path, out) {
  const stray = (own ?? []).filter((k) => !file.kinds.includes(k));
  if (stray.length > 0) out.add([...path, "kinds"], "kindOutsideRubric", { stray, kinds: file.kinds });
}
function compileCriterion(file, c, path, out) {
  checkKinds(file, c.kinds, path, out);
  if (c.deduction && c.bonus) out.add(path, "deductionAndBonus", { criterion: c.id });
  const role = roleOf(c);
  if (!c.items) {
    const scoring = checkScoring(c, role, path, out);
    return { file: c, path, items: scoring ? [{ item: { id: c.id, name: c.name, max: c.max, source: c.source, scoring }, path }] : [] };
  }
  if (c.judged !== void 0 || c.bands !== void 0 || c.caps !== void 0 || c.missing !== void 0) {
    out.add(path, "scoringOnCriterionWithItems", { criterion: c.id });
  }
  const items = c.items.flatMap((it, i) => {
    const at = [...path, "items", i];
    checkKinds(file, it.kinds, at, out);
    if (!it.id.startsWith(`${c.id}.`)) out.add([...at, "id"], "itemIdPrefix", { item: it.id, criterion: c.id });
    if (role === "deduction" && it.max > c.max) {
      out.add([...at, "max"], "deductionAboveCriterion", { item: it.id, max: it.max, criterion: c.id, criterionMax: c.max });
    }
    const scoring = checkScoring(it, role, at, out);
    return scoring ? [{ kinds: it.kinds, item: { id: it.id, name: it.name, max: it.max, source: it.source, scoring }, path: at }] : [];
  });
  return { file: c, path, items };
}
function compileKind(file, criteria, kind, out) {
  const chosen = [];
  for (const c of criteria) {
    if (!applies(c.file.kinds, kind)) continue;
    if (chosen.some((x) => x.id === c.file.id)) {
      out.add([...c.path, "id"], "criterionTwice", { criterion: c.file.id, kind });
      continue;
    }
    const items = c.items.filter((i) => applies(i.kinds, kind));
    const ids = /* @__PURE__ */ new Set();
    for (const i of items) {
      if (ids.has(i.item.id)) out.add([...i.path, "id"], "itemTwice", { item: i.item.id, kind });
      ids.add(i.item.id);
    }
    const sum = items.reduce((s, i) => s + i.item.max, 0);
    if (roleOf(c.file) !== "deduction" && items.length > 0 && Math.abs(sum - c.file.max) > 1e-9) {
      out.add([...c.path, "max"], "itemsSum", { criterion: c.file.id, max: c.file.max, kind, sum });
    }
    chosen.push({ id: c.file.id, name: c.file.name, max: c.file.max, role: roleOf(c.file), source: c.file.source, items: items.map((i) => i.item) });
  }
  const minDuration = durationsOf(file, kind, out);
  if (chosen.length === 0) out.add(["criteria"], "noCriterion", { kind });
  const agenda = (file.agenda ?? []).filter((a) => applies(a.kinds, kind)).map((a) => ({ type: a.type, severity: a.severity, scored: a.scored ?? true, source: a.source }));
  const max = chosen.reduce((s, c) => s + (c.role === "score" ? c.max : 0), 0);
  const across = chosen.some((c) => c.items.some((i) => i.scoring.type === "measured" && readsAcross(i.scoring)));
  return { criteria: chosen, max, across, minDuration, agenda };
}
function durationsOf(file, kind, out) {
  const given = file.minimum_duration[kind];
  if (!given) {
    out.add(["minimum_duration"], "durationMissing", { kind });
    return [];
  }
  if (!Array.isArray(given)) return [{ minutes: given.minutes, source: given.source }];
  return given.flatMap((d, i) => {
    const path = ["minimum_duration", kind, i];
    if (i === given.length - 1 && d.when !== void 0) out.add([...path, "when"], "durationLastConditional", { kind });
    if (i < given.length - 1 && d.when === void 0) out.add(path, "durationOtherwiseNotLast", { kind });
    if (d.when === void 0) return [{ minutes: d.minutes, source: d.source }];
    const when = compileCondition(d.when, [...path, "when"], out);
    return when ? [{ when, minutes: d.minutes, source: d.source }] : [];
  });
}
function gateCriterion(k, id) {
  return k?.criteria.find((c) => c.id === id || c.items.some((i) => i.id === id));
}
function checkLevels(file, kinds, out) {
  const levels = file.levels.map((level, i) => {
    const prev = file.levels[i - 1];
    if (prev && prev.min <= level.min) out.add(["levels", i, "min"], "levelOrder", { level: level.id, previous: prev.id, min: prev.min });
    (level.gate ?? []).forEach((id, g) => {
      const missingIn = file.kinds.filter((k) => !gateCriterion(kinds[k], id));
      if (missingIn.length > 0) out.add(["levels", i, "gate", g], "gateUnknown", { level: level.id, criterion: id, kinds: missingIn });
      else if (file.kinds.some((k) => gateCriterion(kinds[k], id).role !== "score")) out.add(["levels", i, "gate", g], "gateOnAdjustment", { level: level.id, criterion: id });
    });
    const vetoes = (level.vetoes ?? []).flatMap((v, j) => {
      const when = compileCondition(v.when, ["levels", i, "vetoes", j, "when"], out);
      return when ? [{ when, source: v.source, message: v.message }] : [];
    });
    return { id: level.id, name: level.name, min: level.min, gate: level.gate ?? [], vetoes, source: level.source };
  });
  const last = file.levels.length - 1;
  if (file.levels[last] && file.levels[last].min !== 0) out.add(["levels", last, "min"], "lastLevelMin");
  return levels;
}
function yearlyCondition(l, path, out) {
  const parts = [];
  if (l.missing_max !== void 0) parts.push({ facts: ["months_missing"], op: "<=", value: l.missing_max });
  if (l.every_month_at_least) parts.push({ facts: [`months_below.${l.every_month_at_least}`], op: "=", value: 0 });
  if (l.months_at_least) parts.push({ facts: [`months_at_least.${l.months_at_least.rating}`], op: ">=", value: l.months_at_least.count });
  if (l.missing_plus_max) {
    const rated = l.missing_plus_max.ratings.map((r) => `months_rated.${r}`);
    parts.push({ facts: ["months_missing", ...rated], op: "<=", value: l.missing_plus_max.max, sum: true });
  }
  if (l.when) {
    const when = compileCondition(l.when, [...path, "when"], out, YEARLY_FACT_TYPES);
    if (when) parts.push(when);
  }
  return parts.length === 0 ? void 0 : parts.length === 1 ? parts[0] : { all: parts };
}
function checkYearly(file, out) {
  const levels = (file.yearly?.levels ?? []).map((l, i) => {
    const when = yearlyCondition(l, ["yearly", "levels", i], out);
    return when ? { id: l.id, when } : { id: l.id };
  });
  const last = file.yearly?.levels[levels.length - 1];
  if (last && (last.missing_max ?? last.every_month_at_least ?? last.months_at_least ?? last.missing_plus_max ?? last.when) !== void 0) {
    out.add(["yearly", "levels", levels.length - 1], "lastYearlyConditions");
  }
  return levels;
}
function compileRubric(file) {
  const out = new Mistakes();
  const criteria = file.criteria.map((c, i) => compileCriterion(file, c, ["criteria", i], out));
  const kinds = {};
  for (const kind of file.kinds) kinds[kind] = compileKind(file, criteria, kind, out);
  (file.agenda ?? []).forEach((a, i) => checkKinds(file, a.kinds, ["agenda", i], out));
  const levels = checkLevels(file, kinds, out);
  const yearly = checkYearly(file, out);
  if (file.from !== void 0 && file.until !== void 0 && file.until < file.from) out.add(["until"], "untilBeforeFrom", { from: file.from, until: file.until });
  if (out.count > 0) return { mistakes: out.found };
  const absenceStreak = file.absence_streak ?? DEFAULT_ABSENCE_STREAK;
  if (levels.some((l) => l.vetoes.some((v) => factsOf(v.when).some(isAcrossFact)))) for (const k of Object.values(kinds)) k.across = true;
  const inForce = { ...file.from !== void 0 && { from: file.from }, ...file.until !== void 0 && { until: file.until } };
  const rubric = {
    id: file.id,
    title: file.title,
    ...file.version !== void 0 && { version: file.version },
    inForce,
    rule: file.rule,
    kinds,
    levels,
    absenceStreak
  };
  if (file.source !== void 0) rubric.source = file.source;
  if (file.note !== void 0) rubric.note = file.note;
  if (file.yearly) rubric.yearly = { source: file.yearly.source, levels: yearly };
  return { rubric };
}

export {
  evaluate,
  factsOf,
  unknownFacts,
  inLang,
  DEFAULT_ABSENCE_STREAK,
  compileRubric
};
