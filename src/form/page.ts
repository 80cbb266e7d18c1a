// The form page: a record edited through the field table (fields.ts), checked on every change by
// chibo's own checker (checkRecord over the record's bytes, as `chibo check` reads a file), with
// the problems, score and rating shown beside it. Open, save, print, and a draft kept in the
// browser. Entry point of the browser bundle (scripts/build.mjs).
import * as yaml from 'yaml';
import { checkRecord, type CheckEnv, type LoadedRubric } from '../check.js';
import type { FactId } from '../core/facts.js';
import { formatPath, type Path } from '../core/path.js';
import { formatDate } from '../facts/format.js';
import type { RubricError } from '../core/problem.js';
import { DEFAULT_LIMITS } from '../parse/source.js';
import { provideYaml } from '../parse/yaml-package.js';
import * as schemaModule from '../validate/schemas.js';
import { provideSchemas } from '../validate/zod-schemas.js';
import { visible } from '../report/untrusted.js';
import type { RecordResult } from '../score/result.js';
import { MEETING_KIND } from '../validate/vocabulary.js';
import { localDay } from '../core/in-force.js';
import { factsOf } from '../rubric/condition.js';
import { inLang, type Rubric } from '../rubric/rubric.js';
import { RATING_NAMES } from '../validate/text.js';
import { isCalendarDate, isClockTime, isMonth } from '../validate/when.js';
import { RecordDocument, type Style } from './document.js';
import { byId, fill, h } from './dom.js';
import { isShownKey, keyPath, SECTIONS, type Field, type Input, type ListField, type RecordData, type ScoresField, type ValueField } from './fields.js';
import { renderPrint } from './print.js';
import { bundledLoader, defaultRubricFor, defaultRubrics, rubricFromFile, type BundledRubrics } from './rubrics.js';

// One self-contained page: the yaml package is bundled into it (the form's editing needs it anyway).
provideYaml(() => yaml);
provideSchemas(() => schemaModule);
const BUNDLED = JSON.parse(byId('chibo-rubrics').textContent ?? '{}') as BundledRubrics;
const loadRubric = bundledLoader(BUNDLED);
const DRAFT_KEY = 'chibo-form-draft';

interface Draft {
  text: string;
  name: string;
  saved: string;
  at: string;
}

let record = RecordDocument.create();
let fileName = '';
let savedText = record.text();
let userRubric: { loaded: LoadedRubric; name: string } | undefined;
let rubricError: RubricError | undefined;
let signature = '';

// ---- checking

function rubricRef(data: RecordData): string {
  return typeof data.rubric === 'string' ? data.rubric : defaultRubricFor(BUNDLED, data.date, localDay());
}

/** The rubric the record is scored by: an opened rubric file wins, as --rubric does. */
function rubricInUse(data: RecordData): Rubric | undefined {
  if (userRubric) return userRubric.loaded.rubric;
  const loaded = loadRubric(rubricRef(data), '.');
  return 'rubric' in loaded ? loaded.rubric : undefined;
}

function check(data: RecordData): RecordResult {
  const env: CheckEnv = {
    lang: 'vi',
    limits: DEFAULT_LIMITS,
    defaultRubrics: defaultRubrics(BUNDLED),
    severities: {},
    loadRubric,
    ...userRubric && { rubric: userRubric.loaded },
  };
  return checkRecord(fileName || 'bien-ban.yaml', '.', record.bytes(), env);
}

const kindOf = (data: RecordData) => (typeof data.kind === 'string' ? MEETING_KIND.parse(data.kind) : undefined);

// ---- the form

let ids = 0;
const idFor = () => `f${++ids}`;

/** The lengths of the lists among `fields` at `base`, and of the lists inside their entries. */
function listShape(fields: readonly Field[], base: Path): unknown[] {
  return fields.filter((f): f is ListField => 'list' in f).map((f) => {
    const path = [...base, ...keyPath(f.key)];
    const value = record.get(path);
    const list = f.list;
    if (!Array.isArray(value)) return -1;
    return 'fields' in list ? [value.length, value.map((_, i) => listShape(list.fields, [...path, i]))] : value.length;
  });
}

