// Bench child process: one typst run, as a user of the Typst node binding would make it: `node typst-run.js in.typ out.pdf`.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import { fontFile } from '../../src/layout/font-files.js';

const [source, output] = process.argv.slice(2) as [string, string];
// The same faces as leaflet's: Noto Sans SC, regular and bold; no system fonts are searched.
const fontPaths = [400, 700].map((weight) => path.dirname(fontFile('zh-CN', weight as 400 | 700)));
const compiler = NodeCompiler.create({ workspace: path.dirname(source), fontArgs: [{ fontPaths }] });
const compiled = compiler.compile({ mainFilePath: source });
if (compiled.hasError() || !compiled.result) {
  compiled.printErrors();
  process.exit(1);
}
writeFileSync(output, compiler.pdf(compiled.result));
