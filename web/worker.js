// koonti's Web Worker: the engine (WebAssembly, through wasm-bindgen's
// glue, which web/build.sh puts before this code) runs here, so the page
// never freezes. The page starts it from a Blob of this text: no second file.
'use strict';

let outcome = null; // the last merge's Outcome, for other languages and templates

const post = (message, transfer) => self.postMessage(message, transfer || []);

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

// Reads the Files a few dozen at a time (one at a time is a round trip to
// the browser each) into `share`, the next group's reading under way while
// `afterEach()` reads the group just given (the engine reads as the files
// come): the bytes live in the engine's memory only, and every failure to
// read is one line of the report.
const READ_AT_ONCE = 64;

async function gather(share, files, id, afterEach) {
  // A folder gives what the command line's folder walk would take: every
  // file but the system's own (the engine says why a PDF is not read).
  const taken = files.filter((entry) => !entry.fromFolder || wasm_bindgen.taken_from_folder(entry.name));
  const total = taken.length;
  const fetchGroup = (start) => {
    const group = taken.slice(start, start + READ_AT_ONCE);
    return Promise.allSettled(group.map((entry) => entry.file.arrayBuffer()))
      .then((read) => ({ group, read }));
  };
  let next = total ? fetchGroup(0) : null;
  for (let start = 0; start < total; start += READ_AT_ONCE) {
    const { group, read } = await next;
    next = start + READ_AT_ONCE < total ? fetchGroup(start + READ_AT_ONCE) : null;
    const batch = new wasm_bindgen.Batch();
    group.forEach((entry, i) => {
      const result = read[i];
      if (result.status === 'fulfilled') {
        batch.add(entry.name, new Uint8Array(result.value), entry.file.lastModified || 0);
      } else {
        const reason = result.reason;
        batch.add_problem(entry.name, String(reason && reason.message ? reason.message : reason));
      }
    });
    share.add(batch); // consumes it
    post({ type: 'progress', id, phase: 'load', done: Math.min(start + READ_AT_ONCE, total), total });
    if (afterEach) afterEach();
  }
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
    post({ type: 'mark', id, name: 'report read' });
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

// The first worker's merge. Alone (`split` false) it merges `files`. With
// a second worker (`split`), `files` are the first half of them in name
// order and `rest` the second's half: it settles the programme from its
// first workbooks as they come and hands it over (or, when its half has
// too few, reads the rest too and merges alone, `alone` then its share of
// the downloads), reads its half while the second reads the other, and
// both consolidate the two halves' outcomes.
async function merge(message) {
  const { id, files, rest, split, programme, period, lang, made } = message;
  if (outcome) { outcome.free(); outcome = null; }
  newMailbox(id);
  const theirs = receive('part');
  let share = new wasm_bindgen.Share();
  try {
    const chosen = chosenProgramme(programme);
    if (chosen) { share.use_programme(chosen); chosen.free(); }
    share.set_period(period || '');
    const progress = progressOf(id, files.length);
    let settled = false;
    const handOver = () => {
      if (!split) return;
      const bytes = share.settled();
      post({ type: 'settled', id, bytes }, [bytes.buffer]);
    };
    // Each group as it comes: the programme settled as soon as there are
    // enough workbooks (more files follow), then read.
    await gather(share, files, id, () => {
      if (!settled) {
        settled = share.settle(true, progress);
        if (settled) handOver();
      }
      if (settled) share.read(progress);
    });
    post({ type: 'mark', id, name: 'gathered' });
    let plan = message;
    if (!settled) {
      settled = share.settle(split, progress);
      if (settled) {
        handOver();
      } else {
        // Too few workbooks in this half: every file read here.
        post({ type: 'alone', id });
        plan = message.alone;
        await gather(share, rest, id, null);
        share.settle(false, progress);
      }
    }
    share.read(progress);
    post({ type: 'mark', id, name: 'half read' });
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
    post({ type: 'mark', id, name: 'merged' });
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
  const { id, files, period, lang, made, summary, outputs } = message;
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
    const progress = progressOf(id, files.length);
    const readIfSettled = () => {
      if (!given && settled) {
        share.use_settled(new Uint8Array(settled.bytes));
        given = true;
      }
      if (given) share.read(progress);
    };
    await gather(share, files, id, readIfSettled);
    post({ type: 'mark', id, name: 'gathered' });
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
    post({ type: 'mark', id, name: 'merged' });
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