/** What the form's shape depends on: when it changes, the form is built again. */
function signatureOf(data: RecordData): string {
  const lists = listShape(SECTIONS.flatMap((s) => s.fields), []);
  return JSON.stringify([record.editable, kindOf(data), userRubric?.loaded.key ?? rubricRef(data), lists]);
}

function toValue(input: Input, raw: string, required: boolean | undefined): unknown {
  switch (input.type) {
    case 'choice':
      return raw === '' ? undefined : input.options.find((o) => o.id === raw)?.value;
    case 'count':
    case 'number': {
      const t = raw.trim();
      if (t === '') return undefined;
      return /^[-+]?\d+(\.\d+)?$/.test(t) ? Number(t) : raw;
    }
    case 'text':
    case 'textarea':
      return raw === '' && !required ? undefined : raw;
    default:
      return raw === '' ? undefined : raw;
  }
}

/** How a control reads and writes its value; by default, the value at its path. */
interface Access {
  value: unknown;
  write(value: unknown, style: Style): void;
}

const atPath = (path: Path): Access => ({ value: record.get(path), write: (value, style) => record.set(path, value, style) });

function control(input: Input, path: Path, id: string, required: boolean | undefined, comment: string | undefined, extra: Record<string, string> = {}, access: Access = atPath(path)): HTMLElement {
  const { value } = access;
  const dataPath = formatPath(path);
  const style: Style = { ...comment !== undefined && { comment }, ...input.type === 'time' && { quoted: true } };
  const onEdit = (e: Event) => {
    const el = e.target as HTMLInputElement | HTMLSelectElement;
    if (el.value === '__kept') return;
    access.write(toValue(input, el.value, required), style);
    changed();
  };
  if (input.type === 'choice') {
    const known = value === undefined || input.options.some((o) => o.value === value || (typeof value === 'string' && input.parse?.(value) === o.id));
    const selected = (o: { id: string; value: unknown }) => o.value === value || (typeof value === 'string' && input.parse?.(value) === o.id);
    return h('select', { id, 'data-path': dataPath, onchange: onEdit, ...extra },
      h('option', { value: '' }, '— chưa chọn —'),
      input.options.map((o) => h('option', { value: o.id, selected: selected(o) }, o.label)),
      !known && h('option', { value: '__kept', selected: true }, `${visible(String(value))} (giữ nguyên)`));
  }
  const text = value === undefined || value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (input.type === 'textarea') return h('textarea', { id, 'data-path': dataPath, rows: 3, oninput: onEdit, ...extra }, text);
  const fits = { date: isCalendarDate, time: isClockTime, month: isMonth } as Record<string, (s: string) => boolean>;
  const native = input.type in fits ? (text === '' || fits[input.type]!(text) ? input.type : 'text') : 'text';
  const numeric = input.type === 'count' ? { inputmode: 'numeric' } : input.type === 'number' ? { inputmode: 'decimal' } : {};
  return h('input', { id, type: native, value: text, 'data-path': dataPath, oninput: onEdit, autocomplete: 'off', ...numeric, ...extra });
}

/** Where a field's own problems are listed; its input is described by it. */
const problemList = (id: string) => h('ul', { class: 'field-problems', id: `${id}-problems` });

function valueField(f: ValueField, path: Path, comment: boolean, access?: Access): HTMLElement {
  const id = idFor();
  const described = [f.hint && `${id}-hint`, `${id}-problems`].filter(Boolean).join(' ');
  return h('div', { class: `field${f.wide ? ' wide' : ''}` },
    h('label', { for: id }, f.label),
    control(f.input, path, id, f.required, comment ? f.label : undefined, { 'aria-describedby': described }, access),
    f.hint && h('p', { class: 'hint', id: `${id}-hint` }, f.hint),
    problemList(id));
}

/**
 * A sub-field of an entry that may be written as one value alone (a guest by name): the value is
 * the entry itself while it is one, and the entry becomes a mapping when another sub-field is set.
 */
function shortAccess(at: Path, key: string, short: string): Access {
  const entry = record.get(at);
  const whole = entry !== null && typeof entry === 'object';
  return {
    value: whole ? record.get([...at, key]) : key === short ? entry : undefined,
    write: (value, style) => {
      const now = record.get(at);
      if (now !== null && typeof now === 'object') record.set([...at, key], value, style);
      else if (key === short) record.set(at, value ?? '', style);
      else if (value !== undefined) record.set(at, { [short]: now ?? '', [key]: value }, { flow: true });
    },
  };
}

