// The exported JSON Schema and `chibo check` agree on what is a schema error: every valid example
// is broken one mistake at a time, and ajv (with schema/meeting.schema.json) must reject exactly
// the copies that chibo's `schema` rule rejects, except the mistakes a JSON Schema cannot express.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify } from 'yaml';
import { checkText, EXAMPLES, ROOT, rulesOf } from './helpers.js';

type Data = Record<string, any>;
/** A mistake: edits the record's data (false when it does not apply), or its text. */
type Mutation = { data: (r: Data) => boolean } | { text: (yaml: string) => string };

const set = (at: (r: Data) => Data | undefined, key: string | number, value: unknown) => ({
  data: (r: Data) => {
    const parent = at(r);
    if (parent === undefined || parent === null || typeof parent !== 'object') return false;
    parent[key] = value;
    return true;
  },
});
const top = (key: string, value: unknown) => set((r) => r, key, value);
const drop = (at: (r: Data) => Data | undefined, key: string) => ({
  data: (r: Data) => {
    const parent = at(r);
    if (!parent || !(key in parent)) return false;
    delete parent[key];
    return true;
  },
});
const time = (r: Data) => r.time;
const members = (r: Data) => r.members;
const task = (r: Data) => r.tasks?.[0];
const excused = (r: Data) => r.members?.absent_excused?.[0];
const agendaItem = (r: Data) => r.agenda?.[0];
const preparation = (r: Data) => r.preparation;
const assessment = (r: Data) => r.assessment;

