// The outputs README.md shows, made the same way for test/readme.test.ts and test/update-readme.mjs:
// `chibo check examples/` with the blocks of the year in examples/year-2024/ folded into one line.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

export function chibo(args) {
  try {
    return execFileSync(process.execPath, ['bin/chibo.js', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', CHIBO_LANG: '' } });
  } catch (e) {
    return e.stdout; // exit 1: records with errors
  }
}

export function examplesOutput() {
  // A record's block runs from its file name to the blank line before the next file name.
  const text = chibo(['check', 'examples/']);
  const blocks = text.trimEnd().split(/\n\n(?=examples\/|[✖⚠✔] )/);
  const year = blocks.filter((b) => b.startsWith('examples/year-2024/'));
  const kept = blocks.filter((b) => !b.startsWith('examples/year-2024/'));
  const fold = `… ${year.length} biên bản của examples/year-2024/ (xem: npx chibo summary examples/year-2024/)`;
  return `${[...kept.slice(0, -1), fold, kept[kept.length - 1]].join('\n\n')}\n`;
}

export const englishOutput = () => chibo(['check', 'examples/letter-tot-criterion-1-short.yaml', '--lang', 'en']);

/**
 * Blocks of other pages (docs/huong-dan.md) that show chibo's output: a line
 * `<!-- chibo: ARGS -->` followed by a ```text block holds the output of `chibo ARGS`, run in the
 * repository without colour. Returns the page with every such block made current.
 */
export function withCurrentOutput(page) {
  return page.replace(/<!-- chibo: (.+?) -->\n```text\n[\s\S]*?```/g, (_all, args) =>
    `<!-- chibo: ${args} -->\n\`\`\`text\n${chibo(args.split(' '))}\`\`\``);
}

/** The pages whose marked blocks must show current output. */
export const PAGES_WITH_OUTPUT = ['docs/huong-dan.md'];