/**
 * A list at `path`; `within` names the entry it belongs to when it is a list inside a list entry
 * (the speakers of agenda part 3), so that its buttons say which list they change.
 */
function listField(f: ListField, path: Path = keyPath(f.key), within = ''): HTMLElement {
  const value = record.get(path);
  const items = Array.isArray(value) ? value : [];
  const labelId = idFor();
  const label = `${f.label}${within}`;
  /** The first input of entry `i`, where the focus goes after the list changed. */
  const first = (i: number) => formatPath('fields' in f.list ? [...path, i, f.list.fields[0]!.key] : [...path, i]);
  const move = (i: number, by: number) => {
    record.move(path, i, by);
    changed(first(i + by));
  };
  const add = () => {
    record.push(path, f.fresh, { ...within === '' && { comment: f.label }, ...f.flow && { flow: true } }, { ...f.flowItems && { flow: true } });
    changed(first(items.length));
  };
  const entry = (_: unknown, i: number) => {
    const at = [...path, i];
    const n = i + 1;
    const buttons = [
      f.ordered && h('button', { type: 'button', class: 'small', 'aria-label': `Chuyển mục ${n} lên`, disabled: i === 0, onclick: () => move(i, -1) }, '↑'),
      f.ordered && h('button', { type: 'button', class: 'small', 'aria-label': `Chuyển mục ${n} xuống`, disabled: i === items.length - 1, onclick: () => move(i, 1) }, '↓'),
      h('button', { type: 'button', class: 'small', 'aria-label': `Xóa mục ${n}: ${label}`, onclick: () => { record.remove(path, i); changed(formatPath(path)); } }, 'Xóa'),
    ];
    if ('value' in f.list) {
      const id = idFor();
      return h('li', { class: 'entry' },
        h('label', { for: id, class: 'num' }, `${n}.`),
        control(f.list.value, at, id, true, undefined, { 'aria-label': `${label}, mục ${n}`, 'aria-describedby': `${id}-problems` }),
        buttons,
        problemList(id));
    }
    const { short } = f;
    const subField = (sub: ValueField | ListField) => ('list' in sub
      ? listField(sub, [...at, sub.key], ` (mục ${n})`)
      : valueField(sub, [...at, sub.key], false, short === undefined ? undefined : shortAccess(at, sub.key, short)));
    const folded = f.list.fields.filter((sub) => sub.folded);
    return h('li', { class: 'entry' },
      h('span', { class: 'num', 'aria-hidden': 'true' }, `${n}.`),
      f.list.fields.filter((sub) => !sub.folded).map(subField),
      folded.length > 0 && h('details', { class: 'more', open: folded.some((sub) => record.get([...at, sub.key]) !== undefined) },
        h('summary', {}, f.fold ?? 'Chi tiết'),
        folded.map(subField)),
      buttons,
      h('ul', { class: 'field-problems' }));
  };
  return h('div', { class: 'field wide list', 'data-path': formatPath(path), tabindex: -1, role: 'group', 'aria-labelledby': labelId },
    h('p', { class: 'list-label', id: labelId }, label),
    value !== undefined && !Array.isArray(value) && h('p', { class: 'hint' }, 'Giá trị trong tệp không phải danh sách; thêm mục mới sẽ thay thế nó.'),
    h('ol', { class: 'entries' }, items.map(entry)),
    h('button', { type: 'button', onclick: add }, `+ ${f.add}`),
    h('ul', { class: 'field-problems' }));
}

