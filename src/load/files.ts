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

const byRelative = (base: string) => (a: string, b: string) => {
  const [x, y] = [path.relative(base, a), path.relative(base, b)];
  return x < y ? -1 : x > y ? 1 : 0;
};

/**
 * Records below a folder: `*.yaml`/`*.yml`, no dot folders, no node_modules, no link loops; and
 * the folders that could not be read.
 */
function walk(root: string, ignored: Ignored): { files: string[]; errors: PathError[] } {
  const found: string[] = [];
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
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const stats = entry.isSymbolicLink() ? statOrNull(full) : null;
      const isDir = entry.isDirectory() || stats?.isDirectory() === true;
      const isFile = entry.isFile() || stats?.isFile();
      if (ignored(full, isDir)) continue;
      if (isDir) visit(full);
      else if (isFile && RECORD_EXT.test(entry.name)) found.push(full);
    }
  };
  visit(root);
  return { files: found.sort(byRelative(root)), errors };
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
  const add = (absolute: string, special: boolean) => {
    let key = absolute;
    try {
      key = realpathSync(absolute);
    } catch {
      // keep the path as given
    }
    if (seen.has(key)) return;
    seen.add(key);
    targets.push({ absolute, special });
  };

  for (const arg of args) {
    const absolute = path.resolve(cwd, arg);
    const stats = statOrNull(absolute);
    if (stats?.isDirectory()) {
      const walked = walk(absolute, ignored);
      for (const file of walked.files) add(file, false);
      errors.push(...walked.errors);
    } else if (stats) {
      add(absolute, !stats.isFile());
    } else if (lstatOrNull(absolute)) {
      // A link that loops or leads nowhere: reading it reports why.
      add(absolute, false);
    } else if ((globber ??= await import('tinyglobby')).isDynamicPattern(arg)) {
      const { glob } = globber;
      const matches = (await glob([arg], { cwd, absolute: true, onlyFiles: true, followSymbolicLinks: true, expandDirectories: false }))
        .map((m) => path.normalize(m))
        .filter((m) => !ignored(m, false) && statOrNull(m)?.isFile())
        .sort(byRelative(cwd));
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
  return path.relative(cwd, absolute).split(path.sep).join('/');
}
