// A seeded generator of realistic meeting records for benchmarks: many cells and months, all
// three kinds, about a quarter with problems (every rule among them), Vietnamese names and text.
// Same seed, same files. Usage: node bench/generate.mjs --count 10000 --out DIR [--seed 1]
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';

/** mulberry32: a small, fast, seeded PRNG. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Lò', 'Lường', 'Tòng', 'Quàng', 'Điêu', 'Sùng', 'Giàng', 'Vàng', 'Hà', 'Mai', 'Tạ'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Thu', 'Ngọc', 'A', 'Quang', 'Thanh', 'Hữu'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dung', 'Em', 'Giang', 'Hải', 'Lan', 'Minh', 'Nga', 'Phúc', 'Quân', 'Sơn', 'Thắng', 'Hoa', 'Tuấn', 'Xuân', 'Lử', 'Dình', 'Mai', 'Hùng', 'Dợ', 'Chá', 'Mẩy', 'Yến', 'Khải', 'Loan', 'Vân'];
const UNITS = ['Văn phòng', 'Phòng Kế hoạch - Tài chính', 'Trường Tiểu học', 'Trường THCS', 'Trạm Y tế', 'Công an xã', 'Thôn', 'Bản', 'Ban Quản lý dự án', 'Trung tâm Y tế', 'Khu phố', 'Phòng Giáo dục'];
const PLACES = ['Tân Uyên', 'Phong Thổ', 'Sìn Hồ', 'Mường Tè', 'Nậm Nhùn', 'Than Uyên', 'Tam Đường', 'Bản Bo', 'Nà Tăm', 'Bình Lư', 'Pa Tần', 'Mường So'];
const TOPICS = ['Nâng cao y đức', 'Phòng, chống tham nhũng, tiêu cực', 'Chuyển đổi số trong cơ quan', 'Xây dựng văn hóa công sở', 'Học tập và làm theo Bác về tinh thần trách nhiệm', 'Bảo vệ nền tảng tư tưởng của Đảng'];

/** Problems to plant, each named after the rule it must trigger. */
const PROBLEMS = [
  'yaml-syntax', 'schema', 'file-unreadable', 'limit-exceeded', 'rubric-unavailable', 'rubric-kind',
  'attendance-mismatch', 'absence-duplicate', 'absent-but-active', 'speakers-exceed-present', 'vote-mismatch',
  'time-invalid', 'score-range', 'score-sum', 'score-overclaimed', 'rating-overstated', 'rating-understated',
  'assessment-missing', 'score-missing', 'fact-missing', 'agenda-missing', 'duration-short', 'minutes-incomplete',
  'task-incomplete', 'period-mismatch', 'thematic-incomplete', 'tasks-not-reviewed',
];

const REGULAR_ONLY_RUBRIC = `id: regular-only
title: Regular meetings only
rule: Benchmark rubric
kinds: [regular]
minimum_duration:
  regular: { minutes: 60, source: bench }
levels:
  - { id: tot, name: Tốt, min: 90, source: bench }
  - { id: kem, name: Kém, min: 0, source: bench }
criteria:
  - { id: "1", name: Everything, max: 100, judged: true, source: bench }
`;

const pad = (n) => String(n).padStart(2, '0');

/**
 * Writes `count` records below `out`, the first in January of `year` (2023: two years under
 * lai-chau-14; 2026: under hd42-an-phu, whose item 2.2 reads facts from a cell's other records).
 */
