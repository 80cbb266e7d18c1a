// Writes examples/year-2024/: a year of meeting records for three cells, made so that every
// cross-record rule fires at least once. Deterministic: the same files every run.
// Usage: node examples/year-2024/generate.mjs
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';

const OUT = path.dirname(fileURLToPath(import.meta.url));

const CELLS = [
  {
    slug: 'ngan-sach', name: 'Chi bộ Phòng Quản lý ngân sách', organization: 'Đảng bộ Sở Tài chính', total: 20,
    chair: 'Nguyễn Văn An', minutesTaker: 'Trần Thị Bình',
    members: ['Hoàng Văn Em', 'Vũ Thị Giang', 'Đỗ Văn Hải', 'Ngô Thị Lan', 'Bùi Văn Minh', 'Đinh Thị Nga', 'Lý Văn Phúc', 'Phạm Văn Quang', 'Lê Thị Thu', 'Trịnh Văn Sơn', 'Đặng Thị Hòa', 'Mai Văn Tiến', 'Cao Thị Yến', 'Tạ Văn Lực', 'Hà Thị Vân', 'Kiều Văn Nam', 'Lò Thị Mai', 'Vương Văn Hùng'],
    // 9 Tốt, 3 Khá; topics in Feb (combined), May, Aug (combined), Nov; Lò Thị Mai on leave Jan–Apr.
    months: ['tot', 'tot', 'kha', 'tot', 'tot', 'tot', 'kha', 'tot', 'tot', 'kha', 'tot', 'tot'],
    combined: [2, 8], thematic: [5, 11], leave: { name: 'Lò Thị Mai', reason: 'Nghỉ thai sản', months: [1, 2, 3, 4] },
  },
  {
    slug: 'tan-phong', name: 'Chi bộ Trường Tiểu học Tân Phong', organization: 'Đảng bộ phường Tân Phong', total: 15,
    chair: 'Lường Văn Thắng', minutesTaker: 'Tòng Thị Hoa',
    members: ['Hoàng Văn Toàn', 'Lê Thị Hằng', 'Nguyễn Văn Đức', 'Điêu Chính Tuấn', 'Quàng Thị Xuân', 'Sùng A Lử', 'Vàng A Dình', 'Lò Văn Hùng', 'Giàng Thị Dợ', 'Phàn A Lở', 'Chảo Văn Sơn', 'Tẩn Thị Mẩy', 'Lý A Chá'],
    // No record for June; no thematic meeting in Q3; one Kém month (August).
    months: ['tot', 'kha', 'kha', 'tb', 'kha', null, 'kha', 'kem', 'kha', 'tot', 'kha', 'kha'],
    combined: [10], thematic: [3, 5],
  },
  {
    slug: 'cntt', name: 'Chi bộ Trung tâm Công nghệ thông tin', organization: 'Đảng bộ Khối các cơ quan tỉnh', total: 14,
    chair: 'Hà Văn Khải', minutesTaker: 'Bùi Thị Yến',
    members: ['Ngô Văn Lực', 'Đinh Thị Hạnh', 'Mào Văn Chiến', 'Lê Thị Vân', 'Sần Văn Dũng', 'Tạ Thị Loan', 'Phan Văn Tâm', 'Lâm Thị Ngọc', 'Trương Văn Hiếu', 'Võ Thị Kim', 'Đặng Văn Sang', 'Châu Thị Mỹ'],
    // A second regular record for March; September does not review August's tasks.
    months: ['kha', 'tb', 'kha', 'tb', 'kha', 'kha', 'tb', 'kha', 'tb', 'kha', 'tot', 'kha'],
    combined: [11], thematic: [1, 6, 9], duplicate: 3, noReview: 9,
  },
];

const TOPICS = [
  'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về tinh thần trách nhiệm',
  'Nâng cao chất lượng sinh hoạt chi bộ',
  'Phòng, chống tham nhũng, tiêu cực trong thực thi công vụ',
  'Cải cách hành chính, chuyển đổi số trong cơ quan',
  'Xây dựng văn hóa công sở',
];
const IDEOLOGY = [
  'Quán triệt Chỉ thị 05-CT/TW về học tập và làm theo Bác',
  'Tình hình tư tưởng đảng viên và dư luận xã hội trong tháng',
  'Kết luận 21-KL/TW về xây dựng, chỉnh đốn Đảng',
  'Bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác quan điểm sai trái',
];

