// What the command line loads only when a file needs it, so that a run reading only plain, valid
// records never loads it. (`require` is CommonJS's, in the command line's bundle; the bundle for
// worker threads defines one, and so do the tests.)
// - the `yaml` package (see parse/yaml-package.ts), for texts the fast reader leaves to it. The
//   build bundles it into one CommonJS file beside this module (dist/yaml.cjs, scripts/build.mjs):
//   one file loads several times faster than the package's ninety. Run from the sources (tests),
//   it is the package itself.
// - zod and the schemas (see validate/zod-schemas.ts), for invalid records, rubric files and the
//   configuration. The build keeps them in the same bundle: esbuild turns this `require` into a
//   call that runs their modules on first use. Run from the sources, test/setup.ts provides them.
import { fileURLToPath } from 'node:url';
import { provideYaml, type YamlPackage } from '../parse/yaml-package.js';
import { provideSchemas, type SchemaModule } from '../validate/zod-schemas.js';

const FROM_SOURCES = import.meta.url.endsWith('.ts');
// A name esbuild cannot read, so that it leaves the package out of the bundle.
const YAML = FROM_SOURCES ? 'yaml' : fileURLToPath(new URL('./yaml.cjs', import.meta.url));

export function provideOnDemand(): void {
  provideYaml(() => require(YAML) as YamlPackage);
  if (!FROM_SOURCES) provideSchemas(() => require('../validate/schemas.js') as SchemaModule);
}
