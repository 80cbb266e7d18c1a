// Why a file of chibo's own (a rubric, the configuration) cannot be read from disk. Reading its
// text is the core's (src/data-file.ts), shared with the form page.
import type { Lang } from '../core/lang.js';
import fileUnreadable from '../rules/file-unreadable.js';

/** Why a file of chibo's own cannot be read, in the words of file-unreadable. */
export function readFailure(error: unknown): Record<Lang, string> {
  const data = { reason: 'read' as const, code: (error as NodeJS.ErrnoException).code ?? 'EIO' };
  return { vi: fileUnreadable.message.vi(data), en: fileUnreadable.message.en(data) };
}
