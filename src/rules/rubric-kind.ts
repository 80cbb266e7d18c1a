// rubric-kind: the rubric does not score this kind of meeting.
import type { MeetingKind } from '../validate/vocabulary.js';
import { defineLoadRule } from './rule.js';
import { KIND_NAMES } from './words.js';

const kindName = (kind: string) => KIND_NAMES[kind as MeetingKind]?.vi ?? kind;

export interface RubricKindData {
  rubric: string;
  kind: string;
  kinds: string[];
}

export default defineLoadRule<RubricKindData>({
  id: 'rubric-kind',
  severity: 'error',
  description: { vi: 'Bộ tiêu chí không chấm loại sinh hoạt này', en: 'The rubric does not score this kind of meeting' },
  message: {
    vi: (d) => `Bộ tiêu chí "${d.rubric}" không chấm buổi sinh hoạt ${kindName(d.kind)} (chỉ chấm sinh hoạt ${d.kinds.map(kindName).join(', ')}). Hãy chọn bộ tiêu chí khác hoặc sửa "kind" (loại sinh hoạt).`,
    en: (d) => `The rubric "${d.rubric}" does not score "${d.kind}" meetings (it scores: ${d.kinds.join(', ')}). Choose another rubric or correct the kind.`,
  },
});
