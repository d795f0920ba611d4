// Benchmark of the page (not a timed test): N generated responses (the
// corpus of bench/run.sh) merged in dist/koonti.html in Chromium. Prints
// the time from giving the files to the summary shown and to every
// download ready, and the page's peak memory: the engine's WebAssembly
// memory (it only grows, so this is its peak), the page's JavaScript heap,
// and the peak resident size of the renderer process that runs the page
// and its workers. Figures are medians over the runs (the machine may be
// shared: its load average is printed too).
//
//   bash web/bench.sh [N]
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { launch, openPage, pageUrl } from './test/browser.mjs';

// node web/bench.mjs DIR [RUNS] [PAGE]: PAGE another build of the page
// (default dist/koonti.html), to compare two builds on the same files.
const [dir, runsArg, pageArg] = process.argv.slice(2);
const url = pageArg ? pathToFileURL(path.resolve(pageArg)).href : pageUrl;
const runs = Number(runsArg || 3);
const files = readdirSync(dir).filter((n) => n.endsWith('.xlsx')).sort().map((n) => path.join(dir, n));

// Peak resident size (VmHWM, KiB) of the renderer processes of the
// browser this script started (the page and its worker run in one).
function rendererPids(ancestorPid) {
  const parentOf = (pid) => {
    try {
      return Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/^PPid:\s+(\d+)/m)[1]);
    } catch (_) { return 0; }
  };
  const descends = (pid) => {
    for (let p = pid; p > 1; p = parentOf(p)) if (p === ancestorPid) return true;
    return false;
  };
  return readdirSync('/proc').filter((p) => /^\d+$/.test(p)).map(Number).filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer') && descends(pid);
    } catch (_) { return false; }
  });
}

function rendererPeakKib(ancestorPid) {
  let peak = 0;
  for (const pid of rendererPids(ancestorPid)) {
    try {
      const hwm = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmHWM:\s+(\d+) kB/m);
      if (hwm) peak = Math.max(peak, Number(hwm[1]));
    } catch (_) { /* gone */ }
  }
  return peak;
}

// CPU seconds (user + system) the renderer processes of this script's
// browser have used: on a shared machine the wall time depends on the
// other work, the CPU time much less.
function rendererCpuSeconds(ancestorPid) {
  let ticks = 0;
  for (const pid of rendererPids(ancestorPid)) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch (_) { /* gone */ }
  }
  return ticks / 100;
}

const browser = await launch();
const results = [];
for (let run = 0; run < runs; run++) {
  const opened = Date.now();
  const { context, page } = await openPage(browser, {}, url);
  const readyMs = Date.now() - opened;
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const cpuBefore = rendererCpuSeconds(process.pid);
  const started = Date.now();
  await page.setInputFiles('input[type=file][multiple]', files);
  await page.waitForFunction(() => window.koontiState.summary, null, { timeout: 600_000, polling: 20 });
  const summaryMs = Date.now() - started;
  await page.waitForFunction(
    () => document.body.dataset.merged && document.querySelectorAll('#downloads a[download]').length === 5,
    null, { timeout: 600_000, polling: 20 },
  );
  const allMs = Date.now() - started;
  const cpuSeconds = rendererCpuSeconds(process.pid) - cpuBefore;
  const state = await page.evaluate(() => ({
    responses: window.koontiState.summary.responses.length,
    wasm: window.koontiState.lastMerge.memory,
    marks: window.koontiState.marks,
    givenMs: window.koontiState.givenAt - 0,
    startedMs: performance.timeOrigin + window.koontiState.started,
  }));
  // When the page had the files (its change event) and when it gave them
  // to its workers, ms after the files were given.
  state.givenMs -= started;
  state.startedMs -= started;
  const metrics = (await cdp.send('Performance.getMetrics')).metrics;
  const heap = metrics.find((m) => m.name === 'JSHeapTotalSize')?.value || 0;
  const rendererKib = rendererPeakKib(process.pid);
  results.push({ summaryMs, allMs, cpuSeconds, ...state, heap, rendererKib, readyMs });
  console.error(`run ${run + 1}: ${JSON.stringify(results[results.length - 1])}`);
  await context.close();
}
await browser.close();

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const med = (key) => median(results.map((r) => r[key]));
const secs = (ms) => (ms / 1000).toFixed(2);
const mib = (bytes) => (bytes / 1024 / 1024).toFixed(0);
const steps = {};
for (const name of Object.keys(results[0].marks)) {
  steps[name] = median(results.map((r) => r.marks[name] ?? NaN));
}
console.log(`${files.length} responses in the page (${runs} runs, medians; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} at the end):`);
console.log(`  summary shown         ${secs(med('summaryMs'))} s  (goal < 3 s; runs ${results.map((r) => secs(r.summaryMs)).join(' ')})`);
console.log(`  every download ready  ${secs(med('allMs'))} s  (goal < 5 s; runs ${results.map((r) => secs(r.allMs)).join(' ')})`);
console.log(`  renderer CPU time     ${med('cpuSeconds').toFixed(2)} s  (runs ${results.map((r) => r.cpuSeconds.toFixed(2)).join(' ')})`);
console.log(`  files reach the page  ${secs(med('givenMs'))} s after they were given, the workers ${secs(med('startedMs'))} s`);
console.log(`  page opened → ready   ${secs(med('readyMs'))} s (the engines compiled and warmed up; runs ${results.map((r) => secs(r.readyMs)).join(' ')})`);
console.log(`  steps (ms after the merge started): ${JSON.stringify(steps)}`);
console.log(`  responses merged      ${results[0].responses}`);
console.log(`  engine memory (wasm)  ${mib(med('wasm'))} MiB`);
console.log(`  page JS heap          ${mib(med('heap'))} MiB`);
console.log(`  renderer peak RSS     ${(med('rendererKib') / 1024).toFixed(0)} MiB`);