function scoresField(f: ScoresField, data: RecordData): HTMLElement {
  const path = keyPath(f.key);
  const rubric = rubricInUse(data);
  const kind = kindOf(data);
  const kr = kind && rubric?.kinds[kind];
  const claimed = (record.get(path) ?? {}) as Record<string, unknown>;
  const input = (key: string, name: string, max: number) => {
    const id = idFor();
    return h('div', { class: 'score' },
      h('label', { for: id }, `${key}. ${name} `, h('span', { class: 'max' }, `(tối đa ${max})`)),
      control({ type: 'number' }, [...path, key], id, false, undefined, { 'aria-describedby': `${id}-problems` }),
      problemList(id));
  };
  if (!kr) {
    return h('div', { class: 'field wide', 'data-path': formatPath(path), tabindex: -1 },
      h('p', { class: 'list-label' }, f.label),
      h('p', { class: 'hint' }, rubric ? 'Bộ tiêu chí không chấm loại sinh hoạt này.' : 'Chọn loại sinh hoạt và bộ tiêu chí để nhập điểm.'));
  }
  const shown = new Set<string>();
  const rows = kr.criteria.map((c) => {
    shown.add(c.id);
    const items = c.items.filter((i) => i.id !== c.id);
    items.forEach((i) => shown.add(i.id));
    return h('li', {},
      input(c.id, inLang(c.name, 'vi'), c.max),
      items.length > 0 && h('details', { open: items.some((i) => claimed[i.id] !== undefined) },
        h('summary', {}, 'Chấm từng mục (không bắt buộc)'),
        items.map((i) => input(i.id, inLang(i.name, 'vi'), i.max))));
  });
  const others = Object.keys(claimed).filter((k) => !shown.has(k));
  return h('div', { class: 'field wide list', 'data-path': formatPath(path), tabindex: -1, role: 'group', 'aria-label': f.label },
    h('p', { class: 'list-label' }, f.label),
    h('p', { class: 'hint' }, f.hint),
    h('ol', { class: 'scores' }, rows, others.map((k) => h('li', {}, input(k, 'mục không có trong bộ tiêu chí', 0)))),
    h('ul', { class: 'field-problems' }));
}

function rubricBlock(data: RecordData): HTMLElement {
  const id = idFor();
  const current = typeof data.rubric === 'string' ? data.rubric : '';
  const def = defaultRubricFor(BUNDLED, data.date, localDay());
  const options = [
    h('option', { value: '', selected: current === '' }, `Mặc định: ${BUNDLED[def] ? inLang(BUNDLED[def].title, 'vi') : def}`),
    ...Object.entries(BUNDLED).map(([rid, r]) => h('option', { value: rid, selected: current === rid }, `${rid}: ${inLang(r.title, 'vi')}`)),
    current !== '' && !Object.hasOwn(BUNDLED, current) && h('option', { value: current, selected: true }, `${visible(current)} (tệp, giữ nguyên)`),
  ];
  const onChange = (e: Event) => {
    const v = (e.target as HTMLSelectElement).value;
    record.set(['rubric'], v === '' ? undefined : v, { comment: 'Bộ tiêu chí chấm điểm' });
    changed();
  };
  return h('fieldset', { class: 'section', id: 's-rubric' },
    h('legend', {}, 'Bộ tiêu chí chấm điểm'),
    h('div', { class: 'field wide' },
      h('label', { for: id }, 'Bộ tiêu chí ghi trong biên bản'),
      h('select', { id, 'data-path': 'rubric', onchange: onChange, 'aria-describedby': `${id}-problems` }, options),
      problemList(id)),
    userRubric && h('p', { class: 'notice' },
      `Đang chấm theo tệp bộ tiêu chí ${userRubric.name} (${inLang(userRubric.loaded.rubric.title, 'vi')}), thay cho bộ ghi trong biên bản. `,
      h('button', { type: 'button', onclick: () => { userRubric = undefined; changed(); } }, 'Thôi dùng tệp này')),
    rubricError && h('div', { class: 'notice error', role: 'alert' },
      h('p', {}, `Không dùng được tệp bộ tiêu chí ${rubricError.name}:`),
      h('ul', {}, rubricError.mistakes.map((m) => h('li', {}, `${m.line === undefined ? '' : `dòng ${m.line}, cột ${m.column}: `}${visible(m.message.vi)}`)))));
}

/** Every fact a rubric scores with, in any kind (undefined: no rubric, so every field is shown). */
function factsRead(rubric: Rubric | undefined): Set<FactId> | undefined {
  if (!rubric) return undefined;
  const read = new Set<FactId>();
  for (const kind of Object.values(rubric.kinds)) {
    for (const item of kind.criteria.flatMap((c) => c.items)) {
      if (item.scoring.type !== 'measured') continue;
      for (const when of [...item.scoring.bands.map((b) => b.when), ...item.scoring.caps.map((c) => c.when)]) if (when) factsOf(when).forEach((f) => read.add(f));
    }
  }
  for (const veto of rubric.levels.flatMap((l) => l.vetoes)) factsOf(veto.when).forEach((f) => read.add(f));
  return read;
}

