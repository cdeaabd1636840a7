import { expect, it } from 'vitest';
import { checkPipeline } from './pipeline-property.js';

// `npm run fuzz` (not part of `npm test`): the property of pipeline.test.ts on 10,000 leaflets, one in 100 rendered.
const runs = 10_000;

it(`never throws on ${runs} random leaflets`, async () => {
  const started = Date.now();
  const { details, tally, report } = await checkPipeline(runs, 100, 1_500_000);
  const seconds = Math.round((Date.now() - started) / 1000);
  console.log(
    `fuzz: ${tally.cases} random leaflets in ${seconds} s: ${tally.passed} passed every check, ${tally.refused} refused with errors, ` +
      `${tally.rendered} rendered and opened as PDF (seed ${details.seed})`,
  );
  expect(details.failed, report).toBe(false);
  expect(tally.cases).toBe(runs);
}, 1_800_000);
