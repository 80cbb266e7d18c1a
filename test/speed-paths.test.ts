// Shortcuts taken for speed give what the long way gives: the pre-test for hidden characters
// never passes over one, and a packed result unpacks to the same problems, in both languages.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packChunk, unpack } from '../src/cli/batch.js';
import type { Lang } from '../src/core/lang.js';
import type { RecordResult } from '../src/score/result.js';
import { HIDDEN_CHARACTER, mayHide } from '../src/validate/text.js';
import { checkText, ROOT } from './helpers.js';

describe('mayHide', () => {
  it('is true for every hidden character, alone or in text', () => {
    const hidden = new RegExp(`^${HIDDEN_CHARACTER.source}$`, 'u');
    let plain = 0;
    for (let c = 0; c <= 0x10ffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCodePoint(c);
      if (hidden.test(ch)) {
        expect(mayHide(ch), `U+${c.toString(16)}`).toBe(true);
        expect(mayHide(`Nguyễn Văn ${ch}An`), `U+${c.toString(16)} in a name`).toBe(true);
      } else if (!mayHide(ch)) plain++;
    }
    // The shortcut is worth having: Vietnamese letters, decomposed or not, are plain.
    expect(plain).toBeGreaterThan(1000);
    expect(mayHide('Nguyễn Thị Ánh'.normalize('NFD'))).toBe(false);
    expect(mayHide('Đặng Văn Lử')).toBe(false);
  });
});

describe('packed results', () => {
  const roundTrip = (r: RecordResult, lang: Lang) => unpack(packChunk([r], lang)[0]!, new Map(), lang);
  const files = ['examples', 'test/fixtures/hostile']
    .flatMap((dir) => readdirSync(path.join(ROOT, dir)).filter((f) => /\.ya?ml$/.test(f)).map((f) => path.join(ROOT, dir, f)));

  it.each(['vi', 'en'] as const)('unpack to the same results, messages and positions included (%s)', (lang) => {
    let problems = 0;
    for (const file of files) {
      const result = checkText(readFileSync(file), lang);
      problems += result.problems.length;
      // What packing drops on purpose: the scores of single items and the account of each level,
      // and the names and maxima of criteria (they come back from the rubric, which this test does
      // not hand to unpack).
      const score = result.score && { ...result.score, levels: [], criteria: result.score.criteria.map((c) => ({ ...c, name: '', max: 0, items: [] })) };
      const expected = JSON.parse(JSON.stringify({ ...result, score }));
      const unpacked = roundTrip(result, lang);
      expect(JSON.parse(JSON.stringify(unpacked)), file).toEqual(expected);
      expect(Object.keys(unpacked), file).toEqual(Object.keys(result));
      expect(unpacked.meeting, file).toBe(result.meeting);
    }
    expect(problems).toBeGreaterThan(20);
  });

  it('keep a message that its data, once packed, would not render the same', () => {
    const result = checkText('format: chibo/v1\nkind: regular\n', 'en');
    expect(result.problems.length).toBeGreaterThan(0);
    const odd = { ...result, problems: result.problems.map((p) => ({ ...p, message: `${p.message} (as written)` })) };
    expect(roundTrip(odd, 'en').problems.map((p) => p.message)).toEqual(odd.problems.map((p) => p.message));
    // A number JSON cannot carry: the message rendered from it is kept, not rendered from null.
    const inf = { ...result, problems: [{ ...result.problems[0]!, data: { value: Infinity } }] };
    expect(roundTrip(inf, 'en').problems[0]!.message).toBe(result.problems[0]!.message);
  });
});
