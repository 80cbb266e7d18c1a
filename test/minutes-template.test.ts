// The record as the minutes template holds it (issue 13), end to end: speakers of agenda parts in
// the facts, the upper level's confirmed rating in reports and summaries, the months an
// upper-level committee member attended, the cell's type, and upper-level-absent off by default.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { chibo, chiboJson, checkText, goodRecord } from './helpers.js';

type Change = (r: Record<string, any>) => void;

const review = (rating: string, scores?: Record<string, number>): Change => (r) => {
  r.review = { by: 'Ban Thường vụ Đảng ủy Khối', date: `${r.date.slice(0, 7)}-28`, ...scores && { scores }, rating };
};
const upperLevelGuest: Change = (r) => { r.guests = [{ name: 'Đồng chí Vàng A Chu, Phó Bí thư Đảng ủy Khối', role: 'cấp ủy cấp trên' }]; };

/** A folder of clean records of one cell, one per month given, each with its change. */
function folder(months: [string, ...Change[]][], config?: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'chibo-template-'));
  mkdirSync(path.join(dir, 'records'));
  for (const [month, ...changes] of months) {
    const r = goodRecord();
    r.date = `${month}-15`;
    for (const change of changes) change(r);
    writeFileSync(path.join(dir, 'records', `${month}.yaml`), stringify(r));
  }
  if (config) writeFileSync(path.join(dir, 'chibo.config.yaml'), config);
  return dir;
}

describe('speakers of agenda parts', () => {
  it('count with the overall list, each person once (names folded)', () => {
    const r = goodRecord();
    r.agenda[5].speakers = ['hoàng văn em', 'Lò Thị Thanh'];
    r.agenda[6].speakers = ['Lo Thi Thanh', 'Trần Văn Sáu'];
    const facts = checkText(stringify(r)).facts!;
    expect(facts.speaker_count).toBe(7 + 2);
    expect(facts.speaker_rate).toBeCloseTo(9 / 21, 9);
  });
});

describe('the confirmed rating in the check report', () => {
  it('is in the JSON report beside the claim, null without a review', async () => {
    const { report } = await chiboJson(['check', 'examples/regular-reviewed.yaml', 'examples/regular-good.yaml']);
    expect(report.results.map((r: any) => r.confirmed)).toEqual([
      { rating: 'tot', by: 'Ban Thường vụ Đảng ủy Khối cơ quan huyện Tam Đường', date: '2024-10-28' },
      null,
    ]);
  });

  it('is a line after the score table, saying when it differs from the proposed one', async () => {
    const dir = folder([['2024-03', (r) => { r.assessment.rating = 'Khá'; }, review('Tốt')]]);
    const vi = await chibo(['check', 'records'], { cwd: dir });
    expect(vi.code).toBe(0);
    expect(vi.stdout).toContain('  Cấp trên (Ban Thường vụ Đảng ủy Khối) xếp loại Tốt ngày 28/3/2024, khác với mức chi bộ tự xếp loại (Khá).\n');
    const en = await chibo(['check', 'records', '--lang', 'en'], { cwd: dir });
    expect(en.stdout).toContain('  Rated Tốt by the upper level (Ban Thường vụ Đảng ủy Khối) on 2024-03-28, not the Khá the cell proposed.\n');
    const same = await chibo(['check', 'examples/regular-reviewed.yaml']);
    expect(same.stdout).toContain('xếp loại Tốt ngày 28/10/2024.\n');
    expect(same.stdout).not.toContain('khác với mức');
  });
});