/** Whether a field is shown: a field that only feeds a fact the rubric does not read is hidden while empty. */
function applies(f: Field, read: Set<FactId> | undefined): boolean {
  if (!('fact' in f) || f.fact === undefined || !read || read.has(f.fact)) return true;
  return record.get(keyPath(f.key)) !== undefined;
}

function renderForm(data: RecordData, focusPath?: string): void {
  const form = byId('form');
  const active = document.activeElement as HTMLElement | null;
  const keep = focusPath ?? (active && form.contains(active) ? active.dataset.path : undefined);
  ids = 0;
  if (!record.editable) {
    fill(form, h('div', { class: 'notice error', role: 'note' },
      h('p', {}, 'Tệp này không đọc được thành biểu mẫu (xem vấn đề ở bên cạnh). Tệp được giữ nguyên: hãy sửa bằng trình soạn thảo văn bản rồi mở lại, hoặc bấm "Biên bản mới".')));
    return;
  }
  const kept = record.keys().filter((k) => k !== 'format' && !isShownKey('', k));
  const read = factsRead(rubricInUse(data));
  fill(form,
    rubricBlock(data),
    SECTIONS.filter((s) => !s.when || s.when(data)).map((s) =>
      h('fieldset', { class: 'section', id: `s-${s.id}` },
        h('legend', {}, s.title),
        h('div', { class: 'grid' }, s.fields.filter((f) => applies(f, read)).map((f) => ('scores' in f ? scoresField(f, data) : 'list' in f ? listField(f) : valueField(f, keyPath(f.key), true)))))),
    kept.length > 0 && h('p', { class: 'notice' }, `Biểu mẫu không hiển thị các mục sau; chúng được giữ nguyên khi lưu: ${kept.map(visible).join(', ')}.`));
  if (keep) focusField(keep, false);
}

// ---- problems and results

/**
 * The form's element for a record path: the field itself, else its first field inside (a problem
 * about `members` goes to the members' first field), else the nearest enclosing field shown.
 */
function elementFor(path: string | null): HTMLElement | null {
  if (path === null) return null;
  const form = byId('form');
  const at = (selector: string) => form.querySelector<HTMLElement>(selector);
  const inside = at(`[data-path="${CSS.escape(path)}"]`) ?? at(`[data-path^="${CSS.escape(`${path}.`)}"], [data-path^="${CSS.escape(`${path}[`)}"]`);
  if (inside) return inside;
  const last = /(\.[^.[\]]+|\[[^\]]*\])$/;
  for (let p = path; last.test(p);) {
    p = p.replace(last, '');
    const el = at(`[data-path="${CSS.escape(p)}"]`);
    if (el) return el;
  }
  return null;
}

function focusField(path: string | null, scroll = true): void {
  const el = elementFor(path);
  if (!el) return;
  for (let d = el.closest('details'); d; d = d.parentElement?.closest('details') ?? null) d.open = true;
  el.focus({ preventScroll: !scroll });
  if (scroll) el.scrollIntoView({ block: 'center' });
}

const SEVERITY = { error: 'Lỗi', warning: 'Cảnh báo' } as const;

