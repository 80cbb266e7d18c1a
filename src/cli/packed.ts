// A batch's results as it keeps them until the report is written: packed in chunks, a few bytes a
// record outside the chunks. No object is kept per record: per-record numbers are typed arrays,
// and a record's file, meeting, anchors and result are JSON texts, deflated with those of the
// other records of its chunk. The meetings are read back all together, for the cross-record rules
// and the facts from other records, and the results one by one, for the report. A batch whose
// only report is JSON keeps each record's text in that report instead of its result: the report
// is then written from those texts, with no result read back; `chibo summary` keeps what the
// summary reads, and `chibo report` that beside the problems its page lists (see `Kept`).
import type * as Zlib from 'node:zlib';
import type { BatchEntry } from '../check.js';
import { ACROSS_FACT_IDS, ACROSS_FACT_TYPES, FACT_IDS, NO_FACTS, type Facts, type FactValue } from '../core/facts.js';
import type { AcrossFacts } from '../facts/facts.js';
import type { Lang } from '../core/lang.js';
import { listed, type ListedProblem, type Problem } from '../core/problem.js';
import { RATING_IDS, type RatingId } from '../core/rating.js';
import type { Anchors, MeetingInfo } from '../facts/meeting.js';
import { recordText } from '../report/json.js';
import type { Rubric } from '../rubric/rubric.js';
import { renderProblem } from '../rules/index.js';
import { errorsOnly, type RecordResult } from '../score/result.js';
import { summaryItem, type SummaryItem } from '../score/summary.js';
import type { Score } from '../score/score.js';

/** node:zlib, for chunks of more than one result (see load/on-demand.ts for `require`). */
const zlib = () => require('node:zlib') as typeof Zlib;

/**
 * What a batch keeps of each record: its result (for any report); its text in the JSON report,
 * with every problem or with errors only (`--quiet`), when that is the one report to write; what
 * `chibo summary` reads of it (`KeptSummary`); or, for `chibo report`, both that and its problems
 * as the page lists them (`ListedProblem`), two texts of which the page reads the second only of a
 * record with problems.
 */
export type Kept = 'results' | 'json' | 'json-errors' | 'summary' | 'report';

/** How many texts a chunk keeps of each record. */
const textsPerRecord = (kept: Kept) => (kept === 'report' ? 2 : 1);

/** Where a record says which rubric it uses, when that rubric cannot be loaded, and the message: for stderr. */
export interface UnavailableAt {
  line: number | null;
  column: number | null;
  message: string;
}

/** A result's rubric-unavailable problems, as stderr tells them. */
export const unavailableAt = (r: RecordResult): UnavailableAt[] =>
  r.problems.filter((p) => p.rule === 'rubric-unavailable').map(({ line, column, message }) => ({ line, column, message }));

/**
 * What a batch that is only summarized keeps of a record: its summary item, without what the
 * chunk keeps anyway (file and meeting in the entries, errors and rubric key in the typed arrays)
 * and with its criteria as [id, short] (names come back from the rubric, as in `result`), and its
 * rubric-unavailable problems.
 */
interface KeptSummary {
  item: Omit<SummaryItem, 'file' | 'meeting' | 'errors' | 'rubricKey' | 'criteria'> & { criteria: [id: string, short: boolean][] };
  unavailable: UnavailableAt[];
}

/** The criteria of the rubric that scored a record of this kind (by its key), to name them again. */
const criteriaOf = (rubrics: ReadonlyMap<string, Rubric>, rubricKey: string | null, kind: RecordResult['kind']) =>
  (kind && rubricKey ? rubrics.get(rubricKey)?.kinds[kind]?.criteria : undefined) ?? [];

/**
 * The results of a chunk of records, packed; what a worker thread posts back. Texts of more than
 * one record are deflated (records are much alike: a fifth of the size or less) once the batch
 * holds `RAW_BUDGET` bytes of texts as they are; a chunk of one record keeps them as they are, so
 * that a run on one file never loads node:zlib.
 */
