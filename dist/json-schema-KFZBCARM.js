import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  configSchema
} from "./chunk-W2LCYRPW.js";
import {
  recordSchema,
  rubricSchema,
  toJSONSchema
} from "./chunk-WW6T5SRY.js";
import "./chunk-73J3I6BT.js";
import "./chunk-A2X76N7O.js";
import "./chunk-OVRNMJZG.js";

// src/validate/json-schema.ts
function allowExtensions(node) {
  if (Array.isArray(node)) return node.forEach(allowExtensions);
  if (node === null || typeof node !== "object") return;
  const obj = node;
  if (obj.additionalProperties === false) obj.patternProperties = { "^x-": {} };
  Object.values(obj).forEach(allowExtensions);
}
function recordJsonSchema() {
  const schema = toJSONSchema(recordSchema, { io: "input", target: "draft-2020-12" });
  allowExtensions(schema);
  return { title: "chibo meeting record (chibo/v1)", ...schema };
}
function rubricJsonSchema() {
  return { title: "chibo rubric", ...toJSONSchema(rubricSchema, { io: "input", target: "draft-2020-12" }) };
}
function configJsonSchema() {
  return { title: "chibo configuration (chibo.config.yaml)", ...toJSONSchema(configSchema, { io: "input", target: "draft-2020-12" }) };
}
var JSON_SCHEMAS = { record: recordJsonSchema, rubric: rubricJsonSchema, config: configJsonSchema };
export {
  JSON_SCHEMAS,
  configJsonSchema,
  recordJsonSchema,
  rubricJsonSchema
};