function renderResult(result: RecordResult, data: RecordData): void {
  const s = result.score;
  const errors = result.problems.filter((p) => p.severity === 'error').length;
  const warnings = result.problems.length - errors;
  const rubric = rubricInUse(data);
  fill(byId('result'),
    h('h2', {}, 'Kết quả chấm'),
    h('p', { class: 'meta' }, `Bộ tiêu chí: ${rubric ? `${inLang(rubric.title, 'vi')} (${rubric.id})` : result.rubric ?? 'chưa xác định'}`),
    h('p', { class: 'big' }, 'Điểm: ', h('strong', { 'data-chibo': 'total' }, s ? String(s.total) : '—'), s ? ` / ${s.max}` : ''),
    h('p', { class: 'big' }, 'Xếp loại: ', h('strong', { 'data-chibo': 'rating', 'data-rating': s?.rating ?? '' }, s ? RATING_NAMES[s.rating] : 'chưa chấm được')),
    result.claimed && h('p', {}, `Chi bộ tự chấm: ${result.claimed.total ?? '—'} điểm, ${result.claimed.rating ? RATING_NAMES[result.claimed.rating] : 'chưa tự xếp loại'}.`),
    result.confirmed && h('p', {}, `Cấp trên công nhận: xếp loại ${RATING_NAMES[result.confirmed.rating]} (${visible(result.confirmed.by)}, ngày ${formatDate(result.confirmed.date, 'vi')}).`),
    s && h('table', { class: 'score-table' },
      h('caption', {}, 'Điểm từng tiêu chí'),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Tiêu chí'), h('th', { scope: 'col' }, 'Tối đa'), h('th', { scope: 'col' }, 'Theo biên bản'), h('th', { scope: 'col' }, 'Tự chấm'))),
      h('tbody', {}, s.criteria.map((c) => h('tr', {}, h('th', { scope: 'row' }, `${c.id}. ${inLang(c.name, 'vi')}`), h('td', {}, c.max), h('td', {}, c.score), h('td', {}, c.claimed ?? '—'))))),
    h('h2', {}, `Vấn đề: ${errors} lỗi, ${warnings} cảnh báo`),
    result.problems.length === 0
      ? h('p', {}, 'Không có vấn đề nào.')
      : h('ol', { class: 'problems' }, result.problems.map((p) =>
        h('li', {},
          h('button', {
            type: 'button', class: `problem ${p.severity}`, 'data-chibo': 'problem', 'data-rule': p.rule, 'data-severity': p.severity, 'data-path': p.path ?? '',
            onclick: () => focusField(p.path),
          },
          h('span', { class: 'sev' }, SEVERITY[p.severity]),
          ' ', visible(p.message),
          h('span', { class: 'where' }, ` (${p.line === null ? '' : `dòng ${p.line}, cột ${p.column}; `}${p.rule})`))))));
  // Each field shows its own problems too.
  for (const list of document.querySelectorAll<HTMLElement>('#form .field-problems')) list.replaceChildren();
  for (const el of document.querySelectorAll('#form [aria-invalid]')) el.removeAttribute('aria-invalid');
  for (const p of result.problems) {
    const target = elementFor(p.path);
    if (!target) continue;
    const holder = target.closest('.field, .entry, .score') ?? target;
    const list = holder.querySelector(':scope > .field-problems');
    list?.appendChild(h('li', { class: p.severity }, `${SEVERITY[p.severity]}: ${visible(p.message)}`));
    if (target.matches('input, select, textarea')) target.setAttribute('aria-invalid', 'true');
  }
}

/** Sets a live region's text only when it changes, so that screen readers announce changes, not keystrokes. */
function say(el: HTMLElement, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}

function renderStatus(result: RecordResult): void {
  const dirty = record.text() !== savedText;
  say(byId('status'), `${fileName ? `Tệp: ${fileName}. ` : 'Biên bản mới. '}${dirty ? 'Có thay đổi chưa lưu (bản nháp được giữ trong trình duyệt).' : 'Đã lưu.'}`);
  const s = result.score;
  const errors = result.problems.filter((p) => p.severity === 'error').length;
  say(byId('summary'), `${s ? `${s.total} điểm, xếp loại ${RATING_NAMES[s.rating]}` : 'Chưa chấm được điểm'}; ${errors} lỗi, ${result.problems.length - errors} cảnh báo.`);
}

function storeDraft(): void {
  const draft: Draft = { text: record.text(), name: fileName, saved: savedText, at: new Date().toISOString() };
  try {
    localStorage.setItem(DRAFT_KEY, JSON.stringify(draft));
  } catch {
    // Storage full or blocked (a private window): the page works on without a draft.
  }
}

/** After any change: check, rebuild the form if its shape changed, show the results, keep the draft. */
function changed(focusPath?: string, rebuild = false): void {
  refresh(focusPath, rebuild);
  storeDraft();
}