export interface PackedChunk {
  count: number;
  kept: Kept;
  /** Whether `results`, `entries` and `anchors` are deflated. */
  deflated: boolean;
  /**
   * The results' JSON texts, one after another, without file, meeting and anchors; or their texts
   * in the JSON report (none for a deferred record); or what the summary reads of them, each
   * followed by its listed problems when both are kept.
   */
  results: Uint8Array | string;
  /** Where each text ends in `results`, in bytes of UTF-8 (characters when a string). */
  ends: Uint32Array;
  /** The records' files and meetings, a JSON list of [file, meeting] pairs. */
  entries: Uint8Array | string;
  /** The records' anchors, a JSON list of `PackedAnchor` lists. */
  anchors: Uint8Array | string;
  errors: Uint32Array;
  warnings: Uint32Array;
  /** The rating (its place in RATING_IDS + 1, 0 for none), DEFERRED, GUESSED and RUBRIC_UNAVAILABLE. */
  marks: Uint8Array;
  /**
   * The facts from other records each GUESSED record was scored with (`RecordResult.guessed`), in
   * ACROSS_FACT_IDS order, one after another (see `packAcross`); empty when none was.
   */
  guesses: Float64Array;
  /** The keys of the rubrics that scored the chunk's records (`LoadedRubric.key`). */
  rubricKeys: string[];
  /** Each record's rubric: its place in `rubricKeys` + 1, 0 for none. */
  rubricOf: Uint16Array;
}

/** A mark's bits for the rating. */
const RATING = 0b111;
/** Described, not scored, in the first pass: checked again in the second (`RecordResult.deferred`). */
const DEFERRED = 0b1000;
/** The record names a rubric that cannot be loaded (chibo then exits 2). */
const RUBRIC_UNAVAILABLE = 0b10000;
/** Scored in the first pass with guessed facts from other records (`RecordResult.guessed`). */
const GUESSED = 0b100000;

/** Facts from other records as numbers (see `PackedChunk.guesses`): true 1, false 0, null NaN. */
const packAcross = (facts: AcrossFacts): number[] => ACROSS_FACT_IDS.map((id) => (facts[id] === null ? NaN : Number(facts[id])));
const unpackAcross = (numbers: ArrayLike<number>): AcrossFacts =>
  Object.fromEntries(ACROSS_FACT_IDS.map((id, k) => {
    const n = numbers[k]!;
    return [id, Number.isNaN(n) ? null : ACROSS_FACT_TYPES[id] === 'boolean' ? n === 1 : n];
  })) as AcrossFacts;

/** A problem whose message its data renders: its fields in the order of `Problem`, less the message. */
type PackedProblem = [rule: string, severity: Problem['severity'], path: string | null, line: number | null, column: number | null, endLine: number | null, endColumn: number | null, data: unknown];
type PackedAnchor = [path: string, line: number, column: number, endLine: number, endColumn: number];
type PackedCriterion = [id: string, ceiling: number, claimed: number | null, score: number];
/** A result as packed: whole again but for the scores of single items and levels, its file and meeting. */
type PackedResult = Omit<RecordResult, 'file' | 'meeting' | 'rubricKey' | 'facts' | 'score' | 'problems' | 'anchors' | 'guessed'> & {
  problems: (Problem | PackedProblem)[];
  facts: FactValue[] | null;
  score: (Omit<Score, 'criteria' | 'levels'> & { criteria: PackedCriterion[] }) | null;
};

/**
 * A problem without its message when the message can be rendered again, the same, from its data
 * as unpacked: messages are most of a result's bytes, and most results wait for the report.
 */
function packProblem(p: Problem, lang: Lang): Problem | PackedProblem {
  if (p.data === undefined) return p;
  try {
    const data: unknown = JSON.parse(JSON.stringify(p.data));
    if (renderProblem({ rule: p.rule, data }, lang) !== p.message) return p;
  } catch {
    return p;
  }
  return [p.rule, p.severity, p.path, p.line, p.column, p.endLine, p.endColumn, p.data];
}

/** Deflated, in a copy of its own (to be posted whole). */
const deflate = (text: string | Uint8Array): Uint8Array => new Uint8Array(zlib().deflateRawSync(text, { level: 1 }));

/**
 * How many bytes of texts a batch keeps as they are before it deflates the texts of its next
 * chunks: deflating them, and inflating them again for the report, took about 2 % of the work on
 * a record, and a batch of up to some 15,000 records keeps all of its JSON report in this much
 * (about 3.4 KB a record).
 */
