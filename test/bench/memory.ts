// Bench child process: memory (RSS and JS heap) after 20 and after 200 warm renders of the sample leaflet.
process.env.NODE_ENV ??= 'production';
const { build } = await import('../helpers/build.js');
const { sample } = await import('./fixtures.js');

const gc = (globalThis as { gc?: () => void }).gc;
const after: Record<number, { rss: number; heap: number }> = {};
for (let i = 1; i <= 200; i += 1) {
  await build(sample);
  if (i === 20 || i === 200) {
    gc?.();
    const { rss, heapUsed } = process.memoryUsage();
    after[i] = { rss, heap: heapUsed };
  }
}
console.log(JSON.stringify(after));
