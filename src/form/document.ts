// The record being edited, as a YAML document: the form changes values in place, so comments,
// keys it does not show (`x-…` and any other) and the layout of an opened file are kept. A new
// record starts in the layout of `chibo init`: keys in the template's order, each with its comment.
import { Document, isMap, isScalar, isSeq, parseDocument, Scalar, YAMLMap, YAMLSeq, type Node } from 'yaml';
import type { Path } from '../core/path.js';
import { decode } from '../parse/source.js';
import { FLOW_MAPPINGS, KEY_ORDER, type RecordData } from './fields.js';

/** How a record is parsed here, as the checker parses it (parse/source.ts). */
const OPTIONS = { version: '1.2', schema: 'core', merge: false, uniqueKeys: true, prettyErrors: false } as const;

/** How a new value is written: a comment after it, a quoted string, a list or mapping on one line. */
export interface Style {
  comment?: string;
  quoted?: boolean;
  flow?: boolean;
}

const HEADER = ' Biên bản sinh hoạt chi bộ (định dạng chibo/v1). Kiểm tra bằng: chibo check <tệp>';

/** Where a key belongs among its siblings: the dotted key of its mapping, list indexes as `[]`. */
const parentKey = (path: Path) =>
  path.slice(0, -1).map((p) => (typeof p === 'number' ? '[]' : p)).join('.').replace(/\.\[\]/g, '[]');

export class RecordDocument {
  private constructor(
    /** The document, or null when the text is not YAML the form can edit (it is then kept as is). */
    private doc: Document | null,
    /** The opened file's bytes: checked and saved as they are until the form changes something. */
    private original: Uint8Array,
    private changed: boolean,
  ) {}

  /** A new, empty record in the template's layout. */
  static create(): RecordDocument {
    const doc = new Document(undefined, OPTIONS);
    doc.contents = new YAMLMap(doc.schema);
    const record = new RecordDocument(doc, new Uint8Array(), true);
    record.set(['format'], 'chibo/v1');
    ((doc.contents as YAMLMap).items[0]!.key as Node).commentBefore = HEADER;
    return record;
  }

  /** An opened record: kept byte for byte until the form changes something. */
  static open(bytes: Uint8Array): RecordDocument {
    const decoded = decode(bytes);
    const doc = 'rule' in decoded ? null : parseDocument(decoded.text, OPTIONS);
    const editable = doc !== null && doc.errors.length === 0 && (doc.contents === null || isMap(doc.contents));
    if (editable && doc.contents === null) (doc as Document).contents = new YAMLMap(doc.schema);
    return new RecordDocument(editable ? doc : null, bytes, false);
  }

  /** Whether the form can change this record (its text is YAML whose top is a mapping). */
  get editable(): boolean {
    return this.doc !== null;
  }

  /** The record's text, as the draft keeps it. */
  text(): string {
    return this.doc && this.changed ? this.doc.toString({ lineWidth: 0 }) : new TextDecoder().decode(this.original);
  }

  /** The record's bytes: what is checked and saved. */
  bytes(): Uint8Array {
    return this.doc && this.changed ? new TextEncoder().encode(this.text()) : this.original;
  }

