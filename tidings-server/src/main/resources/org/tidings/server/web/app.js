// Tidings web pages: one module, hash routes, DOM built with h() so no data is ever parsed as HTML.
import { quadChart, networkGraph } from './charts.js';

const main = document.getElementById('main');
const QUADS = ['', 'verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];

export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.className = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : String(c));
  }
  return el;
}

function token() {
  try { return localStorage.getItem('tidings.token') || ''; } catch (e) { return ''; }
}

async function api(path, options = {}) {
  const headers = Object.assign({ Accept: 'application/json' }, options.headers || {});
  if (token()) headers.Authorization = 'Bearer ' + token();
  let res;
  try {
    res = await fetch(path, Object.assign({}, options, { headers }));
  } catch (e) {
    throw { title: 'Cannot reach the server', detail: String(e) };
  }
  const type = res.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await res.json() : await res.text();
  if (!res.ok) throw (typeof body === 'object' ? body : { title: 'Error ' + res.status, detail: body });
  return body;
}

function problem(p) {
  return h('div', { class: 'problem', role: 'alert' }, h('strong', {}, p.title || 'Something went wrong'),
    p.detail ? h('div', {}, p.detail) : null);
}

function params(query) {
  return new URLSearchParams(query || '');
}

function link(hash, text, attrs = {}) {
  return h('a', Object.assign({ href: '#' + hash }, attrs), text);
}

function actors(list) {
  if (!list || !list.length) return h('span', { class: 'muted' }, '—');
  return list.map((a, i) => [i ? ', ' : '', a.code
    ? link('/actor/' + encodeURIComponent(a.code), a.code, { title: (a.name || a.text) })
    : h('span', {}, a.text)]);
}

function typeBadge(e) {
  return h('span', { class: 'type q' + (e.quad_class || 0), title: QUADS[e.quad_class || 0] || '' }, e.type);
}

// The evidence sentence with the trigger marked: by offsets when known, else by the first occurrence of its words.
function evidence(ev, cls = 'evidence') {
  if (!ev) return h('p', { class: 'empty' }, 'No evidence sentence stored.');
  let s = ev.trigger_start, e = ev.trigger_end;
  if (s === undefined || e === undefined || s < 0 || e > ev.text.length) {
    s = ev.trigger ? ev.text.indexOf(ev.trigger) : -1;
    e = s < 0 ? -1 : s + ev.trigger.length;
  }
  if (s < 0) return h('blockquote', { class: cls }, ev.text);
  return h('blockquote', { class: cls }, ev.text.slice(0, s), h('mark', { class: 'trigger' }, ev.text.slice(s, e)),
    ev.text.slice(e));
}

function reportCount(n) {
  return n === 1 ? '1 report' : n + ' reports';
}

function eventItem(e) {
  return h('li', { 'data-reports': e.reports },
    h('div', {}, typeBadge(e), ' ', link('/event/' + encodeURIComponent(e.id), (e.source.map(a => a.code || a.text).join(', ') || '?')
      + ' → ' + (e.target.map(a => a.code || a.text).join(', ') || '—'), { class: 'event-link' })),
    h('div', { class: 'meta' }, [e.event_date || 'undated', e.certainty, reportCount(e.reports), e.outlets.join(', '), 'CAMEO ' + e.cameo].filter(Boolean).join(' · ')),
    e.evidence ? h('div', {}, evidence(e.evidence, 'snippet')) : null);
}

function snippet(text) {
  // The search index marks matches with « and »: turn them into <mark> without parsing HTML.
  const out = [];
  const re = /«([^»]*)»/g;
  let last = 0, m;
  while ((m = re.exec(text))) {
    out.push(text.slice(last, m.index), h('mark', {}, m[1]));
    last = m.index + m[0].length;
  }
  out.push(text.slice(last));
  return out;
}

function setPage(title, ...content) {
  document.title = title + ' · Tidings';
  main.replaceChildren(...content);
  main.focus({ preventScroll: true });
}

// ---------- search ----------
const FACETS = [['types', 'type', 'Types'], ['actors', 'actor', 'Actors'], ['countries', 'country', 'Countries'],
  ['outlets', 'outlet', 'Outlets'], ['certainties', 'certainty', 'Certainty']];

