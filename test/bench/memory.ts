// Bench child process: the memory (RSS) after 20 and after 200 warm renders of the sample leaflet.
process.env.NODE_ENV ??= 'production';
const { build } = await import('../helpers/build.js');
const { sample } = await import('./fixtures.js');

const gc = (globalThis as { gc?: () => void }).gc;
const rssAfter: Record<number, number> = {};
for (let i = 1; i <= 200; i += 1) {
  await build(sample);
  if (i === 20 || i === 200) {
    gc?.();
    rssAfter[i] = process.memoryUsage().rss;
  }
}
console.log(JSON.stringify(rssAfter));
