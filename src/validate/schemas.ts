// The zod schemas of chibo's files: the record, the rubric and the configuration. Loading zod and
// building these is most of a short run's start-up, so only zod-schemas.ts's provider names this
// module (see there).
export { recordSchema } from './record-schema.js';
export { configSchema } from './config-schema.js';
export { rubricSchema } from '../rubric/schema.js';
