#!/usr/bin/env node
// chibo: the executable. The code lives in dist/ (built by `npm run bundle`, and committed).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('chibo: dist/ is missing; run `npm run bundle` in the package folder.\n');
  process.exit(2);
}
// A reader that stops early (`chibo check | head`) is not a fault of chibo's.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`chibo: cannot write the report (${error.code ?? error.message})\n`);
  process.exit(2);
});
try {
  const { main } = await import(entry.href);
  const io = { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr };
  process.exitCode = await main(process.argv.slice(2), io);
} catch (error) {
  process.stderr.write(`chibo: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  if (process.env.CHIBO_DEBUG) process.stderr.write(`${error instanceof Error ? error.stack : ''}\n`);
  process.exitCode = 2;
}
