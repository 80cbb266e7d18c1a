// Every v1 record scores exactly as before the record format grew (issue 13): the examples and
// the test fixtures, checked folder by folder, give the facts, scores, claims and problems
// pinned from the base commit's output (test/fixtures/pinned/v1-results.json). The one change
// allowed is the new reminder that a regular meeting covers documents (agenda-missing,
// `documents`, not scored); the pinned output was edited once, by hand, for the corrected source
// of lai-chau-14's 120-minute minimum (issue 12). Facts added since are not compared: the pinned
// facts must keep their values.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chiboJson } from './helpers.js';

const pinned = JSON.parse(readFileSync(new URL('./fixtures/pinned/v1-results.json', import.meta.url), 'utf8'));

const FOLDERS = { examples: 'examples', hostile: 'test/fixtures/hostile', 'hostile-output': 'test/fixtures/hostile-output' } as const;

/** The documents reminder that lai-chau-14 now gives every regular or combined record without it. */
const isDocumentsReminder = (p: any) => p.rule === 'agenda-missing' && p.message.includes('"- type: documents"');

/** What the fixture keeps of a result (the same projection made it). */
function project(r: any, pinnedFacts: Record<string, unknown> | null) {
  const facts = r.facts && pinnedFacts ? Object.fromEntries(Object.keys(pinnedFacts).map((k) => [k, r.facts[k]])) : r.facts;
  return {
    file: r.file, cell: r.cell, kind: r.kind, period: r.period, rubric: r.rubric, facts, claimed: r.claimed,
    score: r.score && {
      total: r.score.total, max: r.score.max, rating: r.score.rating,
      criteria: r.score.criteria.map((c: any) => ({ id: c.id, ceiling: c.ceiling, claimed: c.claimed, score: c.score })),
    },
    problems: r.problems.filter((p: any) => !isDocumentsReminder(p)).map((p: any) => [p.rule, p.severity, p.path, p.line, p.column, p.message]),
  };
}

describe('v1 records score as before', () => {
  for (const [name, folder] of Object.entries(FOLDERS)) {
    it(`${folder}: facts, scores, claims and problems unchanged`, async () => {
      const { report } = await chiboJson(['check', folder], { env: {} });
      const before = pinned[name] as any[];
      const files = new Set(before.map((r) => r.file));
      // Records added since (the example of the new fields) are not pinned.
      const after = (report.results as any[]).filter((r) => files.has(r.file));
      const factsOf = new Map(before.map((r) => [r.file, r.facts]));
      expect(after.map((r) => project(r, factsOf.get(r.file) ?? null))).toEqual(before);
    });
  }

  it('the only new problem is the documents reminder, on regular and combined records', async () => {
    const { report } = await chiboJson(['check', 'examples/no-assessment.yaml'], { env: {} });
    const reminders = report.results[0].problems.filter(isDocumentsReminder);
    expect(reminders.map((p: any) => [p.severity, p.line, p.column])).toEqual([['warning', 20, 1]]);
    expect(report.results[0].score.total).toBe(pinned.examples.find((r: any) => r.file === 'examples/no-assessment.yaml').score.total);
    expect(report.results[0].facts.agenda_missing).toBe(0);
  });
});
