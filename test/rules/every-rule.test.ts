// Every rule chibo has is given a table in this folder (tables are keyed by rule id).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';

const folder = new URL('./', import.meta.url);
const sources = readdirSync(folder).filter((f) => f.endsWith('.test.ts')).map((f) => readFileSync(new URL(f, folder), 'utf8'));
const tabled = new Set(sources.flatMap((s) => [...s.matchAll(/^ {2}'?([a-z-]+)'?: \{$/gm)].map((m) => m[1])));

describe('rule tables', () => {
  it('cover every rule', () => {
    expect(RULES.map((r) => r.id).filter((id) => !tabled.has(id))).toEqual([]);
  });
});
