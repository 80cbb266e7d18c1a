// Which files `check` reads (cli.md, "Which files check reads"). I/O lives here.
import { lstatSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { Buffer } from 'node:buffer';
import path from 'node:path';

export interface Target {
  /** The path as reached (not through realpath), absolute. */
  absolute: string;
  /** Not a regular file: reported as file-unreadable. */
  special: boolean;
}

/**
 * An argument that names nothing, or a folder that cannot be read (`arg` is then that folder,
 * absolute, and `code` the system's error): its records would silently go unchecked.
 */
export type PathError = { arg: string; reason: 'not-found' | 'no-match' } | { arg: string; reason: 'unreadable'; code: string };

/** Whether a path met inside a folder or a glob is to be skipped (named paths never are). */
export type Ignored = (absolute: string, isDir: boolean) => boolean;

const RECORD_EXT = /\.ya?ml$/i;

const statOrNull = (p: string): Stats | null => {
  try {
    return statSync(p);
  } catch {
    return null;
  }
};

const lstatOrNull = (p: string): Stats | null => {
  try {
    return lstatSync(p);
  } catch {
    return null;
  }
};

/** Sorted by their paths relative to `base`, each computed once. */
function byRelative<T>(base: string, items: readonly T[], pathOf: (item: T) => string): T[] {
  return items
    .map((item) => ({ item, key: path.relative(base, pathOf(item)) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((x) => x.item);
}

/** A path through its links, or as given when it cannot be resolved. */
function realOrAsGiven(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

/**
 * The files to check, in order, each once. A province's year is a hundred thousand files: each
 * path is kept as UTF-8 in one buffer, not as a string and an object of the heap's (the walk's
 * survivors made the main thread's heap grow by some 50 MB, which it kept through the checking).
 * A file is told apart from those in already by its real path, through a hash table of typed
 * arrays. `at` makes a `Target` when asked.
 */
export class TargetList {
  private bytes = Buffer.allocUnsafe(1 << 16);
  private used = 0;
  private ends = new Uint32Array(256);
  private hashes = new Uint32Array(256);
  /** Target indices + 1 by hash, open addressing; 0 is an empty slot. */
  private slots = new Int32Array(512);
  private count = 0;
  // Few or none: paths with a UTF-16 surrogate (which UTF-8 might not give back as it was), real
  // paths that are not the path itself (files through a link) and files that are not regular.
  private readonly unusual = new Map<number, string>();
  private readonly keys = new Map<number, string>();
  private readonly specials = new Set<number>();

  get length(): number {
    return this.count;
  }

  /** The i-th file's path as reached (not through realpath), absolute. */
  absolute(i: number): string {
    return this.unusual.get(i) ?? this.bytes.toString('utf8', i === 0 ? 0 : this.ends[i - 1]!, this.ends[i]!);
  }

  at(i: number): Target {
    return { absolute: this.absolute(i), special: this.specials.has(i) };
  }

  /** Adds a file, unless one with the same real path (`key`) is in already. */
  add(absolute: string, special: boolean, key = absolute): void {
    const hash = hashOf(key);
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (let at = this.slots[slot]!; at !== 0; at = this.slots[(slot = (slot + 1) & mask)]!) {
      if (this.hashes[at - 1] === hash && (this.keys.get(at - 1) ?? this.absolute(at - 1)) === key) return;
    }
    const i = this.count++;
    if (i === this.ends.length) [this.ends, this.hashes] = [grown(this.ends), grown(this.hashes)];
    if (SURROGATE.test(absolute)) this.unusual.set(i, absolute);
    else {
      if (this.used + absolute.length * 3 > this.bytes.length) {
        const bytes = Buffer.allocUnsafe(Math.max(this.bytes.length * 2, this.used + absolute.length * 3));
        this.bytes.copy(bytes, 0, 0, this.used);
        this.bytes = bytes;
      }
      this.used += this.bytes.write(absolute, this.used);
    }
    this.ends[i] = this.used;
    this.hashes[i] = hash;
    if (key !== absolute) this.keys.set(i, key);
    if (special) this.specials.add(i);
    this.slots[slot] = i + 1;
    if (this.count * 2 > this.slots.length) this.rehash();
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    const mask = this.slots.length - 1;
    for (let i = 0; i < this.count; i++) {
      let slot = this.hashes[i]! & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = i + 1;
    }
  }
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** FNV-1a over UTF-16 code units. */
function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const grown = (a: Uint32Array<ArrayBuffer>): Uint32Array<ArrayBuffer> => {
  const b = new Uint32Array(a.length * 2);
  b.set(a);
  return b;
};

/**
 * Adds the records below a folder to `into`, in the order of their paths: `*.yaml`/`*.yml`, no dot
 * folders, no node_modules, no link loops; and the folders that could not be read to `errors`.
 * The entries of each folder are sorted by name, a folder's with the separator after it: every
 * path below a folder starts with that, so going down in this order gives the files in the order
 * of their whole paths (as sorting them would) without holding them all to sort them.
 */
function walk(root: string, ignored: Ignored, into: TargetList, errors: PathError[], added: () => void): void {
  const seenDirs = new Set<string>();
  const unreadable = (dir: string, e: unknown) => errors.push({ arg: dir, reason: 'unreadable', code: (e as NodeJS.ErrnoException).code ?? 'EIO' });
  const visit = (dir: string) => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch (e) {
      return unreadable(dir, e);
    }
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      return unreadable(dir, e);
    }
    // Paths are joined by hand: `path.join` would normalise what is already normal.
    const prefix = dir.endsWith(path.sep) ? dir : dir + path.sep;
    const realPrefix = real === dir ? prefix : real.endsWith(path.sep) ? real : real + path.sep;
    const kept: { order: string; name: string; full: string; isDir: boolean; link: boolean }[] = [];
    for (const entry of entries) {
      const { name } = entry;
      if (name.startsWith('.') || name === 'node_modules') continue;
      const full = prefix + name;
      const stats = entry.isSymbolicLink() ? statOrNull(full) : null;
      const isDir = entry.isDirectory() || stats?.isDirectory() === true;
      const isRecord = !isDir && (entry.isFile() || stats?.isFile() === true) && RECORD_EXT.test(name);
      if ((isDir || isRecord) && !ignored(full, isDir)) kept.push({ order: isDir ? name + path.sep : name, name, full, isDir, link: stats !== null });
    }
    kept.sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));
    for (const { name, full, isDir, link } of kept) {
      if (isDir) visit(full);
      // A file that is not a link is where its folder really is: no need to resolve it again.
      else {
        into.add(full, false, link ? realOrAsGiven(full) : realPrefix === prefix ? full : realPrefix + name);
        added();
      }
    }
  };
  visit(root);
}

/**
 * Expands arguments into the files to check, in argument order, each file once.
 * `ignored` says whether a path found inside a folder or glob is to be skipped; `many`, what to
 * start once that many files are found (a file met again is not counted).
 */
export async function collectTargets(
  args: readonly string[],
  cwd: string,
  ignored: Ignored = () => false,
  many?: ManyFiles,
): Promise<{ targets: TargetList; errors: PathError[] }> {
  const targets = new TargetList();
  const errors: PathError[] = [];
  // Loaded only when an argument is a glob.
  let globber: typeof import('tinyglobby') | undefined;
  let reached = false;
  const added = () => {
    if (!reached && targets.length === many?.count) {
      reached = true;
      many.reached();
    }
  };
  const add = (absolute: string, special: boolean) => {
    targets.add(absolute, special, realOrAsGiven(absolute));
    added();
  };

  for (const arg of args) {
    const absolute = path.resolve(cwd, arg);
    const stats = statOrNull(absolute);
    if (stats?.isDirectory()) {
      walk(absolute, ignored, targets, errors, added);
    } else if (stats) {
      add(absolute, !stats.isFile());
    } else if (lstatOrNull(absolute)) {
      // A link that loops or leads nowhere: reading it reports why.
      add(absolute, false);
    } else if ((globber ??= await import('tinyglobby')).isDynamicPattern(arg)) {
      const { glob } = globber;
      const matches = byRelative(
        cwd,
        (await glob([arg], { cwd, absolute: true, onlyFiles: true, followSymbolicLinks: true, expandDirectories: false }))
          .map((m) => path.normalize(m))
          .filter((m) => !ignored(m, false) && statOrNull(m)?.isFile()),
        (m) => m,
      );
      if (matches.length === 0) errors.push({ arg, reason: 'no-match' });
      for (const m of matches) add(m, false);
    } else {
      errors.push({ arg, reason: 'not-found' });
    }
  }
  return { targets, errors };
}

/** What to do once the files found are that many, while the rest are still looked for. */
export interface ManyFiles {
  count: number;
  reached: () => void;
}

/** `path.relative` with `/` separators: how reports name a file. */
export function displayPath(absolute: string, cwd: string): string {
  // A batch names many files of one folder in a row: the folder's part is worked out once, and
  // the file's name put after it. Only for a plain name (not empty, `.` or `..`) in a folder
  // written plainly (normalized) that is not a root (a file at the root has the root itself for
  // its folder, not the text before the name's separator), and not when the working folder is in
  // that folder (`..` only): it might then be in the file's path, or be that path.
  const cut = absolute.lastIndexOf(path.sep);
  const name = absolute.slice(cut + 1);
  if (cut <= 0 || name === '' || name === '.' || name === '..') return shownRelative(absolute, cwd);
  const dir = absolute.slice(0, cut);
  if (dir !== lastFolder.dir || cwd !== lastFolder.cwd) {
    const plain = path.normalize(dir) === dir && path.dirname(dir) !== dir;
    const shown = plain ? shownRelative(dir, cwd) : '..';
    lastFolder = { dir, cwd, shown: UP_ONLY.test(shown) ? null : shown };
  }
  const { shown } = lastFolder;
  return shown === null ? shownRelative(absolute, cwd) : shown === '' ? name : `${shown}/${name}`;
}

const shownRelative = (absolute: string, cwd: string) => path.relative(cwd, absolute).split(path.sep).join('/');
const UP_ONLY = /^\.\.(?:\/\.\.)*$/;
/** The folder `displayPath` named last, and how (null: each file of it is worked out whole). */
let lastFolder: { dir: string; cwd: string; shown: string | null } = { dir: '', cwd: '', shown: null };
