import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  checkTarget,
  packChunk,
  threadEnv
} from "./chunk-KKSQNZUJ.js";
import {
  createRubricLoader
} from "./chunk-7JGF2S4F.js";
import "./chunk-WW6T5SRY.js";
import "./chunk-73J3I6BT.js";
import "./chunk-PHMUTJS5.js";
import "./chunk-L4VS5DCM.js";
import "./chunk-LDTNWDDW.js";
import "./chunk-EB3Z5UZG.js";
import "./chunk-JZQ45GMB.js";
import "./chunk-A2X76N7O.js";
import "./chunk-OVRNMJZG.js";

// src/cli/batch-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var spec = workerData;
var seen = /* @__PURE__ */ new Set();
var fresh = [];
var cached = createRubricLoader();
var loadRubric = (ref, base) => {
  const loaded = cached(ref, base);
  if ("rubric" in loaded && !seen.has(loaded.rubric.id)) {
    seen.add(loaded.rubric.id);
    fresh.push(loaded.rubric);
  }
  return loaded;
};
var env = threadEnv(spec, loadRubric);
if ("error" in env) throw new Error(`rubric ${spec.rubric} cannot be loaded`);
parentPort.on("message", ({ start, targets }) => {
  fresh = [];
  const packed = packChunk(targets.map((t) => checkTarget(t, spec.cwd, env)));
  parentPort.postMessage({ start, packed, rubrics: fresh });
});