async function searchPage(query) {
  const p = params(query);
  const q = p.get('q') || '';
  const form = h('form', { class: 'bar', role: 'search', onsubmit: (ev) => {
    ev.preventDefault();
    const n = params(query);
    for (const k of ['q', 'from', 'to']) {
      const v = form.elements[k].value.trim();
      if (v) n.set(k, v); else n.delete(k);
    }
    location.hash = '/search?' + n.toString();
  } },
  h('label', {}, 'Search', h('input', { type: 'search', name: 'q', value: q, placeholder: 'ambassador, troops, sanctions…', 'aria-label': 'Search events and articles' })),
  h('label', {}, 'From', h('input', { type: 'date', name: 'from', value: p.get('from') || '' })),
  h('label', {}, 'To', h('input', { type: 'date', name: 'to', value: p.get('to') || '' })),
  h('button', { type: 'submit' }, 'Search'));
  const facets = h('aside', { class: 'facets', 'aria-label': 'Filters' });
  const results = h('section', { 'aria-live': 'polite' }, h('p', { class: 'muted' }, 'Searching…'));
  setPage(q ? 'Search: ' + q : 'Search', h('h1', {}, 'Search events and articles'), form,
    h('div', { class: 'layout' }, facets, results));

  const eventQuery = params(query);
  eventQuery.set('limit', '20');
  eventQuery.set('facets', 'true');
  try {
    const [events, articles] = await Promise.all([
      api('/api/events?' + eventQuery),
      api('/api/articles?' + new URLSearchParams(Object.fromEntries(
        [['q', q], ['outlet', p.get('outlet') || ''], ['from', p.get('from') || ''], ['to', p.get('to') || ''], ['limit', '10']]
          .filter(([, v]) => v)))),
    ]);
    renderFacets(facets, events.facets, p);
    const list = h('ul', { class: 'results', id: 'event-results' }, events.items.map(eventItem));
    const more = h('div', {});
    const addMore = (cursor) => {
      more.replaceChildren(cursor ? h('button', { class: 'secondary', type: 'button', onclick: async () => {
        const n = params(query); n.set('limit', '20'); n.set('cursor', cursor);
        try {
          const page = await api('/api/events?' + n);
          page.items.forEach(e => list.append(eventItem(e)));
          addMore(page.next_cursor);
        } catch (e) { more.replaceChildren(problem(e)); }
      } }, 'More events') : '');
    };
    addMore(events.next_cursor);
    results.replaceChildren(
      h('h2', {}, 'Events'),
      events.items.length ? list : h('p', { class: 'empty' }, q ? 'No events match “' + q + '”.' : 'No events match these filters.'),
      more,
      h('h2', {}, 'Articles'),
      !q ? h('p', { class: 'muted' }, 'Type words above to search the articles’ text.')
        : articles.items.length ? h('ul', { class: 'results', id: 'article-results' }, articles.items.map(a => h('li', {},
          link('/article/' + encodeURIComponent(a.id), a.title || '(untitled)'),
          h('div', { class: 'meta' }, [a.outlet, a.published].filter(Boolean).join(' · ')),
          h('div', {}, snippet(a.snippet || '')))))
          : h('p', { class: 'empty' }, 'No articles match “' + q + '”.'));
  } catch (e) {
    results.replaceChildren(problem(e));
  }
}

function renderFacets(el, facets, p) {
  el.replaceChildren();
  if (!facets) return;
  for (const [key, param, label] of FACETS) {
    const values = facets[key] || [];
    if (!values.length) continue;
    const chosen = p.getAll(param).flatMap(v => v.split(','));
    el.append(h('h3', {}, label), h('div', { class: 'chips' }, values.map(v => h('button', {
      type: 'button', class: 'chip', 'aria-pressed': chosen.includes(v.value) ? 'true' : 'false',
      onclick: () => {
        const n = params(p.toString());
        if (chosen.includes(v.value)) n.delete(param); else n.set(param, v.value);
        n.delete('cursor');
        location.hash = '/search?' + n.toString();
      } }, v.value, h('span', { class: 'n' }, v.count)))));
  }
}

