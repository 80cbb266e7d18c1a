// Before each test file: the `yaml` package for the sources the tests import directly (the
// command line loads it on first use; see src/parse/yaml-package.ts).
import * as yaml from 'yaml';
import { provideYaml } from '../src/parse/yaml-package.js';

provideYaml(() => yaml);
