// The form's record document (src/form/document.ts): values set in any order land in the
// template's order, comments and unknown keys of an opened record stay, an unchanged record keeps
// its bytes, and what it writes is read back by the checker as the values the form set.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RecordDocument } from '../src/form/document.js';
import { isShownKey, SECTIONS } from '../src/form/fields.js';
import { recordSchema } from '../src/validate/record-schema.js';
import { checkText, EXAMPLES, rulesOf } from './helpers.js';

const keysOf = (text: string) => [...text.matchAll(/^([a-z_]+):/gm)].map((m) => m[1]);

describe('the form record document', () => {
  it('puts keys set in any order in the order of the template', () => {
    const r = RecordDocument.create();
    r.set(['conclusion'], 'Thống nhất.');
    r.set(['members', 'present'], 10);
    r.set(['cell'], 'Chi bộ A');
    r.set(['members', 'total'], 12);
    r.set(['time', 'end'], '16:00', { quoted: true });
    r.set(['time', 'start'], '14:00', { quoted: true });
    r.set(['kind'], 'regular');
    const text = r.text();
    expect(keysOf(text)).toEqual(['format', 'cell', 'kind', 'time', 'members', 'conclusion']);
    expect(text).toMatch(/time:\n {2}start: "14:00"\n {2}end: "16:00"\n/);
    expect(text).toMatch(/members:\n {2}total: 12\n {2}present: 10\n/);
  });

  it('writes comments after values, none inside one-line mappings', () => {
    const r = RecordDocument.create();
    r.set(['cell'], 'Chi bộ A', { comment: 'Tên chi bộ' });
    r.set(['vote', 'for'], 9, { comment: 'Tán thành' });
    r.set(['vote', 'against'], 0, { comment: 'Không tán thành' });
    expect(r.text()).toContain('cell: Chi bộ A # Tên chi bộ\n');
    expect(r.text()).toContain('vote: { for: 9, against: 0 }\n');
  });

  it('puts the fields of the minutes template in its order too, lists inside list entries included', () => {
    const r = RecordDocument.create();
    r.set(['review', 'rating'], 'Tốt');
    r.set(['review', 'by'], 'Đảng ủy Khối');
    r.set(['minutes_approval', 'against'], 0);
    r.set(['minutes_approval', 'for'], 9);
    r.set(['vote', 'for'], 9);
    r.set(['members', 'absent_unexcused'], []);
    r.set(['members', 'probationary'], 1);
    r.set(['members', 'present'], 10);
    r.push(['agenda'], { type: 'discussion' }, {}, {});
    r.set(['agenda', 0, 'conclusion'], 'Thống nhất.');
    r.push(['agenda', 0, 'speakers'], 'Lê Văn C', { flow: true }, {});
    r.set(['guests'], ['Đồng chí A']);
    r.set(['guests', 0], { name: 'Đồng chí A', role: 'cap_uy_cap_tren' }, { flow: true });
    const text = r.text();
    expect(keysOf(text)).toEqual(['format', 'guests', 'members', 'agenda', 'vote', 'minutes_approval', 'review']);
    expect(text).toMatch(/members:\n {2}present: 10\n {2}probationary: 1\n {2}absent_unexcused: \[\]\n/);
    expect(text).toMatch(/ {2}- type: discussion\n {4}speakers: \[ Lê Văn C \]\n {4}conclusion: Thống nhất.\n/);
    expect(text).toContain('minutes_approval: { for: 9, against: 0 }\n');
    expect(text).toMatch(/review:\n {2}by: Đảng ủy Khối\n {2}rating: Tốt\n/);
    expect(text).toContain('  - { name: Đồng chí A, role: cap_uy_cap_tren }\n');
  });

  it('removes a value, and a mapping left empty with it', () => {
    const r = RecordDocument.create();
    r.set(['vote', 'for'], 9);
    r.set(['vote', 'for'], undefined);
    r.set(['cell'], 'A');
    r.set(['cell'], undefined);
    expect(r.text()).toBe('# Biên bản sinh hoạt chi bộ (định dạng chibo/v1). Kiểm tra bằng: chibo check <tệp>\nformat: chibo/v1\n');
  });

  it('adds, moves and removes list entries', () => {
    const r = RecordDocument.create();
    for (const type of ['opening', 'conclusion', 'review']) r.push(['agenda'], { type }, {}, {});
    r.move(['agenda'], 2, -1);
    r.remove(['agenda'], 0);
    r.move(['agenda'], 0, -1);
    expect(r.get(['agenda'])).toEqual([{ type: 'review' }, { type: 'conclusion' }]);
    r.push(['speakers'], 'Lê Văn C', { flow: true }, {});
    r.set(['speakers', 0], 'Lê Văn D');
    expect(r.text()).toContain('speakers: [ Lê Văn D ]');
  });

  it('keeps an opened record byte for byte until it is changed, then keeps its comments and unknown keys', () => {
    const bytes = new Uint8Array(readFileSync(path.join(EXAMPLES, 'regular-good.yaml')));
    const extra = new TextEncoder().encode(`${new TextDecoder().decode(bytes)}x-ma-so: CB-07 # mã nội bộ\n`);
    const r = RecordDocument.open(extra);
    expect(r.bytes()).toBe(extra);
    r.set(['place'], 'Hội trường');
    const text = r.text();
    expect(text).toContain('x-ma-so: CB-07 # mã nội bộ');
    expect(text).toContain('# yaml-language-server: $schema=../schema/meeting.schema.json');
    expect(keysOf(text).indexOf('place')).toBe(keysOf(text).indexOf('date') + 1);
    expect(rulesOf(checkText(text))).toEqual([]);
  });

  it('does not edit what is not a YAML mapping, and keeps it', () => {
    for (const text of ['a: [1', '- 1\n- 2\n']) {
      const r = RecordDocument.open(new TextEncoder().encode(text));
      expect(r.editable).toBe(false);
      r.set(['cell'], 'A');
      expect(r.text()).toBe(text);
    }
  });

  it('shows every key of the record format, at every level', () => {
    // The object schema inside optional, described, refined or list wrappers.
    const inner = (schema: any): any => {
      let s = schema;
      while (s && !s.shape && !s.element && typeof s.unwrap === 'function') s = s.unwrap();
      return s?.def?.type === 'pipe' ? inner(s.def.in) : s;
    };
    const missing: string[] = [];
    const seen: string[] = [];
    const walk = (schema: any, parent: string): void => {
      const s = inner(schema);
      if (s?.element) return walk(s.element, `${parent}[]`);
      // A value written in one of several shapes (a guest: a name, or a name and a role).
      if (Array.isArray(s?.options)) return s.options.forEach((option: any) => walk(option, parent));
      if (!s?.shape) return;
      for (const [key, value] of Object.entries(s.shape)) {
        const at = parent ? `${parent}.${key}` : key;
        seen.push(at);
        if (!isShownKey(parent, key)) missing.push(at);
        else walk(value, at);
      }
    };
    walk(recordSchema, '');
    expect(missing).toEqual([]);
    expect(seen).toEqual(expect.arrayContaining(['cell_type', 'members.absent_excused[].reason', 'agenda[].note', 'thematic.presenter', 'assessment.rating',
      'members.probationary_present', 'guests[].role', 'agenda[].speakers', 'minutes_approval.against', 'review.rating']));
    // `format` is written by the form itself and `rubric` has its own block: no section shows them.
    expect(SECTIONS.flatMap((s) => s.fields.map((f) => f.key)).filter((k) => k === 'format' || k === 'rubric')).toEqual([]);
  });
});
