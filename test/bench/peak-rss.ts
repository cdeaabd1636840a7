// Loaded with `node --import` into a bench's child process: reports its peak memory, workers included.
import { writeSync } from 'node:fs';

process.on('exit', () => writeSync(2, `peak-rss: ${process.resourceUsage().maxRSS}\n`));
