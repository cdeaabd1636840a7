// The pipeline's promise on any input: nothing escapes as an exception; a valid PDF with no text off the page, or errors.
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { expect } from 'vitest';
import { loadBrand } from '../../src/brand/load-brand.js';
import { localize } from '../../src/brand/localize.js';
import { buildLeaflet } from '../../src/pipeline/build-leaflet.js';
import { hasErrors } from '../../src/diagnostics/messages.js';
import { rules } from '../../src/diagnostics/rules.js';
import { brandFile, root, tempDir } from '../helpers/build.js';
import { pdfInfo, pdfText, textOutsideTrim } from '../helpers/pdf.js';
import { leafletBytes } from './leaflet-arbitrary.js';

export interface Tally {
  cases: number;
  rendered: number;
  /** Leaflets without errors: built to a PDF, or checked only. */
  passed: number;
  /** Leaflets refused with errors. */
  refused: number;
}

/** `LEAFLET_PROPERTY_SEED` repeats a run that failed; otherwise a new seed each time. */
function seedOf(env: NodeJS.ProcessEnv): number | undefined {
  const seed = Number(env.LEAFLET_PROPERTY_SEED);
  return Number.isInteger(seed) && env.LEAFLET_PROPERTY_SEED !== '' ? seed : undefined;
}

/**
 * Runs `runs` random leaflet files through the whole pipeline in a fresh project folder. About one case in
 * `renderEvery` is rendered and its PDF opened with pdf.js; the others stop after every check (as `check` does).
 */
export async function checkPipeline(runs: number, renderEvery: number, timeLimit: number) {
  const project = await tempDir('leaflet-property-');
  const folder = path.join(project, 'leaflets');
  await mkdir(path.join(folder, 'images'), { recursive: true });
  await writeFile(path.join(folder, 'images', 'photo.png'), 'picture');
  const source = path.join(folder, 'case.md');
  const outDir = path.join(project, 'out');
  const output = path.join(outDir, 'case.pdf');
  const brand = await loadBrand(brandFile, root);
  const disclaimer = localize(brand.brand!.disclaimer, 'zh-CN').replace(/\s+/g, '');
  const tally: Tally = { cases: 0, rendered: 0, passed: 0, refused: 0 };

  const property = fc.asyncProperty(leafletBytes, fc.noBias(fc.nat({ max: renderEvery - 1 })), async (bytes, pick) => {
    const render = pick === 0;
    await writeFile(source, bytes);
    await rm(output, { force: true });
    const result = await buildLeaflet(source, 'case', { brand, outDir, root: project, dryRun: !render });
    const { messages } = result.file;
    // Each message has a known rule and a place. Checked in plain code, with one assertion for all: a random
    // leaflet can have hundreds of messages, and vitest's assertions are slow in such numbers.
    // 'render-failed' and 'internal-error' mean leaflet itself broke, not the input.
    const unplaced = messages.filter(
      (m) => !Object.hasOwn(rules, m.ruleId ?? '') || !(m.line! >= 1) || !(m.column! >= 1) || m.ruleId === 'render-failed' || m.ruleId === 'internal-error',
    );
    expect(unplaced.map((m) => `${m.line}:${m.column} [${m.ruleId}] ${m.reason}`)).toEqual([]);
    const failed = hasErrors(result.file);
    // A leaflet without a model has errors; one with a model can still fail later (a picture that is not one).
    if (result.leaflet === undefined) expect(failed).toBe(true);
    if (render && !failed) {
      expect(result.output).toBe(output);
      const pdf = await readFile(output);
      expect((await pdfInfo(pdf)).pages).toBeGreaterThan(0);
      // Nothing leaves the page: no text reaches past the paper's edge.
      expect(await textOutsideTrim(pdf)).toEqual([]);
      // The brand's Simplified texts print as written in a Chinese leaflet of either script (no wrong glyphs).
      if (result.leaflet?.meta.lang !== 'en') expect((await pdfText(pdf)).replace(/\s+/g, '')).toContain(disclaimer);
    } else {
      expect(existsSync(output)).toBe(false);
    }
    tally.cases += 1;
    tally.rendered += render ? 1 : 0;
    tally[failed ? 'refused' : 'passed'] += 1;
  });
  // The run, a failing case's shrinking included, stops after `timeLimit` ms and reports what it has then, with
  // the seed that repeats it (`seed` and `path` in fast-check's report), before the test's own time limit.
  const details = await fc.check(property, { numRuns: runs, interruptAfterTimeLimit: timeLimit, markInterruptAsFailure: true, seed: seedOf(process.env) });
  return { details, tally, report: fc.defaultReportMessage(details) ?? '' };
}
