// task-incomplete: a task without an assignee or a due date.
import { isBlank } from '../validate/text.js';
import { defineRecordRule, joinList } from './rule.js';

interface Data { task: string; missing: ('assignee' | 'due')[] }

const WORDS = { assignee: { vi: 'người thực hiện', en: 'an assignee' }, due: { vi: 'thời hạn', en: 'a due date' } };

export default defineRecordRule<Data>({
  id: 'task-incomplete',
  severity: 'warning',
  description: { vi: 'Nhiệm vụ được giao thiếu người thực hiện hoặc thời hạn', en: 'A task without an assignee or a due date' },
  message: {
    vi: (d) => `Nhiệm vụ "${d.task}" chưa có ${joinList(d.missing.map((m) => WORDS[m].vi), 'vi')}. Phân công nhiệm vụ cần rõ người, rõ việc, rõ thời gian, rõ trách nhiệm.`,
    en: (d) => `The task "${d.task}" has no ${joinList(d.missing.map((m) => WORDS[m].en.replace(/^an? /, '')), 'en')}. An assignment needs a person, a task and a deadline.`,
  },
  check: ({ record }) =>
    (record.tasks ?? []).flatMap((t, i) => {
      const missing = [...(isBlank(t.assignee) ? ['assignee' as const] : []), ...(t.due === undefined ? ['due' as const] : [])];
      return missing.length > 0 ? [{ path: ['tasks', i], data: { task: t.task, missing } }] : [];
    }),
});
