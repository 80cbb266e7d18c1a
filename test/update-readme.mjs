// Refreshes the outputs shown in README.md and docs/huong-dan.md after a deliberate change of output;
// test/readme.test.ts fails until this has been run. Usage: node test/update-readme.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { englishOutput, examplesOutput, PAGES_WITH_OUTPUT, ROOT, withCurrentOutput } from './readme-output.mjs';

let readme = readFileSync(`${ROOT}README.md`, 'utf8');
const replaceBlockAfter = (marker, text) => {
  const start = readme.indexOf(marker);
  const open = readme.indexOf('```text\n', start) + '```text\n'.length;
  const close = readme.indexOf('```', open);
  readme = readme.slice(0, open) + text + readme.slice(close);
};
replaceBlockAfter('## What `chibo check examples/` shows', examplesOutput());
replaceBlockAfter('The same in English', englishOutput());
writeFileSync(`${ROOT}README.md`, readme);
for (const page of PAGES_WITH_OUTPUT) writeFileSync(`${ROOT}${page}`, withCurrentOutput(readFileSync(`${ROOT}${page}`, 'utf8')));