describe('summaries', () => {
  // January: computed Tốt. February: the upper level decides Khá on its own scores, and attends.
  // March: a cell type written, and a guest who is not upper-level.
  const dir = folder([
    ['2024-01'],
    ['2024-02', review('Khá', { 1: 17 }), upperLevelGuest],
    ['2024-03', (r) => { r.cell_type = 'Xã'; r.guests = [{ name: 'Đồng chí Lò Văn Sơn', role: 'khác' }]; }],
  ]);

  it('use the confirmed rating, say which they used, and list the months the upper level attended (JSON)', async () => {
    const r = await chibo(['summary', 'records', '--format', 'json', '--as-of', '2024-03-31'], { cwd: dir });
    const json = JSON.parse(r.stdout);
    const cell = json.cells[0];
    expect(cell.months.slice(0, 3).map((m: any) => [m.rating, m.ratingFrom])).toEqual([['tot', 'computed'], ['kha', 'confirmed'], ['tot', 'computed']]);
    expect(cell.upperLevel).toEqual(['2024-02']);
    expect(cell.cellType).toBe('xa_phuong');
    expect(json.confirmed).toBe(1);
    expect(json.ratings).toEqual({ tot: 2, kha: 1, trung_binh: 0, kem: 0 });
  });

  it('mark confirmed ratings and upper-level months in the terminal', async () => {
    const text = (await chibo(['summary', 'records', '--as-of', '2024-03-31'], { cwd: dir })).stdout;
    expect(text).toContain('Chi bộ Văn phòng Sở Tài chính — 2024 · xã, phường (lai-chau-14)');
    expect(text).toMatch(/Xếp loại +Tốt +Khá✓ +Tốt/);
    expect(text).toMatch(/Cấp trên dự +● *\n/);
    expect(text).toContain('Xếp loại dùng để tổng hợp: xếp loại cấp trên công nhận ở 1/3 biên bản, còn lại là xếp loại chibo tính từ điểm.');
    const en = (await chibo(['summary', 'records', '--as-of', '2024-03-31', '--lang', 'en'], { cwd: dir })).stdout;
    expect(en).toContain('Ratings summarized: confirmed by the upper level in 1 of 3 records, computed by chibo from the scores in the rest.');
  });

  it('write the cell type and the upper-level months in CSV, before the yearly rating', async () => {
    const csv = (await chibo(['summary', 'records', '--format', 'csv', '--as-of', '2024-03-31'], { cwd: dir })).stdout;
    const [header, row] = csv.slice(1).trimEnd().split('\r\n').map((line) => line.split(','));
    expect(header!.slice(-3)).toEqual(['Loại hình', 'Tháng có cấp ủy cấp trên dự', 'Xếp loại chất lượng sinh hoạt chi bộ cả năm']);
    expect(row!.slice(5, 9)).toEqual(['97', 'Khá ✓', '97', 'Tốt']);
    expect(csv).toContain('"xã, phường",2,');
  });

  it('show them in the HTML report', async () => {
    const out = path.join(dir, 'report.html');
    expect((await chibo(['report', 'records', '--output', out, '--as-of', '2024-03-31'], { cwd: dir })).code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<th scope="col">Tháng có cấp ủy cấp trên dự</th>');
    expect(html).toContain('<td class="upper">2</td>');
    expect(html).toContain('Chi bộ Văn phòng Sở Tài chính<small>xã, phường</small>');
    expect(html).toContain('Khá ✓<span class="sr"> cấp trên công nhận</span>');
  });
});

describe('upper-level-absent on the command line', () => {
  const quarter: [string, ...Change[]][] = [['2024-01'], ['2024-02'], ['2024-03']];

  it('is off by default', async () => {
    const { report } = await chiboJson(['check', 'records'], { cwd: folder(quarter) });
    expect(report.results.flatMap((r: any) => r.problems.map((p: any) => p.rule))).not.toContain('upper-level-absent');
  });

  it('is turned on by the configuration', async () => {
    const { report } = await chiboJson(['check', 'records'], { cwd: folder(quarter, 'rules:\n  upper-level-absent: warning\n') });
    const found = report.results.flatMap((r: any) => r.problems.filter((p: any) => p.rule === 'upper-level-absent').map((p: any) => [r.file, p.severity, p.line]));
    expect(found).toEqual([['records/2024-03.yaml', 'warning', 5]]);
  });

  it('stays quiet when an upper-level committee member attended in the quarter', async () => {
    const { report } = await chiboJson(['check', 'records'], { cwd: folder([['2024-01'], ['2024-02', upperLevelGuest], ['2024-03']], 'rules:\n  upper-level-absent: warning\n') });
    expect(report.results.flatMap((r: any) => r.problems.map((p: any) => p.rule))).not.toContain('upper-level-absent');
  });
});

describe('agenda entries a rubric does not score (scored: false)', () => {
  const rubric = (scored: string) => `id: t
title: T
rule: R
kinds: [regular]
minimum_duration:
  regular: { minutes: 90, source: s }
agenda:
  - { type: review, severity: warning, source: s }
  - { type: documents, severity: warning, ${scored}, source: s }
levels:
  - { id: tot, name: Tốt, min: 10, source: s }
  - { id: kem, name: Kém, min: 0, source: s }
criteria:
  - id: "1"
    name: Full content
    max: 10
    source: s
    bands:
      - { when: { fact: agenda_missing, op: "=", value: 0 }, points: 10 }
      - { points: 0 }
`;
  const check = async (scored: string, change: Change) => {
    const dir = folder([['2024-03', change, (r) => { r.rubric = '../t.yaml'; delete r.assessment; }]]);
    writeFileSync(path.join(dir, 't.yaml'), rubric(scored));
    return chiboJson(['check', 'records', '--lang', 'en'], { cwd: dir });
  };
  const withoutDocuments: Change = (r) => { r.agenda = r.agenda.filter((a: any) => a.type !== 'documents'); };

  it('are reported when absent, but do not count in agenda_missing', async () => {
    const { report } = await check('scored: false', withoutDocuments);
    const r = report.results[0];
    expect(r.facts.agenda_missing).toBe(0);
    expect(r.score.total).toBe(10);
    expect(r.problems.filter((p: any) => p.rule === 'agenda-missing').map((p: any) => [p.severity, p.line])).toEqual([['warning', 26]]);
  });

  it('count as before when scored (the default)', async () => {
    const { report } = await check('scored: true', withoutDocuments);
    expect(report.results[0].facts.agenda_missing).toBe(1);
    expect(report.results[0].score.total).toBe(0);
  });

  it('take true or false only, at the line', async () => {
    const { code, report } = await check('scored: "no"', () => {});
    expect(code).toBe(2);
    const p = report.results[0].problems[0];
    expect(p.rule).toBe('rubric-unavailable');
    expect(p.message).toMatch(/t\.yaml:9:\d+ agenda\[1\]\.scored must be true or false/);
  });

  it('are shown by chibo rubric as not scored: documents in lai-chau-14', async () => {
    const vi = (await chibo(['rubric', 'lai-chau-14'])).stdout;
    expect(vi).toContain('quán triệt, phổ biến văn bản (cảnh báo, không tính điểm)');
    const en = (await chibo(['rubric', 'lai-chau-14', '--lang', 'en'])).stdout;
    expect(en).toContain('documents (briefing on documents, warning, not scored)');
  });
});
