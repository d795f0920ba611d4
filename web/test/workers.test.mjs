// The merge in two workers (each reads half of the files, the first
// settles the programme and both consolidate) writes what one worker
// writes alone: the same summary and, but for the times they were made,
// the same five downloads, part by part.
//
//   node --test web/test/workers.test.mjs   # after bash web/build.sh and cargo build
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { root, pageUrl, launch, waitForMerge, download, allowOneWorker } from './browser.mjs';
import { readZip } from './zip.mjs';

const koontiSamples = process.env.KOONTI_SAMPLES_BIN || path.join(root, 'target', 'debug', 'koonti-samples');

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// Time stamps and the clock time of "Laadittu" differ between two runs.
const TIME = /\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d+)?(Z| UTC)?/g;
const CLOCK = /(klo|kl\.) \d{1,2}\.\d{2}|\d{2}:\d{2} EES?T/g;
const untimed = (bytes) => bytes.toString('utf8').replace(TIME, '<time>').replace(CLOCK, '<clock>');

const KEYS = ['json', 'workbook', 'appendixXlsx', 'appendixHtml', 'slides'];

/** The page's summary, mode and downloads for `files`, with one worker
 * (the browser refusing the second) or two. */
async function mergeInPage(files, workers) {
  const context = await browser.newContext({ acceptDownloads: true });
  try {
    if (workers === 1) {
      await allowOneWorker(context);
    }
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (err) => errors.push(String(err)));
    await page.goto(pageUrl);
    await page.waitForFunction(() => document.querySelectorAll('#programme option').length > 2);
    await page.setInputFiles('input[type=file][multiple]', files);
    await waitForMerge(page);
    const state = await page.evaluate(() => ({
      summary: window.koontiState.summary,
      mode: window.koontiState.mode,
      marks: window.koontiState.marks,
    }));
    const downloads = {};
    for (const key of KEYS) downloads[key] = (await download(page, `a[data-output="${key}"]`)).bytes;
    assert.deepEqual(errors, []);
    return { ...state, downloads };
  } finally {
    await context.close();
  }
}

test('two workers, each reading half of the files, write what one writes', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'koonti-workers-'));
  execFileSync(koontiSamples, ['bench', dir, '130'], { stdio: 'pipe' });
  // A copy (read once, named as such) and a file that is no workbook.
  copyFileSync(path.join(dir, 'vastaus-0100.xlsx'), path.join(dir, 'vastaus-0100 (2).xlsx'));
  writeFileSync(path.join(dir, 'muistio.xlsx'), '%PDF-1.4');
  const files = readdirSync(dir).map((n) => path.join(dir, n));

  const one = await mergeInPage(files, 1);
  const two = await mergeInPage(files, 2);
  assert.equal(two.mode, 'split');
  assert.ok('helper part' in two.marks, JSON.stringify(two.marks));
  assert.equal(one.mode, 'one');
  assert.ok(two.summary.responses.length > 60, String(two.summary.responses.length));
  assert.deepEqual(two.summary, one.summary);
  assert.deepEqual(JSON.parse(untimed(two.downloads.json)), JSON.parse(untimed(one.downloads.json)));
  assert.equal(untimed(two.downloads.appendixHtml), untimed(one.downloads.appendixHtml));
  for (const key of ['workbook', 'appendixXlsx', 'slides']) {
    const mine = readZip(two.downloads[key]);
    const theirs = readZip(one.downloads[key]);
    assert.deepEqual([...mine.keys()].sort(), [...theirs.keys()].sort(), key);
    for (const [name, bytes] of theirs) {
      assert.equal(untimed(mine.get(name)), untimed(bytes), `${key}: ${name}`);
    }
  }
});