// ---------- event ----------
// Why the reports are one event: every pairwise decision about them, joined or kept apart, with its reasons.
function decisionsSection(e) {
  const label = {};
  e.mentions.forEach((m, i) => { label[m.id] = '#' + (i + 1) + ' ' + (m.article.outlet || m.article.title || m.article.id); });
  const name = (id) => label[id] || 'a report of another event';
  return h('section', {}, h('h2', {}, 'Why these reports are one event'),
    e.decisions.length ? h('ul', { class: 'results', id: 'decisions' }, e.decisions.map(d => h('li', { class: d.merged ? 'joined' : 'apart' },
      h('div', {}, h('strong', {}, d.merged ? 'Joined' : 'Kept apart'), ': ', name(d.a), ' and ', name(d.b), h('span', { class: 'meta' }, ' · score ' + d.score)),
      d.reasons.length ? h('ul', { class: 'reasons' }, d.reasons.map(r => h('li', {}, r))) : null)))
      : h('p', { class: 'empty', id: 'decisions' }, e.mentions.length > 1 ? 'No decisions stored.' : 'One report: nothing to join.'));
}

async function eventPage(id) {
  setPage('Event', h('p', { class: 'muted' }, 'Loading event…'));
  let e;
  try { e = await api('/api/events/' + encodeURIComponent(id)); } catch (err) { return setPage('Event', h('h1', {}, 'Event'), problem(err)); }
  const place = e.location ? [e.location.name, e.location.country].filter(Boolean).join(', ') : null;
  setPage(e.type + ' event',
    h('h1', {}, typeBadge(e), ' ', e.source.map(a => a.name || a.text).join(', ') || '?', ' → ', e.target.map(a => a.name || a.text).join(', ') || '—'),
    h('section', { class: 'card', 'aria-label': 'Evidence' }, h('h2', {}, 'Evidence'), evidence(e.evidence)),
    h('section', { class: 'card' }, h('dl', { class: 'facts' },
      h('dt', {}, 'Type'), h('dd', {}, e.type, e.mode ? ' (' + e.mode + ')' : '', ' · CAMEO ', e.cameo, ' · Goldstein ', e.goldstein,
        e.quad_class ? ' · ' + QUADS[e.quad_class] : ''),
      h('dt', {}, 'Source'), h('dd', {}, actors(e.source)),
      h('dt', {}, 'Target'), h('dd', {}, actors(e.target)),
      h('dt', {}, 'Date'), h('dd', { id: 'event-date' }, e.event_date || 'unknown',
        e.date_basis === 'publication' ? ' (publication date: no date in the text)' : '',
        e.date_expression ? h('span', {}, ' — from “', h('mark', {}, e.date_expression), '”') : ''),
      h('dt', {}, 'Place'), h('dd', {}, place || h('span', { class: 'muted' }, 'not stated')),
      h('dt', {}, 'Certainty'), h('dd', {}, e.certainty || 'unknown'),
      h('dt', {}, 'Reported by'), h('dd', { id: 'reported-by' }, e.reported_by.length ? e.reported_by.join(' ← ') : h('span', { class: 'muted' }, 'the outlet itself')),
      e.quantity ? [h('dt', {}, 'Quantity'), h('dd', {}, e.quantity.value + ' ' + (e.quantity.unit || ''))] : null)),
    h('section', {}, h('h2', {}, 'Reports (' + e.mentions.length + ')'),
      h('p', { class: 'meta', id: 'corroboration' }, [reportCount(e.reports) + ' in ' + e.articles + (e.articles === 1 ? ' article' : ' articles'),
        e.independent_reports + ' independent', e.outlets.length ? 'outlets: ' + e.outlets.join(', ') : null,
        e.corroboration, e.first_report ? 'first ' + e.first_report : null, e.last_report && e.last_report !== e.first_report ? 'last ' + e.last_report : null]
        .filter(Boolean).join(' · ')),
      h('div', { class: 'table-wrap' }, h('table', { id: 'reports' },
      h('thead', {}, h('tr', {}, ['Outlet', 'Published', 'Certainty', 'According to', 'Evidence', 'Article'].map(t => h('th', {}, t)))),
      h('tbody', {}, e.mentions.map(m => h('tr', { 'data-mention': m.id, class: m.id === e.representative ? 'representative' : null },
        h('td', { class: 'outlet' }, m.article.outlet || '—'), h('td', {}, m.article.published || '—'),
        h('td', { class: 'certainty' }, m.certainty || '—'),
        h('td', {}, (m.reported_by || []).join(' ← ') || '—'),
        h('td', {}, m.evidence ? evidence(m.evidence, 'snippet') : '—'),
        h('td', {}, link('/article/' + encodeURIComponent(m.article.id), m.article.title || m.article.id)))))))),
    decisionsSection(e),
    h('p', {}, e.source[0] && e.target[0] && e.source[0].country && e.target[0].country
      ? link('/dyad?source=' + e.source[0].country + '&target=' + e.target[0].country, 'Chart ' + e.source[0].country + ' – ' + e.target[0].country + ' over time')
      : null));
}

