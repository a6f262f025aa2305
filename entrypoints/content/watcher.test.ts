// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mayContainSendError, mayContainSendErrorInSubtree } from '../../lib/rules/prefilter';
import { setBody } from '../../test/unit/dom-fixture';
import { MARKER_TAG } from './dom-rules';
import { createWatcher, differsOnlyInDigits, type Candidate, type Watcher } from './watcher';

/** A hand-cranked timer: flushes run only when the test says so. */
function manualTimers() {
  const queue: Array<() => void> = [];
  return {
    setTimer: (callback: () => void) => void queue.push(callback),
    get pending() {
      return queue.length;
    },
    runAll() {
      while (queue.length) queue.shift()!();
    },
    /** Run only the flushes due now, not the ones they schedule. */
    runDue() {
      for (const callback of queue.splice(0, queue.length)) callback();
    },
  };
}

/** Let MutationObserver deliver its records. */
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

const ROUNDCUBE = 'SMTP Error (-1): Connection to server failed.';
/** The candidate's own block of text, without its line of context. */
const own = (c: Candidate) => c.text.slice(c.focus);

describe('page watcher', () => {
  let timers: ReturnType<typeof manualTimers>;
  let candidates: Candidate[];
  /** Texts given to the per-block prefilter: blocks that were walked. */
  let prefiltered: string[];
  /** Texts given to the subtree prefilter: native reads of subtrees and changed lines. */
  let probed: string[];
  let flushes: number;
  let watcher: Watcher;

  /** The watcher's document, prefilters and callbacks, each recording what it was given. */
  function recording() {
    return {
      document,
      prefilter: (text: string) => {
        prefiltered.push(text);
        return mayContainSendError(text);
      },
      subtreePrefilter: (text: string) => {
        probed.push(text);
        return mayContainSendErrorInSubtree(text);
      },
      onCandidate: (candidate: Candidate) => candidates.push(candidate),
      onFlush: () => flushes++,
    };
  }

  function start(
    options: {
      budgetMs?: number;
      hugeMutationCount?: number;
      now?: () => number;
      churnedAfter?: number;
      coarseEveryFlushes?: number;
      replacedReadAfterMs?: number;
    } = {},
  ) {
    watcher = createWatcher({
      ...recording(),
      setTimer: timers.setTimer,
      // A clock that stands still: no flush runs out of budget unless a test says so.
      now: () => 0,
      ...options,
    });
    watcher.start();
  }

  beforeEach(() => {
    document.body.replaceChildren();
    timers = manualTimers();
    candidates = [];
    prefiltered = [];
    probed = [];
    flushes = 0;
  });
  afterEach(() => watcher?.stop());

  it('scans the page once it has settled, one candidate per block of text', () => {
    setBody(`<div id="toast"><b>SMTP Error (-1):</b> Connection to server failed.</div>
      <p>Your inbox is empty.</p><ul><li>Relay denied: 550 5.7.1 &lt;x@y.example&gt;</li></ul>`);
    start();
    expect(candidates).toHaveLength(0); // nothing before the page settles
    timers.runAll();
    expect(candidates.map(own)).toEqual([ROUNDCUBE, 'Relay denied: 550 5.7.1 <x@y.example>']);
    // The marker anchor for the evidence is the element that shows it.
    expect((candidates[0]!.anchorAt(0) as Element).localName).toBe('b');
    expect((candidates[0]!.anchorAt(20) as Element).id).toBe('toast');
  });

  it('sends a short label before the block as context, and marks the block itself', () => {
    setBody(`<div class="a3s"><h3>Address not found</h3><p>The response from the remote server was:</p>
      <p id="code">550 5.1.1 &lt;jordan@example.net&gt;: Recipient address rejected: User unknown</p></div>`);
    start();
    timers.runAll();
    const [candidate] = candidates;
    expect(candidates).toHaveLength(1);
    expect(candidate!.text).toBe(
      'The response from the remote server was:\n550 5.1.1 <jordan@example.net>: Recipient address rejected: User unknown',
    );
    expect(candidate!.text.slice(candidate!.focus)).toMatch(/^550 5\.1\.1/);
    expect((candidate!.anchorAt(candidate!.focus + 4) as Element).id).toBe('code');
    // Evidence in the context line maps to the start of the block, never before it.
    expect((candidate!.anchorAt(0) as Element).id).toBe('code');
  });

  it('takes no context from a long neighbour', () => {
    setBody(`<p>${'A long paragraph about the weather. '.repeat(20)}</p><p>SMTP connect() failed.</p>`);
    start();
    timers.runAll();
    expect(candidates.map((c) => [c.text, c.focus])).toEqual([['SMTP connect() failed.', 0]]);
  });

  it('reads text as text: markup-looking text is never parsed', () => {
    const div = document.createElement('div');
    div.textContent = 'SMTP Error: <img src=x onerror="alert(1)"> Could not connect to SMTP host.';
    document.body.append(div);
    start();
    timers.runAll();
    expect(own(candidates[0]!)).toContain('<img src=x onerror="alert(1)">');
    expect(document.querySelector('img')).toBeNull();
  });

  it('skips scripts, styles, form fields, editable areas and its own UI', () => {
    setBody(`
      <script>var e = "${ROUNDCUBE}";</script><style>/* ${ROUNDCUBE} */</style>
      <noscript>${ROUNDCUBE}</noscript><textarea>${ROUNDCUBE}</textarea>
      <div contenteditable="true"><p>${ROUNDCUBE}</p></div>
      <div contenteditable="false"><p>visible: ${ROUNDCUBE}</p></div>
      <${MARKER_TAG}><span>${ROUNDCUBE}</span></${MARKER_TAG}>`);
    start();
    timers.runAll();
    expect(candidates.map(own)).toEqual([`visible: ${ROUNDCUBE}`]);
  });

  it('coalesces a burst of mutations into one flush that reads only the added text', async () => {
    setBody('<main id="app"><p>Inbox: three unread messages</p></main>');
    start();
    timers.runAll();
    const flushesAfterInitial = flushes;
    prefiltered = [];
    probed = [];
    const app = document.getElementById('app')!;
    for (let i = 0; i < 20; i++) {
      const row = document.createElement('div');
      row.textContent = `Message ${i}: lunch on Friday?`;
      app.append(row);
    }
    const toast = document.createElement('div');
    toast.textContent = ROUNDCUBE;
    app.append(toast);
    await tick();
    expect(timers.pending).toBe(1); // one flush scheduled for the whole burst
    timers.runAll();
    expect(flushes).toBe(flushesAfterInitial + 1);
    expect(candidates.map(own)).toEqual([ROUNDCUBE]);
    // The existing paragraph was not read again, and only the error's block was walked.
    expect(probed.filter((t) => t.includes('Inbox: three unread messages'))).toEqual([]);
    expect(prefiltered).toEqual([ROUNDCUBE]);
  });

  it('follows text changed in place (characterData) and inline text added to a block', async () => {
    setBody('<div id="status">Sending…</div><p id="line">Result: </p>');
    start();
    timers.runAll();
    document.getElementById('status')!.firstChild!.nodeValue = 'SMTP connect() failed.';
    const code = document.createElement('code');
    code.textContent = 'ETIMEDOUT';
    document.getElementById('line')!.append(code, ' connecting to smtp.example.org:25');
    await tick();
    timers.runAll();
    expect(candidates.map(own)).toEqual([
      'SMTP connect() failed.',
      'Result: ETIMEDOUT connecting to smtp.example.org:25',
    ]);
  });

  it('ignores typing in an editable area', async () => {
    setBody('<div contenteditable="true" id="compose"><p>Hello</p></div>');
    start();
    timers.runAll();
    prefiltered = [];
    probed = [];
    const p = document.querySelector('#compose p')!;
    p.firstChild!.nodeValue = `Hello, I got ${ROUNDCUBE}`;
    p.append(document.createTextNode(' again'));
    await tick();
    timers.runAll();
    // The changed line is tested natively, then found to sit in the editor: never walked or sent.
    expect(probed).toEqual([`Hello, I got ${ROUNDCUBE} again`]);
    expect(prefiltered).toEqual([]);
    expect(candidates).toEqual([]);
  });

  it('leaves out what is typed in an inline editable inside a line of page text', async () => {
    setBody('<p id="line">Status: <span contenteditable="true">draft</span></p>');
    start();
    timers.runAll();
    document.querySelector('#line span')!.textContent = 'my private reply';
    document.getElementById('line')!.append(` ${ROUNDCUBE}`);
    await tick();
    timers.runAll();
    expect(candidates.map((c) => c.text)).toEqual([`Status:  ${ROUNDCUBE}`]);
  });

  it.each([
    ['an editor', '<div><div contenteditable="true" id="typed">draft</div></div>'],
    ['an inline editable', '<p>Note: <span contenteditable id="typed">draft</span></p>'],
    ['a script', '<div>Hi <script type="application/json" id="typed">{}</script></div>'],
  ])('takes no context line from %s inside the block before', async (_, before) => {
    setBody(`${before}<div id="error"></div>`);
    start();
    timers.runAll();
    document.getElementById('typed')!.textContent = 'my private reply';
    document.getElementById('error')!.textContent = ROUNDCUBE;
    await tick();
    timers.runAll();
    expect(candidates.map(own)).toEqual([ROUNDCUBE]);
    expect(candidates.map((c) => c.text).join('\n')).not.toContain('my private reply');
  });

  it('tests a changed line natively and walks it only when it passes', async () => {
    setBody('<ul><li id="row"><b>Lee</b> <span id="when">3 min ago</span> lunch on Friday?</li></ul>');
    start();
    timers.runAll();
    prefiltered = [];
    probed = [];
    document.getElementById('when')!.firstChild!.nodeValue = 'an hour ago';
    await tick();
    timers.runAll();
    expect(probed).toEqual(['Lee an hour ago lunch on Friday?']);
    expect(prefiltered).toEqual([]);
    document.getElementById('when')!.firstChild!.nodeValue = 'Failed: 535 5.7.8 Authentication failed';
    await tick();
    timers.runAll();
    expect(candidates.map(own)).toEqual(['Lee Failed: 535 5.7.8 Authentication failed lunch on Friday?']);
  });

  it('finds an error that opens a block of a subtree added at once', async () => {
    // textContent runs the blocks together: "…not delivered.535 Incorrect …".
    start();
    timers.runAll();
    const bounce = document.createElement('div');
    const [lead, reply] = [document.createElement('p'), document.createElement('p')];
    lead.textContent = 'Your message was not delivered.';
    reply.textContent = '535 Incorrect authentication data';
    bounce.append(lead, reply);
    document.body.append(bounce);
    await tick();
    timers.runAll();
    expect(candidates.map(own)).toEqual(['535 Incorrect authentication data']);
  });

  it('does not send unchanged text twice when a block is re-rendered in place', async () => {
    setBody(`<div id="box"><span>${ROUNDCUBE}</span></div>`);
    start();
    timers.runAll();
    expect(candidates).toHaveLength(1);
    // A sibling changes; the error's own text node is the same.
    document.getElementById('box')!.append(document.createElement('i'));
    await tick();
    timers.runAll();
    expect(candidates).toHaveLength(1);
  });

  it('drops text that changed only in its digits (a clock, a counter) without reading its line', async () => {
    setBody(
      '<ul><li><b>Lee</b> <span id="when">12:59</span> lunch on Friday?</li><li id="inbox">Inbox (41)</li></ul>',
    );
    start();
    timers.runAll();
    probed = [];
    const when = document.getElementById('when')!.firstChild as Text;
    when.data = '13:00'; // edited in place
    document.getElementById('inbox')!.textContent = 'Inbox (42)'; // one text node for another
    await tick();
    timers.runAll();
    expect(probed).toEqual([]);
    // Again: the element's text is now compared with the text last seen there.
    document.getElementById('inbox')!.textContent = 'Inbox (43)';
    await tick();
    timers.runAll();
    expect(probed).toEqual([]);
    when.data = 'Failed: 535 5.7.8 Authentication failed';
    document.getElementById('inbox')!.textContent = 'Inbox: 550 5.1.1 User unknown';
    await tick();
    timers.runAll();
    expect(candidates.map(own)).toEqual([
      'Lee Failed: 535 5.7.8 Authentication failed lunch on Friday?',
      'Inbox: 550 5.1.1 User unknown',
    ]);
  });

  it('reads a place of text once per flush, however many records name it', async () => {
    setBody(
      '<ul><li id="chat"><b>Lee</b> <span id="presence">Away</span></li><li id="note">Draft saved</li></ul>',
    );
    start();
    timers.runAll();
    probed = [];
    const presence = document.getElementById('presence')!.firstChild as Text;
    const note = document.getElementById('note')!;
    for (const word of ['Busy', 'In a meeting', 'Presenting', 'On a call']) {
      presence.data = word; // edited in place
      note.textContent = `Draft ${word.toLowerCase()}`; // one text node for another
    }
    await tick();
    timers.runAll();
    // Each changed line is tested once (both in one prefilter call), with the text it ends
    // with; no text of the records in between is read or tested.
    expect(probed).toEqual(['Lee On a call\nDraft on a call']);
    expect(candidates).toEqual([]);
  });

  it('tells a change of digits from a change of words', () => {
    expect(differsOnlyInDigits('12:59', '13:00')).toBe(true);
    expect(differsOnlyInDigits('9:59', '10:00')).toBe(true);
    expect(differsOnlyInDigits('Inbox (9)', 'Inbox (10)')).toBe(true);
    expect(differsOnlyInDigits('Sent 12:34', 'Sending…')).toBe(false);
    expect(differsOnlyInDigits('12:34', '12:34 PM')).toBe(false);
    expect(differsOnlyInDigits('Sent', '550')).toBe(false);
    expect(differsOnlyInDigits('', '4')).toBe(false);
  });

  describe('a text the page churns', () => {
    const LINE = '<div id="log"><b>SMTP Error (-1):</b> <span id="status">Saved</span></div>';
    /** Change the status three times (each line is tested), so it counts as churned. */
    async function churn(): Promise<Text> {
      const status = document.getElementById('status')!.firstChild as Text;
      for (const text of ['Saving…', 'Saved', 'Saving…']) {
        status.data = text;
        await tick();
        timers.runAll();
      }
      candidates = [];
      probed = [];
      return status;
    }

    it('is tested on its own text, and found at once when that could be an error', async () => {
      setBody(LINE);
      start({ churnedAfter: 3 });
      timers.runAll();
      const status = await churn();
      status.data = 'Connection to server failed.';
      await tick();
      timers.runDue();
      expect(candidates.map(own)).toEqual([`SMTP Error (-1): ${status.data}`]);
    });

    it('has its whole line tested in the first flush once the page has rested a flush delay', async () => {
      setBody(LINE);
      let clock = 0;
      start({ churnedAfter: 3, now: () => clock });
      timers.runAll();
      const status = await churn();
      // Not an error on its own ("could" is lower case): only with the label before it.
      status.data = 'could not connect to server';
      await tick();
      timers.runDue();
      expect(probed).toEqual([`${status.data}\n`]); // its own text only
      expect(candidates).toEqual([]);
      expect(watcher.busy).toBe(true); // the coarse pass is still due
      clock += 50;
      timers.runDue(); // nothing new, but only 50 ms after the change: a busy page's pause
      expect(candidates).toEqual([]);
      clock += 50;
      timers.runDue(); // a flush delay (100 ms) without a change: the page rests
      expect(candidates.map(own)).toEqual(['SMTP Error (-1): could not connect to server']);
      expect(watcher.busy).toBe(false);
    });

    it('has its whole line tested after a bounded number of flushes on a page that never rests', async () => {
      setBody(`${LINE}<p id="clock">Saved a moment ago</p>`);
      start({ churnedAfter: 3, coarseEveryFlushes: 4 });
      timers.runAll();
      const status = await churn();
      const other = document.getElementById('clock')!.firstChild as Text;
      status.data = 'could not connect to server';
      let flushesToFind = 0;
      for (let i = 0; i < 8 && candidates.length === 0; i++) {
        other.data = i % 2 ? 'Saved a moment ago' : 'Saved just now';
        await tick();
        timers.runDue();
        flushesToFind++;
      }
      expect(candidates.map(own)).toEqual(['SMTP Error (-1): could not connect to server']);
      expect(flushesToFind).toBe(4);
    });
  });

  describe('a subtree that replaced another (a view swapped)', () => {
    it('is read at the first flush that finds the page at rest', async () => {
      setBody('<section id="pane"><p>Lunch on Friday?</p></section>');
      let clock = 0;
      start({ now: () => clock });
      timers.runAll();
      const bounce = document.createElement('div');
      bounce.textContent = ROUNDCUBE;
      document.getElementById('pane')!.replaceChildren(bounce);
      await tick();
      timers.runDue(); // the flush of the swap itself: the page may swap again
      expect(candidates).toEqual([]);
      expect(watcher.busy).toBe(true);
      clock += 100;
      timers.runDue(); // nothing new came for a flush delay: the page rests
      expect(candidates.map(own)).toEqual([ROUNDCUBE]);
      expect(watcher.busy).toBe(false);
    });

    it('is read within a bounded delay on a page that never rests, and never once replaced again', async () => {
      setBody('<section id="pane"><p>Lunch on Friday?</p></section><p id="clock">Saved a moment ago</p>');
      let clock = 0;
      start({ now: () => clock, replacedReadAfterMs: 1000 });
      timers.runAll();
      probed = [];
      const pane = document.getElementById('pane')!;
      const other = document.getElementById('clock')!.firstChild as Text;
      const view = (text: string) => {
        const div = document.createElement('div');
        div.textContent = text;
        return div;
      };
      /** One flush of a busy page, 100 ms after the last. */
      const busyFlush = async (i: number) => {
        other.data = i % 2 ? 'Saved a moment ago' : 'Saved just now';
        await tick();
        clock += 100;
        timers.runDue();
      };
      // A view the page flips past in half a second: never read.
      pane.replaceChildren(view(`Flipped past: ${ROUNDCUBE}`));
      for (let i = 0; i < 5; i++) await busyFlush(i);
      const shownAt = clock;
      pane.replaceChildren(view(`Stayed: ${ROUNDCUBE}`));
      let i = 0;
      while (candidates.length === 0 && i < 30) await busyFlush(i++);
      expect(candidates.map(own)).toEqual([`Stayed: ${ROUNDCUBE}`]);
      expect(clock - shownAt).toBeLessThanOrEqual(1100);
      expect(probed.filter((text) => text.includes('Flipped past'))).toEqual([]);
    });
  });

  it('flushes a page that keeps changing from its own callbacks, with a timer only for the last changes', async () => {
    setBody('<p id="clock">Saved a moment ago</p><div id="log"></div>');
    let clock = 0;
    let timersSet = 0;
    watcher = createWatcher({
      document,
      prefilter: mayContainSendError,
      subtreePrefilter: mayContainSendErrorInSubtree,
      onCandidate: (candidate) => candidates.push(candidate),
      onFlush: () => flushes++,
      setTimer: (callback) => {
        timersSet++;
        timers.setTimer(callback);
      },
      now: () => clock,
    });
    watcher.start();
    timers.runAll();
    [flushes, timersSet] = [0, 0];
    const other = document.getElementById('clock')!.firstChild as Text;
    // A change every 40 ms for 2 s; no timer runs until the page rests.
    for (let i = 0; i < 50; i++) {
      other.data = i % 2 ? 'Saved a moment ago' : 'Saved just now';
      await tick();
      clock += 40;
    }
    // Each flush at the first callback 100 ms after the first change it holds.
    expect(flushes).toBeGreaterThanOrEqual(12);
    expect(timersSet).toBe(1);
    // The last change before the page rests still gets its flush, from the timer.
    const toast = document.createElement('div');
    toast.textContent = ROUNDCUBE;
    document.getElementById('log')!.append(toast);
    await tick();
    expect(candidates).toEqual([]);
    timers.runAll();
    expect(candidates.map(own)).toEqual([ROUNDCUBE]);
  });

  it('carries work over on a page that keeps changing to its next callbacks, not to a timer each', async () => {
    setBody('<p id="clock">Saved a moment ago</p><div id="log"></div>');
    let clock = 0;
    /** Timers that run when the clock reaches them, as in the browser. */
    let armed: Array<{ callback: () => void; at: number }> = [];
    const delays: number[] = [];
    const runDueTimers = () => {
      const due = armed.filter((t) => t.at <= clock);
      armed = armed.filter((t) => t.at > clock);
      for (const t of due) t.callback();
    };
    watcher = createWatcher({
      document,
      prefilter: mayContainSendError,
      subtreePrefilter: mayContainSendErrorInSubtree,
      onCandidate: (candidate) => candidates.push(candidate),
      onFlush: () => flushes++,
      setTimer: (callback, ms) => {
        delays.push(ms);
        armed.push({ callback, at: clock + ms });
      },
      // Every clock read takes 1 ms: a flush with much to do runs out of its 4 ms budget.
      now: () => clock++,
      budgetMs: 4,
    });
    watcher.start();
    for (let i = 0; i < 100 && armed.length; i++) {
      clock += 100;
      runDueTimers();
    }
    [flushes, delays.length] = [0, 0];
    const rows = Array.from({ length: 300 }, (_, i) => {
      const row = document.createElement('p');
      row.textContent = `Row ${i} of a long mail list`;
      return row;
    });
    const toast = document.createElement('div');
    toast.textContent = ROUNDCUBE;
    document.getElementById('log')!.append(...rows, toast);
    const other = document.getElementById('clock')!.firstChild as Text;
    // A change every 40 ms until the error is found.
    for (let i = 0; i < 300 && !candidates.length; i++) {
      other.data = i % 2 ? 'Saved a moment ago' : 'Saved just now';
      await tick();
      clock += 40;
      runDueTimers();
    }
    expect(candidates.map(own)).toEqual([ROUNDCUBE]);
    expect(flushes).toBeGreaterThan(3); // the work took several flushes …
    expect(delays.filter((ms) => ms === 0)).toEqual([]); // … and no timer of its own
    // Once the page stops, what is left runs from the timer.
    for (let i = 0; i < 100 && armed.length; i++) {
      clock += 100;
      runDueTimers();
    }
    expect(watcher.busy).toBe(false);
  });

  it('walks an added subtree once even when its descendants were queued too', async () => {
    start();
    timers.runAll();
    prefiltered = [];
    const outer = document.createElement('section');
    document.body.append(outer);
    const inner = document.createElement('div');
    inner.textContent = 'Weekly report attached, see you Monday';
    outer.append(inner); // queued both as part of <section> and on its own
    await tick();
    timers.runAll();
    // Text that fails the prefilter is not remembered, so a second read would show here.
    expect(probed).toEqual(['Weekly report attached, see you Monday']);
    expect(prefiltered).toEqual([]);
  });

  it('dismisses a big clean page with one read of its text', () => {
    const rows = Array.from(
      { length: 500 },
      (_, i) => `<div class="row"><span>Sender ${i}</span> <span>Lunch plans ${i}</span></div>`,
    );
    setBody(`<main>${rows.join('')}</main>`);
    start();
    timers.runAll();
    expect(candidates).toEqual([]);
    expect(probed).toHaveLength(1);
    expect(prefiltered).toHaveLength(0);
  });

  it('narrows a big page down to the block with the error', () => {
    const rows = Array.from(
      { length: 500 },
      (_, i) => `<div class="row"><span>Sender ${i}</span> <span>Lunch plans ${i}</span></div>`,
    );
    rows[321] = `<div class="row"><span>Mail Delivery</span> <span>${ROUNDCUBE}</span></div>`;
    setBody(`<main>${rows.join('')}</main>`);
    start();
    timers.runAll();
    expect(candidates.map(own)).toEqual([`Mail Delivery ${ROUNDCUBE}`]);
    // Each row was tested once as a whole; only the one with the error was walked.
    expect(probed.length).toBeLessThan(520);
    expect(prefiltered).toEqual([`Mail Delivery ${ROUNDCUBE}`]);
  });

  it('carries work over when a flush runs out of time', () => {
    const rows = Array.from({ length: 400 }, (_, i) => `<p>Row ${i} of a long mail list</p>`).join('');
    setBody(`${rows}<div>${ROUNDCUBE}</div>`);
    let clock = 0;
    // Every clock read advances 1 ms: the 4 ms budget ends after a few checks.
    start({ now: () => clock++, budgetMs: 4 });
    timers.runAll(); // runs the carried-over flushes too
    expect(flushes).toBeGreaterThan(1);
    expect(candidates.map(own)).toEqual([ROUNDCUBE]);
    expect(watcher.busy).toBe(false);
  });

  it('turns a huge burst into one bounded rescan', async () => {
    start({ hugeMutationCount: 50 });
    timers.runAll();
    prefiltered = [];
    const list = document.createElement('div');
    document.body.append(list);
    await tick();
    timers.runAll();
    for (let i = 0; i < 200; i++) {
      const row = document.createElement('p');
      row.textContent = `row ${i} of the message list`;
      list.append(row);
    }
    const toast = document.createElement('p');
    toast.textContent = ROUNDCUBE;
    list.append(toast);
    await tick();
    timers.runAll();
    expect(candidates.map(own)).toEqual([ROUNDCUBE]);
    // One rescan from the top (the whole list read at once), not 201 separate roots first.
    expect(probed[0]).toContain('row 0 of the message list');
    expect(probed[0]).toContain('row 199 of the message list');
  });

  describe('a busy page, sampled', () => {
    /** Timers that run when the clock reaches them, as in the browser. */
    let armed: Array<{ callback: () => void; at: number }>;
    let clock: number;
    const runDueTimers = () => {
      const due = armed.filter((t) => t.at <= clock);
      armed = armed.filter((t) => t.at > clock);
      for (const t of due) t.callback();
    };
    /** Let the clock run in steps of `step` ms, running the timers due. */
    const advance = (ms: number, step = 50) => {
      for (let t = 0; t < ms; t += step) {
        clock += step;
        runDueTimers();
      }
    };
    /** Let the clock run until the watcher has nothing left to do (a sweep is a flush per unit of text). */
    const settle = () => {
      for (let t = 0; t < 60_000 && watcher.busy; t += 50) advance(50);
      expect(watcher.busy).toBe(false);
    };
    let pauses: number;

    function startSampled(options: { now?: () => number; budgetMs?: number; sweepUnitChars?: number } = {}) {
      armed = [];
      pauses = 0;
      watcher = createWatcher({
        ...recording(),
        onPause: () => pauses++,
        setTimer: (callback, ms) => void armed.push({ callback, at: clock + ms }),
        now: () => clock,
        samplePauseMs: 2000,
        sampleAboveRecords: 50,
        sampleMinCallbacks: 8,
        sampleWindowMs: 1000,
        ...options,
      });
      watcher.start();
      advance(500); // the initial scan
    }

    /** The HTML of a list of ordinary rows, about 45 characters each. */
    const listRows = (count: number) =>
      Array.from({ length: count }, (_, i) => `<p>Row ${i} of a long mail list, nothing to see</p>`).join('');

    /** Eight (or more) callbacks of ten (or more) new rows each, 40 ms apart: busy. */
    async function busyBurst(list: Element, callbacks = 8, rowsEach = 10) {
      for (let i = 0; i < callbacks; i++) {
        for (let j = 0; j < rowsEach; j++) {
          const row = document.createElement('p');
          row.textContent = `New mail ${i}.${j}: lunch on Friday with the team?`;
          list.append(row);
        }
        await tick();
        clock += 40;
        runDueTimers();
      }
    }

    beforeEach(() => {
      clock = 0;
    });

    it('finds an error written during the pause once the pause ends, not before', async () => {
      setBody('<div id="list"></div><footer><p id="status">All messages sent</p></footer>');
      startSampled();
      await busyBurst(document.getElementById('list')!);
      expect(pauses).toBe(1);
      expect(watcher.busy).toBe(true); // paused: the bench waits for the sweep
      // Written in place while the page is not observed.
      const writtenAt = clock;
      (document.getElementById('status')!.firstChild as Text).data = ROUNDCUBE;
      await tick();
      advance(1900);
      expect(candidates).toEqual([]);
      expect(probed.filter((text) => text.includes(ROUNDCUBE))).toEqual([]); // not read during the pause
      // Found by the sweep at the end of the pause (2 s), within one step of the clock.
      for (let i = 0; i < 40 && !candidates.length; i++) advance(50);
      expect(candidates.map(own)).toEqual([ROUNDCUBE]);
      expect(clock - writtenAt).toBeLessThanOrEqual(2000 + 50);
      // The sweep ends and the page, quiet again, is watched record by record.
      advance(1000);
      expect(watcher.busy).toBe(false);
      const toast = document.createElement('div');
      toast.textContent = 'Message not delivered: 550 5.1.1 <x@y.example>: Recipient address rejected';
      document.body.append(toast);
      await tick();
      advance(300);
      expect(candidates).toHaveLength(2);
    });

    it('keeps watching the known error regions and the body during the pause', async () => {
      setBody(
        '<div id="list"></div><div role="alert" id="bar"></div><div id="stack-host"><div id="messagestack"></div></div>',
      );
      startSampled();
      await busyBurst(document.getElementById('list')!);
      expect(pauses).toBe(1);
      const pausedAt = clock;
      // Gmail-like: the alert bar gets its text.
      document.getElementById('bar')!.textContent = 'Message not sent: 550 5.7.1 Relaying denied';
      await tick();
      advance(200);
      expect(candidates.map(own)).toEqual(['Message not sent: 550 5.7.1 Relaying denied']);
      // Roundcube-like: a toast in the message stack.
      const toast = document.createElement('div');
      toast.textContent = ROUNDCUBE;
      document.getElementById('messagestack')!.append(toast);
      await tick();
      advance(200);
      expect(candidates.map(own)).toContain(ROUNDCUBE);
      // A dialog added to the body itself.
      const dialog = document.createElement('div');
      dialog.textContent = 'SMTP Error: Could not authenticate. 535 5.7.8 Username and Password not accepted';
      document.body.append(dialog);
      await tick();
      advance(200);
      expect(candidates).toHaveLength(3);
      expect(clock - pausedAt).toBeLessThan(2000); // all found while the pause lasts
      expect(watcher.busy).toBe(true);
      settle();
      expect(candidates).toHaveLength(3); // the sweep found nothing new, and nothing twice
    });

    it('watches an alert region that replaced the one watched before, at the next pause', async () => {
      setBody('<div id="list"></div><div role="alert" id="bar"></div>');
      startSampled();
      const list = document.getElementById('list')!;
      await busyBurst(list);
      expect(pauses).toBe(1);
      settle();
      // The app renders its alert bar anew; the page gets busy again.
      const bar = document.createElement('div');
      bar.setAttribute('role', 'alert');
      document.getElementById('bar')!.replaceWith(bar);
      await tick();
      advance(200);
      await busyBurst(list);
      expect(pauses).toBe(2);
      const pausedAt = clock;
      bar.textContent = 'Message not sent: 550 5.7.1 Relaying denied';
      await tick();
      advance(200);
      expect(candidates.map(own)).toEqual(['Message not sent: 550 5.7.1 Relaying denied']);
      expect(clock - pausedAt).toBeLessThan(2000);
    });

    it('finds an error in an unexpected place within the pause and one sweep', async () => {
      setBody(`<div id="list"></div><main><section id="deep">${listRows(200)}</section></main>`);
      startSampled({ sweepUnitChars: 1024 });
      await busyBurst(document.getElementById('list')!);
      expect(pauses).toBe(1);
      // A new alert region deep in the app, added during the pause: the sweep's to find.
      const pausedAt = clock;
      const alert = document.createElement('div');
      alert.setAttribute('role', 'alert');
      alert.textContent = 'SMTP connect() failed. Connection timed out (110)';
      document.getElementById('deep')!.lastElementChild!.append(alert);
      await tick();
      advance(1900);
      expect(candidates).toEqual([]);
      settle();
      expect(candidates.map(own)).toEqual(['SMTP connect() failed. Connection timed out (110)']);
      // The bound: the pause (2 s) and a sweep of about 13 KB read a quarter of a unit (0.25 KB) a flush.
      expect(clock - pausedAt).toBeLessThanOrEqual(2000 + 40 * 50);
    });

    it('finds an error written behind a sweep of a page that stays busy at the next sweep', async () => {
      setBody(`<div id="list">${listRows(200)}</div><div id="busy"></div>`);
      startSampled({ sweepUnitChars: 1024 });
      const busy = document.getElementById('busy')!;
      await busyBurst(busy);
      expect(pauses).toBe(1);
      advance(2000); // the pause ends: the sweep begins
      const writtenAt = clock;
      // The first row, read by the sweep already, now shows an error; the page stays busy.
      document.getElementById('list')!.firstElementChild!.textContent = ROUNDCUBE;
      await tick();
      for (let i = 0; i < 200 && pauses < 2; i++) await busyBurst(busy, 1);
      expect(pauses).toBe(2); // busy to the end of the sweep: paused again, its records unread
      settle();
      expect(candidates.map(own)).toEqual([ROUNDCUBE]);
      // Within two pauses (2 s each) and two sweeps of about 20 KB, a quarter of a unit (0.25 KB) a flush.
      expect(clock - writtenAt).toBeLessThanOrEqual(2 * (2000 + 40 * 50));
    });

    it('finds an error written behind a sweep once the sweep ends on a page at rest', async () => {
      setBody(`<div id="list">${listRows(400)}</div>`);
      startSampled({ sweepUnitChars: 1024 });
      const list = document.getElementById('list')!;
      await busyBurst(list);
      expect(pauses).toBe(1);
      probed = [];
      // The pause ends: the sweep begins, with the observer on, and takes many flushes.
      for (let i = 0; i < 100 && !probed.some((text) => text.includes('Row 0 of')); i++) advance(50);
      expect(watcher.busy).toBe(true);
      expect(probed.some((text) => text.includes('Row 399 of'))).toBe(false); // under way
      // The first row, read by the sweep already, now shows an error; the page rests.
      list.firstElementChild!.textContent = ROUNDCUBE;
      await tick();
      settle();
      expect(candidates.map(own)).toEqual([ROUNDCUBE]);
      expect(pauses).toBe(1);
    });

    it('ends a sweep of a container the page keeps adding to', async () => {
      setBody(`<div id="list">${listRows(100)}</div>`);
      startSampled({ sweepUnitChars: 1024 });
      const list = document.getElementById('list')!;
      await busyBurst(list);
      expect(pauses).toBe(1);
      advance(2000); // the sweep begins
      const sweptFrom = clock;
      // Sixty rows (about 3 KB) a callback, faster than the sweep reads: the rows it found
      // when it went in are all it reads, so it ends, and the busy page is paused again.
      for (let i = 0; i < 200 && pauses < 2; i++) await busyBurst(list, 1, 60);
      expect(pauses).toBe(2);
      // Paused again when the rows first found were read (about 3.5 KB, a quarter of a KB a flush),
      // long before the cap on a sweep's time (the pause, 2 s) would have ended it.
      expect(clock - sweptFrom).toBeLessThan(1000);
    });

    it('watches the known error regions through the sweep after a pause', async () => {
      setBody(`<div id="list">${listRows(200)}</div><div role="alert" id="bar"></div><div id="busy"></div>`);
      startSampled({ sweepUnitChars: 1024 });
      const busy = document.getElementById('busy')!;
      await busyBurst(busy);
      expect(pauses).toBe(1);
      advance(2000); // the sweep begins; the page stays busy
      document.getElementById('bar')!.textContent = 'Message not sent: 550 5.7.1 Relaying denied';
      await tick();
      await busyBurst(busy, 2);
      expect(pauses).toBe(1); // the sweep is under way
      expect(candidates.map(own)).toEqual(['Message not sent: 550 5.7.1 Relaying denied']);
    });

    it('reads the text a big element has beside its one element child', async () => {
      const filler = 'lunch on Friday with the team, '.repeat(200); // about 6 KB
      setBody(`<div id="list"></div><div id="wrap">Quarterly notes <pre>${filler}</pre></div>`);
      startSampled({ sweepUnitChars: 1024 }); // the first scan learns that #wrap is big
      await busyBurst(document.getElementById('list')!);
      expect(pauses).toBe(1);
      (document.getElementById('wrap')!.firstChild as Text).data = ROUNDCUBE;
      await tick();
      settle();
      expect(candidates.map(own)).toEqual([ROUNDCUBE]);
    });

    it('stops watching the regions when stopped during a pause', async () => {
      setBody('<div id="list"></div><div role="alert" id="bar"></div>');
      startSampled();
      await busyBurst(document.getElementById('list')!);
      expect(pauses).toBe(1);
      watcher.stop();
      document.getElementById('bar')!.textContent = 'Message not sent: 550 5.7.1 Relaying denied';
      await tick();
      advance(5000);
      expect(candidates).toEqual([]);
      expect(armed.length).toBeLessThanOrEqual(2); // nothing re-armed after the stop
    });

    it('reads ordinary text once per sweep, and a long container whole at most in the first', async () => {
      const rows = Array.from(
        { length: 300 }, // about 25 KB: more than a read may hold (4 units of 1 KB here)
        (_, i) => `<p>Row ${i}: a note about the weather, the garden and lunch on Friday with the team</p>`,
      );
      setBody(`<div id="app"><main id="list">${rows.join('')}</main><aside>Labels</aside></div>`);
      const app = document.getElementById('app')!;
      const list = document.getElementById('list')!;
      const whole = { count: 0 };
      /** The textContent getter the element inherits (happy-dom defines it on Element). */
      let proto: object | null = Object.getPrototypeOf(app);
      while (proto && !Object.getOwnPropertyDescriptor(proto, 'textContent'))
        proto = Object.getPrototypeOf(proto);
      const getter = Object.getOwnPropertyDescriptor(proto!, 'textContent')!.get!;
      for (const el of [app, list]) {
        Object.defineProperty(el, 'textContent', {
          configurable: true,
          get() {
            whole.count++;
            return getter.call(this) as string;
          },
        });
      }
      startSampled({ sweepUnitChars: 1024 });
      const busy = document.createElement('div');
      document.body.append(busy);
      await busyBurst(busy);
      settle(); // the pause and the first sweep
      expect(pauses).toBe(1);
      busy.replaceChildren();
      whole.count = 0;
      probed = [];
      await busyBurst(busy);
      expect(pauses).toBe(2);
      settle(); // the pause and the second sweep
      expect(pauses).toBe(2);
      expect(whole.count).toBe(0); // the long containers are read child by child
      // Every row's text was tested exactly once, in reads of at most a few units.
      for (const i of [0, 1, 150, 299]) {
        const row = `Row ${i}: a note`;
        expect(probed.filter((text) => text.includes(`${row} `)).length).toBe(1);
      }
      expect(Math.max(...probed.map((text) => text.length))).toBeLessThanOrEqual(4 * 1024);
      expect(candidates).toEqual([]);
    });
  });

  it('stops observing when stopped', async () => {
    start();
    timers.runAll();
    watcher.stop();
    const div = document.createElement('div');
    div.textContent = ROUNDCUBE;
    document.body.append(div);
    await tick();
    timers.runAll();
    expect(candidates).toEqual([]);
  });

  it('splits a very long block into windows around what passes the prefilter', () => {
    const filler = 'lorem ipsum dolor sit amet '.repeat(1500); // ~40 KB
    const pre = document.createElement('pre');
    pre.textContent = `${filler}\n2026-01-01 SMTP ERROR: Failed to connect to server: Connection timed out (110)\n${filler}`;
    document.body.append(pre);
    start();
    timers.runAll();
    expect(candidates.length).toBeGreaterThanOrEqual(1);
    for (const c of candidates) expect(c.text.length).toBeLessThanOrEqual(16_384);
    expect(candidates.some((c) => c.text.includes('Connection timed out (110)'))).toBe(true);
  });
});
