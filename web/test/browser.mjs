// Opens dist/koonti.html from disk in Debian's Chromium through
// playwright-core, recording every request the page makes.
import { chromium } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const pagePath = path.join(root, 'dist', 'koonti.html');
export const pageUrl = pathToFileURL(pagePath).href;

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run',
    ],
  });
}

/** A fresh page on koonti.html with the engine ready; `requests` lists
 * every URL the page or its worker asked for. */
export async function openPage(browser, options = {}, url = pageUrl) {
  const context = await browser.newContext({ acceptDownloads: true, ...options });
  const requests = [];
  context.on('request', (request) => requests.push(request.url()));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(String(err)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(url);
  // Ready: the worker listed the bundled programmes.
  await page.waitForFunction(() => document.querySelectorAll('#programme option').length > 2);
  return { context, page, requests, errors };
}

/** Requests other than the page itself and blob:/data: URLs. */
export const foreignRequests = (requests, own = pageUrl) =>
  requests.filter((url) => url !== own && !url.startsWith('blob:') && !url.startsWith('data:'));

/** Waits for merge number > `after` to finish with its downloads. */
export async function waitForMerge(page, after = 0) {
  await page.waitForFunction(
    (n) => Number(document.body.dataset.merged || 0) > n
      && document.querySelectorAll('#downloads a[download]').length === 5,
    after,
    { timeout: 120_000 },
  );
  return Number(await page.evaluate(() => document.body.dataset.merged));
}

/** Clicks the download link `key` and gives its file name and bytes. */
export async function download(page, selector) {
  // A link folded under "Lisää" is opened first, as a person would.
  await page.$eval(selector, (link) => {
    const details = link.closest('details');
    if (details) details.open = true;
  });
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const saved = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(saved) };
}

/** Runs axe-core's WCAG 2.1 A and AA rules on the page. */
export async function axeViolations(page) {
  const source = await readFile(path.join(root, 'web', 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  // Evaluated by the browser's devtools, not as a page script: the page's
  // Content-Security-Policy rightly refuses injected scripts.
  await page.evaluate(source);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
    }));
  });
}

// A browser that starts one worker per page and refuses the next: the
// page must then merge and write every download in its one worker.
export async function allowOneWorker(context) {
  await context.addInitScript(() => {
    const Real = window.Worker;
    let started = 0;
    window.Worker = function OneWorker(...args) {
      started += 1;
      if (started > 1) throw new DOMException('no more workers', 'SecurityError');
      return new Real(...args);
    };
  });
}
