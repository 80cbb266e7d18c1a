// A worker thread of a large batch: checks the chunks of targets it is sent and posts back their
// packed results, with the rubrics it loaded for the first time. The thread runs the executable
// (bin/chibo.js), which compiles the command line's script with its code cache and calls
// `serveChunks` (batch.ts starts it so): the checking is compiled code from the first record on.
import type { MessagePort } from 'node:worker_threads';
import { InternalFault, type LoadedRubric, type RubricLoader } from '../check.js';
import { createRubricLoader } from '../load/rubrics.js';
import { checkChunk, threadEnv, type CheckSpec, type ChunkDone, type ChunkMessage } from './batch.js';
import { packChunk, transferList } from './packed.js';

/** Serves the main thread's chunks on `port`, with the batch's `spec` (the worker's data). */
export function serveChunks(port: MessagePort, spec: CheckSpec): void {
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

  port.on('message', (message: ChunkMessage) => {
    const { start, deflate } = message;
    fresh = [];
    try {
      const chunk = packChunk(checkChunk(message, spec.cwd, env), spec.lang, spec.kept, deflate);
      // The chunk's buffers are moved to the main thread, not copied.
      port.postMessage({ start, chunk, rubrics: fresh } satisfies ChunkDone, transferList(chunk));
    } catch (e) {
      // A fault of chibo's own: the batch stops, saying where (see InternalFault).
      const place = e instanceof InternalFault ? e.place : {};
      const cause = e instanceof InternalFault ? e.cause : e;
      port.postMessage({ start, fault: { place, message: cause instanceof Error ? cause.message : String(cause), stack: cause instanceof Error ? cause.stack : undefined } });
    }
  });
}
