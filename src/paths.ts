// Where the package's own files are. This module sits one folder below the package root both as
// source (src/paths.ts) and in the build (dist/main.js bundles it), so `..` is the root in both.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PACKAGE_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** A file of the package, by its path from the package root. */
export const packageFile = (relative: string) => path.join(PACKAGE_ROOT, relative);

let version: string | undefined;

export function toolVersion(): string {
  version ??= (JSON.parse(readFileSync(packageFile('package.json'), 'utf8')) as { version: string }).version;
  return version;
}
