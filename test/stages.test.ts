// The stages of src/ run one way: no module imports a later stage, and no modules import each other in a circle.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { root } from './helpers/build.js';

/** The folders of src/ in pipeline order: a module may import its own folder and earlier ones only. */
const stages = ['diagnostics', 'source', 'brand', 'model', 'event', 'layout', 'render', 'templates', 'print', 'pipeline', 'pack', 'watch', 'preview', 'scaffold', 'cli'];
const src = path.join(root, 'src');

function modules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return modules(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** The project modules that a module imports, statically or with `import()`. */
function importsOf(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles
    .map((entry) => entry.fileName)
    .filter((name) => name.startsWith('.'))
    .map((name) => path.resolve(path.dirname(file), name).replace(/\.js$/, ''))
    .map((base) => [`${base}.ts`, `${base}.tsx`].find((candidate) => all.includes(candidate)) ?? base);
}

const all = modules(src);
const stageOf = (file: string) => path.relative(src, file).split(path.sep)[0]!;
const name = (file: string) => path.relative(src, file);

describe('the stages of src/', () => {
  it('are all known, in order', () => {
    const folders = [...new Set(all.map(stageOf).filter((stage) => !/\.tsx?$/.test(stage)))];
    expect(folders.filter((folder) => !stages.includes(folder))).toEqual([]);
  });

  it('import no later stage', () => {
    const backwards = all.flatMap((file) => {
      const from = stages.indexOf(stageOf(file));
      if (from === -1) return []; // src/cli.ts and src/index.ts sit on top of everything
      return importsOf(file)
        .filter((target) => stages.indexOf(stageOf(target)) > from || stages.indexOf(stageOf(target)) === -1)
        .map((target) => `${name(file)} → ${name(target)}`);
    });
    expect(backwards).toEqual([]);
  });

  it('load react-pdf in one place, after its text layout is set up', () => {
    const direct = all.filter((file) => {
      const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
      return importedFiles.some((entry) => entry.fileName === '@react-pdf/renderer');
    });
    expect(direct.map(name)).toEqual([path.join('layout', 'react-pdf.ts')]);
  });

  it('have no circular imports', () => {
    const graph = new Map(all.map((file) => [file, importsOf(file)]));
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(file)), file].map(name).join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const next of graph.get(file) ?? []) visit(next, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of all) visit(file, []);
    expect(cycles).toEqual([]);
  });
});
