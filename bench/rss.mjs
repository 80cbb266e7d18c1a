// Loaded with `node --import`: at exit, writes the process's peak RSS (KB) and CPU time (user and
// system, µs), all threads, to the file named by CHIBO_BENCH_RSS.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.CHIBO_BENCH_RSS) {
    const usage = process.resourceUsage();
    writeFileSync(process.env.CHIBO_BENCH_RSS, `${usage.maxRSS} ${usage.userCPUTime + usage.systemCPUTime}`);
  }
});
