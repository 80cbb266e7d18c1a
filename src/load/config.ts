// Finding and reading chibo.config.yaml and .chiboignore, from the working directory upward.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Ignore } from 'ignore';
import type { Config } from '../validate/config-schema.js';
import { schemas } from '../validate/zod-schemas.js';
import { readDataFile } from '../data-file.js';
import { readFailure } from './data-file.js';
import type { FileMistake } from '../core/problem.js';
import type { Path } from '../core/path.js';

export const CONFIG_FILE = 'chibo.config.yaml';
export const IGNORE_FILE = '.chiboignore';

export interface LoadedConfig {
  /** The config file, or undefined when there is none. */
  file?: string;
  config: Config;
  /** Where a key of the config file is (line and column of its value), when there is a file. */
  locate?: (path: Path) => { line: number; column: number };
  /** Whether a path found inside a folder or glob is to be skipped. */
  ignored: (absolute: string, isDir: boolean) => boolean;
}

export type ConfigError = { file: string } & FileMistake;

/** The nearest file of that name in `dir` or a folder above it. */
function findUp(name: string, dir: string): string | undefined {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    const candidate = path.join(current, name);
    if (existsSync(candidate)) return candidate;
    if (path.dirname(current) === current) return undefined;
  }
}

function ignoreFilter(sources: { base: string; rules: Ignore }[]) {
  return (absolute: string, isDir: boolean) =>
    sources.some(({ base, rules }) => {
      const rel = path.relative(base, absolute).split(path.sep).join('/');
      if (rel === '' || rel.startsWith('../') || path.isAbsolute(rel)) return false;
      return rules.ignores(isDir ? `${rel}/` : rel);
    });
}

export async function loadConfig(cwd: string): Promise<LoadedConfig | { error: ConfigError }> {
  // gitignore matching is loaded only when there are patterns.
  const ignore = async () => (await import('ignore')).default();
  const sources: { base: string; rules: Ignore }[] = [];
  const ignoreFile = findUp(IGNORE_FILE, cwd);
  if (ignoreFile) {
    try {
      sources.push({ base: path.dirname(ignoreFile), rules: (await ignore()).add(readFileSync(ignoreFile, 'utf8')) });
    } catch (e) {
      return { error: { file: ignoreFile, message: readFailure(e) } };
    }
  }
  const file = findUp(CONFIG_FILE, cwd);
  if (!file) return { config: {}, ignored: ignoreFilter(sources) };

  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    return { error: { file, message: readFailure(e) } };
  }
  // An empty config file is an empty configuration.
  const read = readDataFile(bytes, () => schemas().configSchema, { vi: 'Tệp cấu hình', en: 'A configuration file', keys: 'lang, rubric, rules, …' }, {});
  if ('mistakes' in read) return { error: { file, ...read.mistakes[0]! } };
  const config = read.value;
  if (config.ignore) sources.push({ base: path.dirname(file), rules: (await ignore()).add(config.ignore) });
  const locate = (p: Path) => {
    const at = read.source.locate(p, 'value');
    return { line: at.line, column: at.column };
  };
  return { file, config, locate, ignored: ignoreFilter(sources) };
}