function refresh(focusPath?: string, rebuild = false): void {
  const data = record.data();
  const result = check(data);
  const sig = signatureOf(data);
  if (rebuild || sig !== signature || focusPath !== undefined) {
    signature = sig;
    renderForm(data, focusPath);
  }
  renderResult(result, data);
  renderPrint(byId('print'), data, result, rubricInUse(data));
  renderStatus(result);
}

// ---- commands

function confirmDiscard(): boolean {
  return record.text() === savedText || window.confirm('Biên bản đang soạn có thay đổi chưa lưu. Bỏ các thay đổi đó?');
}

async function openRecord(file: File): Promise<void> {
  if (!confirmDiscard()) return;
  record = RecordDocument.open(new Uint8Array(await file.arrayBuffer()));
  fileName = file.name;
  savedText = record.text();
  hideDraftOffer();
  changed(undefined, true);
}

async function openRubric(file: File): Promise<void> {
  const loaded = rubricFromFile(new Uint8Array(await file.arrayBuffer()), file.name);
  if ('error' in loaded) {
    rubricError = loaded.error;
  } else {
    rubricError = undefined;
    userRubric = { loaded, name: file.name };
  }
  changed(undefined, true);
}

function saveName(data: RecordData): string {
  if (fileName) return fileName;
  return `bien-ban-${typeof data.date === 'string' && isCalendarDate(data.date) ? data.date : 'moi'}.yaml`;
}

function save(): void {
  const name = saveName(record.data());
  const url = URL.createObjectURL(new Blob([record.bytes() as BlobPart], { type: 'application/yaml' }));
  const a = h('a', { href: url, download: name, hidden: true });
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  fileName = name;
  savedText = record.text();
  changed();
}

function newRecord(): void {
  if (!confirmDiscard()) return;
  record = RecordDocument.create();
  fileName = '';
  savedText = record.text();
  changed('cell', true);
}

function offerDraft(): void {
  let draft: Draft | undefined;
  try {
    draft = JSON.parse(localStorage.getItem(DRAFT_KEY) ?? 'null') ?? undefined;
  } catch {
    draft = undefined;
  }
  if (!draft || typeof draft.text !== 'string' || draft.text === draft.saved) return;
  const when = new Date(draft.at);
  const offer = byId('draft');
  fill(offer,
    h('p', {}, `Có bản nháp chưa lưu${draft.name ? ` của tệp ${draft.name}` : ''} (${Number.isNaN(when.getTime()) ? '' : when.toLocaleString('vi-VN')}). Khôi phục để soạn tiếp?`),
    h('button', { type: 'button', 'data-chibo': 'restore', onclick: () => restore(draft) }, 'Khôi phục bản nháp'),
    ' ',
    h('button', { type: 'button', onclick: () => { localStorage.removeItem(DRAFT_KEY); hideDraftOffer(); } }, 'Bỏ bản nháp'));
  offer.hidden = false;
}

function hideDraftOffer(): void {
  byId('draft').hidden = true;
}

function restore(draft: Draft): void {
  record = RecordDocument.open(new TextEncoder().encode(draft.text));
  fileName = draft.name;
  savedText = draft.saved;
  hideDraftOffer();
  changed(undefined, true);
}

// ---- wiring

const openInput = byId<HTMLInputElement>('open');
openInput.addEventListener('change', () => {
  const file = openInput.files?.[0];
  if (file) void openRecord(file).finally(() => (openInput.value = ''));
});
const rubricInput = byId<HTMLInputElement>('open-rubric');
rubricInput.addEventListener('change', () => {
  const file = rubricInput.files?.[0];
  if (file) void openRubric(file).finally(() => (rubricInput.value = ''));
});
byId('save').addEventListener('click', save);
byId('print-button').addEventListener('click', () => window.print());
byId('new').addEventListener('click', newRecord);

document.addEventListener('dragover', (e) => {
  if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
});
document.addEventListener('drop', (e) => {
  const file = e.dataTransfer?.files[0];
  if (!file) return;
  e.preventDefault();
  if (/\.ya?ml$/i.test(file.name)) void openRecord(file);
  else window.alert(`Tệp ${file.name} không phải biên bản (.yaml hoặc .yml).`);
});
window.addEventListener('beforeunload', (e) => {
  if (record.text() !== savedText) {
    e.preventDefault();
    e.returnValue = '';
  }
});

refresh(undefined, true);
offerDraft();