// ---------- article ----------
async function articlePage(id) {
  setPage('Article', h('p', { class: 'muted' }, 'Loading article…'));
  let a;
  try { a = await api('/api/articles/' + encodeURIComponent(id)); } catch (err) { return setPage('Article', h('h1', {}, 'Article'), problem(err)); }
  // Non-overlapping spans; event triggers win over actors, actors over time expressions, those over entities.
  const spans = [];
  const take = (list, cls, label) => {
    for (const s of list) {
      if (s.start === undefined || s.end === undefined || s.end <= s.start) continue;
      if (spans.some(o => s.start < o.end && o.start < s.end)) continue;
      spans.push({ start: s.start, end: s.end, cls, label: label(s), href: s.href });
    }
  };
  take(a.events.filter(e => e.trigger_start !== undefined).map(e => ({ start: e.trigger_start, end: e.trigger_end, e, href: '#/event/' + encodeURIComponent(e.id) })),
    'evt', s => s.e.type + ' (' + s.e.source + ' → ' + s.e.target + ')');
  take(a.actors, 'act', s => 'actor ' + (s.code || '?') + (s.name ? ': ' + s.name : ''));
  take(a.timexes, 'tim', s => 'time ' + s.type + (s.value ? ' = ' + s.value : ''));
  take(a.entities, 'ent', s => s.type);
  spans.sort((x, y) => x.start - y.start);
  const parts = [];
  let at = 0;
  for (const s of spans) {
    parts.push(a.text.slice(at, s.start));
    const words = a.text.slice(s.start, s.end);
    parts.push(s.href ? h('a', { href: s.href, class: s.cls, title: s.label }, words) : h('span', { class: s.cls, title: s.label }, words));
    at = s.end;
  }
  parts.push(a.text.slice(at));
  setPage(a.title || 'Article',
    h('h1', {}, a.title || '(untitled)'),
    h('p', { class: 'meta' }, [a.outlet, a.published, a.authors && a.authors.join(', ')].filter(Boolean).join(' · '),
      a.url ? [' · ', h('a', { href: a.url, rel: 'noopener noreferrer' }, 'original')] : ''),
    h('div', { class: 'legend', 'aria-label': 'Legend' }, h('span', { class: 'evt', style: 'background:var(--mark)' }, 'event'),
      h('span', { style: 'background:var(--act)' }, 'actor'), h('span', { style: 'background:var(--tim)' }, 'time expression'),
      h('span', { style: 'background:var(--ent)' }, 'named entity')),
    h('div', { class: 'text', id: 'article-text' }, parts),
    h('h2', {}, 'Events (' + a.events.length + ')'),
    a.events.length ? h('ul', { class: 'results' }, a.events.map(e => h('li', {},
      h('span', { class: 'type' }, e.type), ' ', link('/event/' + encodeURIComponent(e.id), (e.source || '?') + ' → ' + (e.target || '—')),
      h('span', { class: 'meta' }, ' · ', e.event_date || 'undated', ' · ', e.certainty || '')))) : h('p', { class: 'empty' }, 'No events were coded in this article.'));
}

