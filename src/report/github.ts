// --format github: workflow commands that GitHub Actions turns into annotations.
import { countsText, type Formatter } from './report.js';
import { visible } from './untrusted.js';

/** Escapes of the Actions runner: data keeps `%`, CR and LF out; properties also `:` and `,`. */
export const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
export const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

const github: Formatter = function* (report, { lang }) {
  for (const r of report.results()) {
    yield* r.problems.map((p) => {
      const props = [`file=${escapeProperty(visible(r.file))}`];
      if (p.line !== null) {
        props.push(`line=${p.line}`, `col=${p.column}`, `endLine=${p.endLine ?? p.line}`, `endColumn=${p.endColumn ?? p.column}`);
      }
      props.push(`title=${escapeProperty(`chibo ${p.rule}`)}`);
      return `::${p.severity} ${props.join(',')}::${escapeData(visible(p.message))}\n`;
    });
  }
  yield `chibo: ${countsText(report.summary, lang)}\n`;
};

export default github;
