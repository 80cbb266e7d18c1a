// Before each test file: the `yaml` package and the zod schemas for the sources the tests import
// directly (the command line loads them on first use; see src/load/on-demand.ts).
import * as yaml from 'yaml';
import { provideYaml } from '../src/parse/yaml-package.js';
import * as schemaModule from '../src/validate/schemas.js';
import { provideSchemas } from '../src/validate/zod-schemas.js';

provideYaml(() => yaml);
provideSchemas(() => schemaModule);