// ---------- timeline and dyad ----------
async function seriesPage(query, dyad) {
  const p = params(query);
  const interval = p.get('interval') || (dyad ? 'month' : 'month');
  const form = h('form', { class: 'bar', onsubmit: (ev) => {
    ev.preventDefault();
    const n = new URLSearchParams();
    for (const el of form.elements) if (el.name && el.value.trim()) n.set(el.name, el.value.trim());
    location.hash = (dyad ? '/dyad?' : '/timeline?') + n;
  } },
  dyad ? [h('label', {}, 'Actor A', h('input', { name: 'source', value: p.get('source') || '', size: 8, required: true })),
    h('label', {}, 'Actor B', h('input', { name: 'target', value: p.get('target') || '', size: 8, required: true }))]
    : [h('label', {}, 'Actor', h('input', { name: 'actor', value: p.get('actor') || '', size: 10 })),
      h('label', {}, 'Type', h('input', { name: 'type', value: p.get('type') || '', size: 10 }))],
  h('label', {}, 'Interval', h('select', { name: 'interval' }, ['day', 'week', 'month', 'year'].map(i => h('option', { value: i, selected: i === interval }, i)))),
  h('label', {}, 'From', h('input', { type: 'date', name: 'from', value: p.get('from') || '' })),
  h('label', {}, 'To', h('input', { type: 'date', name: 'to', value: p.get('to') || '' })),
  h('button', { type: 'submit' }, 'Show'));
  const out = h('section', { 'aria-live': 'polite' }, h('p', { class: 'muted' }, 'Loading…'));
  const title = dyad ? 'Dyad ' + (p.get('source') || '?') + ' – ' + (p.get('target') || '?') : 'Timeline';
  setPage(title, h('h1', {}, dyad ? 'Cooperation and conflict between two actors' : 'Timeline of events'), form, out);
  if (dyad && (!p.get('source') || !p.get('target'))) {
    out.replaceChildren(h('p', { class: 'empty' }, 'Name two actors (country codes such as KOR and RUS).'));
    return;
  }
  const q = new URLSearchParams({ interval });
  for (const k of ['source', 'target', 'actor', 'type', 'from', 'to']) if (p.get(k)) q.set(k, p.get(k));
  try {
    const s = await api('/api/series?' + q);
    if (!s.points.length) {
      out.replaceChildren(h('p', { class: 'empty' }, 'No dated events for this choice.'));
      return;
    }
    out.replaceChildren(
      h('p', { class: 'muted' }, dyad ? 'Events either way between ' + s.source + ' and ' + s.target + ', per ' + interval
        + '. Bars above the line: cooperation; below: conflict. The dotted line is the mean Goldstein score (−10 to +10).'
        : 'Events per ' + interval + ': cooperation above the line, conflict below; dotted line: mean Goldstein score.'),
      quadChart(s.points, { label: title, interval }),
      h('div', { class: 'table-wrap' }, h('table', { id: 'series-table' },
        h('thead', {}, h('tr', {}, ['Period', 'Events', 'Verbal coop.', 'Material coop.', 'Verbal conflict', 'Material conflict', 'Mean Goldstein'].map(t => h('th', {}, t)))),
        h('tbody', {}, s.points.map(pt => h('tr', { 'data-period': pt.period }, h('td', {}, pt.period), h('td', {}, pt.events),
          h('td', {}, pt.verbal_cooperation), h('td', {}, pt.material_cooperation), h('td', {}, pt.verbal_conflict),
          h('td', {}, pt.material_conflict), h('td', {}, pt.mean_goldstein)))))),
      h('p', {}, link('/search?' + new URLSearchParams(dyad ? { actor: p.get('source') } : Object.fromEntries([...q].filter(([k]) => k !== 'interval'))), 'List these events')));
  } catch (e) {
    out.replaceChildren(problem(e));
  }
}

// ---------- network ----------
async function networkPage(query) {
  const p = params(query);
  const form = h('form', { class: 'bar', onsubmit: (ev) => {
    ev.preventDefault();
    const n = new URLSearchParams();
    for (const el of form.elements) if (el.name && el.value.trim()) n.set(el.name, el.value.trim());
    location.hash = '/network?' + n;
  } },
  h('label', {}, 'Actor', h('input', { name: 'actor', value: p.get('actor') || '', size: 10 })),
  h('label', {}, 'Type', h('input', { name: 'type', value: p.get('type') || '', size: 10 })),
  h('label', {}, 'Level', h('select', { name: 'level' }, ['code', 'country'].map(l => h('option', { value: l, selected: l === (p.get('level') || 'country') }, l)))),
  h('label', {}, 'From', h('input', { type: 'date', name: 'from', value: p.get('from') || '' })),
  h('label', {}, 'To', h('input', { type: 'date', name: 'to', value: p.get('to') || '' })),
  h('button', { type: 'submit' }, 'Show'));
  const out = h('section', { 'aria-live': 'polite' }, h('p', { class: 'muted' }, 'Loading…'));
  setPage('Actor network', h('h1', {}, 'Who acts on whom'), form, out);
  const q = new URLSearchParams({ level: p.get('level') || 'country', limit: '80' });
  for (const k of ['actor', 'type', 'from', 'to']) if (p.get(k)) q.set(k, p.get(k));
  try {
    const g = await api('/api/network?' + q);
    if (!g.edges.length) return out.replaceChildren(h('p', { class: 'empty' }, 'No events with both a source and a target match.'));
    out.replaceChildren(
      h('p', { class: 'muted' }, 'Arrows go from source to target; green edges are cooperative on average, red conflictual; thicker edges have more events. Select an actor to open it.'),
      networkGraph(g, (id) => { location.hash = '/actor/' + encodeURIComponent(id); }),
      h('div', { class: 'table-wrap' }, h('table', {},
        h('thead', {}, h('tr', {}, ['Source', 'Target', 'Events', 'Mean Goldstein'].map(t => h('th', {}, t)))),
        h('tbody', {}, g.edges.map(e => h('tr', {}, h('td', {}, link('/actor/' + encodeURIComponent(e.source), e.source)),
          h('td', {}, link('/actor/' + encodeURIComponent(e.target), e.target)), h('td', {}, e.events), h('td', {}, e.mean_goldstein)))))));
  } catch (e) {
    out.replaceChildren(problem(e));
  }
}

