// Where things are in a document: paths into it and spans of its text.

/** A path into a document: mapping keys and list indexes. */
export type Path = readonly (string | number)[];

export interface Position {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** `members.absent_excused[0].reason`; keys with a dot are quoted: `assessment.scores["3.3"]`. */
export function formatPath(path: Path): string {
  let out = '';
  for (const step of path) {
    if (typeof step === 'number') out += `[${step}]`;
    else if (/^[^.[\]"]+$/.test(step)) out += out === '' ? step : `.${step}`;
    else out += `[${JSON.stringify(step)}]`;
  }
  return out;
}
