// agenda-missing: a required agenda type for this kind is absent (severity from the rubric).
import type { AgendaType, MeetingKind } from '../validate/vocabulary.js';
import { inLang, type Localized } from '../rubric/rubric.js';
import { defineRecordRule } from './rule.js';
import { AGENDA_NAMES, KIND_NAMES } from './words.js';

interface Data { type: AgendaType; kind: MeetingKind; source: Localized }

export default defineRecordRule<Data>({
  id: 'agenda-missing',
  severity: 'warning',
  description: { vi: 'Thiếu nội dung bắt buộc trong chương trình buổi sinh hoạt', en: 'A required agenda item is absent' },
  message: {
    vi: (d) => `Chương trình sinh hoạt thiếu nội dung "${AGENDA_NAMES[d.type].vi}", bắt buộc với buổi sinh hoạt ${KIND_NAMES[d.kind].vi} (${inLang(d.source, 'vi')}). Nếu buổi sinh hoạt có nội dung này, hãy thêm dòng "- type: ${d.type}" vào "agenda" (chương trình sinh hoạt).`,
    en: (d) => `The agenda lacks "${AGENDA_NAMES[d.type].en}" (type: ${d.type}), required in ${KIND_NAMES[d.kind].en} meetings (${inLang(d.source, 'en')}). Add it if the meeting covered it.`,
  },
  check: ({ record, kindRubric }) => {
    const held = new Set(record.agenda.map((a) => a.type));
    return kindRubric.agenda
      .filter((a) => !held.has(a.type))
      .map((a) => ({ path: ['agenda'], at: 'key' as const, severity: a.severity, data: { type: a.type, kind: record.kind, source: a.source } }));
  },
});
