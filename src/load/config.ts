// Finding and reading chibo.config.yaml and .chiboignore, from the working directory upward.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Ignore } from 'ignore';
import type { Lang } from '../facts/describe.js';
import schemaRule from '../rules/schema.js';
import yamlSyntax from '../rules/yaml-syntax.js';
import { configSchema, type Config } from '../validate/config-schema.js';
import { validate } from '../validate/validate.js';
import { decode, locate, parse } from './source.js';

export const CONFIG_FILE = 'chibo.config.yaml';
export const IGNORE_FILE = '.chiboignore';

export interface LoadedConfig {
  /** The config file, or undefined when there is none. */
  file?: string;
  config: Config;
  /** Whether a path found inside a folder or glob is to be skipped. */
  ignored: (absolute: string, isDir: boolean) => boolean;
}

export interface ConfigError {
  file: string;
  line?: number;
  column?: number;
  message: Record<Lang, string>;
}

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
      const code = (e as NodeJS.ErrnoException).code ?? 'error';
      return { error: { file: ignoreFile, message: { vi: `Không đọc được tệp (${code}).`, en: `The file cannot be read (${code}).` } } };
    }
  }
  const file = findUp(CONFIG_FILE, cwd);
  if (!file) return { config: {}, ignored: ignoreFilter(sources) };

  const fail = (message: Record<Lang, string>, at?: { line: number; column: number }) =>
    ({ error: { file, ...at && { line: at.line, column: at.column }, message } });
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    return fail({ vi: `Không đọc được tệp (${code}).`, en: `The file cannot be read (${code}).` });
  }
  const decoded = decode(bytes);
  if ('rule' in decoded) return fail({ vi: 'Tệp không phải văn bản UTF-8.', en: 'The file is not UTF-8 text.' }, decoded.at);
  const source = parse(decoded.text);
  if ('rule' in source) {
    const message = source.rule === 'yaml-syntax'
      ? { vi: yamlSyntax.message.vi(source), en: yamlSyntax.message.en(source) }
      : { vi: 'Tệp vượt giới hạn kích thước hoặc độ sâu.', en: 'The file exceeds a size or depth limit.' };
    return fail(message, source.at);
  }
  // An empty config file is an empty configuration.
  const valid = validate(configSchema, source.data ?? {});
  if (!valid.ok) {
    const issue = valid.issues[0]!;
    return fail({ vi: schemaRule.message.vi(issue), en: schemaRule.message.en(issue) }, locate(source, issue.path, issue.at));
  }
  const config = valid.value;
  if (config.ignore) sources.push({ base: path.dirname(file), rules: (await ignore()).add(config.ignore) });
  return { file, config, ignored: ignoreFilter(sources) };
}