export const RAW_BUDGET = 48 << 20;

/** The bytes a chunk keeps of its texts (characters, for a chunk of one record). */
export const textBytes = (c: PackedChunk): number => c.results.length + c.entries.length + c.anchors.length;

/** A text of a chunk of several records, as UTF-8: inflated, or a view of the bytes kept. */
const unpackBytes = (c: PackedChunk, packed: Uint8Array): Buffer =>
  c.deflated ? zlib().inflateRawSync(packed) : Buffer.from(packed.buffer, packed.byteOffset, packed.byteLength);

const unpackText = (c: PackedChunk, packed: Uint8Array | string): string => (typeof packed === 'string' ? packed : unpackBytes(c, packed).toString('utf8'));

/**
 * Texts written one after another as UTF-8, into a buffer kept from chunk to chunk: the texts of a
 * chunk are never joined into one string, nor measured apart from being written.
 */
class Written {
  private static readonly SIZE = 1 << 18;
  private static buffer = Buffer.allocUnsafe(Written.SIZE);
  private length = 0;

  constructor() {
    // A chunk of very large texts made it larger: it is not kept so for the rest of the batch.
    if (Written.buffer.length > 16 * Written.SIZE) Written.buffer = Buffer.allocUnsafe(Written.SIZE);
  }

  /** Writes a text after the others; gives where it ends. */
  add(text: string): number {
    // A character of a JavaScript string is at most 3 bytes of UTF-8.
    const needed = this.length + text.length * 3;
    if (needed > Written.buffer.length) {
      const larger = Buffer.allocUnsafe(Math.max(needed, Written.buffer.length * 2));
      Written.buffer.copy(larger, 0, 0, this.length);
      Written.buffer = larger;
    }
    this.length += Written.buffer.write(text, this.length);
    return this.length;
  }

  /** The texts written (a view of the shared buffer, valid until the next chunk is written). */
  bytes(): Buffer {
    return Written.buffer.subarray(0, this.length);
  }
}

/** A result as packed (see `PackedResult`). */
function resultText(r: RecordResult, lang: Lang): string {
  // Dropped: the scores of items and the account of each level, which no report shows, and
  // what the rubric says again (criterion names and maxima). Facts are a list in FACT_IDS order;
  // most problems are lists too (see packProblem).
  return JSON.stringify({
    ...r,
    file: null,
    meeting: null,
    rubricKey: null,
    anchors: null,
    guessed: undefined,
    problems: r.problems.map((p) => packProblem(p, lang)),
    facts: r.facts && FACT_IDS.map((id) => r.facts![id]),
    score: r.score && { ...r.score, levels: undefined, criteria: r.score.criteria.map((c) => [c.id, c.ceiling, c.claimed, c.score]) },
  });
}

/** What the summary reads of a record, as a chunk keeps it (`KeptSummary`). */
function summaryText(r: RecordResult): string {
  const { file, meeting, errors, rubricKey, criteria, ...item } = summaryItem(r);
  return JSON.stringify({ item: { ...item, criteria: criteria.map((c) => [c.id, c.short]) }, unavailable: unavailableAt(r) } satisfies KeptSummary);
}

/** A record's problems as the page of `chibo report` lists them, a JSON list ('' for none). */
const listedText = (r: RecordResult): string => (r.problems.length === 0 ? '' : JSON.stringify(r.problems.map(listed)));

/**
 * A record's texts as a chunk keeps them (`textsPerRecord`). A deferred record is checked again:
 * its texts for a report would be thrown away.
 */
function keptTexts(r: RecordResult, lang: Lang, kept: Kept): string[] {
  if (kept === 'results') return [resultText(r, lang)];
  if (r.deferred) return Array.from({ length: textsPerRecord(kept) }, () => '');
  if (kept === 'summary') return [summaryText(r)];
  if (kept === 'report') return [summaryText(r), listedText(r)];
  return [recordText(kept === 'json-errors' ? errorsOnly(r) : r, lang)];
}

/**
 * Packs a chunk of results, kept as `kept` says. `results` is taken one at a time (pass a lazy
 * iterable): each result is packed before the next is made, so that none outlives its record's
 * check. Results kept for a whole chunk would live long enough to reach the old generation of the
 * thread's heap, which then grows by tens of megabytes between collections.
 */