const MUTATIONS: Record<string, Mutation> = {
  'date: impossible day 2024-02-30': top('date', '2024-02-30'),
  'date: 29 February of a common year': top('date', '2023-02-29'),
  'date: 29 February 1900 (not a leap year)': top('date', '1900-02-29'),
  'date: 31 April': top('date', '2024-04-31'),
  'date: month 13': top('date', '2024-13-01'),
  'date: day/month/year 15/03/2024': top('date', '15/03/2024'),
  'date: 10/10/2024': top('date', '10/10/2024'),
  'date: no leading zeros 2024-3-5': top('date', '2024-3-5'),
  'date: words "cuối tháng"': top('date', 'cuối tháng'),
  'date: curly quotes from Word': top('date', '“2024-03-15”'),
  'date: empty string': top('date', ''),
  'date: empty value': top('date', null),
  'date: a number': top('date', 20240315),
  'date: leap day 2024-02-29 (valid)': top('date', '2024-02-29'),
  'date: leap day 2000-02-29 (valid)': top('date', '2000-02-29'),
  'tasks[].due: impossible day': set(task, 'due', '2024-02-30'),
  'tasks[].due: 15/03/2024': set(task, 'due', '15/03/2024'),
  'tasks[].due: 2024-3-5': set(task, 'due', '2024-3-5'),
  'tasks[].due: words "cuối tháng"': set(task, 'due', 'cuối tháng'),
  'time.start: 25:61': set(time, 'start', '25:61'),
  'time.start: 9:30 without a leading zero': set(time, 'start', '9:30'),
  'time.end: 7h30': set(time, 'end', '7h30'),
  'time.start: curly quotes from Word': set(time, 'start', '“14:00”'),
  'time.start: 24:00': set(time, 'start', '24:00'),
  'time.end: minute 60': set(time, 'end', '14:60'),
  'time.start: with seconds': set(time, 'start', '14:00:00'),
  'time.start: a number': set(time, 'start', 1400),
  'period: month 13': top('period', '2024-13'),
  'period: words "tháng 3"': top('period', 'tháng 3'),
  'period: 2024-3': top('period', '2024-3'),
  'period: month 00': top('period', '2024-00'),
  'rating: Xuất sắc': set(assessment, 'rating', 'Xuất sắc'),
  'rating: Tốt lắm': set(assessment, 'rating', 'Tốt lắm'),
  'rating: empty string': set(assessment, 'rating', ''),
  'rating: a number': set(assessment, 'rating', 1),
  'rating: TỐT in capitals (valid)': set(assessment, 'rating', 'TỐT'),
  'rating: Khá in NFD (valid)': set(assessment, 'rating', 'Khá'.normalize('NFD')),
  'rating: trung_binh (valid)': set(assessment, 'rating', 'trung_binh'),
  'rating: Trung  Bình with spaces around (valid)': set(assessment, 'rating', ' Trung  Bình '),
  'rating: poor (valid)': set(assessment, 'rating', 'poor'),
  'rating: Tốt with a mark Vietnamese does not use': set(assessment, 'rating', 'To\u0331t'),
  'cell: empty string': top('cell', ''),
  'cell: blank': top('cell', '   '),
  'cell: a tab': top('cell', '\t'),
  'cell: empty value': top('cell', null),
  'kind: thường kỳ (valid)': top('kind', 'thường kỳ'),
  'kind: CHUYEN DE (valid)': top('kind', 'CHUYEN DE'),
  'kind: monthly': top('kind', 'monthly'),
  'kind: thường kỳ kết hợp (incomplete)': top('kind', 'thường kỳ kết hợp'),
  'agenda type: Khai mạc (valid)': set(agendaItem, 'type', 'Khai mạc'),
  'agenda type: khai mac without diacritics (valid)': set(agendaItem, 'type', 'khai mac'),
  'agenda type: the Hồ Chí Minh study in full (valid)': set(agendaItem, 'type', 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh'),
  'agenda type: current-affairs with a hyphen': set(agendaItem, 'type', 'current-affairs'),
  'agenda type: họp': set(agendaItem, 'type', 'họp'),
  'agenda item: unknown key': set(agendaItem, 'titel', 'Khai mạc'),
  'prepared_by: Bí thư (valid)': set(preparation, 'prepared_by', 'Bí thư'),
  'prepared_by: chi uỷ viên, old accent placement (valid)': set(preparation, 'prepared_by', 'chi uỷ viên'),
  'prepared_by: chủ tịch': set(preparation, 'prepared_by', 'chủ tịch'),
  'committee_met: có (valid)': set(preparation, 'committee_met', 'có'),
  'committee_met: KHÔNG (valid)': set(preparation, 'committee_met', 'KHÔNG'),
  'committee_met: chưa': set(preparation, 'committee_met', 'chưa'),
  'committee_met: 1': set(preparation, 'committee_met', 1),
  'chair: empty value (valid: minutes incomplete)': top('chair', null),
  'chair: empty string (valid: minutes incomplete)': top('chair', ''),
  'minutes_taker: empty value (valid: minutes incomplete)': top('minutes_taker', null),
  'conclusion: empty value (valid: minutes incomplete)': top('conclusion', null),
  'conclusion: missing': drop((r) => r, 'conclusion'),
  'absent_excused[].reason: empty value (valid: minutes incomplete)': set(excused, 'reason', null),
  'absent_excused[].name: empty value': set(excused, 'name', null),
  'previous_resolution: {} (valid)': top('previous_resolution', {}),
  'previous_resolution.achieved_percent: 101': top('previous_resolution', { achieved_percent: 101 }),
  'previous_resolution.achieved_percent: .nan': top('previous_resolution', { achieved_percent: NaN }),
  'members.total: "25" as text': set(members, 'total', '25'),
  'members.total: 25.5': set(members, 'total', 25.5),
  'members.total: 0': set(members, 'total', 0),
  'members.present: -1': set(members, 'present', -1),
  'members.present: .inf': set(members, 'present', Infinity),
  'members: unknown key totl': set(members, 'totl', 25),
  'members.exempt: as many as the total': { data: (r) => (r.members ? ((r.members.exempt = r.members.total), true) : false) },
  'vote.for: -1': top('vote', { for: -1, against: 0, abstain: 0 }),
  'unknown key chiar': top('chiar', 'Nguyễn Văn An'),
  'x- key of the user (valid)': top('x-note', { any: 'thing' }),
  'format: chibo/v2': top('format', 'chibo/v2'),
  'kind: missing': drop((r) => r, 'kind'),
  'speakers: one name, not a list': top('speakers', 'Hoàng Văn Em'),
  'guests: a number in the list': top('guests', [1]),
  'assessment.scores: "20" as text': set(assessment, 'scores', { '1': '20' }),
  'assessment: unknown key': set(assessment, 'xep_loai', 'Tốt'),
  'merge key <<': { text: (yaml) => `${yaml}<<: { place: Hội trường }\n` },
};

/** Mistakes a JSON Schema cannot express: chibo refuses them, ajv accepts them. */
const INEXPRESSIBLE = [
  // Comparing two values (exempt < total) is beyond JSON Schema.
  'members.exempt: as many as the total',
  // A merge-aware YAML reader (check-jsonschema's, or yaml with merge: true) merges the keys before
  // the schema sees them; chibo reads YAML 1.2 without merge keys and refuses `<<`.
  'merge key <<',
];

const schema = JSON.parse(readFileSync(path.join(ROOT, 'schema', 'meeting.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false });
ajv.addKeyword('enumDescriptions');
ajv.addKeyword('patternErrorMessage');
const validate = ajv.compile(schema);

const examples = readdirSync(EXAMPLES).filter((f) => f.endsWith('.yaml') && f !== 'broken.yaml');

function verdicts(text: string) {
  const data = parseYaml(text, { version: '1.2', merge: true });
  const ajvRejects = !validate(data);
  const chiboRejects = rulesOf(checkText(text)).includes('schema');
  return { ajvRejects, chiboRejects, errors: validate.errors };
}

describe('the exported record schema and chibo check agree', () => {
  it('on every example as written', () => {
    for (const file of examples) {
      const v = verdicts(readFileSync(path.join(EXAMPLES, file), 'utf8'));
      expect({ file, ...v, errors: undefined }).toEqual({ file, ajvRejects: false, chiboRejects: false, errors: undefined });
    }
  });

  const cases = examples.flatMap((file) => Object.entries(MUTATIONS).map(([name, mutation]) => ({ file, name, mutation })));
  let applied = 0;
  it.each(cases)('$file, $name', ({ file, name, mutation }) => {
    const original = readFileSync(path.join(EXAMPLES, file), 'utf8');
    let text: string;
    if ('text' in mutation) text = mutation.text(original);
    else {
      const data = parseYaml(original, { version: '1.2' });
      if (!mutation.data(data)) return;
      text = stringify(data);
    }
    applied++;
    const { ajvRejects, chiboRejects, errors } = verdicts(text);
    if (INEXPRESSIBLE.includes(name)) {
      expect({ ajvRejects, chiboRejects }).toEqual({ ajvRejects: false, chiboRejects: true });
    } else {
      expect(ajvRejects, `${name}: chibo ${chiboRejects ? 'rejects' : 'accepts'}, ajv says ${JSON.stringify(errors)}`).toBe(chiboRejects);
    }
  });

  it('with at least 50 distinct mistakes, applied where the examples allow', () => {
    expect(Object.keys(MUTATIONS).length).toBeGreaterThanOrEqual(50);
    expect(applied).toBeGreaterThanOrEqual(examples.length * 50);
    for (const name of INEXPRESSIBLE) expect(Object.keys(MUTATIONS)).toContain(name);
  });
});
