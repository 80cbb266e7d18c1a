// agenda-missing: a required agenda type for this kind is absent (severity from the rubric).
import type { AgendaType, MeetingKind } from '../validate/record-schema.js';
import { defineRule } from './rule.js';
import { AGENDA_NAMES, KIND_NAMES } from './words.js';

interface Data { type: AgendaType; kind: MeetingKind; source: string }

export default defineRule<Data>({
  id: 'agenda-missing',
  severity: 'warning',
  description: { vi: 'Thiếu nội dung bắt buộc trong chương trình buổi họp', en: 'A required agenda item is absent' },
  message: {
    vi: (d) => `Chương trình thiếu nội dung "${AGENDA_NAMES[d.type].vi}" (type: ${d.type}), bắt buộc với sinh hoạt ${KIND_NAMES[d.kind].vi} (${d.source}). Hãy bổ sung nếu buổi họp có nội dung này.`,
    en: (d) => `The agenda lacks "${AGENDA_NAMES[d.type].en}" (type: ${d.type}), required in ${KIND_NAMES[d.kind].en} meetings (${d.source}). Add it if the meeting covered it.`,
  },
  check: ({ record, kindRubric }) => {
    const held = new Set(record.agenda.map((a) => a.type));
    return kindRubric.agenda
      .filter((a) => !held.has(a.type))
      .map((a) => ({ path: ['agenda'], at: 'key' as const, severity: a.severity, data: { type: a.type, kind: record.kind, source: a.source } }));
  },
});