export function packChunk(results: Iterable<RecordResult>, lang: Lang, kept: Kept = 'results', deflateTexts = true): PackedChunk {
  // A chunk of one record keeps its texts as one string (see `PackedChunk`).
  let first = '';
  const firstEnds: number[] = [];
  let count = 0;
  const written = new Written();
  const entries: [string, MeetingInfo | null][] = [];
  const anchors: PackedAnchor[][] = [];
  const counts: { errors: number; warnings: number; marks: number; rubric: number }[] = [];
  const rubricKeys: string[] = [];
  const ends: number[] = [];
  const guesses: number[] = [];
  for (const r of results) {
    for (const text of keptTexts(r, lang, kept)) {
      if (count === 0) firstEnds.push((first += text).length);
      ends.push(written.add(text));
    }
    count++;
    entries.push([r.file, r.meeting]);
    anchors.push(Object.entries(r.anchors).map(([path, at]): PackedAnchor => [path, at.line, at.column, at.endLine, at.endColumn]));
    let errors = 0;
    let warnings = 0;
    let marks = r.score ? RATING_IDS.indexOf(r.score.rating) + 1 : 0;
    for (const p of r.problems) {
      if (p.severity === 'error') errors++;
      else warnings++;
      if (p.rule === 'rubric-unavailable') marks |= RUBRIC_UNAVAILABLE;
    }
    if (r.deferred) marks |= DEFERRED;
    if (r.guessed) {
      marks |= GUESSED;
      guesses.push(...packAcross(r.guessed));
    }
    let rubric = 0;
    if (r.rubricKey !== null) {
      const at = rubricKeys.indexOf(r.rubricKey);
      rubric = at < 0 ? rubricKeys.push(r.rubricKey) : at + 1;
    }
    counts.push({ errors, warnings, marks, rubric });
  }
  const deflated = deflateTexts && count > 1;
  // A text of several records, in a copy of its own (to be posted whole): deflated, or its UTF-8
  // bytes; a chunk of one record keeps the text itself.
  const pack = (text: string | Uint8Array): Uint8Array => (deflated ? deflate(text) : typeof text === 'string' ? new TextEncoder().encode(text) : new Uint8Array(text));
  const packText = (text: string): Uint8Array | string => (count === 1 ? text : pack(text));
  return {
    count,
    kept,
    deflated,
    results: count === 1 ? first : pack(written.bytes()),
    ends: Uint32Array.from(count === 1 ? firstEnds : ends),
    entries: packText(JSON.stringify(entries)),
    anchors: packText(JSON.stringify(anchors)),
    errors: Uint32Array.from(counts, (c) => c.errors),
    warnings: Uint32Array.from(counts, (c) => c.warnings),
    marks: Uint8Array.from(counts, (c) => c.marks),
    guesses: Float64Array.from(guesses),
    rubricKeys,
    rubricOf: Uint16Array.from(counts, (c) => c.rubric),
  };
}

/** The buffers of a chunk's typed arrays, to be moved, not copied, to another thread. */
export const transferList = (c: PackedChunk): ArrayBuffer[] =>
  [c.results, c.ends, c.entries, c.anchors, c.errors, c.warnings, c.marks, c.guesses, c.rubricOf].flatMap((a) => (typeof a === 'string' ? [] : [a.buffer as ArrayBuffer]));

/** A chunk being read: its texts unpacked, its anchors once asked for. */
interface OpenChunk {
  chunk: PackedChunk;
  results: Buffer | string;
  anchors?: PackedAnchor[][];
}

/**
 * The results of a batch, each record at its place in the batch: the chunk that holds it, and its
 * place in that chunk.
 */
export class PackedResults {
  private readonly chunks: PackedChunk[] = [];
  private readonly chunkOf: Uint32Array;
  private readonly slot: Uint16Array;

  constructor(readonly size: number) {
    this.chunkOf = new Uint32Array(size);
    this.slot = new Uint16Array(size);
  }

