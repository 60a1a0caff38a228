'use strict';
// Doppel's page. Every text that comes from a document or a request (texts, titles, ids, reasons)
// reaches the page through textContent or as an attribute value set by setAttribute on our own
// elements: never as markup. The page talks only to its own server.
(function () {
  const $ = (id) => document.getElementById(id);
  const state = { pair: null, textA: '', textB: '', marks: [], current: -1, other: null };
  // Each kind of request counts its runs, and an answer that a later run of its kind overtook is dropped: two queries
  // run in quick succession filled one list with both answers, and a slow answer replaced the one the user asked last.
  const runs = { query: 0, search: 0, pair: 0, family: 0 };
  function latest(kind) {
    const run = ++runs[kind];
    return () => run === runs[kind];
  }

  function el(tag, text, cls) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }

  // An id as shown: its bidirectional overrides and isolates (U+202A-E, U+2066-9), which reorder the text after them on
  // screen ("rtl\u202Eexe.txt" read "rtltxt.exe"), and its zero-width characters (U+200B, U+2060, U+FEFF, U+180E), which
  // make two ids look the same, escaped as the text reports print them. Requests use the id itself.
  function shownId(id) {
    return String(id).replace(/[\u202A-\u202E\u2066-\u2069\u200B\u2060\uFEFF\u180E]/g, (c) => '\\u' + c.charCodeAt(0).toString(16));
  }

  // The whole id as one path segment, its slashes as %2F: the browser would otherwise resolve "." and ".." segments
  // and the server drop a trailing slash, and a crawl's page at a site's root ("crawl/https://news.example/") or a
  // record id "../x" could not be opened.
  function docPath(id) {
    return '/api/documents/' + encodeURIComponent(id);
  }

  async function api(path, options) {
    let response;
    try {
      response = await fetch(path, options);
    } catch (e) {
      // the browser's own words ("Failed to fetch", "NetworkError when attempting to fetch resource") name no cause
      throw new Error('the server did not answer (is doppel serve still running?)');
    }
    const body = await response.json().catch(() => ({ error: 'the server sent no JSON' }));
    if (!response.ok) throw new Error(body.error || ('HTTP ' + response.status));
    return body;
  }

  function status(text) { $('status').textContent = text; }

  async function loadStats() {
    try {
      const s = await api('/api/stats');
      $('stats').textContent = s.documents + ' documents indexed · last commit ' + (s.last_commit || 'never');
    } catch (e) { $('stats').textContent = 'stats unavailable: ' + e.message; }
  }

  function relationName(r) { return r.replace('_', ' '); }

  function matchButton(pair, onOpen) {
    const li = el('li');
    const button = el('button');
    button.type = 'button';
    button.append(el('span', relationName(pair.relation), 'rel'), el('span', pair.score.toFixed(2), 'score'),
      el('span', pair.title || shownId(pair.b)));
    const meta = [shownId(pair.b), pair.site, pair.date_shown || pair.date].filter(Boolean).join(' · ');
    button.append(el('span', meta, 'meta'));
    const original = pair.source === null ? 'likely original: unknown' : 'likely original: ' + pair.source;
    button.append(el('span', original + ' — ' + pair.direction_detail, 'why'));
    button.append(el('span', pair.reason, 'why'));
    button.addEventListener('click', () => {
      document.querySelectorAll('.list button[aria-current]').forEach((b) => b.removeAttribute('aria-current'));
      button.setAttribute('aria-current', 'true');
      onOpen(pair);
    });
    li.append(button);
    return li;
  }

  // name: what the side-by-side view calls the query (a dropped file's name), which is not sent as its id: the server
  // leaves an indexed document with the query's id out of the answer, so a file named as a document hid that document.
  async function runQuery(body, name) {
    const current = latest('query');
    status('Searching…');
    $('matches').replaceChildren();
    try {
      const top = parseInt($('top').value, 10) || 10;
      const answer = await api('/api/query', {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(Object.assign({ top }, body))
      });
      if (!current()) return;
      status(answer.matches.length === 0 ? 'No copies found.' : answer.matches.length + ' related documents, best first.');
      const queryDoc = answer.query;
      $('matches').replaceChildren();
      answer.matches.forEach((pair) => $('matches').append(matchButton(pair, (p) => openPair(p, queryDoc.text, name || queryDoc.id))));
    } catch (e) { if (current()) status('Error: ' + e.message); }
  }

  async function openPair(pair, textA, titleA) {
    const current = latest('pair');
    let other;
    try {
      other = await api(docPath(pair.b));
    } catch (e) {
      // a document removed since the list was made, or the server stopped: the click did nothing, without a word
      if (current()) status('Error: cannot open ' + shownId(pair.b) + ': ' + e.message);
      return;
    }
    if (!current()) return;
    state.pair = pair;
    state.textA = textA;
    state.textB = other.text;
    state.other = { id: other.id, title: other.metadata.title };
    $('pair').hidden = false;
    $('title-a').textContent = 'A: ' + shownId(titleA);
    $('title-b').textContent = 'B: ' + (other.metadata.title ? other.metadata.title + ' (' + shownId(other.id) + ')' : shownId(other.id));
    const facts = $('pair-facts');
    facts.replaceChildren();
    [['Relation', relationName(pair.relation)], ['Score', pair.score.toFixed(3)], ['Reason', pair.reason],
     ['Likely original', pair.source === null ? 'unknown' : pair.source], ['Evidence', pair.direction_detail],
     ['B', [other.metadata.site, other.metadata.date, other.metadata.url].filter(Boolean).join(' · ')]]
      .forEach(([k, v]) => facts.append(el('dt', k), el('dd', v)));
    renderSide($('text-a'), state.textA, pair.passages.map((p) => p.a));
    renderSide($('text-b'), state.textB, pair.passages.map((p) => p.b));
    state.marks = [Array.from($('text-a').querySelectorAll('mark')), Array.from($('text-b').querySelectorAll('mark'))];
    state.current = -1;
    const sentences = pair.sentences || [];
    $('toggle-sentences').hidden = sentences.length === 0;
    $('sentences').hidden = true;
    $('side-by-side').hidden = false;
    const rows = $('sentences').querySelector('tbody');
    rows.replaceChildren();
    sentences.forEach((s) => {
      const tr = el('tr');
      tr.append(el('td', slice(state.textA, s.a)), el('td', slice(state.textB, s.b)), el('td', s.similarity.toFixed(2)));
      rows.append(tr);
    });
    $('pair').scrollIntoView({ block: 'start' });
  }

  // Offsets are Unicode code points; JavaScript strings count UTF-16 units.
  function slice(text, span) { return Array.from(text).slice(span[0], span[1]).join(''); }

  function renderSide(container, text, spans) {
    const points = Array.from(text);
    const order = spans.map((s, i) => ({ s, i })).sort((x, y) => x.s[0] - y.s[0]);
    container.replaceChildren();
    let at = 0;
    order.forEach(({ s, i }) => {
      const start = Math.max(s[0], at);
      if (start > at) container.append(document.createTextNode(points.slice(at, start).join('')));
      if (s[1] > start) {
        const mark = el('mark', points.slice(start, s[1]).join(''), 'p' + (i % 4));
        mark.dataset.passage = String(i);
        container.append(mark);
        at = s[1];
      }
    });
    if (at < points.length) container.append(document.createTextNode(points.slice(at).join('')));
  }

  function step(delta) {
    if (!state.pair || state.pair.passages.length === 0) return;
    const n = state.pair.passages.length;
    state.current = (state.current + delta + n) % n;
    state.marks.flat().forEach((m) => m.classList.toggle('current', m.dataset.passage === String(state.current)));
    state.marks.forEach((side) => {
      const mark = side.find((m) => m.dataset.passage === String(state.current));
      if (mark) mark.scrollIntoView({ block: 'center' });
    });
  }

  async function search() {
    const current = latest('search');
    try {
      const q = encodeURIComponent($('search').value);
      const answer = await api('/api/documents?limit=20&q=' + q);
      if (!current()) return;
      const list = $('documents');
      list.replaceChildren();
      answer.documents.forEach((d) => {
        const li = el('li');
        const button = el('button');
        button.type = 'button';
        button.append(el('span', d.title || shownId(d.id)), el('span', [shownId(d.id), d.site, d.date_shown || d.date].filter(Boolean).join(' · '), 'meta'));
        button.addEventListener('click', () => showFamily(d));
        li.append(button);
        list.append(li);
      });
    } catch (e) { if (current()) status('Error: ' + e.message); }
  }

  async function showFamily(d) {
    const current = latest('family');
    let answer, full;
    try {
      [answer, full] = await Promise.all([api(docPath(d.id) + '/copies?top=100'), api(docPath(d.id))]);
    } catch (e) {
      if (current()) status('Error: cannot show ' + shownId(d.id) + ': ' + e.message);
      return;
    }
    if (!current()) return;
    $('family').hidden = false;
    $('family-title').textContent = d.title || shownId(d.id);
    const lists = { of: $('copies-of'), from: $('copied-from'), unknown: $('related') };
    Object.values(lists).forEach((l) => l.replaceChildren());
    answer.matches.forEach((pair) => {
      const target = pair.source === d.id ? lists.of : pair.source === pair.b ? lists.from : lists.unknown;
      target.append(matchButton(pair, (p) => openPair(p, full.text, d.id)));
    });
    Object.values(lists).forEach((l) => { if (!l.children.length) l.append(el('li', 'none')); });
  }

  function readFile(file) {
    if (!file) return;
    const reader = new FileReader();
    reader.onerror = () => status('Error: cannot read ' + file.name + ': ' + (reader.error ? reader.error.message : 'unknown error'));
    reader.onload = () => {
      const isHtml = /\.html?$/i.test(file.name) || file.type === 'text/html';
      $('text').value = isHtml ? '' : reader.result;
      runQuery(isHtml ? { html: reader.result } : { text: reader.result }, file.name);
    };
    reader.readAsText(file);
  }

  document.addEventListener('DOMContentLoaded', () => {
    Promise.all([loadStats(), search()]).then(() => { document.documentElement.dataset.ready = 'true'; });
    $('run').addEventListener('click', () => {
      const text = $('text').value;
      if (!text.trim()) { status('Paste a text first.'); return; }
      runQuery({ text });
    });
    $('text').addEventListener('keydown', (e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) $('run').click(); });
    $('file').addEventListener('change', () => readFile($('file').files[0]));
    const area = $('text');
    area.addEventListener('dragover', (e) => { e.preventDefault(); area.classList.add('dragging'); });
    area.addEventListener('dragleave', () => area.classList.remove('dragging'));
    area.addEventListener('drop', (e) => { e.preventDefault(); area.classList.remove('dragging'); readFile(e.dataTransfer.files[0]); });
    let timer = null;
    $('search').addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(search, 200); });
    $('prev-passage').addEventListener('click', () => step(-1));
    $('next-passage').addEventListener('click', () => step(1));
    // one hop along the provenance graph: B's own family, whose matches open in turn, so a claim is traced to its origin
    $('follow-b').addEventListener('click', () => {
      if (!state.other) return;
      showFamily(state.other).then(() => $('family').scrollIntoView({ block: 'start' }));
    });
    $('toggle-sentences').addEventListener('click', () => {
      $('sentences').hidden = !$('sentences').hidden;
      $('side-by-side').hidden = !$('sentences').hidden;
    });
    document.addEventListener('keydown', (e) => {
      const typing = /^(INPUT|TEXTAREA)$/.test(document.activeElement.tagName);
      if (typing || e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === 'n') step(1);
      if (e.key === 'p') step(-1);
      if (e.key === '/') { e.preventDefault(); $('search').focus(); }
    });
  });
})();
