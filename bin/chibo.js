#!/usr/bin/env node
// chibo: the executable. The code lives in dist/ (built by `npm install` through `prepare`).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('chibo: not built yet; run `npm install` (or `npm run build`) in the package folder.\n');
  process.exit(2);
}
const { main } = await import(entry.href);
const io = { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr };
process.exitCode = await main(process.argv.slice(2), io);