  /** Puts the records of a chunk at their places in the batch: the k-th at `place(k)`. */
  put(chunk: PackedChunk, place: (k: number) => number): void {
    const id = this.chunks.push(chunk) - 1;
    for (let k = 0; k < chunk.count; k++) {
      const i = place(k);
      this.chunkOf[i] = id;
      this.slot[i] = k;
    }
  }

  private at(i: number): [PackedChunk, number] {
    return [this.chunks[this.chunkOf[i]!]!, this.slot[i]!];
  }

  errors(i: number): number {
    const [c, k] = this.at(i);
    return c.errors[k]!;
  }

  warnings(i: number): number {
    const [c, k] = this.at(i);
    return c.warnings[k]!;
  }

  rating(i: number): RatingId | null {
    const [c, k] = this.at(i);
    return RATING_IDS[(c.marks[k]! & RATING) - 1] ?? null;
  }

  deferred(i: number): boolean {
    const [c, k] = this.at(i);
    return (c.marks[k]! & DEFERRED) !== 0;
  }

  /** The facts from other records the i-th record was scored with in the first pass, if guessed. */
  guessed(i: number): AcrossFacts | undefined {
    const [c, k] = this.at(i);
    if ((c.marks[k]! & GUESSED) === 0) return undefined;
    // The chunk's guesses are those of its GUESSED records, in order.
    let before = 0;
    for (let j = 0; j < k; j++) if ((c.marks[j]! & GUESSED) !== 0) before++;
    const width = ACROSS_FACT_IDS.length;
    return unpackAcross(c.guesses.subarray(before * width, (before + 1) * width));
  }

  /** Whether a record waits for the second pass: deferred, or scored with guessed facts. */
  get waiting(): boolean {
    return this.anyMarked(DEFERRED | GUESSED);
  }

  /** Whether any record's mark has one of these bits. */
  private anyMarked(bits: number): boolean {
    for (let i = 0; i < this.size; i++) {
      const [c, k] = this.at(i);
      if ((c.marks[k]! & bits) !== 0) return true;
    }
    return false;
  }

  rubricKey(i: number): string | null {
    const [c, k] = this.at(i);
    return c.rubricKeys[c.rubricOf[k]! - 1] ?? null;
  }

  /** Whether a record could not use the rubric it names. */
  get rubricUnavailable(): boolean {
    return this.anyMarked(RUBRIC_UNAVAILABLE);
  }

  /**
   * Every record's file, meeting and rubric, read back from the chunks one at a time, in input
   * order: for the rules and facts across records, which keep what they need of them.
   */
  *entries(): Generator<BatchEntry> {
    for (let i = 0; i < this.size; i++) {
      const [c, k] = this.at(i);
      const [file, meeting] = this.entriesOf(c)[k]!;
      yield { file, meeting, rubricKey: this.rubricKey(i) };
    }
  }

  // The files and meetings of the two chunks read last. Records are read in order, chunk after
  // chunk; in a batch checked in two passes, those of the second are in chunks of their own.
  private recentEntries: { chunk: PackedChunk; list: [string, MeetingInfo | null][] }[] = [];

  private entriesOf(c: PackedChunk): [string, MeetingInfo | null][] {
    const [last, before] = this.recentEntries;
    if (last?.chunk === c) return last.list;
    const read = before?.chunk === c ? before : { chunk: c, list: JSON.parse(unpackText(c, c.entries)) as [string, MeetingInfo | null][] };
    this.recentEntries = last ? [read, last] : [read];
    return read.list;
  }

  // Results are read in order, chunk after chunk: the last chunk's texts are kept, its anchors
  // read when first asked for.
  private last: OpenChunk | undefined;

  /** A chunk with its texts unpacked. */
  private open(c: PackedChunk): OpenChunk {
    if (this.last?.chunk !== c) this.last = { chunk: c, results: typeof c.results === 'string' ? c.results : unpackBytes(c, c.results) };
    return this.last;
  }

  /**
   * The i-th record's chunk, unpacked, its place there and its text (its UTF-8 bytes, from a chunk
   * of several): the first it keeps, or the second (`part`).
   */
  private read(i: number, part = 0): [OpenChunk, number, string | Buffer] {
    const [c, k] = this.at(i);
    const last = this.open(c);
    const n = k * textsPerRecord(c.kept) + part;
    const start = n === 0 ? 0 : c.ends[n - 1]!;
    const source = last.results;
    return [last, k, typeof source === 'string' ? source.slice(start, c.ends[n]) : source.subarray(start, c.ends[n])];
  }

