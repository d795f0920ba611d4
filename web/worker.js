// koonti's Web Worker: the engine (WebAssembly, through wasm-bindgen's
// glue, which web/build.sh puts before this code) runs here, so the page
// never freezes. The page starts it from a Blob of this text: no second file.
'use strict';

let outcome = null; // the last merge's Outcome, for other languages and templates

const post = (message, transfer) => self.postMessage(message, transfer || []);
// A step of the merge, with when it was reached (for the benchmark).
const markStep = (id, name) => post({ type: 'mark', id, name, at: Date.now() });

function failure(err) {
  const text = err && err.message ? err.message : String(err);
  try {
    const parsed = JSON.parse(text);
    if (parsed && parsed.kind) return parsed;
  } catch (_) { /* not one of the engine's refusals */ }
  return { kind: 'internal', message: text };
}

function chosenProgramme(choice) {
  if (!choice || choice.kind === 'detect') return null;
  if (choice.kind === 'bundled') return wasm_bindgen.ChosenProgramme.bundled(choice.id);
  const bytes = new Uint8Array(new FileReaderSync().readAsArrayBuffer(choice.file));
  return wasm_bindgen.ChosenProgramme.from_file(choice.file.name, bytes);
}

// The files come from the page a group at a time ('files' messages, their
// bytes moved here), `count` in all: each group goes into `share`, and
// `afterEach()` reads it while the page reads the next. The bytes live in
// the engine's memory only; a file the browser could not read is one line
// of the report. False when the merge was given up meanwhile.
async function gather(share, count, id, afterEach) {
  let given = 0;
  while (given < count) {
    const message = await nextFiles();
    if (!message) return false;
    if (given === 0) markStep(id, 'first group');
    const batch = new wasm_bindgen.Batch();
    for (const file of message.files) {
      given += 1;
      // A folder gives what the command line's folder walk would take:
      // every file but the system's own (the engine says why a PDF is not read).
      if (file.fromFolder && !wasm_bindgen.taken_from_folder(file.name)) continue;
      if (file.bytes) batch.add(file.name, new Uint8Array(file.bytes), file.modified);
      else batch.add_problem(file.name, file.error);
    }
    share.add(batch); // consumes it
    post({ type: 'progress', id, phase: 'load', done: given, total: count });
    if (afterEach) afterEach();
  }
  return true;
}

// The downloads, each written from the merge's Outcome.
const WRITERS = {
  json: (lang) => outcome.report_json(lang),
  workbook: (lang, made) => outcome.workbook(lang, made),
  appendixXlsx: (lang) => outcome.appendix_xlsx(lang),
  appendixHtml: (lang, made) => outcome.appendix_html(lang, made),
  slides: (lang, made) => outcome.slides(lang, made),
};

// This worker's share: the summary (when `summary`) and the downloads
// named in `outputs`, one message each as it is ready (the page splits the
// downloads between two workers, or gives one worker them all).
function render(id, lang, made, summary, outputs) {
  if (summary) post({ type: 'summary', id, summary: JSON.parse(outcome.summary(lang)) });
  for (const key of outputs) {
    try {
      const bytes = WRITERS[key](lang, made);
      post({ type: 'output', id, key, bytes }, [bytes.buffer]);
    } catch (err) {
      post({ type: 'output-failed', id, key, error: failure(err) });
    }
  }
  post({ type: 'done', id, memory: wasm_bindgen.memory_bytes() });
}

// The second worker's start when the first merged: the merge's outcome
// read back from the first one's JSON report (cheaper than merging the
// files again), then its share of the downloads.
function fromReport(message) {
  const { id, json, programme, lang, made, outputs } = message;
  if (outcome) { outcome.free(); outcome = null; }
  newMailbox(id); // the half it gathered is not needed
  try {
    const chosen = chosenProgramme(programme);
    outcome = wasm_bindgen.Outcome.from_report(new Uint8Array(json), chosen);
    chosen.free();
    markStep(id, 'report read');
    render(id, lang, made, false, outputs);
  } catch (err) {
    // The report not read back: its downloads fail, the first's stand.
    post({ type: 'output-failed', id, key: outputs[0], error: failure(err) });
    post({ type: 'done', id, memory: wasm_bindgen.memory_bytes() });
  }
}

