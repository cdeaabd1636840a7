// JSON reporter (`--report json`): the same messages as the text reporter, per file, with its status and PDF.
import type { VFile } from 'vfile';
import { displayPath, type Summary } from './format.js';
import { diagnosticsOf, hasErrors } from './messages.js';
import type { MessageLang } from './say.js';

export type FileStatus = 'built' | 'checked' | 'failed';

export interface ReportedFile {
  file: VFile;
  status: FileStatus;
  /** The PDF written, when one was. */
  output?: string;
  /** Every file written: the PDF, then the phone edition's PDF and image and the event's calendar, when asked for. */
  outputs?: string[];
  /** How full each page is, from 0 to 1. */
  fills?: number[];
}

/** The report's own field names (`message`, null for none), kept stable for scripts. */
function messagesOf(file: VFile, lang: MessageLang) {
  return diagnosticsOf(file, lang).map(({ line, column, severity, rule, reason, hint }) => ({ line, column, severity, rule: rule ?? null, message: reason, hint: hint ?? null }));
}

/** The report, its messages in `lang`; its field names are the same in every language. */
export function jsonReport(command: 'build' | 'check', brand: VFile, files: ReportedFile[], summary: Summary, lang: MessageLang = 'en') {
  return {
    command,
    summary,
    brand: { path: displayPath(brand), status: hasErrors(brand) ? 'failed' : 'ok', messages: messagesOf(brand, lang) },
    files: files.map(({ file, status, output, outputs, fills }) => ({
      path: displayPath(file),
      status,
      output: output ?? null,
      outputs: outputs ?? (output ? [output] : []),
      pages: fills?.map((fill) => ({ fill: Math.round(fill * 1000) / 1000 })) ?? null,
      messages: messagesOf(file, lang),
    })),
  };
}
