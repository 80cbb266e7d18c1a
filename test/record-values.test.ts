// Values people write in Vietnamese, empty values that make the minutes incomplete, and what
// chibo says about a date, time or month it cannot read.
import { describe, expect, it } from 'vitest';
import { recordSchema } from '../src/validate/record-schema.js';
import { AGENDA_TYPE, CELL_TYPE, GUEST_ROLE, MEETING_KIND, PREPARER, YES_NO } from '../src/validate/vocabulary.js';
import { defineChoice, RATING, type Choice } from '../src/validate/text.js';
import { validate } from '../src/validate/validate.js';
import { isCalendarDate, isClockTime, isMonth, readWhen } from '../src/validate/when.js';
import { checkVariant, goodRecord, problemOf, rulesOf } from './helpers.js';

const parsed = (change: (r: Record<string, any>) => void) => {
  const r = goodRecord();
  change(r);
  const result = validate(recordSchema, r);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
};

describe('values in Vietnamese', () => {
  it('kind, agenda type, prepared_by and yes/no facts: any case, with or without diacritics, ids kept', () => {
    const v = parsed((r) => {
      r.kind = 'Thường Kỳ';
      r.agenda = [{ type: 'Khai mạc' }, { type: 'THONG TIN THOI SU' }, { type: 'sinh hoạt chính trị tư tưởng'.normalize('NFD') },
        { type: 'học tập và làm theo Bác' }, { type: 'chấm điểm xếp loại' }, { type: 'current_affairs' }];
      r.preparation = { prepared_by: 'Phó Bí Thư', committee_met: 'Có', draft_resolution: 'khong', notice_sent: 'KHÔNG' };
    });
    expect(v.kind).toBe('regular');
    expect(v.agenda.map((a) => a.type)).toEqual(['opening', 'current_affairs', 'political_ideology', 'ho_chi_minh_study', 'assessment', 'current_affairs']);
    expect(v.preparation).toEqual({ prepared_by: 'deputy_secretary', committee_met: true, draft_resolution: false, notice_sent: false });
  });
  it('every spelling (the id, Vietnamese names, other names) of every choice is read back as its id', () => {
    for (const choice of [MEETING_KIND, AGENDA_TYPE, PREPARER, CELL_TYPE, GUEST_ROLE, YES_NO, RATING] as Choice<string>[]) {
      for (const id of choice.ids) {
        for (const spelling of [id, ...choice.spellings[id]!.vi, ...(choice.spellings[id]!.also ?? [])]) {
          expect(choice.parse(spelling), spelling).toBe(id);
          expect(choice.parse(spelling.toUpperCase()), spelling).toBe(id);
          expect(choice.parse(spelling.normalize('NFD')), spelling).toBe(id);
        }
      }
    }
  });
  it('the report keeps the ids', () => {
    const result = checkVariant((r) => { r.kind = 'thuong ky'; r.preparation.prepared_by = 'bí thư'; r.preparation.committee_met = 'có'; });
    expect(result.kind).toBe('regular');
    expect(result.facts!['preparation.prepared_by']).toBe('secretary');
    expect(result.facts!['preparation.committee_met']).toBe(true);
    expect(rulesOf(result)).not.toContain('schema');
  });
  it('a record with errors elsewhere still counts as a meeting of its kind, written in Vietnamese', () => {
    const result = checkVariant((r) => { r.kind = 'chuyên đề'; r.members.total = 'hai lăm'; });
    expect(rulesOf(result)).toContain('schema');
    expect(result.meeting?.kind).toBe('thematic');
  });
  it('anything else is a schema error that names the values, in both languages', () => {
    const en = checkVariant((r) => { r.kind = 'hàng tháng'; });
    expect(problemOf(en, 'schema')!.message).toBe('kind must be one of: regular (thường kỳ), thematic (chuyên đề), combined (thường kỳ kết hợp chuyên đề).');
    const vi = checkVariant((r) => { r.preparation.committee_met = 'chưa'; }, 'vi');
    expect(problemOf(vi, 'schema')).toMatchObject({ path: 'preparation.committee_met', message: '"preparation.committee_met" (chi ủy họp chuẩn bị): Cần ghi có hoặc không (hoặc true, false).' });
  });
  it('two ids may not share a spelling', () => {
    expect(() => defineChoice({ a: { vi: ['Khá'] }, b: { vi: ['kha'] } })).toThrow();
  });
});

