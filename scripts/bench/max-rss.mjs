// Preloaded (`node --import`) into a measured process: on exit it writes its own peak RSS and CPU time to the
// file named by ARCHLINT_BENCH_USAGE. Node gives no rusage for a child, so the child reports its own.
import { writeFileSync } from "node:fs";

const target = process.env.ARCHLINT_BENCH_USAGE;
if (target) {
  process.on("exit", () => {
    const usage = process.resourceUsage();
    // maxRSS is in KiB.
    const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
    writeFileSync(target, JSON.stringify({ maxRssKiB: usage.maxRSS, cpuMs }));
  });
}
