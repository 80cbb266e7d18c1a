// The zod schemas (schemas.ts), loaded when a file first needs them. A valid record never does:
// record-fast.ts reads it without zod, which is left to explain what is wrong with the others, and
// to rubric and configuration files. Loading zod and building the schemas costs more than checking
// one record, so nothing in the core imports them: the program that runs the code provides them —
// the command line on first use (load/on-demand.ts), the form page and the tests by importing them.
import type * as Schemas from './schemas.js';
import { provided } from '../core/provided.js';

export type SchemaModule = typeof Schemas;

const schemaModule = provided<SchemaModule>('the schemas were not provided (provideSchemas) before a file needed them');

/** Says how to get the schemas; `load` is called once, when a file first needs them. */
export const provideSchemas = schemaModule.provide;

/** The schemas, loaded now if they were not yet. */
export const schemas = schemaModule.get;
