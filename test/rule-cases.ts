// A record that triggers each record rule and one that keeps it; shared by the rule tests and the
// test of Vietnamese messages, which runs every trigger in both languages.
import { stringify } from 'yaml';
import type { Lang } from '../src/core/lang.js';
import { checkText, checkVariant, goodRecord } from './helpers.js';

export type Case = { trigger: (lang?: Lang) => ReturnType<typeof checkText>; pass: () => ReturnType<typeof checkText> };

export const good = () => checkVariant(() => {});

export const CASES: Record<string, Case> = {
  'yaml-syntax': { trigger: (lang) => checkText('cell: a\ncell: b\n', lang), pass: good },
  schema: { trigger: (lang) => checkVariant((r) => { r.chiar = r.chair; delete r.chair; }, lang), pass: good },
  'file-unreadable': { trigger: (lang) => checkText(new Uint8Array([0x63, 0x3a, 0x20, 0xff, 0xfe, 0x0a]), lang), pass: good },
  'limit-exceeded': { trigger: (lang = 'en') => checkText('a: 1\n', lang, { limits: { maxBytes: 2, maxDepth: 64, maxAliases: 100, maxItems: 100 } }), pass: good },
  'rubric-unavailable': { trigger: (lang) => checkVariant((r) => { r.rubric = 'no-such-rubric'; }, lang), pass: () => checkVariant((r) => { r.rubric = 'lai-chau-14'; }) },
  'rubric-kind': {
    trigger: (lang) => checkText(stringify({ ...goodRecord(), rubric: '../test/fixtures/rubrics/regular-only.yaml', kind: 'thematic', thematic: { topic: 't', plan: 'p', presenter: 'x', conclusion: 'c' } }), lang),
    pass: () => checkText(stringify({ ...goodRecord(), rubric: '../test/fixtures/rubrics/regular-only.yaml' })),
  },
  'attendance-mismatch': { trigger: (lang) => checkVariant((r) => { r.members.present = 20; }, lang), pass: good },
  'absence-duplicate': {
    trigger: (lang) => checkVariant((r) => { r.members.absent_unexcused = ['Lê  Văn Cường ']; r.members.present = 20; }, lang),
    pass: good,
  },
  'absent-but-active': { trigger: (lang) => checkVariant((r) => { r.speakers.push('Phạm Thị Dung'); }, lang), pass: good },
  'speakers-exceed-present': {
    trigger: (lang) => checkVariant((r) => { r.members = { total: 3, present: 1, absent_unexcused: ['A', 'B'] }; r.speakers = ['X', 'Y']; r.vote = { for: 1, against: 0, abstain: 0 }; }, lang),
    pass: good,
  },
  'vote-mismatch': { trigger: (lang) => checkVariant((r) => { r.vote.against = 1; }, lang), pass: good },
  'time-invalid': { trigger: (lang) => checkVariant((r) => { r.time = { start: '15:00', end: '14:00' }; }, lang), pass: good },
  'score-range': { trigger: (lang) => checkVariant((r) => { r.assessment.scores['4'] = 16; r.assessment.total = 98; }, lang), pass: good },
  'score-sum': { trigger: (lang) => checkVariant((r) => { r.assessment.total = 99; }, lang), pass: good },
  'score-overclaimed': { trigger: (lang) => checkVariant((r) => { r.assessment.scores['3'] = 30; r.assessment.total = 100; }, lang), pass: good },
  'rating-overstated': { trigger: (lang) => checkVariant((r) => { r.assessment.scores['2'] = 18; r.assessment.total = 95; }, lang), pass: good },
  'rating-understated': { trigger: (lang) => checkVariant((r) => { r.assessment.rating = 'Khá'; }, lang), pass: good },
  'assessment-missing': { trigger: (lang) => checkVariant((r) => { delete r.assessment; }, lang), pass: good },
  'score-missing': { trigger: (lang) => checkVariant((r) => { delete r.assessment.scores['4']; delete r.assessment.total; }, lang), pass: good },
  'fact-missing': { trigger: (lang) => checkVariant((r) => { delete r.previous_resolution; }, lang), pass: good },
  'agenda-missing': { trigger: (lang) => checkVariant((r) => { r.agenda = r.agenda.filter((a: any) => a.type !== 'review'); }, lang), pass: good },
  'rubric-out-of-force': {
    trigger: (lang) => checkVariant((r) => { r.date = '2025-10-28'; r.period = '2025-10'; }, lang),
    pass: () => checkVariant((r) => { r.date = '2025-10-27'; r.period = '2025-10'; }),
  },
  'duration-short': { trigger: (lang) => checkVariant((r) => { r.time.end = '15:00'; }, lang), pass: good },
  'minutes-incomplete': { trigger: (lang) => checkVariant((r) => { r.members.absent_excused[0].reason = '  '; }, lang), pass: good },
  'task-incomplete': { trigger: (lang) => checkVariant((r) => { r.tasks.push({ task: 'Việc không rõ người' }); }, lang), pass: good },
  'period-mismatch': { trigger: (lang) => checkVariant((r) => { r.period = '2024-01'; }, lang), pass: () => checkVariant((r) => { r.period = '2024-02'; }) },
  'thematic-incomplete': {
    trigger: (lang) => checkVariant((r) => { r.kind = 'combined'; r.agenda.push({ type: 'topic' }); r.time.end = '16:00'; }, lang),
    pass: () => checkVariant((r) => { r.kind = 'combined'; r.agenda.push({ type: 'topic' }); r.time.end = '16:00'; r.thematic = { topic: 'T', plan: 'KH 01', presenter: 'Vũ Thị Giang', conclusion: 'C' }; }),
  },
  'hidden-character': { trigger: (lang) => checkVariant((r) => { r.chair = 'Nguyễn Văn\u200b An'; }, lang), pass: good },
};
