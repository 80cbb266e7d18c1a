// Which files `check` reads (cli.md, "Which files check reads"). I/O lives here.
import { lstatSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
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

/** A record found in a folder, and its real path (which tells two ways to one file apart). */
interface Found {
  path: string;
  real: string;
}

/**
 * Records below a folder: `*.yaml`/`*.yml`, no dot folders, no node_modules, no link loops; and
 * the folders that could not be read.
 */
function walk(root: string, ignored: Ignored): { files: Found[]; errors: PathError[] } {
  const found: Found[] = [];
  const errors: PathError[] = [];
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
    // Paths are joined by hand: `path.join` would normalise what is already normal, and a folder
    // of a province's records holds a hundred thousand files (what a walk leaves behind, the
    // heap keeps for the rest of the run).
    const prefix = dir.endsWith(path.sep) ? dir : dir + path.sep;
    const realPrefix = real === dir ? prefix : real.endsWith(path.sep) ? real : real + path.sep;
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = prefix + entry.name;
      const stats = entry.isSymbolicLink() ? statOrNull(full) : null;
      const isDir = entry.isDirectory() || stats?.isDirectory() === true;
      const isFile = entry.isFile() || stats?.isFile();
      if (ignored(full, isDir)) continue;
      if (isDir) visit(full);
      // A file that is not a link is where its folder really is: no need to resolve it again.
      else if (isFile && RECORD_EXT.test(entry.name)) found.push({ path: full, real: stats ? realOrAsGiven(full) : realPrefix === prefix ? full : realPrefix + entry.name });
    }
  };
  visit(root);
  // Every path found starts with the folder's: ordered by the rest of it, as `byRelative` would.
  return { files: found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)), errors };
}

/**
 * Expands arguments into the files to check, in argument order, each file once.
 * `ignored` says whether a path found inside a folder or glob is to be skipped.
 */
export async function collectTargets(
  args: readonly string[],
  cwd: string,
  ignored: Ignored = () => false,
): Promise<{ targets: Target[]; errors: PathError[] }> {
  const targets: Target[] = [];
  const errors: PathError[] = [];
  const seen = new Set<string>();
  // Loaded only when an argument is a glob.
  let globber: typeof import('tinyglobby') | undefined;
  const add = (absolute: string, special: boolean, key = realOrAsGiven(absolute)) => {
    if (seen.has(key)) return;
    seen.add(key);
    targets.push({ absolute, special });
  };

  for (const arg of args) {
    const absolute = path.resolve(cwd, arg);
    const stats = statOrNull(absolute);
    if (stats?.isDirectory()) {
      const walked = walk(absolute, ignored);
      for (const file of walked.files) add(file.path, false, file.real);
      errors.push(...walked.errors);
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
