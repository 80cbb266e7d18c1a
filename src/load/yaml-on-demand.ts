// The `yaml` package for the command line, loaded synchronously when a text first needs it, so
// that a run reading only plain records never loads it (see parse/yaml-package.ts). The build
// bundles the package into one CommonJS file beside this module (dist/yaml.cjs, scripts/build.mjs):
// one file loads several times faster than the package's ninety. Run from the sources (tests),
// it is the package itself.
import { createRequire } from 'node:module';
import { provideYaml, type YamlPackage } from '../parse/yaml-package.js';

const FILE = import.meta.url.endsWith('.ts') ? 'yaml' : './yaml.cjs';

export function provideYamlOnDemand(): void {
  provideYaml(() => createRequire(import.meta.url)(FILE) as YamlPackage);
}
