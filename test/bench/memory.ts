// Bench child process: memory (RSS and JS heap) after 20 and after 200 warm renders of the sample leaflet.
process.env.NODE_ENV ??= 'production';
const { build } = await import('../helpers/build.js');
const { sample } = await import('./fixtures.js');

const gc = (globalThis as { gc?: () => void }).gc;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
// The allocator's RSS swings by tens of MB from one render to the next, leak or not: each figure is the median
// over the ten renders before it, each read after a garbage collection.
const samples: { rss: number; heap: number }[] = [];
const after: Record<number, { rss: number; heap: number }> = {};
for (let i = 1; i <= 200; i += 1) {
  await build(sample);
  if ((i > 10 && i <= 20) || i > 190) {
    gc?.();
    const { rss, heapUsed } = process.memoryUsage();
    samples.push({ rss, heap: heapUsed });
  }
  if (i === 20 || i === 200) {
    const last = samples.splice(0);
    after[i] = { rss: median(last.map((s) => s.rss)), heap: median(last.map((s) => s.heap)) };
  }
}
console.log(JSON.stringify(after));