  /** The i-th record's anchors. */
  anchors(i: number): Anchors {
    const [c, k] = this.at(i);
    const last = this.open(c);
    last.anchors ??= JSON.parse(unpackText(c, c.anchors)) as PackedAnchor[][];
    return Object.fromEntries(last.anchors[k]!.map(([path, line, column, endLine, endColumn]) => [path, { line, column, endLine, endColumn }]));
  }

  /**
   * What the summary reads of the i-th record, from a batch that kept that (`Kept`), with the
   * record's own errors, and its rubric-unavailable problems.
   */
  summaryItem(i: number, rubrics: ReadonlyMap<string, Rubric>): { item: SummaryItem; unavailable: UnavailableAt[] } {
    const [last, k, text] = this.read(i);
    if (last.chunk.kept !== 'summary' && last.chunk.kept !== 'report') throw new Error('the batch did not keep summary items');
    const { item, unavailable } = JSON.parse(text.toString()) as KeptSummary;
    const [file, meeting] = this.entriesOf(last.chunk)[k]!;
    const rubricKey = this.rubricKey(i);
    const named = criteriaOf(rubrics, rubricKey, item.kind);
    const criteria = item.criteria.map(([id, short]) => ({ id, name: named.find((c) => c.id === id)?.name ?? '', short }));
    return { item: { file, meeting, ...item, rubricKey, errors: this.errors(i), criteria }, unavailable };
  }

  /** The i-th record's text in the JSON report, from a batch that kept those (`Kept`): a string, or its UTF-8 bytes. */
  jsonText(i: number): string | Buffer {
    const [last, , text] = this.read(i);
    if (last.chunk.kept !== 'json' && last.chunk.kept !== 'json-errors') throw new Error('the batch did not keep the JSON report');
    return text;
  }

  /** The i-th record's own problems as the page of `chibo report` lists them, from a batch that kept them (`Kept`). */
  listedProblems(i: number): ListedProblem[] {
    if (this.at(i)[0].kept !== 'report') throw new Error('the batch did not keep the listed problems');
    const [, , text] = this.read(i, 1);
    return text.length === 0 ? [] : (JSON.parse(text.toString()) as ListedProblem[]);
  }

  /**
   * The i-th result, whole again but for the scores of single items and levels
   * (`criteria[].items`, `levels` empty) and its anchors (empty: `anchors(i)` reads them, for the
   * few records the cross-record rules give problems); criterion names, maxima and roles come back
   * from the rubric that scored it, found by its key.
   */
  result(i: number, rubrics: ReadonlyMap<string, Rubric>, lang: Lang): RecordResult {
    const [c] = this.at(i);
    if (c.kept !== 'results') throw new Error('the batch did not keep results');
    const [last, k, text] = this.read(i);
    const r = JSON.parse(text.toString()) as PackedResult;
    const [file, meeting] = this.entriesOf(last.chunk)[k]!;
    const rubricKey = this.rubricKey(i);
    const problems = r.problems.map((x): Problem => {
      if (!Array.isArray(x)) return x;
      const [rule, severity, path, line, column, endLine, endColumn, data] = x;
      return { rule, severity, path, line, column, endLine, endColumn, message: renderProblem({ rule, data }, lang), data };
    });
    let facts: Facts | null = null;
    if (r.facts) {
      const values: Record<string, FactValue> = { ...NO_FACTS };
      FACT_IDS.forEach((id, n) => (values[id] = r.facts![n] ?? null));
      facts = values as Facts;
    }
    let score: Score | null = null;
    if (r.score) {
      const criteria = criteriaOf(rubrics, rubricKey, r.kind);
      score = {
        ...r.score,
        levels: [],
        criteria: r.score.criteria.map(([id, ceiling, claimed, value]) => {
          const found = criteria.find((x) => x.id === id);
          return { id, name: found?.name ?? '', max: found?.max ?? 0, role: found?.role ?? 'score', ceiling, claimed, score: value, items: [] };
        }),
      };
    }
    return { ...r, file, problems, facts, score, anchors: {}, meeting, rubricKey };
  }
}