// Messages the merge under way waits for (the programme the first worker
// settled, the other worker's part): each a promise, resolved when its
// message comes, before or after it is awaited; null when the merge is
// given up (another merge, or the second worker not needed after all).
let mailbox = new Map();
let mailboxId = 0;
function slot(type) {
  if (!mailbox.has(type)) {
    let resolve;
    const promise = new Promise((r) => { resolve = r; });
    mailbox.set(type, { promise, resolve });
  }
  return mailbox.get(type);
}
const receive = (type) => slot(type).promise;
function newMailbox(id) {
  for (const waiting of mailbox.values()) waiting.resolve(null);
  mailbox = new Map();
  mailboxId = id;
  if (filesWaiter) filesWaiter(null);
  filesWaiter = null;
  filesQueue = [];
}

// The groups of files of the merge under way, in the order they came.
let filesQueue = [];
let filesWaiter = null;
function deliverFiles(message) {
  if (filesWaiter) {
    const waiter = filesWaiter;
    filesWaiter = null;
    waiter(message);
  } else {
    filesQueue.push(message);
  }
}
function nextFiles() {
  if (filesQueue.length) return Promise.resolve(filesQueue.shift());
  return new Promise((resolve) => { filesWaiter = resolve; });
}

// The engine counts the files given so far; `count` is how many come.
function progressOf(id, count) {
  let last = 0;
  return (done, total) => {
    const now = Date.now();
    if (now - last > 100 || done >= count) {
      last = now;
      post({ type: 'progress', id, phase: 'read', done, total: Math.max(total, count) });
    }
  };
}

// The first worker's merge of the `count` files the page sends. Alone
// (`split` false) it merges them. With a second worker (`split`), they are
// the first half in name order, the second worker's `restCount` the other
// half: it settles the programme from its
// first workbooks as they come and hands it over (or, when its half has
// too few, reads the rest too and merges alone, `alone` then its share of
// the downloads), reads its half while the second reads the other, and
// both consolidate the two halves' outcomes.
async function merge(message) {
  const { id, count, restCount, split, programme, period, lang, made } = message;
  markStep(id, 'received');
  if (outcome) { outcome.free(); outcome = null; }
  newMailbox(id);
  const theirs = receive('part');
  let share = new wasm_bindgen.Share();
  try {
    const chosen = chosenProgramme(programme);
    if (chosen) { share.use_programme(chosen); chosen.free(); }
    share.set_period(period || '');
    const progress = progressOf(id, count);
    let settled = false;
    const handOver = () => {
      if (!split) return;
      const bytes = share.settled();
      post({ type: 'settled', id, bytes }, [bytes.buffer]);
      markStep(id, 'settled');
    };
    // Each group as it comes: the programme settled as soon as there are
    // enough workbooks (more files follow), then read.
    const gathered = await gather(share, count, id, () => {
      if (!settled) {
        settled = share.settle(true, progress);
        if (settled) handOver();
      }
      if (settled) share.read(progress);
    });
    if (!gathered) { share.free(); return; } // given up
    markStep(id, 'gathered');
    let plan = message;
    if (!settled) {
      settled = share.settle(split, progress);
      if (settled) {
        handOver();
      } else {
        // Too few workbooks in this half: every file read here.
        post({ type: 'alone', id });
        plan = message.alone;
        if (!await gather(share, restCount, id, null)) { share.free(); return; }
        share.settle(false, progress);
      }
    }
    share.read(progress);
    markStep(id, 'half read');
    if (split && plan === message) {
      // Ours first: the second worker consolidates from it too.
      const mine = share.part();
      post({ type: 'part', id, bytes: mine }, [mine.buffer]);
      const part = await theirs;
      if (!part) { share.free(); return; }
      share.join(new Uint8Array(part.bytes), false);
    }
    const owned = share;
    share = null; // finish consumes it, also when it refuses
    outcome = owned.finish();
    markStep(id, 'merged');
    post({ type: 'progress', id, phase: 'write', done: 0, total: 1 });
    render(id, lang, made, plan.summary, plan.outputs);
  } catch (err) {
    if (share) share.free();
    post({ type: 'failed', id, error: failure(err) });
  }
}

