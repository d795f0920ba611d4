// koonti's page: gathers the files, hands them to the Web Worker that
// runs the engine, and shows what comes back. Nothing leaves the computer:
// files are read in the worker, downloads are blob: links.
'use strict';
(() => {
  const TEXTS = window.KOONTI_TEXTS;
  const $ = (id) => document.getElementById(id);
  const el = (tag, props, children) => {
    const node = document.createElement(tag);
    Object.assign(node, props || {});
    for (const child of children || []) node.append(child);
    return node;
  };

  const state = {
    lang: 'fi',
    files: new Map(), // name → { file, name, fromFolder }
    programmes: [],
    worker: null,
    module: null,
    ready: false,
    running: 0, // id of the merge under way, 0 when none
    nextId: 1,
    mergeId: 0, // id of the merge whose results are shown
    focusResults: false, // files were just given: focus the results when merged
    summary: null,
    outputs: {}, // key → { url, size }
    error: null,
    templatesUrl: null,
    timer: 0,
    started: 0,
    lastMerge: null, // { ms, memory } for the benchmark
    marks: {}, // ms since the merge started at each step, for the benchmark
    givenAt: 0, // when files were last given (ms since 1970), for the benchmark
    outputLang: 'fi', // the language the worker was last asked to write in
    status: ['waiting'], // the status line's text key and arguments
    helper: null, // the second worker (null when it could not be started)
    helperReady: false,
    shares: null, // what each worker writes in the merge under way: share()
    mode: 'one', // how the merge under way is shared out: share()
    rest: [], // the second worker's files, for the first if it reads them all
    progress: {}, // each worker's last progress message
    mergeProgramme: null, // the programme choice of the last merge
    made: '', // when the last merge was made, as its downloads say
    reworded: false, // the last merge's downloads are being worded again
    parts: {}, // the workers done ('main', 'helper') and their engines' memory
    rerun: false, // merge again when the new worker is ready
  };
  window.koontiState = state;

  const t = (key, ...args) => {
    const entry = TEXTS[state.lang][key] ?? TEXTS.fi[key];
    return typeof entry === 'function' ? entry(...args) : entry;
  };
  // The summary and the downloads (results.js).
  const { showSummary, showDownloads, size, OUTPUTS } = window.KOONTI_RESULTS({ state, $, el, t, setStatus });

  // ---- language ----------------------------------------------------
  function applyLanguage() {
    document.documentElement.lang = state.lang;
    for (const node of document.querySelectorAll('[data-t]')) {
      node.textContent = t(node.dataset.t);
    }
    for (const button of document.querySelectorAll('#langs button')) {
      button.setAttribute('aria-pressed', String(button.dataset.lang === state.lang));
    }
    showFileCount();
    setStatus(...state.status);
    if (state.summary) showSummary(state.summary);
    if (state.error) showProblem(state.error);
    showDownloads();
  }

  $('langs').addEventListener('click', (event) => {
    const button = event.target.closest('button[data-lang]');
    if (!button || button.dataset.lang === state.lang) return;
    state.lang = button.dataset.lang;
    applyLanguage();
    // The outputs speak the page's language: worded again, not merged again.
    if (state.summary && !state.running && state.worker) reword();
  });

  // The last merge's summary and downloads, written again in the page's
  // language by the worker (which keeps the merge).
  function reword() {
    state.parts = {};
    const id = state.nextId++;
    state.running = id;
    state.mergeId = id;
    state.outputLang = state.lang;
    clearOutputs();
    setStatus('rewording');
    state.reworded = true;
    const made = madeNow();
    for (const [who, share] of Object.entries(state.shares)) {
      workerOf(who).postMessage({ type: 'render', id, lang: state.lang, made, ...share });
    }
  }

  // ---- the worker ----------------------------------------------------
  // Two workers run the engine, each on its own core (in WebAssembly each
  // has one thread). The files, in name order, are cut in two: each worker
  // gathers and reads its half, the first settling the programme from its
  // first workbooks and handing it to the second; each hands the other its
  // half's outcomes, and both consolidate the same report. The first then
  // writes the summary and most downloads, the second the committee
  // workbook, the longest to write (share()). When the first half has too
  // few workbooks to settle the programme, the first worker reads every
  // file, and the second writes its share from the first's JSON report;
  // when the second cannot be started, the first does everything.
  // `warm`: what the worker warms up besides reading and the summary (its
  // usual share of the downloads, see share()).
  function newWorker(onMessage, onError, warm) {
    const source = $('koonti-worker').textContent;
    const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
    const worker = new Worker(url);
    URL.revokeObjectURL(url);
    worker.onmessage = (event) => onMessage(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      onError({ kind: 'internal', message: event.message || '' });
    };
    worker.postMessage({ type: 'init', module: state.module, warm });
    return worker;
  }

  function startWorker() {
    state.worker = newWorker((message) => onWorkerMessage(message, 'main'), fail,
      { workbook: false, others: true });
    state.helperReady = false;
    try {
      state.helper = newWorker((message) => onHelperMessage(message), helperFailed,
        { workbook: true, others: false });
    } catch (_) {
      state.helper = null;
    }
  }

  const workerOf = (who) => (who === 'main' ? state.worker : state.helper);

  function onHelperMessage(message) {
    if (message.type === 'ready') {
      state.helperReady = true;
      if (state.rerun && state.ready && state.files.size) scheduleMerge();
    } else if (message.type === 'failed' && message.id === 0) {
      helperFailed(message.error);
    } else {
      onWorkerMessage(message, 'helper');
    }
  }

  // A second worker that fails to start is done without; one that fails
  // during a merge fails the merge, as the first would.
  function helperFailed(error) {
    if (state.helperReady) {
      fail(error);
      return;
    }
    if (state.helper) state.helper.terminate();
    state.helper = null;
    if (state.rerun && state.ready && state.files.size) scheduleMerge();
  }

  // Ready to merge: the first worker, and the second unless it is gone.
  const enginesReady = () => state.ready && (!state.helper || state.helperReady);

  // What each worker writes in `mode`: 'split' (both merged), 'handover'
  // (the second starts from the first's JSON report, written first) or
  // 'one' (no second worker).
  function share(mode) {
    const all = Object.keys(OUTPUTS);
    if (mode === 'one') return { main: { summary: true, outputs: all } };
    if (mode === 'split') {
      return {
        main: { summary: true, outputs: ['json', 'appendixXlsx', 'appendixHtml', 'slides'] },
        helper: { summary: false, outputs: ['workbook'] },
      };
    }
    return {
      main: { summary: true, outputs: ['json', 'workbook'] },
      helper: { summary: false, outputs: ['appendixXlsx', 'appendixHtml', 'slides'] },
    };
  }

  // The files in name order as the engine sorts them: by their UTF-8
  // bytes (JavaScript compares UTF-16 units, another order past U+FFFF),
  // so that the two halves are the engine's order cut in two.
  function inNameOrder(entries) {
    const encoder = new TextEncoder();
    const keyed = entries.map((entry) => [encoder.encode(entry.name), entry]);
    const compare = (a, b) => {
      for (let i = 0; i < a.length && i < b.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
      return a.length - b.length;
    };
    return keyed.sort((a, b) => compare(a[0], b[0])).map(([, entry]) => entry);
  }

  // New workers, with fresh engines: to stop a merge under way (then
  // `rerun` merges again once they are ready), or after the engine failed.
  function restartWorker(rerun) {
    if (state.worker) state.worker.terminate();
    if (state.helper) state.helper.terminate();
    state.ready = false;
    state.running = 0;
    state.rerun = rerun;
    startWorker();
  }

  const mark = (name) => {
    if (!(name in state.marks)) state.marks[name] = Math.round(performance.now() - state.started);
  };

  function onWorkerMessage(message, who) {
    if (message.type === 'ready') {
      state.ready = true;
      if (!state.programmes.length) {
        state.programmes = message.programmes;
        fillProgrammes();
        $('version').textContent = message.version;
      }
      if (state.rerun && state.files.size) scheduleMerge();
      return;
    }
    if (message.id !== state.running && message.id !== state.mergeId) return;
    switch (message.type) {
      case 'progress': mark(message.phase); showProgress(message, who); break;
      case 'mark': {
        const name = who === 'main' ? message.name : `${who} ${message.name}`;
        // When the worker posted it: the page may be busy when it comes.
        if (message.at && !(name in state.marks)) {
          state.marks[name] = Math.round(message.at - performance.timeOrigin - state.started);
        } else {
          mark(name);
        }
        break;
      }
      // The merge in two: what one worker hands the other.
      case 'settled': relay(state.helper, message); break;
      case 'part':
        mark(`${who} part`);
        relay(who === 'main' ? state.helper : state.worker, message);
        break;
      case 'alone':
        state.mode = 'handover';
        state.shares = share('handover');
        sendFiles(state.worker, message.id, state.rest);
        break;
      case 'summary':
        mark('summary');
        state.error = null;
        $('problem').replaceChildren();
        state.summary = message.summary;
        showSummary(message.summary);
        showDownloads(); // named by the period: some may have come first
        mark('summary shown');
        // After the browser laid it out and painted it (for the benchmark).
        requestAnimationFrame(() => setTimeout(() => mark('summary painted'), 0));
        break;
      case 'output': {
        const blob = new Blob([message.bytes], { type: OUTPUTS[message.key].mime });
        state.outputs[message.key] = { url: URL.createObjectURL(blob), size: blob.size };
        showDownloads();
        mark(message.key);
        if (message.key === 'json' && who === 'main' && state.mode === 'handover' && !state.reworded) {
          handOver(message.id, message.bytes);
        }
        break;
      }
      case 'output-failed': fail(message.error); break;
      case 'done':
        state.parts[who] = message.memory;
        mark(`${who} done`);
        if (Object.keys(state.shares).every((part) => part in state.parts)) finished(message);
        break;
      case 'failed':
        fail(message.error);
        // An engine that failed unexpectedly is not trusted again.
        if (message.error.kind === 'internal' && state.ready) restartWorker(false);
        break;
      case 'templates': templatesMade(message); break;
      case 'templates-failed': templatesFailed(message.error); break;
      default: break;
    }
  }

  // ---- the programme -------------------------------------------------
  function fillProgrammes() {
    const select = $('programme');
    const ownFile = select.querySelector('option[value="@file"]');
    for (const programme of state.programmes) {
      const option = el('option', { value: programme.id, textContent: programme.title });
      option.lang = 'fi';
      select.insertBefore(option, ownFile);
    }
  }

  function programmeChoice() {
    const value = $('programme').value;
    if (value === '') return { kind: 'detect' };
    if (value === '@file') {
      const file = $('programme-file').files[0];
      return file ? { kind: 'file', file } : null;
    }
    return { kind: 'bundled', id: value };
  }

  $('programme').addEventListener('change', () => {
    const ownFile = $('programme').value === '@file';
    $('programme-file-field').hidden = !ownFile;
    if (ownFile && !$('programme-file').files.length) return;
    scheduleMerge();
  });
  // A choice made while the script loaded shows its file field too.
  $('programme-file-field').hidden = $('programme').value !== '@file';
  $('programme-file').addEventListener('change', scheduleMerge);
  $('period').addEventListener('change', scheduleMerge);

  // ---- the files -----------------------------------------------------
  // The name a file goes by: its path below the folder it came in (as the
  // command line names files in a folder), else its own name.
  function addFiles(entries) {
    state.givenAt = Date.now();
    for (const entry of entries) state.files.set(entry.name, entry);
    state.focusResults = true;
    showFileCount();
    scheduleMerge();
  }

  const belowFolder = (path) => path.split('/').slice(1).join('/') || path;

  // Takes the files an input holds and empties it, so that picking the
  // same files again is a change too.
  function takeFiles(input, fromFolder) {
    if (!input.files.length) return;
    addFiles([...input.files].map((file) => (fromFolder
      ? { file, name: belowFolder(file.webkitRelativePath || file.name), fromFolder }
      : { file, name: file.name, fromFolder })));
    input.value = '';
  }
  $('files').addEventListener('change', () => takeFiles($('files'), false));
  $('folder').addEventListener('change', () => takeFiles($('folder'), true));
  // Files picked while this script was still loading (the page is large:
  // the engine is inline) fired their change before anyone listened.
  takeFiles($('files'), false);
  takeFiles($('folder'), true);
  $('clear').addEventListener('click', () => {
    state.files.clear();
    if (state.running) restartWorker(false);
    resetResults();
    showFileCount();
    setStatus('waiting');
    $('files').focus();
  });

  // Drag and drop (drop.js).
  window.KOONTI_DROP({ $, onFiles: addFiles });

  function showFileCount() {
    const count = state.files.size;
    $('file-count').textContent = count ? t('fileCount', count) : '';
    $('clear').hidden = count === 0;
  }

  // ---- merging -------------------------------------------------------
  function scheduleMerge() {
    clearTimeout(state.timer);
    state.timer = setTimeout(startMerge, 0);
  }

  function startMerge() {
    if (!state.files.size) return;
    const programme = programmeChoice();
    if (!programme) return;
    if (state.running) restartWorker(true);
    if (!enginesReady()) {
      state.rerun = true; // 'ready' schedules it again
      return;
    }
    state.rerun = false;
    const id = state.nextId++;
    state.running = id;
    state.mergeId = id;
    state.started = performance.now();
    state.marks = {};
    state.parts = {};
    const files = inNameOrder([...state.files.values()]);
    // Two halves when there are two workers and two files.
    state.mode = !state.helper ? 'one' : (files.length > 1 ? 'split' : 'handover');
    state.shares = share(state.mode);
    state.progress = {};
    state.mergeProgramme = programme;
    resetResults();
    $('progress-box').hidden = false;
    setStatus('merging', files.length);
    state.outputLang = state.lang;
    state.made = madeNow();
    state.reworded = false;
    const period = $('period').value;
    const common = { id, programme, period, lang: state.lang, made: state.made };
    if (state.mode === 'split') {
      const half = Math.ceil(files.length / 2);
      const [mine, theirs] = [files.slice(0, half), files.slice(half)];
      state.rest = theirs;
      state.worker.postMessage({
        type: 'merge', ...common, count: mine.length, restCount: theirs.length, split: true,
        ...state.shares.main, alone: share('handover').main,
      });
      state.helper.postMessage({ type: 'help', ...common, count: theirs.length, ...state.shares.helper });
      sendFiles(state.worker, id, mine);
      sendFiles(state.helper, id, theirs);
    } else {
      state.rest = [];
      state.worker.postMessage({
        type: 'merge', ...common, count: files.length, restCount: 0, split: false, ...state.shares.main,
      });
      sendFiles(state.worker, id, files);
    }
  }

  // The files' bytes, read a group at a time (the next group's reading
  // under way while one is handed over) and moved to `worker`, which reads
  // them as they come. (Handing a worker the File objects instead costs
  // the page ~0.5 ms a file in postMessage, half a second for 1,000.)
  const READ_AT_ONCE = 64;

  async function sendFiles(worker, id, entries) {
    let next = entries.length ? readGroup(entries.slice(0, READ_AT_ONCE)) : null;
    for (let start = 0; start < entries.length; start += READ_AT_ONCE) {
      const group = await next;
      const after = start + READ_AT_ONCE;
      next = after < entries.length ? readGroup(entries.slice(after, after + READ_AT_ONCE)) : null;
      if (state.running !== id) return; // given up: its workers are gone
      worker.postMessage({ type: 'files', id, files: group.files }, group.transfer);
    }
  }

  // Every failure to read is one line of the report.
  async function readGroup(group) {
    const read = await Promise.allSettled(group.map((entry) => entry.file.arrayBuffer()));
    const files = [];
    const transfer = [];
    group.forEach((entry, i) => {
      const given = { name: entry.name, fromFolder: entry.fromFolder, modified: entry.file.lastModified || 0 };
      const result = read[i];
      if (result.status === 'fulfilled') {
        files.push({ ...given, bytes: result.value });
        transfer.push(result.value);
      } else {
        const reason = result.reason;
        files.push({ ...given, error: String(reason && reason.message ? reason.message : reason) });
      }
    });
    return { files, transfer };
  }

  // A worker's message for the other in a merge in two, its bytes moved.
  function relay(to, message) {
    if (to) to.postMessage(message, [message.bytes.buffer]);
  }

  // The JSON report, handed to the second worker: it writes its share
  // from it, against the programme the merge used.
  function handOver(id, json) {
    const choice = state.mergeProgramme.kind === 'detect'
      ? { kind: 'bundled', id: state.summary.programme.id }
      : state.mergeProgramme;
    const copy = json.slice();
    state.helper.postMessage({
      type: 'report', id, json: copy.buffer, programme: choice, lang: state.outputLang,
      made: state.made, ...state.shares.helper,
    }, [copy.buffer]);
  }

  // Each worker's progress; shown summed over those at the same step.
  function showProgress(message, who) {
    state.progress[who] = message;
    const { phase } = message;
    let done = 0;
    let total = 0;
    for (const part of Object.values(state.progress)) {
      if (part.phase === phase) { done += part.done; total += part.total; }
    }
    const bar = $('progress');
    bar.max = total || 1;
    bar.value = done;
    $('progress-label').textContent = t(`phase_${phase}`, done, total);
  }

  function finished(message) {
    state.running = 0;
    $('progress-box').hidden = true;
    state.lastMerge = {
      ms: performance.now() - state.started,
      memory: Object.values(state.parts).reduce((a, b) => a + b, 0),
    };
    const s = state.summary;
    if (s) setStatus('doneStatus', s.headline);
    document.body.dataset.merged = String(message.id);
    // The results take the focus after a merge of files just given, so a
    // keyboard or screen-reader user lands on them (issue 21); a merge
    // made again for a changed setting leaves the focus where it is.
    if (state.focusResults && s) {
      state.focusResults = false;
      $('headline').focus();
    }
    // The language was switched during the merge: word the outputs again.
    if (state.outputLang !== state.lang) reword();
  }

  function fail(error) {
    state.running = 0;
    $('progress-box').hidden = true;
    state.error = error;
    showProblem(error);
    setStatus('failedStatus');
    document.body.dataset.failed = String(state.mergeId);
  }

  // The engine's refusal comes worded in each language (its catalogue);
  // the page words only its own failures (the engine could not start).
  function problemText(error) {
    const said = error.message;
    if (said && typeof said === 'object') return said[state.lang] || said.fi;
    return t(`error_${error.kind}`) || t('error_internal');
  }

  function showProblem(error) {
    $('problem').replaceChildren(el('p', { textContent: problemText(error) }));
  }

  // The live status line, kept as a key so a language switch rewords it.
  function setStatus(key, ...args) {
    state.status = [key, ...args];
    $('status').textContent = t(key, ...args);
  }

  function resetResults() {
    state.summary = null;
    state.error = null;
    delete document.body.dataset.merged;
    delete document.body.dataset.failed;
    $('problem').replaceChildren();
    $('results').hidden = true;
    clearOutputs();
  }

  function clearOutputs() {
    for (const output of Object.values(state.outputs)) URL.revokeObjectURL(output.url);
    state.outputs = {};
    showDownloads();
  }

  // When, as the committee workbook's summary sheet shows it.
  function madeNow() {
    return `${new Date().toISOString().slice(0, 19).replace('T', ' ')} UTC`;
  }

  // ---- templates -----------------------------------------------------
  $('templates-form').addEventListener('submit', (event) => {
    event.preventDefault();
    if (!state.ready) return;
    const programme = programmeChoice();
    if (!programme || (programme.kind === 'detect' && !state.summary)) {
      templatesFailed({ kind: 'no_programme_yet', message: '' });
      return;
    }
    $('templates-status').textContent = t('makingTemplates');
    if (state.templatesUrl) URL.revokeObjectURL(state.templatesUrl);
    $('templates-link').replaceChildren();
    // A merge under way keeps its worker busy: templates wait for it.
    state.worker.postMessage({
      type: 'templates', id: state.running || state.mergeId, programme,
      period: $('next-period').value, lang: state.lang,
      deadline: $('deadline').value, contact: $('contact').value,
    });
  });

  function templatesMade(message) {
    const blob = new Blob([message.bytes], { type: 'application/zip' });
    state.templatesUrl = URL.createObjectURL(blob);
    const period = $('next-period').value.trim().replace(/[^0-9A-Za-z]+/g, '-');
    const link = el('a', { href: state.templatesUrl, textContent: t('templatesLink') });
    link.download = `${message.programme.id} ${period} ${t('templatesFile')}.zip`;
    link.dataset.output = 'templates';
    $('templates-link').replaceChildren(el('li', {}, [link, ` (${link.download}, ${size(blob.size)})`]));
    $('templates-status').textContent = t('templatesReady');
  }

  function templatesFailed(error) {
    $('templates-status').textContent = problemText(error);
  }

  // ---- start ---------------------------------------------------------
  function decodeBase64(text) {
    const binary = atob(text.trim());
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }

  applyLanguage();
  WebAssembly.compile(decodeBase64($('koonti-wasm').textContent))
    .then((module) => {
      state.module = module;
      startWorker();
    })
    .catch((err) => fail({ kind: 'internal', message: String(err) }));
})();