export function generate({ count, out, seed = 1, year: firstYear = 2023 }) {
  const rnd = random(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
  const person = () => `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`;

  mkdirSync(path.join(out, '.rubrics'), { recursive: true });
  writeFileSync(path.join(out, '.rubrics', 'regular-only.yaml'), REGULAR_ONLY_RUBRIC);

  // Each cell meets monthly, with a thematic meeting every quarter: about 32 records in two years.
  const cells = Array.from({ length: Math.max(1, Math.ceil(count / 32)) }, (_, i) => {
    const size = int(8, 40);
    const members = new Set();
    while (members.size < size) members.add(person());
    return {
      name: `Chi bộ ${pick(UNITS)} ${pick(PLACES)} số ${i + 1}`,
      organization: `Đảng bộ ${pick(['huyện', 'xã', 'phường', 'Khối các cơ quan'])} ${pick(PLACES)}`,
      members: [...members],
      dir: `don-vi-${String(i + 1).padStart(4, '0')}`,
      // One cell in twenty has a member on long leave (absence-streak).
      onLeave: i % 20 === 0,
      // One cell in twenty has a member absent without reason three times a year (absence-unexcused-year).
      truant: i % 20 === 10,
    };
  });
  const slots = [];
  for (let m = 0; slots.length < count; m++) {
    for (const cell of cells) {
      const quarterEnd = m % 3 === 2;
      const combined = quarterEnd && rnd() < 0.3;
      slots.push({ cell, m, kind: combined ? 'combined' : 'regular' });
      if (quarterEnd && !combined) slots.push({ cell, m, kind: 'thematic' });
    }
  }

  for (let n = 0; n < count; n++) {
    const { cell, m, kind } = slots[n];
    const year = firstYear + Math.floor(m / 12);
    const month = (m % 12) + 1;
    const total = cell.members.length;
    const [chair, taker, ...rest] = cell.members;
    // Honest claims: a Tốt meeting, or a Khá one with attendance between 85 % and 90 %.
    const khaAbsent = Array.from({ length: total }, (_, a) => a).find((a) => (total - a) / total >= 0.85 && (total - a) / total < 0.9);
    const quality = kind !== 'thematic' && khaAbsent !== undefined && rnd() < 0.3 ? 'kha' : 'tot';
    const absentCount = quality === 'kha' ? khaAbsent : int(0, Math.floor(total * 0.1));
    const shift = int(0, rest.length - 1);
    const leave = cell.onLeave && kind !== 'thematic' && m >= 2 && m <= 6 ? [rest[rest.length - 1]] : [];
    const unexcused = cell.truant && kind === 'regular' && m % 4 === 1 ? [rest[rest.length - 2]] : [];
    const excused = [...new Set([...leave, ...[...rest.slice(shift), ...rest.slice(0, shift)].slice(0, Math.max(0, absentCount - leave.length))])]
      .filter((x) => !unexcused.includes(x));
    const absent = [...excused, ...unexcused];
    const present = total - absent.length;
    const attending = cell.members.filter((x) => !absent.includes(x));
    const speakers = attending.slice(0, Math.ceil(present * 0.55));
    const minutes = kind === 'combined' ? int(120, 150) : int(90, 130);
    const record = {
      format: 'chibo/v1',
      cell: cell.name,
      organization: cell.organization,
      kind,
      date: `${year}-${pad(month)}-${pad(kind === 'thematic' ? int(18, 27) : int(3, 15))}`,
      place: `Hội trường ${pick(PLACES)}`,
      time: { start: '14:00', end: `${pad(14 + Math.floor(minutes / 60))}:${pad(minutes % 60)}` },
      chair,
      minutes_taker: taker,
      members: {
        total,
        present,
        absent_excused: excused.map((name) => ({ name, reason: pick(['Đi công tác', 'Ốm', 'Con ốm', 'Đi học', 'Việc gia đình']) })),
        absent_unexcused: unexcused,
      },
      preparation: { prepared_by: 'secretary', committee_met: true, draft_resolution: true, notice_sent: true },
      agenda: kind === 'thematic'
        ? [{ type: 'opening' }, { type: 'topic', title: pick(TOPICS) }, { type: 'discussion' }, { type: 'conclusion' }]
        : [
          { type: 'opening' }, { type: 'current_affairs' }, { type: 'documents' }, { type: 'political_ideology', title: pick(TOPICS) }, { type: 'review' },
          ...(kind === 'combined' ? [{ type: 'topic', title: pick(TOPICS) }] : []),
          { type: 'plan' }, { type: 'discussion' }, { type: 'conclusion' }, { type: 'vote' }, { type: 'assessment' },
        ],
      speakers,
      conclusion: `Chi bộ thống nhất nhiệm vụ tháng ${pad(month % 12 + 1)}, giao các đồng chí chi ủy viên theo dõi thực hiện.`,
      vote: { for: present, against: 0, abstain: 0 },
      tasks: [{ task: 'Triển khai nghị quyết của chi bộ', assignee: pick(attending), due: `${year}-${pad(month)}-28` }],
      previous_resolution: { achieved_percent: int(90, 100) },
      ...(kind !== 'regular' && { thematic: { topic: pick(TOPICS), plan: `Kế hoạch số ${pad(month)}-KH/CB`, presenter: pick(attending), conclusion: 'Tiếp thu ý kiến, hoàn thiện chuyên đề.' } }),
      assessment: quality === 'tot'
        ? { scores: { 1: 20, 2: 20, 3: 30, 4: 15, 5: 15 }, total: 100, rating: 'Tốt' }
        : { scores: { 1: 17, 2: 20, 3: 30, 4: 15, 5: 15 }, total: 97, rating: 'Khá' },
    };
    if (rnd() < 0.2) record.notes = 'Biên bản được thông qua lúc kết thúc buổi họp, các đồng chí dự họp nhất trí.';
    let text;
    const problem = rnd() < 0.25 ? PROBLEMS[n % PROBLEMS.length] : null;
    switch (problem) {
      case 'schema': record.chiar = record.chair; delete record.chair; break;
      case 'rubric-unavailable': record.rubric = 'khong-co.yaml'; break;
      case 'rubric-kind': record.rubric = '../.rubrics/regular-only.yaml'; record.kind = 'thematic'; record.thematic ??= { topic: 'T', plan: 'KH', presenter: chair, conclusion: 'C' }; break;
      case 'attendance-mismatch': record.members.present += 1; break;
      case 'absence-duplicate': record.members.absent_unexcused.push('Hồ Văn Trùng', 'Hồ  Văn Trùng'); record.members.present -= 2; record.vote.for -= 2; break;
      case 'absent-but-active': record.members.absent_unexcused.push(chair); record.members.present -= 1; record.vote.for -= 1; break;
      case 'speakers-exceed-present': record.speakers = [...cell.members, 'Khách mời']; break;
      case 'vote-mismatch': record.vote.against = 3; break;
      case 'time-invalid': record.time.end = '13:00'; break;
      case 'score-range': record.assessment.scores[4] = 16; break;
      case 'score-sum': record.assessment.total = 77; break;
      case 'score-overclaimed': record.preparation.committee_met = false; break;
      case 'rating-overstated': record.assessment.scores[2] = 18; record.assessment.total = 96; break;
      case 'rating-understated': record.assessment.rating = 'Kém'; break;
      case 'assessment-missing': delete record.assessment; break;
      case 'score-missing': delete record.assessment.scores[4]; record.assessment.total = 83; break;
      case 'fact-missing': delete record.previous_resolution; break;
      case 'agenda-missing': record.agenda = record.agenda.filter((a) => a.type !== 'political_ideology' && a.type !== 'discussion'); break;
      case 'duration-short': record.time.end = '14:50'; break;
      case 'minutes-incomplete': record.conclusion = ' '; break;
      case 'task-incomplete': record.tasks.push({ task: 'Rà soát hồ sơ đảng viên' }); break;
      case 'period-mismatch': record.period = `${year - 1}-${pad(month)}`; break;
      case 'thematic-incomplete': record.kind = 'thematic'; record.thematic = { topic: pick(TOPICS) }; break;
      case 'tasks-not-reviewed': record.agenda = record.agenda.filter((a) => a.type !== 'review'); break;
      default: break;
    }
    text = stringify(record, { lineWidth: 0 });
    if (problem === 'yaml-syntax') text = text.replace('kind:', 'kind: regular\nkind:');
    if (problem === 'limit-exceeded') text = `${text}x-anchors: &a [1]\nx-many: [${Array(120).fill('*a').join(', ')}]\n`;
    const dir = path.join(out, cell.dir);
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${year}-${pad(month)}${kind === 'regular' ? '' : `-${kind}`}.yaml`);
    const bytes = Buffer.from(`# Biên bản sinh hoạt ${cell.name}\n${text}`);
    if (problem === 'file-unreadable') bytes[bytes.length - 3] = 0xff;
    writeFileSync(file, bytes);
  }
  return count;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { count: { type: 'string', default: '10000' }, out: { type: 'string' }, seed: { type: 'string', default: '1' }, year: { type: 'string', default: '2023' } } });
  if (!values.out) {
    process.stderr.write('usage: node bench/generate.mjs --count N --out DIR [--seed S] [--year YYYY]\n');
    process.exit(2);
  }
  const n = generate({ count: Number(values.count), out: values.out, seed: Number(values.seed), year: Number(values.year) });
  process.stdout.write(`${n} records in ${values.out}\n`);
}
