// --format sarif: SARIF 2.1.0, as GitHub code scanning accepts it.
import { createHash } from 'node:crypto';
import type { RecordResult } from '../score/result.js';
import { RULES } from '../rules/index.js';
import { ruleDocs } from './docs.js';
import { ruleDocsPath, type Formatter } from './report.js';
import { jsonEscapeHidden } from './untrusted.js';
import pkg from '../../package.json' with { type: 'json' };

/** The repository's web address, from package.json (`git+https://host/path.git` → `https://host/path`). */
const repository = pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');

/** A rule's page in the repository, in the layout of GitHub Enterprise Server, whose code scanning shows it. */
const helpUri = (rule: string) => `${repository}/blob/main/${ruleDocsPath(rule)}`;

/**
 * A rule's name for people: its id in PascalCase (`rating-overstated` → `RatingOverstated`). The
 * name must differ from the id even ignoring case (sarif-multitool SARIF1001), so a one-word id
 * gets a second word (`schema` → `SchemaCheck`).
 */
function ruleName(id: string): string {
  const pascal = id.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase());
  return pascal.toLowerCase() === id ? `${pascal}Check` : pascal;
}

const fingerprint = (...parts: (string | null)[]) =>
  createHash('sha256').update(parts.map((p) => p ?? '').join('\u0000')).digest('hex').slice(0, 32);

const sarif: Formatter = function* (report, { lang, toolVersion }) {
  const index = new Map(RULES.map((r, i) => [r.id, i]));
  const rules = RULES.map((rule) => {
    const markdown = ruleDocs(rule.id);
    return {
      id: rule.id,
      name: ruleName(rule.id),
      shortDescription: { text: rule.description[lang] },
      fullDescription: { text: `${rule.description.vi} / ${rule.description.en}` },
      help: { text: `${rule.description[lang]}. ${ruleDocsPath(rule.id)}`, markdown },
      helpUri: helpUri(rule.id),
      defaultConfiguration: { level: rule.severity },
      properties: { docs: ruleDocsPath(rule.id) },
    };
  });
  const resultsOf = (r: RecordResult) =>
    r.problems.map((p) => {
      const region = p.line === null ? undefined : {
        startLine: p.line,
        startColumn: p.column ?? 1,
        endLine: p.endLine ?? p.line,
        endColumn: Math.max(p.endColumn ?? 1, (p.endLine ?? p.line) === p.line ? (p.column ?? 1) + 1 : 1),
      };
      return {
        ruleId: p.rule,
        ruleIndex: index.get(p.rule) ?? 0,
        level: p.severity,
        message: { text: p.message },
        locations: [{ physicalLocation: { artifactLocation: { uri: encodeURI(r.file) }, ...region && { region } } }],
        partialFingerprints: { 'chiboProblem/v1': fingerprint(r.file, p.rule, p.path, p.message) },
      };
    });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'chibo', version: toolVersion, semanticVersion: toolVersion, informationUri: repository, rules } },
      columnKind: 'utf16CodeUnits',
      results: [] as unknown[],
    }],
  };
  // Written result by result: the text of JSON.stringify(log, null, 2), hidden characters escaped.
  const head = JSON.stringify(log, null, 2);
  const at = head.lastIndexOf('"results": []');
  yield `${head.slice(0, at)}"results": [`;
  let first = true;
  for (const r of report.results()) {
    for (const result of resultsOf(r)) {
      yield `${first ? '' : ','}\n        ${jsonEscapeHidden(JSON.stringify(result, null, 2)).replace(/\n/g, '\n        ')}`;
      first = false;
    }
  }
  yield `${first ? '' : '\n      '}]${head.slice(at + '"results": []'.length)}\n`;
};

export default sarif;
