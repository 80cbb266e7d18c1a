// Names for people given as { vi, en } (title, criteria, items, levels): every output shows the
// language of the run, and a plain text stays valid in both.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { chibo, goodRecord, ROOT } from './helpers.js';

const RUBRIC = path.join(ROOT, 'test/fixtures/rubrics/bilingual.yaml');

/** A record scored by the bilingual rubric: someone absent without reason, claiming Tốt. */
function record(): string {
  const r = goodRecord();
  r.members.absent_unexcused = ['Lê Văn Cường'];
  r.members.present -= 1;
  r.vote.for -= 1;
  r.assessment = { scores: { '1': 50, '2': 50 }, total: 100, rating: 'Tốt' };
  return stringify(r);
}

describe('bilingual names', () => {
  it('chibo rubric shows the title, criteria, items and levels in the chosen language', async () => {
    const vi = (await chibo(['rubric', RUBRIC])).stdout;
    expect(vi).toContain('bilingual: Bộ tiêu chí hai thứ tiếng');
    expect(vi).toContain('1     Tỷ lệ dự họp  [50]');
    expect(vi).toContain('1.1   Không ai vắng không lý do  [50]');
    expect(vi).toMatch(/^Tốt +từ 90 điểm/m);
    const en = (await chibo(['rubric', RUBRIC, '--lang', 'en'])).stdout;
    expect(en).toContain('bilingual: A rubric in two languages');
    expect(en).toContain('1.1   Nobody absent without reason  [50]');
    expect(en).toContain('2     Nội dung  [50]');
    expect(en).toMatch(/^Good +from 90 points/m);
  });
  it('reports and messages name criteria and levels in the language of the run', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'chibo-bilingual-')), 'a.yaml');
    writeFileSync(file, record());
    const args = ['check', file, '--rubric', RUBRIC, '--format', 'json'];
    const en = JSON.parse((await chibo([...args, '--lang', 'en'])).stdout).results[0];
    expect(en.score.criteria.map((c: { name: string }) => c.name)).toEqual(['Attendance', 'Nội dung']);
    expect(en.problems.find((p: { rule: string }) => p.rule === 'rating-overstated').message).toMatch(/^Rated Good, .*The scores allow Poor\./);
    const vi = JSON.parse((await chibo(args)).stdout).results[0];
    expect(vi.score.criteria.map((c: { name: string }) => c.name)).toEqual(['Tỷ lệ dự họp', 'Nội dung']);
    expect(vi.problems.find((p: { rule: string }) => p.rule === 'rating-overstated').message).toMatch(/^Chi bộ tự xếp loại Tốt, .*chỉ được xếp loại Kém\./);
    const pretty = (await chibo(['check', file, '--rubric', RUBRIC, '--lang', 'en'])).stdout;
    expect(pretty).toMatch(/1 {2}Attendance +50 +0 +0\/50/);
  });
});