const pad = (n) => String(n).padStart(2, '0');

/** Attendance for a quality level: how many present, excused and unexcused. */
function attendance(total, quality, onLeave) {
  const present = { tot: total - (onLeave ? 1 : 0), kha: Math.ceil(total * 0.85), tb: Math.ceil(total * 0.7), kem: Math.ceil(total * 0.6) }[quality];
  const unexcused = { tot: 0, kha: 0, tb: 1, kem: 2 }[quality];
  return { present, unexcused, excused: total - present - unexcused };
}

function regular(cell, month, quality, kind, extra = {}) {
  const day = 5 + ((month * 7 + cell.total) % 10);
  const date = `2024-${pad(month)}-${pad(day)}`;
  const leave = cell.leave && cell.leave.months.includes(month) ? cell.leave : null;
  const a = attendance(cell.total, quality, leave !== null);
  const pool = cell.members.filter((n) => !leave || n !== leave.name);
  // Absent members: the one on leave first, then others, a different group each month.
  const shift = (month * 5) % pool.length;
  const rotated = [...pool.slice(shift), ...pool.slice(0, shift)];
  const absentNames = [...(leave ? [leave.name] : []), ...rotated].slice(0, a.excused + a.unexcused);
  const excusedNames = absentNames.slice(0, a.excused);
  const unexcusedNames = absentNames.slice(a.excused);
  const present = cell.total - absentNames.length;
  const presentNames = [cell.chair, cell.minutesTaker, ...cell.members.filter((n) => !absentNames.includes(n))];
  const speakerShare = { tot: 0.55, kha: 0.55, tb: 0.21, kem: 0.1 }[quality];
  const speakers = presentNames.slice(0, Math.max(1, Math.ceil(present * speakerShare)));
  const minutes = kind === 'combined'
    ? { tot: 130, kha: 125, tb: 70, kem: 50 }[quality]
    : { tot: 100, kha: 95, tb: 70, kem: 50 }[quality];
  const startHour = 14;
  const end = startHour * 60 + minutes;
  const agenda = [
    { type: 'opening' },
    ...(quality === 'kem' ? [] : [{ type: 'current_affairs' }]),
    { type: 'political_ideology', title: IDEOLOGY[month % IDEOLOGY.length] },
    ...(extra.noReview ? [] : [{ type: 'review' }]),
    ...(kind === 'combined' ? [{ type: 'topic', title: TOPICS[month % TOPICS.length] }, { type: 'discussion' }] : []),
    ...(quality === 'kem' ? [] : [{ type: 'plan' }]),
    { type: 'criticism' },
    { type: 'conclusion' },
    { type: 'vote' },
    { type: 'assessment' },
  ];
  const claims = {
    tot: { scores: { 1: 20, 2: 20, 3: 30, 4: 15, 5: 15 }, total: 100, rating: 'Tốt' },
    kha: { scores: { 1: 17, 2: 20, 3: 28, 4: 13, 5: 12 }, total: 90, rating: 'Khá' },
    tb: { scores: { 1: 5, 2: 15, 3: 23, '3.2': 3, 4: 10, 5: 6 }, total: 59, rating: 'Trung bình' },
    kem: { scores: { 1: 0, 2: 3, '2.3': 3, 3: 7, '3.2': 2, 4: 8, 5: 3 }, total: 21, rating: 'Kém' },
  }[quality];
  if (extra.noReview) {
    // Without the review item, 3.1 drops to 5 points.
    claims.scores[3] -= 5;
    claims.total -= 5;
  }
  const record = {
    format: 'chibo/v1',
    cell: cell.name,
    organization: cell.organization,
    kind,
    date,
    place: 'Phòng họp cơ quan',
    time: { start: `${startHour}:00`, end: `${pad(Math.floor(end / 60))}:${pad(end % 60)}` },
    chair: cell.chair,
    minutes_taker: cell.minutesTaker,
    members: {
      total: cell.total,
      present,
      absent_excused: excusedNames.map((name) => ({ name, reason: leave && name === leave.name ? leave.reason : 'Đi công tác' })),
      absent_unexcused: unexcusedNames,
    },
    preparation: {
      prepared_by: quality === 'kem' ? 'other' : 'secretary',
      committee_met: quality === 'tot' || quality === 'kha',
      draft_resolution: quality !== 'kem',
      notice_sent: true,
    },
    agenda,
    speakers,
    conclusion: `Chi bộ thống nhất nhiệm vụ tháng ${month === 12 ? '01/2025' : `${pad(month + 1)}/2024`}.`,
    vote: { for: present, against: 0, abstain: 0 },
    tasks: [{ task: `Triển khai nhiệm vụ trọng tâm tháng ${pad(month)}`, assignee: speakers[speakers.length - 1], due: `2024-${pad(month)}-28` }],
    previous_resolution: { achieved_percent: { tot: 95, kha: 85, tb: 60, kem: 40 }[quality] },
    ...(kind === 'combined' && {
      thematic: {
        topic: TOPICS[month % TOPICS.length],
        plan: `Kế hoạch số ${pad(month)}-KH/CB`,
        presenter: speakers[1],
        conclusion: 'Bổ sung các ý kiến thảo luận vào chuyên đề.',
      },
    }),
    assessment: claims,
  };
  return record;
}

