import { describe, expect, it } from 'vitest';
import { checkPipeline } from './pipeline-property.js';

describe('the pipeline on random input', () => {
  it('never throws: each of 200 random leaflets builds a valid PDF or gets positioned errors', async () => {
    const { details, tally, report } = await checkPipeline(200, 15, 150_000);
    expect(details.failed, report).toBe(false);
    expect(tally.cases).toBe(200);
    expect(tally.rendered).toBeGreaterThan(5);
    // Both outcomes occur, so the property says something about each.
    expect(tally.passed).toBeGreaterThan(20);
    expect(tally.refused).toBeGreaterThan(20);
  }, 180_000);
});
