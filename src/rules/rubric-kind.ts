// rubric-kind: the rubric does not score this kind of meeting.
import { defineRule } from './rule.js';

export interface RubricKindData {
  rubric: string;
  kind: string;
  kinds: string[];
}

export default defineRule<RubricKindData>({
  id: 'rubric-kind',
  severity: 'error',
  description: { vi: 'Bộ tiêu chí không chấm loại sinh hoạt này', en: 'The rubric does not score this kind of meeting' },
  message: {
    vi: (d) => `Bộ tiêu chí "${d.rubric}" không chấm loại sinh hoạt "${d.kind}" (chỉ chấm: ${d.kinds.join(', ')}). Hãy chọn bộ tiêu chí khác hoặc sửa loại sinh hoạt.`,
    en: (d) => `The rubric "${d.rubric}" does not score "${d.kind}" meetings (it scores: ${d.kinds.join(', ')}). Choose another rubric or correct the kind.`,
  },
});
