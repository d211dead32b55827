// Preloaded into measured child processes (`node --import`): writes the process's peak RSS (KiB) to
// $BENCH_USAGE_FILE when it exits, so the bench can measure the real CLI without changing it.
import { writeFileSync } from 'node:fs';
import process from 'node:process';

const target = process.env.BENCH_USAGE_FILE;
if (target) process.on('exit', () => writeFileSync(target, String(process.resourceUsage().maxRSS)));
