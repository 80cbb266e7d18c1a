// The floor of chibo before its fast reader: one process, one thread, that reads every record
// below DIR, parses it with the yaml package and a LineCounter and turns it into plain data.
// Usage: node bench/baseline.mjs DIR
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';

function* records(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* records(full);
    else if (/\.ya?ml$/.test(entry.name)) yield full;
  }
}

let count = 0;
for (const file of records(process.argv[2])) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter });
  try {
    doc.toJS({ maxAliasCount: 100 });
  } catch {
    // An alias bomb among the records: chibo stops there too.
  }
  count++;
}
process.stdout.write(`${count}\n`);