describe('empty values follow the format', () => {
  it.each([
    ['chair:', (r: Record<string, any>) => { r.chair = null; }],
    ['minutes_taker:', (r: Record<string, any>) => { r.minutes_taker = null; }],
    ['conclusion:', (r: Record<string, any>) => { r.conclusion = null; }],
    ['an excused absence with reason:', (r: Record<string, any>) => { r.members.absent_excused[0].reason = null; }],
  ])('%s with an empty value makes the minutes incomplete, not a schema error', (_name, change) => {
    const result = checkVariant((r) => {
      r.members.absent_excused = [{ name: 'Lê Văn Cường', reason: 'Đi công tác' }];
      r.members.present -= 1;
      change(r);
    });
    expect(rulesOf(result)).toContain('minutes-incomplete');
    expect(rulesOf(result)).not.toContain('schema');
  });
  it('previous_resolution: {} is valid, achieved_percent being optional', () => {
    const result = checkVariant((r) => { r.previous_resolution = {}; });
    expect(rulesOf(result)).not.toContain('schema');
  });
  it('an empty cell is still a schema error', () => {
    expect(rulesOf(checkVariant((r) => { r.cell = null; }))).toContain('schema');
    expect(rulesOf(checkVariant((r) => { r.cell = ' '; }))).toContain('schema');
  });
});