function thematicMeeting(cell, month) {
  const date = `2024-${pad(month)}-${pad(20 + (cell.total % 5))}`;
  const presentNames = [cell.chair, cell.minutesTaker, ...cell.members];
  const speakers = presentNames.slice(0, Math.ceil(cell.total * 0.6));
  return {
    format: 'chibo/v1',
    cell: cell.name,
    organization: cell.organization,
    kind: 'thematic',
    date,
    time: { start: '08:00', end: '09:45' },
    chair: cell.chair,
    minutes_taker: cell.minutesTaker,
    members: { total: cell.total, present: cell.total },
    preparation: { prepared_by: 'secretary', committee_met: true, draft_resolution: true, notice_sent: true },
    agenda: [{ type: 'opening' }, { type: 'topic', title: TOPICS[(month + 2) % TOPICS.length] }, { type: 'discussion' }, { type: 'conclusion' }],
    speakers,
    conclusion: 'Thống nhất nội dung chuyên đề và giải pháp thực hiện.',
    thematic: {
      topic: TOPICS[(month + 2) % TOPICS.length],
      plan: `Kế hoạch số ${pad(month)}-KH/CB về sinh hoạt chuyên đề`,
      presenter: speakers[2],
      conclusion: 'Bổ sung số liệu thực tiễn của đơn vị vào chuyên đề.',
    },
    assessment: { scores: { 1: 20, 2: 20, 3: 30, 4: 15, 5: 15 }, total: 100, rating: 'Tốt' },
  };
}

function write(file, record) {
  const header = `# Sinh hoạt chi bộ: ${record.cell}, ${record.date}. Generated by examples/year-2024/generate.mjs.\n`;
  writeFileSync(file, header + stringify(record, { lineWidth: 0, flowCollectionPadding: true }));
}

let count = 0;
for (const cell of CELLS) {
  const dir = path.join(OUT, cell.slug);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cell.months.forEach((quality, i) => {
    const month = i + 1;
    if (quality === null) return;
    const kind = cell.combined.includes(month) ? 'combined' : 'regular';
    write(path.join(dir, `2024-${pad(month)}.yaml`), regular(cell, month, quality, kind, { noReview: cell.noReview === month }));
    count++;
    if (cell.duplicate === month) {
      const copy = regular(cell, month, quality, kind);
      copy.date = `2024-${pad(month)}-27`;
      write(path.join(dir, `2024-${pad(month)}-bo-sung.yaml`), copy);
      count++;
    }
    if (cell.thematic.includes(month)) {
      write(path.join(dir, `2024-${pad(month)}-chuyen-de.yaml`), thematicMeeting(cell, month));
      count++;
    }
  });
}
process.stdout.write(`${count} records in ${OUT}\n`);
