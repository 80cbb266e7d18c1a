// cell-name-variant: one cell's name spelt in more than one way across records (case or
// diacritics). The records still count as one cell, reported under the most frequent spelling;
// the warning says once which spelling was used where.
import { defineCrossRule, type CrossFinding } from './rule.js';

interface Spelling { spelling: string; files: string[] }
interface Data { cell: string; spellings: Spelling[] }

/** Files listed for each spelling; more are counted. */
const SHOWN = 3;

const files = (s: Spelling, lang: 'vi' | 'en') => {
  const shown = s.files.slice(0, SHOWN).join(', ');
  const more = s.files.length - SHOWN;
  if (more <= 0) return shown;
  return lang === 'vi' ? `${shown} và ${more} biên bản khác` : `${shown} and ${more} more record${more === 1 ? '' : 's'}`;
};

export default defineCrossRule<Data>({
  id: 'cell-name-variant',
  severity: 'warning',
  description: { vi: 'Tên một chi bộ được viết theo nhiều cách trong các biên bản', en: "One cell's name is spelt in more than one way" },
  message: {
    vi: (d) => `Tên chi bộ được viết theo ${d.spellings.length} cách: ${d.spellings.map((s) => `"${s.spelling}" (${files(s, 'vi')})`).join('; ')}. chibo coi đây là một chi bộ và ghi tên "${d.cell}" (cách viết nhiều nhất). Hãy viết tên chi bộ thống nhất, đủ dấu, trong mọi biên bản.`,
    en: (d) => `The cell's name is spelt in ${d.spellings.length} ways: ${d.spellings.map((s) => `"${s.spelling}" (${files(s, 'en')})`).join('; ')}. chibo takes them as one cell, named "${d.cell}" (the most frequent spelling). Write the cell's name the same way, with its diacritics, in every record.`,
  },
  checkAll: (cells) => {
    const out: CrossFinding<Data>[] = [];
    for (const meetings of cells) {
      const spellings = new Map<string, string[]>();
      for (const m of meetings) spellings.set(m.written, [...(spellings.get(m.written) ?? []), m.file]);
      if (spellings.size < 2) continue;
      const cell = meetings[0]!.info.cell;
      // The most frequent spelling first, then in order of first use; reported once, on the
      // first record that spells the name otherwise.
      const list = [...spellings].map(([spelling, f]) => ({ spelling, files: f })).sort((a, b) => Number(b.spelling === cell) - Number(a.spelling === cell));
      const first = meetings.find((m) => m.written !== cell)!;
      out.push({ record: first.index, path: ['cell'], data: { cell, spellings: list } });
    }
    return out;
  },
});
