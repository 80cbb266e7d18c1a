// The page of each rule (docs/rules/<rule>.md), which reports point at.
import { readFileSync } from 'node:fs';
import { packageFile } from '../paths.js';
import { ruleDocsPath } from './report.js';

const cache = new Map<string, string>();

/** The page's Markdown, read from the installed package. */
export function ruleDocs(rule: string): string {
  let text = cache.get(rule);
  if (text === undefined) {
    try {
      text = readFileSync(packageFile(ruleDocsPath(rule)), 'utf8');
    } catch {
      text = '';
    }
    cache.set(rule, text);
  }
  return text;
}
