// Bench: the sample leaflet as a Typst document, and the time of one typst run of it (the node binding, a fresh process).
import { createRequire } from 'node:module';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { tempDir } from '../helpers/build.js';

/** Typst's markup characters, escaped wherever they stand. */
const escape = (text: string) => text.replace(/[\\#*_`$@<>[\]~]/g, (c) => `\\${c}`).replace(/^([=+/-])/, '\\$1');

/** Markdown bold and links in a line of text, as Typst markup. */
const inline = (text: string) =>
  escape(text)
    .replace(/\\\*\\\*(.+?)\\\*\\\*/g, '*$1*')
    .replace(/\\\[([^\]]+?)\\\]\(([^)\s]+)\)/g, (_, label: string, url: string) => `#link("${url.replace(/\\(.)/g, '$1')}")[${label}]`);

/**
 * The leaflet's text in Typst: the title and subtitle, headings, paragraphs and lists in Noto Sans SC on A4, justified.
 * Not the brand's design (header band, back matter, QR code): the same text set on the same pages.
 */
export function typstSource(markdown: string, fontFamily = 'Noto Sans SC'): string {
  const [, front = '', body = markdown] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(markdown) ?? [];
  const field = (name: string) => new RegExp(`^${name}: (.*)$`, 'm').exec(front)?.[1]?.trim();
  const lines = [
    '#set page(paper: "a4", margin: 20mm)',
    `#set text(font: "${fontFamily}", size: 10.5pt, lang: "zh")`,
    '#set par(justify: true, leading: 0.9em)',
    `#text(size: 20pt, weight: "bold")[${escape(field('title') ?? '')}]`,
    '',
    `#text(size: 11pt)[${escape(field('subtitle') ?? '')}]`,
    '',
  ];
  for (const line of body.split('\n')) {
    const heading = /^(#{1,6}) (.*)$/.exec(line);
    const item = /^(\s*)([-*]|\d+\.) (.*)$/.exec(line);
    if (heading) lines.push(`${'='.repeat(heading[1]!.length)} ${inline(heading[2]!)}`);
    else if (item) lines.push(`${item[1]}${/\d/.test(item[2]!) ? '+' : '-'} ${inline(item[3]!)}`);
    else lines.push(inline(line));
  }
  return `${lines.join('\n')}\n`;
}

/** The Typst node binding, when installed (a dev dependency); undefined otherwise. */
export function typstBinding(): string | undefined {
  try {
    return createRequire(import.meta.url).resolve('@myriaddreamin/typst-ts-node-compiler');
  } catch {
    return undefined;
  }
}

/** Writes the leaflet's Typst source to a temporary folder: the arguments of a typst-run.js process. */
export async function typstJob(leaflet: string): Promise<string[]> {
  const dir = await tempDir('leaflet-typst-');
  const source = path.join(dir, 'leaflet.typ');
  await writeFile(source, typstSource(await readFile(leaflet, 'utf8')));
  return [source, path.join(dir, 'leaflet.pdf')];
}
