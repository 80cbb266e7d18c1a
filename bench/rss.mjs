// Loaded with `node --import`: at exit, writes the process's peak RSS (KB, all threads) to the
// file named by CHIBO_BENCH_RSS.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.CHIBO_BENCH_RSS) writeFileSync(process.env.CHIBO_BENCH_RSS, String(process.resourceUsage().maxRSS));
});
