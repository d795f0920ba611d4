// koonti's page, its results: the summary of a merge (the units that
// answered and those missing, the two lists) and the downloads. Made by
// page.js with what the page shares: its state, its helpers and its
// status line.
'use strict';
window.KOONTI_RESULTS = ({ state, $, el, t, setStatus }) => {
  // ---- results -------------------------------------------------------
  // A summary of more items than this is laid out as it is scrolled to.
  const LONG_SUMMARY = 200;

  function showSummary(s) {
    $('results').hidden = false;
    const items = s.responses.length + s.letters.length + s.own_checks.length;
    $('results').classList.toggle('long', items > LONG_SUMMARY);
    const programme = el('span', { textContent: s.programme.title });
    programme.lang = 'fi';
    $('programme-shown').replaceChildren(
      t($('programme').value === '' ? 'detectedProgramme' : 'usedProgramme'), programme,
    );
    $('headline').textContent = s.headline;
    const answered = s.responses.map((r) => unitItem(r.unit, r.files.join(', ')));
    $('answered').replaceChildren(...(answered.length ? answered : [el('li', { textContent: s.none_listed })]));
    const missing = s.missing.map((line) => unitItem(line, ''));
    $('missing').replaceChildren(...(missing.length ? missing : [el('li', { textContent: s.none_missing || '' })]));
    showLists(s);
    const next = /^\d{4}$/.test(s.period) ? String(Number(s.period) + 1) : s.period;
    if (!$('next-period').value && next) $('next-period').value = next;
  }

  function unitItem(unit, files) {
    const name = el('span', { textContent: unit });
    name.lang = 'fi';
    const item = el('li', {}, [name]);
    if (files) item.append(' – ', el('span', { className: 'note', textContent: files }));
    return item;
  }

  // The two lists for two people: a message to send each unit, and what
  // the secretary checks herself. Their texts are the engine's.
  function showLists(s) {
    const box = $('lists');
    const letters = s.letters.map((letter, index) => {
      const headingId = `letter-${index}`;
      const pre = el('pre', { textContent: letter.text, tabIndex: 0 });
      pre.setAttribute('aria-labelledby', headingId);
      const copy = el('button', { type: 'button', textContent: t('copy') });
      copy.setAttribute('aria-describedby', headingId);
      copy.addEventListener('click', () => copyText(letter.text, copy));
      const name = el('span', { textContent: letter.unit });
      name.lang = 'fi';
      return el('li', {}, [el('h4', { id: headingId }, [name]), pre, copy]);
    });
    const own = s.own_checks.map((line) => el('li', { textContent: line }));
    box.replaceChildren(
      el('h3', { textContent: s.headings.send_to_units }),
      el('ul', { className: 'checks' }, letters.length ? letters : [el('li', { textContent: s.none_listed })]),
      el('h3', { textContent: s.headings.check_yourself }),
      el('ul', {}, own.length ? own : [el('li', { textContent: s.none_listed })]),
    );
  }

  async function copyText(text, button) {
    let copied = false;
    try {
      await navigator.clipboard.writeText(text);
      copied = true;
    } catch (_) {
      const area = el('textarea', { value: text, readOnly: true });
      area.className = 'skip';
      document.body.append(area);
      area.select();
      copied = document.execCommand('copy');
      area.remove();
      button.focus();
    }
    setStatus(copied ? 'copied' : 'copyFailed');
  }

  // ---- downloads -----------------------------------------------------
  const OUTPUTS = {
    workbook: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', file: 'koonti', ext: 'xlsx' },
    appendixXlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', file: 'liite', ext: 'xlsx' },
    appendixHtml: { mime: 'text/html', file: 'liite', ext: 'html' },
    slides: { mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', file: 'esitys', ext: 'pptx' },
    json: { mime: 'application/json', file: 'koonti', ext: 'json' },
  };

  function fileName(base, ext) {
    const period = state.summary && state.summary.period
      ? `-${state.summary.period.replace(/[^0-9A-Za-z]+/g, '-')}` : '';
    return `${base}${period}.${ext}`;
  }

  // The outputs for people first; the machine-readable report folded
  // under "Lisää" (issue 21).
  const MORE = new Set(['json']);

  function showDownloads() {
    const items = [];
    const more = [];
    for (const key of Object.keys(OUTPUTS)) {
      const output = state.outputs[key];
      if (!output) continue;
      const spec = OUTPUTS[key];
      const link = el('a', { href: output.url, textContent: t(`output_${key}`) });
      link.download = fileName(spec.file, spec.ext);
      link.dataset.output = key;
      const item = el('li', {}, [link, ` (${link.download}, ${size(output.size)})`]);
      (MORE.has(key) ? more : items).push(item);
    }
    if (more.length) {
      const open = document.querySelector('#downloads details')?.open || false;
      const details = el('details', { open }, [
        el('summary', { textContent: t('more') }), el('ul', { className: 'downloads' }, more),
      ]);
      items.push(el('li', {}, [details]));
    }
    $('downloads').replaceChildren(...items);
    $('downloads-note').hidden = items.length > 0;
  }

  const size = (bytes) => (bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} kt`
    : `${(bytes / 1024 / 1024).toFixed(1)} Mt`);

  return { showSummary, showDownloads, size, OUTPUTS };
};
