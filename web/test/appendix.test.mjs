// The appendix page (issue 21) in Debian's Chromium: no word or number
// broken across lines at 320, 768, 1366 and 1920 CSS pixels or in print,
// no horizontal scrolling at 320 px, and on the Swedish and English pages
// every Finnish name of the programme (the actions' titles, also in the
// summary's sentences) inside lang="fi".
//
//   node --test web/test/appendix.test.mjs   # after cargo build
//
// KOONTI_BIN names the command line (default target/debug/koonti),
// KOONTI_SAMPLES_BIN the sample writer (default target/debug/koonti-samples).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { root, launch } from './browser.mjs';
import { brokenAtWidths } from './words.mjs';

const koonti = process.env.KOONTI_BIN || path.join(root, 'target', 'debug', 'koonti');
const koontiSamples = process.env.KOONTI_SAMPLES_BIN || path.join(root, 'target', 'debug', 'koonti-samples');
const work = mkdtempSync(path.join(tmpdir(), 'koonti-appendix-'));

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** The appendix page `koonti appendix` writes for `input` in `lang`. */
function appendix(input, lang, name) {
  const html = path.join(work, `${name}-${lang}.html`);
  execFileSync(koonti, ['appendix', input, '--lang', lang, '-o', path.join(work, `${name}-${lang}.xlsx`), '--html', html], { stdio: 'pipe' });
  return html;
}

/** The pages: the samples (mark scale) and the messy corpus's status-scale
 * return, also compared over two periods (the progress section). */
function pages() {
  const corpus = path.join(work, 'messy');
  execFileSync(koontiSamples, ['messy', corpus], { stdio: 'pipe' });
  const keusote = path.join(corpus, 'keusote-2020-2025');
  const compared = path.join(work, 'kehitys.xlsx');
  execFileSync(koonti, ['compare', keusote, '-o', compared], { stdio: 'pipe' });
  const samples = path.join(root, 'samples', 'siun-sote-2024');
  const list = [];
  for (const lang of ['fi', 'sv', 'en']) {
    list.push({ lang, html: appendix(samples, lang, 'siun') });
    list.push({ lang, html: appendix(path.join(keusote, 'tila-asteikko'), lang, 'keusote') });
    list.push({ lang, html: appendix(compared, lang, 'kehitys') });
  }
  return list;
}

test('no word or number of the appendix breaks at any width or in print', async () => {
  for (const { lang, html } of pages()) {
    const broken = await brokenAtWidths(browser, pathToFileURL(html).href);
    for (const [width, words] of Object.entries(broken)) {
      assert.deepEqual(words, [], `${path.basename(html)} at ${width}: ${words.join(', ')}`);
    }
    const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
    const page = await context.newPage();
    await page.goto(pathToFileURL(html).href);
    const [scroll, client] = await page.evaluate(
      () => [document.documentElement.scrollWidth, document.documentElement.clientWidth],
    );
    assert.ok(scroll <= client, `${lang} ${path.basename(html)} scrolls sideways at 320 px: ${scroll} > ${client}`);
    await context.close();
  }
});

test('the Swedish and English appendix mark the Finnish titles lang="fi"', async () => {
  const samples = path.join(root, 'samples', 'siun-sote-2024');
  const context = await browser.newContext();
  const page = await context.newPage();
  // The actions' Finnish titles, as the Finnish page's headings give them.
  await page.goto(pathToFileURL(appendix(samples, 'fi', 'titles')).href);
  const titles = await page.evaluate(
    () => [...document.querySelectorAll('section h2[id^="a"]')].map((h) => h.textContent.split(': ').slice(1).join(': ')),
  );
  assert.equal(titles.length, 4, titles.join(' | '));
  for (const lang of ['sv', 'en']) {
    await page.goto(pathToFileURL(appendix(samples, lang, 'marked')).href);
    const unmarked = await page.evaluate((names) => {
      const wrong = [];
      let seen = 0;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const text = (el) => el.textContent;
      // The elements whose own text holds a title: the title must be the
      // text of an element marked Finnish.
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const owner = node.parentElement;
        for (const name of names) {
          const block = owner.closest('p,th,td,li,h1,h2,h3,caption') || owner;
          if (!text(block).includes(name) || !node.textContent.includes(name.split(' ')[0])) continue;
          seen += 1;
          if (owner.closest('[lang]')?.getAttribute('lang') !== 'fi') wrong.push(`${block.tagName}: ${name}`);
        }
      }
      return { wrong, seen };
    }, titles);
    assert.deepEqual(unmarked.wrong, [], `${lang}: Finnish titles outside lang="fi"`);
    assert.ok(unmarked.seen >= 8, `${lang}: titles found ${unmarked.seen} times`);
  }
  await context.close();
});
