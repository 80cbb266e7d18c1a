// A worker thread of a large batch: checks the chunks of targets it is sent and posts back their
// packed results, with the rubrics it loaded for the first time.
import { parentPort, workerData } from 'node:worker_threads';
import type { Target } from '../load/files.js';
import { createRubricLoader, type LoadedRubric, type RubricLoader } from '../load/rubrics.js';
import { checkTarget, packChunk, threadEnv, type CheckSpec } from './batch.js';

const spec = workerData as CheckSpec;
const seen = new Set<string>();
let fresh: LoadedRubric[] = [];
const cached = createRubricLoader();
const loadRubric: RubricLoader = (ref, base) => {
  const loaded = cached(ref, base);
  if ('rubric' in loaded && !seen.has(loaded.key)) {
    seen.add(loaded.key);
    fresh.push(loaded);
  }
  return loaded;
};
const env = threadEnv(spec, loadRubric);
if ('error' in env) throw new Error(`rubric ${spec.rubric} cannot be loaded`);

parentPort!.on('message', ({ start, targets }: { start: number; targets: Target[] }) => {
  fresh = [];
  const packed = packChunk(targets.map((t) => checkTarget(t, spec.cwd, env)));
  parentPort!.postMessage({ start, packed, rubrics: fresh });
});
