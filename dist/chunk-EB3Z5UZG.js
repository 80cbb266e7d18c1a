import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);

// src/paths.ts
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
var PACKAGE_ROOT = fileURLToPath(new URL("..", import.meta.url));
var packageFile = (relative) => path.join(PACKAGE_ROOT, relative);
var version;
function toolVersion() {
  version ??= JSON.parse(readFileSync(packageFile("package.json"), "utf8")).version;
  return version;
}

export {
  packageFile,
  toolVersion
};