// The second worker's half of a merge in two (merge() above): gathered
// while the first settles the programme, read against it as the files
// come, handed to the first, and consolidated with the first's half for
// this worker's share of the downloads. A refusal is the first worker's
// to tell: it comes to the same.
async function help(message) {
  const { id, count, period, lang, made, summary, outputs } = message;
  markStep(id, 'received');
  if (outcome) { outcome.free(); outcome = null; }
  newMailbox(id);
  const settledComes = receive('settled');
  const theirs = receive('part');
  let settled = null; // the message, once it came
  let given = false;
  settledComes.then((m) => { settled = m; });
  let share = new wasm_bindgen.Share();
  try {
    share.set_period(period || '');
    const progress = progressOf(id, count);
    const readIfSettled = () => {
      if (!given && settled) {
        share.use_settled(new Uint8Array(settled.bytes));
        given = true;
      }
      if (given) share.read(progress);
    };
    if (!await gather(share, count, id, readIfSettled)) { share.free(); return; }
    markStep(id, 'gathered');
    settled = await settledComes;
    if (!settled) { share.free(); return; } // given up
    readIfSettled();
    const mine = share.part();
    post({ type: 'part', id, bytes: mine }, [mine.buffer]);
    const part = await theirs;
    if (!part) { share.free(); return; }
    share.join(new Uint8Array(part.bytes), true);
    const owned = share;
    share = null;
    outcome = owned.finish();
    markStep(id, 'merged');
    render(id, lang, made, summary, outputs);
  } catch (err) {
    if (share) share.free();
    const error = failure(err);
    if (error.kind === 'internal') post({ type: 'failed', id, error });
    else post({ type: 'done', id, memory: wasm_bindgen.memory_bytes() });
  }
}

function templates(message) {
  const { id, programme, period, lang, deadline, contact } = message;
  try {
    const chosen = programme && programme.kind !== 'detect'
      ? chosenProgramme(programme)
      : (outcome ? outcome.programme() : null);
    if (!chosen) {
      post({ type: 'templates-failed', id, error: { kind: 'no_programme_yet', message: '' } });
      return;
    }
    const bytes = chosen.templates_zip(period, lang, deadline, contact);
    const described = JSON.parse(chosen.describe());
    chosen.free();
    post({ type: 'templates', id, bytes, programme: described }, [bytes.buffer]);
  } catch (err) {
    post({ type: 'templates-failed', id, error: failure(err) });
  }
}

self.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'init') {
    try {
      wasm_bindgen.initSync({ module: message.module });
    } catch (err) {
      post({ type: 'failed', id: 0, error: failure(err) });
      return;
    }
    // Before saying it is ready: a merge of the bundled samples, so that
    // the browser has compiled what a merge runs (a first merge ran 3-5
    // times slower than the next; warm.rs). Files picked meanwhile wait
    // for 'ready', as files picked while the page loads do. A failure
    // only means no warm-up.
    try {
      const warm = message.warm || { workbook: true, others: true };
      wasm_bindgen.warm_up(warm.workbook, warm.others);
    } catch (_) { /* no warm-up */ }
    try {
      post({
        type: 'ready',
        programmes: JSON.parse(wasm_bindgen.programmes()),
        version: wasm_bindgen.version(),
      });
    } catch (err) {
      post({ type: 'failed', id: 0, error: failure(err) });
    }
  } else if (message.type === 'merge') {
    merge(message);
  } else if (message.type === 'help') {
    help(message);
  } else if (message.type === 'files') {
    if (message.id === mailboxId) deliverFiles(message);
  } else if (message.type === 'settled' || message.type === 'part') {
    if (message.id === mailboxId) slot(message.type).resolve(message);
  } else if (message.type === 'render') {
    const { id, lang, made, summary, outputs } = message;
    if (outcome) render(id, lang, made, summary, outputs);
  } else if (message.type === 'report') {
    fromReport(message);
  } else if (message.type === 'templates') {
    templates(message);
  }
};
