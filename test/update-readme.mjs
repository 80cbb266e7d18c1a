// Refreshes the outputs shown in README.md after a deliberate change of output;
// test/readme.test.ts fails until this has been run. Usage: node test/update-readme.mjs
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = (args) => {
  try {
    return execFileSync(process.execPath, ['bin/chibo.js', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CHIBO_LANG: '' } });
  } catch (e) {
    return e.stdout; // exit 1: records with errors
  }
};
let readme = readFileSync(`${root}README.md`, 'utf8');
const replaceBlockAfter = (marker, text) => {
  const start = readme.indexOf(marker);
  const open = readme.indexOf('```text\n', start) + '```text\n'.length;
  const close = readme.indexOf('```', open);
  readme = readme.slice(0, open) + text + readme.slice(close);
};
replaceBlockAfter('## What `chibo check examples/` shows', run(['check', 'examples/']));
replaceBlockAfter('The same in English', run(['check', 'examples/letter-tot-criterion-1-short.yaml', '--lang', 'en']));
writeFileSync(`${root}README.md`, readme);
