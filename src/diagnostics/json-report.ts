// JSON reporter (`--report json`): the same messages as the text reporter, per file, with its status and PDF.
import type { VFile } from 'vfile';
import { displayPath, type Summary } from './format.js';
import { diagnosticsOf, hasErrors } from './messages.js';

export type FileStatus = 'built' | 'checked' | 'failed';

export interface ReportedFile {
  file: VFile;
  status: FileStatus;
  /** The PDF written, when one was. */
  output?: string;
  /** How full each page is, from 0 to 1. */
  fills?: number[];
}

/** The report's own field names (`message`, null for none), kept stable for scripts. */
function messagesOf(file: VFile) {
  return diagnosticsOf(file).map(({ line, column, severity, rule, reason, hint }) => ({ line, column, severity, rule: rule ?? null, message: reason, hint: hint ?? null }));
}

export function jsonReport(command: 'build' | 'check', brand: VFile, files: ReportedFile[], summary: Summary) {
  return {
    command,
    summary,
    brand: { path: displayPath(brand), status: hasErrors(brand) ? 'failed' : 'ok', messages: messagesOf(brand) },
    files: files.map(({ file, status, output, fills }) => ({
      path: displayPath(file),
      status,
      output: output ?? null,
      pages: fills?.map((fill) => ({ fill: Math.round(fill * 1000) / 1000 })) ?? null,
      messages: messagesOf(file),
    })),
  };
}
