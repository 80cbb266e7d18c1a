// duration-short: the meeting was shorter than the rubric's minimum for its kind.
import type { MeetingKind } from '../validate/vocabulary.js';
import { minutesOfDay } from '../facts/facts.js';
import { evaluate } from '../rubric/condition.js';
import { inLang, type Localized } from '../rubric/rubric.js';
import { defineRecordRule } from './rule.js';
import { KIND_NAMES } from './words.js';

interface Data { minutes: number; min: number; kind: MeetingKind; source: Localized }

export default defineRecordRule<Data>({
  id: 'duration-short',
  severity: 'warning',
  description: { vi: 'Thời lượng buổi sinh hoạt chưa đạt mức tối thiểu', en: 'The meeting was shorter than the minimum duration' },
  message: {
    vi: (d) => `Thời lượng buổi sinh hoạt ${KIND_NAMES[d.kind].vi} là ${d.minutes} phút, chưa đạt tối thiểu ${d.min} phút (${inLang(d.source, 'vi')}).`,
    en: (d) => `The meeting lasted ${d.minutes} minutes, less than the ${d.min} minutes required for ${KIND_NAMES[d.kind].en} meetings (${inLang(d.source, 'en')}).`,
  },
  check: ({ record, facts, kindRubric }) => {
    const minutes = Number(facts.duration_minutes);
    // The first minimum whose condition holds (an unknown condition does not hold); the last has none.
    const chosen = kindRubric.minDuration.find((d) => d.when === undefined || evaluate(d.when, facts) === true);
    if (!chosen) return [];
    const { minutes: min, source } = chosen;
    // An end before the start is time-invalid; its duration says nothing more.
    if (minutesOfDay(record.time.end) <= minutesOfDay(record.time.start) || minutes >= min) return [];
    return [{ path: ['time', 'end'], data: { minutes, min, kind: record.kind, source } }];
  },
});
