// What the command line loads only when a file needs it, so that a run reading only plain, valid
// records never loads it:
// - the `yaml` package (see parse/yaml-package.ts), for texts the fast reader leaves to it. The
//   build bundles it into one CommonJS file beside this module (dist/yaml.cjs, scripts/build.mjs):
//   one file loads several times faster than the package's ninety. Run from the sources (tests),
//   it is the package itself.
// - zod and the schemas (see validate/zod-schemas.ts), for invalid records, rubric files and the
//   configuration. The build keeps them in the same bundle: esbuild turns this `require` into a
//   call that runs their modules on first use. Run from the sources, test/setup.ts provides them.
import { createRequire } from 'node:module';
import { provideYaml, type YamlPackage } from '../parse/yaml-package.js';
import { provideSchemas, type SchemaModule } from '../validate/zod-schemas.js';

const FROM_SOURCES = import.meta.url.endsWith('.ts');

export function provideOnDemand(): void {
  provideYaml(() => createRequire(import.meta.url)(FROM_SOURCES ? 'yaml' : './yaml.cjs') as YamlPackage);
  if (!FROM_SOURCES) provideSchemas(() => require('../validate/schemas.js') as SchemaModule);
}
