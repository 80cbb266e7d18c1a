// The `yaml` package, for the texts the fast reader (fast-yaml.ts) leaves to it. Most runs read
// only plain records and never need it, so nothing here imports it: the program that runs the
// code provides it — the command line loads it on first use (load/on-demand.ts), the form
// page bundles it (form/page.ts), the tests import it (test/setup.ts).
import type * as Yaml from 'yaml';
import { provided } from '../core/provided.js';

export type YamlPackage = typeof Yaml;

const yaml = provided<YamlPackage>('the yaml package was not provided (provideYaml) before a text needed it');

/** Says how to get the `yaml` package; `load` is called once, when a text first needs it. */
export const provideYaml = yaml.provide;

/** The `yaml` package, loaded now if it was not yet. */
export const yamlPackage = yaml.get;