// ---------- actor ----------
async function actorPage(code) {
  setPage('Actor ' + code, h('p', { class: 'muted' }, 'Loading actor…'));
  let a;
  try { a = await api('/api/actors/' + encodeURIComponent(code)); } catch (err) { return setPage('Actor', h('h1', {}, 'Actor ' + code), problem(err)); }
  const byType = {};
  for (const r of a.types_over_time) byType[r.type] = (byType[r.type] || 0) + r.events;
  setPage('Actor ' + a.code,
    h('h1', {}, a.code, a.names.length ? ' — ' + a.names[0].name : ''),
    a.names.length > 1 ? h('p', { class: 'meta' }, 'Also: ', a.names.slice(1).map(n => n.name).join(', ')) : null,
    h('p', {}, link('/search?actor=' + encodeURIComponent(a.code), 'Events of ' + a.code), ' · ',
      link('/timeline?actor=' + encodeURIComponent(a.code), 'Timeline'), ' · ', link('/network?actor=' + encodeURIComponent(a.code), 'Network')),
    h('div', { class: 'grid2' },
      h('section', {}, h('h2', {}, 'Event types'), Object.keys(byType).length ? h('table', {}, h('tbody', {},
        Object.entries(byType).sort((x, y) => y[1] - x[1]).map(([t, n]) => h('tr', {}, h('td', {}, link('/search?actor=' + encodeURIComponent(a.code) + '&type=' + t, t)), h('td', {}, n)))))
        : h('p', { class: 'empty' }, 'No dated events.')),
      h('section', {}, h('h2', {}, 'Counterparts'), a.counterparts.length ? h('table', {}, h('thead', {}, h('tr', {}, h('th', {}, 'Actor'), h('th', {}, 'Events'), h('th', {}, 'Mean Goldstein'), h('th', {}, ''))),
        h('tbody', {}, a.counterparts.map(c => h('tr', {}, h('td', {}, link('/actor/' + encodeURIComponent(c.code), c.code), c.name ? ' ' + c.name : ''),
          h('td', {}, c.events), h('td', {}, c.mean_goldstein), h('td', {}, link('/dyad?source=' + encodeURIComponent(a.code) + '&target=' + encodeURIComponent(c.code), 'dyad'))))))
        : h('p', { class: 'empty' }, 'No counterparts yet.'))),
    h('h2', {}, 'Over time'), a.types_over_time.length ? h('div', { class: 'table-wrap' }, h('table', {}, h('thead', {}, h('tr', {}, h('th', {}, 'Period'), h('th', {}, 'Type'), h('th', {}, 'Events'))),
      h('tbody', {}, a.types_over_time.map(r => h('tr', {}, h('td', {}, r.period), h('td', {}, r.type), h('td', {}, r.events))))))
      : h('p', { class: 'empty' }, 'No dated events.'));
}

