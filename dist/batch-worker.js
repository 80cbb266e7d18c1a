import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  InternalFault,
  checkInPass,
  packChunk,
  threadEnv
} from "./chunk-WT2IZCE4.js";
import {
  createRubricLoader,
  provideYamlOnDemand
} from "./chunk-OT6PQ2XQ.js";
import "./chunk-AVTV7DUN.js";
import "./chunk-IH7VVGSX.js";
import "./chunk-4DZHB3IH.js";
import "./chunk-EB3Z5UZG.js";
import "./chunk-WXT25PZN.js";
import "./chunk-X4PWH4UP.js";
import "./chunk-2CX7DBPD.js";
import "./chunk-5GKDKUH7.js";
import "./chunk-S4TZNE62.js";
import "./chunk-FBLKVXXO.js";
import "./chunk-BEIRBNFU.js";
import "./chunk-OVRNMJZG.js";

// src/cli/batch-worker.ts
import { parentPort, workerData } from "node:worker_threads";
provideYamlOnDemand();
var spec = workerData;
var seen = /* @__PURE__ */ new Set();
var fresh = [];
var cached = createRubricLoader();
var loadRubric = (ref, base) => {
  const loaded = cached(ref, base);
  if ("rubric" in loaded && !seen.has(loaded.key)) {
    seen.add(loaded.key);
    fresh.push(loaded);
  }
  return loaded;
};
var env = threadEnv(spec, loadRubric);
if ("error" in env) throw new Error(`rubric ${spec.rubric} cannot be loaded`);
parentPort.on("message", ({ start, targets, defer, across }) => {
  fresh = [];
  try {
    const packed = packChunk(targets.map((t, i) => checkInPass(t, defer, across?.[i], spec.cwd, env)), spec.lang);
    parentPort.postMessage({ start, packed, rubrics: fresh });
  } catch (e) {
    const place = e instanceof InternalFault ? e.place : {};
    const cause = e instanceof InternalFault ? e.cause : e;
    parentPort.postMessage({ start, fault: { place, message: cause instanceof Error ? cause.message : String(cause), stack: cause instanceof Error ? cause.stack : void 0 } });
  }
});
