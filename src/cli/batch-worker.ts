// A worker thread of a large batch: checks the chunks of targets it is sent and posts back their
// packed results, with the rubrics it loaded for the first time.
import { parentPort, workerData } from 'node:worker_threads';
import { InternalFault, type LoadedRubric, type RubricLoader } from '../check.js';
import { createRubricLoader } from '../load/rubrics.js';
import { provideOnDemand } from '../load/on-demand.js';
import { checkInPass, packChunk, threadEnv, type CheckSpec, type ChunkMessage } from './batch.js';

provideOnDemand();

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

parentPort!.on('message', ({ start, targets, defer, across }: ChunkMessage) => {
  fresh = [];
  try {
    const packed = packChunk(targets.map((t, i) => checkInPass(t, defer, across?.[i], spec.cwd, env)), spec.lang);
    parentPort!.postMessage({ start, packed, rubrics: fresh });
  } catch (e) {
    // A fault of chibo's own: the batch stops, saying where (see InternalFault).
    const place = e instanceof InternalFault ? e.place : {};
    const cause = e instanceof InternalFault ? e.cause : e;
    parentPort!.postMessage({ start, fault: { place, message: cause instanceof Error ? cause.message : String(cause), stack: cause instanceof Error ? cause.stack : undefined } });
  }
});