// ---------- ingest ----------
function ingestPage() {
  const tokenInput = h('input', { id: 'token', type: 'password', value: token(), autocomplete: 'off' });
  const saveToken = () => { try { localStorage.setItem('tidings.token', tokenInput.value.trim()); } catch (e) { /* private mode */ } };
  tokenInput.addEventListener('change', saveToken);
  const out = h('section', { id: 'ingest-result', 'aria-live': 'polite' });
  const fileInput = h('input', { id: 'files', type: 'file', multiple: true, 'aria-label': 'Files to ingest' });
  const send = async (body, headers) => {
    saveToken();
    out.replaceChildren(h('p', { class: 'muted' }, 'Analysing… (the first ingest loads the language models and takes a little while)'));
    try {
      const r = await api('/api/ingest', { method: 'POST', body, headers });
      out.replaceChildren(h('div', { class: 'card' },
        h('p', {}, `Read ${r.read}, stored ${r.stored}, already stored ${r.duplicates}, failed ${r.failures.length}.`),
        r.failures.length ? h('ul', {}, r.failures.map(f => h('li', { class: 'problem' }, f))) : null,
        r.articles.map(a => h('div', {}, h('h2', {}, link('/article/' + encodeURIComponent(a.id), a.title || a.id)),
          a.events.length ? h('ul', { class: 'results' }, a.events.map(e => h('li', {}, h('span', { class: 'type' }, e.type), ' ',
            link('/event/' + encodeURIComponent(e.id), (e.source || '?') + ' → ' + (e.target || '—')),
            e.evidence ? h('div', { class: 'meta' }, e.evidence) : null)))
            : h('p', { class: 'empty' }, 'No events coded in this article.')))));
    } catch (e) {
      out.replaceChildren(problem(e));
    }
  };
  const sendFiles = (files) => {
    if (!files.length) return;
    const fd = new FormData();
    for (const f of files) fd.append('files', f, f.name);
    send(fd, {});
  };
  const drop = h('div', { class: 'drop', id: 'drop' },
    h('p', {}, 'Drop news files here (text, JSON Lines, HTML, RSS/Atom, WARC, CSV; .gz too), or '),
    h('label', { for: 'files', class: 'muted' }, 'choose files: '), fileInput,
    h('div', {}, h('button', { type: 'button', id: 'upload', onclick: () => sendFiles(fileInput.files) }, 'Upload and analyse')));
  drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => { e.preventDefault(); drop.classList.remove('over'); sendFiles(e.dataTransfer.files); });
  const textForm = h('form', { class: 'card stack', onsubmit: (e) => {
    e.preventDefault();
    const f = textForm.elements;
    send(JSON.stringify({ title: f.title.value, text: f.text.value, outlet: f.outlet.value, published: f.published.value }),
      { 'Content-Type': 'application/json' });
  } }, h('h2', {}, 'Paste an article'),
  h('label', {}, 'Title', h('input', { name: 'title' })),
  h('div', { class: 'grid2' }, h('label', {}, 'Outlet', h('input', { name: 'outlet' })), h('label', {}, 'Published (YYYY-MM-DD)', h('input', { name: 'published', placeholder: '2024-10-21' }))),
  h('label', {}, 'Text', h('textarea', { name: 'text', rows: 6, required: true })),
  h('button', { type: 'submit' }, 'Analyse text'));
  const urlForm = h('form', { class: 'card bar', onsubmit: (e) => {
    e.preventDefault();
    send(JSON.stringify({ url: urlForm.elements.url.value }), { 'Content-Type': 'application/json' });
  } }, h('label', {}, 'Page URL', h('input', { name: 'url', type: 'url', required: true, size: 40 })), h('button', { type: 'submit' }, 'Fetch and analyse'));
  setPage('Ingest', h('h1', {}, 'Add news'),
    h('div', { class: 'card stack' }, h('label', { for: 'token' }, 'Server token (uploads need it; `tidings serve` prints it)'), tokenInput),
    drop, out, textForm, urlForm);
}

// ---------- router ----------
async function route() {
  const hash = location.hash.replace(/^#/, '') || '/search';
  const [path, query] = hash.split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  for (const a of document.querySelectorAll('[data-nav]')) {
    if (a.dataset.nav === (parts[0] || 'search')) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  }
  switch (parts[0]) {
    case 'event': return eventPage(parts.slice(1).join('/'));
    case 'article': return articlePage(parts.slice(1).join('/'));
    case 'actor': return actorPage(parts[1] || '');
    case 'timeline': return seriesPage(query, false);
    case 'dyad': return seriesPage(query, true);
    case 'network': return networkPage(query);
    case 'ingest': return ingestPage();
    case 'search': case undefined: return searchPage(query);
    default: return setPage('Not found', h('h1', {}, 'No such page'), h('p', {}, link('/search', 'Go to search')));
  }
}

window.addEventListener('hashchange', route);
route();