describe('dates, times and months', () => {
  it('the date pattern knows the calendar: every day of 1896–2104 and of the century years, and no other', () => {
    const pad = (n: number, w = 2) => String(n).padStart(w, '0');
    const wrong: string[] = [];
    const years = [...Array.from({ length: 209 }, (_, i) => 1896 + i), 1600, 1700, 1800, 2200, 2300, 2400];
    for (const y of years) {
      for (let m = 1; m <= 12; m++) {
        for (let d = 1; d <= 31; d++) {
          const text = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
          if (isCalendarDate(text) !== (new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d)) wrong.push(text);
        }
      }
    }
    expect(wrong).toEqual([]);
    for (const bad of ['2024-00-10', '2024-13-01', '2024-01-00', '2024-01-32', '24-01-01', '2024-1-01', ' 2024-01-01', '2024-01-01\n']) expect(isCalendarDate(bad), bad).toBe(false);
  });
  it('times and months', () => {
    expect(['00:00', '09:30', '23:59'].every(isClockTime)).toBe(true);
    expect(['24:00', '9:30', '12:60', '12:00:00', '1200'].some(isClockTime)).toBe(false);
    expect(['2024-01', '2024-12'].every(isMonth)).toBe(true);
    expect(['2024-00', '2024-13', '2024-1', '03/2024'].some(isMonth)).toBe(false);
  });
  it.each([
    ['date', '10/10/2024', { kind: 'fix', write: '2024-10-10', curly: false }],
    ['date', '15/03/2024', { kind: 'fix', write: '2024-03-15', curly: false }],
    ['date', '2024-3-5', { kind: 'fix', write: '2024-03-05', curly: false }],
    ['date', '15.3.2024', { kind: 'fix', write: '2024-03-15', curly: false }],
    ['date', 'Ngày 15 tháng 3 năm 2024', { kind: 'fix', write: '2024-03-15', curly: false }],
    ['date', '“2024-03-15”', { kind: 'fix', write: '2024-03-15', curly: true }],
    ['date', '2024-02-30', { kind: 'no-day', year: 2024, month: 2, days: 29 }],
    ['date', '30/2/2023', { kind: 'no-day', year: 2023, month: 2, days: 28 }],
    ['date', '2024-13-01', { kind: 'no-month', month: 13 }],
    ['date', 'cuối tháng', { kind: 'unreadable' }],
    ['time', '7h30', { kind: 'fix', write: '07:30', curly: false }],
    ['time', '9:30', { kind: 'fix', write: '09:30', curly: false }],
    ['time', '14g', { kind: 'fix', write: '14:00', curly: false }],
    ['time', '2 giờ 30 chiều', { kind: 'fix', write: '14:30', curly: false }],
    ['time', '“07:30”', { kind: 'fix', write: '07:30', curly: true }],
    ['time', '‘7h30’', { kind: 'fix', write: '07:30', curly: true }],
    ['time', '25:61', { kind: 'no-time' }],
    ['time', 'buổi sáng', { kind: 'unreadable' }],
    ['month', 'tháng 3/2024', { kind: 'fix', write: '2024-03', curly: false }],
    ['month', '2024-3', { kind: 'fix', write: '2024-03', curly: false }],
    ['month', '2024-03-15', { kind: 'fix', write: '2024-03', curly: false }],
    ['month', 'tháng 3', { kind: 'no-year', month: 3 }],
    ['month', '2024-13', { kind: 'no-month', month: 13 }],
    ['month', 'quý I', { kind: 'unreadable' }],
  ] as const)('%s %s is read as %o', (format, value, reading) => {
    expect(readWhen(format, value)).toEqual(reading);
  });
  it('messages quote the value read and say what to write, in Vietnamese and English', () => {
    const message = (change: (r: Record<string, any>) => void, lang: 'vi' | 'en') => problemOf(checkVariant(change, lang), 'schema')!.message;
    const curly = (r: Record<string, any>) => { r.time.start = '“07:30”'; };
    expect(message(curly, 'vi')).toBe('"time.start" (giờ bắt đầu): Giờ “07:30” có dấu ngoặc kép cong (thường do Word tự đổi) nên không đọc được. Hãy viết "07:30" với dấu ngoặc kép thẳng.');
    expect(message(curly, 'en')).toBe('time.start: The time “07:30” has curly quotes (often put in by Word), so it cannot be read. Write "07:30" with straight quotes.');
    const h = (r: Record<string, any>) => { r.time.end = '7h30'; };
    expect(message(h, 'vi')).toBe('"time.end" (giờ kết thúc): Giờ "7h30" viết chưa đúng dạng giờ:phút. Hãy viết "07:30" (theo 24 giờ, trong ngoặc kép).');
    expect(message(h, 'en')).toBe('time.end: The time "7h30" is not written as hours:minutes. Write "07:30" (24-hour clock, in quotes).');
    const dmy = (r: Record<string, any>) => { r.tasks[0].due = '10/10/2024'; };
    expect(message(dmy, 'vi')).toBe('"tasks[0].due" (thời hạn, mục thứ 1 của phân công nhiệm vụ): Ngày "10/10/2024" viết chưa đúng dạng năm-tháng-ngày. Hãy viết 2024-10-10 (ngày 10/10/2024).');
    expect(message(dmy, 'en')).toBe('tasks[0].due: The date "10/10/2024" is not written as year-month-day. Write 2024-10-10 (10 October 2024).');
    const feb = (r: Record<string, any>) => { r.date = '2023-02-29'; };
    expect(message(feb, 'vi')).toBe('"date" (ngày sinh hoạt): Ngày "2023-02-29" không có thật: tháng 2/2023 chỉ có 28 ngày.');
    expect(message(feb, 'en')).toBe('date: There is no such date as "2023-02-29": February 2023 has 28 days.');
    const period = (r: Record<string, any>) => { r.period = 'tháng 3'; };
    expect(message(period, 'vi')).toBe('"period" (kỳ sinh hoạt): Tháng "tháng 3" thiếu năm. Hãy viết dạng năm-tháng, ví dụ 2024-03 cho tháng 3/2024.');
    expect(message(period, 'en')).toBe('period: The month "tháng 3" has no year. Write year-month, e.g. 2024-03 for March 2024.');
  });
});

describe('a time written as a number', () => {
  it('7.30 is told to be written "07:30", in both languages', () => {
    const vi = checkVariant((r) => { r.time.start = 7.3; }, 'vi');
    expect(problemOf(vi, 'schema')!.message).toBe('"time.start" (giờ bắt đầu): giờ phải viết dạng giờ:phút trong dấu nháy kép, ví dụ "07:30"; viết không có dấu nháy thì chibo đọc thành số 7,3.');
    const en = checkVariant((r) => { r.time.start = 7.3; }, 'en');
    expect(problemOf(en, 'schema')!.message).toBe('time.start: write the time as hours:minutes in double quotes, e.g. "07:30", not 7.30 (read as the number 7.3).');
  });
});