  /** The record as plain data (empty when it cannot be edited). */
  data(): RecordData {
    const value: unknown = this.doc?.toJS();
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as RecordData) : {};
  }

  /** The value at `path`, or undefined. */
  get(path: Path): unknown {
    const node = this.doc?.getIn(path, true);
    return isScalar(node) ? node.value : node === undefined ? undefined : (node as Node).toJSON();
  }

  /** Sets the value at `path` (undefined removes it), creating mappings on the way in the template's order. */
  set(path: Path, value: unknown, style: Style = {}): void {
    const doc = this.doc;
    if (!doc) return;
    this.changed = true;
    if (value === undefined) {
      doc.deleteIn(path);
      this.prune(path.slice(0, -1));
      return;
    }
    const parent = this.mapping(path.slice(0, -1));
    const key = path[path.length - 1]!;
    if (isSeq(parent)) {
      const current = parent.get(key as number, true);
      if (isScalar(current) && (isScalar(value) || typeof value !== 'object')) current.value = value;
      else parent.set(key as number, this.node(value, style));
      return;
    }
    const current = parent.get(key, true);
    if (isScalar(current) && typeof value !== 'object') {
      if (typeof current.value !== typeof value || style.quoted) current.type = style.quoted ? Scalar.QUOTE_DOUBLE : undefined;
      current.value = value;
      return;
    }
    // Comments go after a value on its line; inside a mapping written on one line there are none.
    const node = this.node(value, parent.flow ? { ...style, comment: undefined } : style);
    if (current !== undefined) {
      parent.set(key, node);
      return;
    }
    this.insert(parent, parentKey(path), String(key), node);
  }

  /** Adds an entry at the end of the list at `path`, creating the list when it is missing. */
  push(path: Path, value: unknown, list: Style, item: Style): void {
    if (!this.doc) return;
    let seq = this.doc.getIn(path, true);
    if (!isSeq(seq)) {
      this.set(path, [], list);
      seq = this.doc.getIn(path, true);
    }
    this.changed = true;
    (seq as YAMLSeq).add(this.node(value, item));
  }

  /** Removes entry `index` of the list at `path`. */
  remove(path: Path, index: number): void {
    const seq = this.doc?.getIn(path, true);
    if (!isSeq(seq)) return;
    this.changed = true;
    seq.items.splice(index, 1);
  }

  /** Moves entry `index` of the list at `path` by `by` places. */
  move(path: Path, index: number, by: number): void {
    const seq = this.doc?.getIn(path, true);
    const to = index + by;
    if (!isSeq(seq) || to < 0 || to >= seq.items.length) return;
    this.changed = true;
    const [entry] = seq.items.splice(index, 1);
    seq.items.splice(to, 0, entry);
  }

  /** The keys of the top-level mapping, in the record's order. */
  keys(): string[] {
    const node = this.doc?.contents;
    return isMap(node) ? node.items.map((p) => String(isScalar(p.key) ? p.key.value : p.key)) : [];
  }

  private node(value: unknown, style: Style): Node {
    const doc = this.doc!;
    const node = doc.createNode(value) as Node;
    if (style.flow && (isMap(node) || isSeq(node))) node.flow = true;
    if (style.quoted && isScalar(node)) node.type = Scalar.QUOTE_DOUBLE;
    if (!style.comment) return node;
    // A list or mapping on several lines has its comment on the line above it.
    if ((isMap(node) || isSeq(node)) && !node.flow) node.commentBefore = ` ${style.comment}`;
    else node.comment = ` ${style.comment}`;
    return node;
  }

  /** The mapping (or list) at `path`, created in the template's order where missing. */
  private mapping(path: Path): YAMLMap | YAMLSeq {
    const doc = this.doc!;
    let node = doc.contents as YAMLMap;
    path.forEach((step, i) => {
      let next = node.get(step, true) as unknown;
      if (!isMap(next) && !isSeq(next)) {
        next = new YAMLMap(doc.schema);
        if (FLOW_MAPPINGS.includes(parentKey([...path.slice(0, i + 1), '']))) (next as YAMLMap).flow = true;
        if (node.has(step)) node.set(step, next);
        else this.insert(node, parentKey(path.slice(0, i + 1)), String(step), next as YAMLMap);
      }
      node = next as YAMLMap;
    });
    return node;
  }

  /** Adds `key` to a mapping before the first key that follows it in the template. */
  private insert(map: YAMLMap, parent: string, key: string, value: Node): void {
    const order = KEY_ORDER.get(parent) ?? [];
    const rank = order.indexOf(key);
    const pair = this.doc!.createPair(key, value);
    const at = rank < 0 ? -1 : map.items.findIndex((p) => order.indexOf(String(isScalar(p.key) ? p.key.value : p.key)) > rank);
    if (at < 0) map.items.push(pair);
    else map.items.splice(at, 0, pair);
  }

  /** Removes mappings left empty by a removal (never the record itself). */
  private prune(path: Path): void {
    for (let p = path; p.length > 0; p = p.slice(0, -1)) {
      const node = this.doc!.getIn(p, true);
      if (!isMap(node) || node.items.length > 0) return;
      this.doc!.deleteIn(p);
    }
  }
}
