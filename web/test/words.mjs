// Words broken across lines on a rendered page (issue 21): every text
// node's words (runs between spaces; a no-break space joins, as in
// "2 / 5") are measured with a Range, and a word whose boxes stand on more
// than one line is broken — "Tote/utu/nut", "N/r/o", "0 /⏎5".

/** In the page (`page.evaluate(brokenWords)`): the broken words, each
 * with the element it is in. */
export function brokenWords() {
  const broken = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('script,style') || !parent.getClientRects().length) continue;
    // Text hidden from sight (a visually hidden table head) is not read.
    const box = parent.getBoundingClientRect();
    if (box.width <= 1 || box.height <= 1) continue;
    const text = node.textContent;
    const pattern = /[^ \t\n\r]+/g;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (match[0].length < 2) continue;
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const lines = new Set();
      for (const rect of range.getClientRects()) {
        if (rect.width > 0.5 && rect.height > 0.5) lines.add(Math.round(rect.top));
      }
      if (lines.size > 1) broken.push(`${match[0]} (${parent.tagName.toLowerCase()})`);
    }
  }
  return broken;
}

/** The widths the page is read at, from a phone to a wide screen. */
export const WIDTHS = [320, 768, 1366, 1920];

/** The printed page's width in CSS pixels: A4 landscape (297 mm) less the
 * appendix's 12 mm side margins, at 96 pixels an inch. */
export const PRINT_WIDTH = Math.floor(((297 - 2 * 12) / 25.4) * 96);

/** Broken words of the page at `url` at every width and in print:
 * `{ 320: [...], ..., print: [...] }`. */
export async function brokenAtWidths(browser, url) {
  const result = {};
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    result[width] = await page.evaluate(brokenWords);
  }
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: PRINT_WIDTH, height: 700 });
  result.print = await page.evaluate(brokenWords);
  await context.close();
  return result;
}
