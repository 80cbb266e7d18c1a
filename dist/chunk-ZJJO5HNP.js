import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  _enum,
  array,
  date,
  number,
  partialRecord,
  strictObject,
  string,
  union
} from "./chunk-AVTV7DUN.js";

// src/core/rule-ids.ts
var RULE_IDS = [
  "yaml-syntax",
  "schema",
  "file-unreadable",
  "limit-exceeded",
  "rubric-unavailable",
  "rubric-kind",
  "attendance-mismatch",
  "absence-duplicate",
  "absent-but-active",
  "speakers-exceed-present",
  "vote-mismatch",
  "time-invalid",
  "score-range",
  "score-sum",
  "score-overclaimed",
  "rating-overstated",
  "rating-understated",
  "assessment-missing",
  "score-missing",
  "fact-missing",
  "agenda-missing",
  "duration-short",
  "minutes-incomplete",
  "task-incomplete",
  "period-mismatch",
  "thematic-incomplete",
  "hidden-character",
  "rubric-out-of-force",
  "meeting-missing",
  "thematic-missing",
  "duplicate-meeting",
  "absence-streak",
  "tasks-not-reviewed",
  "cell-name-variant",
  "upper-level-absent",
  "absence-unexcused-year"
];
var OFF_BY_DEFAULT = ["upper-level-absent"];

// src/validate/config-schema.ts
var configSchema = strictObject({
  rubric: string().min(1).describe("Default rubric: a bundled id or a path relative to this file").optional(),
  rubrics: array(
    union([
      string().min(1),
      strictObject({
        rubric: string().min(1).describe("A bundled id or a path relative to this file"),
        from: date("First meeting day it is used for; an entry with neither from nor until takes the rubric's own dates").optional(),
        until: date("Last meeting day it is used for; none: no last day").optional()
      })
    ])
  ).min(1).describe("Default rubrics by date: each is used for meetings on the days it is in force (its own `from`/`until`, or those given here); spans must not overlap").optional(),
  lang: _enum(["vi", "en"]).describe("Language of messages").optional(),
  ignore: array(string()).describe("Paths to skip, in gitignore syntax, relative to this file").optional(),
  rules: partialRecord(_enum(RULE_IDS), _enum(["off", "warning", "error"])).describe("Severity of each rule: off, warning or error").optional(),
  "max-warnings": number().int().min(-1).describe("Exit 1 when warnings exceed this; -1: no limit").optional(),
  "max-file-size": number().int().min(1).describe("Largest record file, in bytes").optional(),
  "max-depth": number().int().min(1).describe("Deepest nesting in a record").optional(),
  "max-aliases": number().int().min(0).describe("Most YAML aliases in a record").optional(),
  "max-items": number().int().min(1).describe("Most items in one list or mapping").optional()
}).describe("chibo configuration (chibo.config.yaml)");

export {
  OFF_BY_DEFAULT,
  configSchema
};
