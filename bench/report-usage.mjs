// Preloaded by `npm run bench` into each measured `solieu run`
// (node --import ./bench/report-usage.mjs bin/solieu.js run …): at exit it
// writes, as the last line of standard error, the process's peak resident
// memory, its CPU time and the main thread's busy time.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  const cpu = process.cpuUsage();
  const usage = { maxRssMB: process.resourceUsage().maxRSS / 1024, cpu: (cpu.user + cpu.system) / 1e6, mainBusy: performance.eventLoopUtilization().active / 1000 };
  writeSync(2, `\nbench-usage ${JSON.stringify(usage)}\n`);
});
