// The record's vocabulary (record-format.md): meeting kinds, agenda types and the other choices
// with the spellings each may be written in, and the checks of member counts. Free of zod, so
// that the fast path of validation (record-fast.ts) and the form use them without loading it.
import { defineChoice } from './text.js';
import { AGENDA_TYPES, type AgendaType } from '../core/agenda.js';

export { AGENDA_TYPES, type AgendaType };

export const MEETING_KINDS = ['regular', 'thematic', 'combined'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const MEETING_KIND = defineChoice<MeetingKind>({
  regular: { vi: ['thường kỳ'] },
  thematic: { vi: ['chuyên đề'] },
  combined: { vi: ['thường kỳ kết hợp chuyên đề'] },
});

export const AGENDA_TYPE = defineChoice<AgendaType>({
  opening: { vi: ['khai mạc'] },
  current_affairs: { vi: ['thông tin thời sự'] },
  documents: { vi: ['quán triệt, phổ biến văn bản'] },
  ho_chi_minh_study: { vi: ['học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh', 'học tập và làm theo Bác'] },
  political_ideology: { vi: ['sinh hoạt chính trị tư tưởng'] },
  review: { vi: ['đánh giá kết quả tháng'] },
  plan: { vi: ['phương hướng, nhiệm vụ tháng tới'] },
  topic: { vi: ['trình bày chuyên đề'] },
  discussion: { vi: ['thảo luận'] },
  criticism: { vi: ['tự phê bình và phê bình'] },
  member_affairs: { vi: ['công tác đảng viên'] },
  conclusion: { vi: ['kết luận'] },
  vote: { vi: ['biểu quyết'] },
  assessment: { vi: ['chấm điểm, xếp loại'] },
  minutes: { vi: ['thông qua biên bản'] },
  closing: { vi: ['bế mạc'] },
  other: { vi: ['khác'] },
});

export const PREPARER = defineChoice<'secretary' | 'deputy_secretary' | 'committee_member' | 'other'>({
  secretary: { vi: ['bí thư'] },
  deputy_secretary: { vi: ['phó bí thư'] },
  committee_member: { vi: ['chi ủy viên'] },
  other: { vi: ['khác'] },
});

export const CELL_TYPES = ['co_quan', 'su_nghiep', 'doanh_nghiep', 'xa_phuong', 'thon_to_dan_pho', 'luc_luong_vu_trang', 'khac'] as const;
export type CellType = (typeof CELL_TYPES)[number];

export const CELL_TYPE = defineChoice<CellType>({
  co_quan: { vi: ['cơ quan'] },
  su_nghiep: { vi: ['sự nghiệp', 'đơn vị sự nghiệp'] },
  doanh_nghiep: { vi: ['doanh nghiệp'] },
  xa_phuong: { vi: ['xã, phường', 'xã', 'phường'] },
  thon_to_dan_pho: { vi: ['thôn, tổ dân phố', 'thôn', 'tổ dân phố', 'bản', 'khu phố'] },
  luc_luong_vu_trang: { vi: ['lực lượng vũ trang'] },
  khac: { vi: ['khác'] },
});

export const GUEST_ROLES = ['cap_uy_cap_tren', 'can_bo_cap_tren', 'khac'] as const;
export type GuestRole = (typeof GUEST_ROLES)[number];

export const GUEST_ROLE = defineChoice<GuestRole>({
  cap_uy_cap_tren: { vi: ['cấp ủy cấp trên', 'cấp ủy viên cấp trên', 'đảng ủy viên phụ trách', 'cấp ủy cấp trên phụ trách'] },
  can_bo_cap_tren: { vi: ['cán bộ cấp trên', 'cán bộ đảng ủy cấp trên', 'cán bộ cơ quan tham mưu, giúp việc'] },
  khac: { vi: ['khác'] },
});

export const YES_NO = defineChoice<'yes' | 'no'>({ yes: { vi: ['có'] }, no: { vi: ['không'] } });

/** A custom check's name travels in `params.format`, so messages can explain it. */
export type FormatCheck =
  | 'date' | 'time' | 'month' | 'rating' | 'blank' | 'exempt' | 'yes-no'
  | 'official-probationary' | 'official-total' | 'probationary-total' | 'probationary-present' | 'probationary-present-present';

/** A count of members that cannot hold: its key under `members`, the check, and the numbers it compared. */
export interface CountIssue {
  key: 'exempt' | 'official' | 'probationary' | 'probationary_present';
  format: FormatCheck;
  numbers?: Record<string, number>;
}

export interface MemberCounts {
  total: number;
  present: number;
  exempt?: number | undefined;
  official?: number | undefined;
  probationary?: number | undefined;
  probationary_present?: number | undefined;
}

/** Counts of members by status that cannot hold, each at the count that breaks it; none when all hold. */
export function memberCountIssues(m: MemberCounts): CountIssue[] {
  const found: CountIssue[] = [];
  if ((m.exempt ?? 0) >= m.total) found.push({ key: 'exempt', format: 'exempt' });
  const { total, present, official, probationary, probationary_present: probationaryPresent } = m;
  if (official !== undefined && probationary !== undefined) {
    if (official + probationary !== total) found.push({ key: 'official', format: 'official-probationary', numbers: { official, probationary, total } });
  } else if (official !== undefined && official > total) found.push({ key: 'official', format: 'official-total', numbers: { official, total } });
  else if (probationary !== undefined && probationary > total) found.push({ key: 'probationary', format: 'probationary-total', numbers: { probationary, total } });
  if (probationaryPresent === undefined) return found;
  const known = probationary ?? (official !== undefined && official <= total ? total - official : undefined);
  if (known !== undefined && probationaryPresent > known) found.push({ key: 'probationary_present', format: 'probationary-present', numbers: { probationaryPresent, probationary: known } });
  else if (probationaryPresent > present) found.push({ key: 'probationary_present', format: 'probationary-present-present', numbers: { probationaryPresent, present } });
  return found;
}
