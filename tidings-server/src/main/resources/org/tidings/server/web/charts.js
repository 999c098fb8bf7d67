// Small SVG charts without libraries: a cooperation/conflict bar chart and a force-laid actor graph.
const NS = 'http://www.w3.org/2000/svg';

function s(tag, attrs, ...children) {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) if (v !== null && v !== undefined) el.setAttribute(k, v);
  for (const c of children.flat(Infinity)) if (c !== null && c !== undefined) el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return el;
}

/** Bars per period: cooperation (quad 1, 2) up, conflict (3, 4) down; mean Goldstein as a dotted line. */
export function quadChart(points, { label, interval }) {
  const short = (p) => interval === 'month' ? p.slice(0, 7) : interval === 'year' ? p.slice(0, 4) : p;
  const W = 900, H = 360, left = 44, right = 44, top = 20, bottom = 46;
  const coop = points.map(p => p.verbal_cooperation + p.material_cooperation);
  const conf = points.map(p => p.verbal_conflict + p.material_conflict);
  const max = Math.max(1, ...coop, ...conf);
  const mid = top + (H - top - bottom) / 2;
  const half = (H - top - bottom) / 2;
  const step = (W - left - right) / points.length;
  const bw = Math.max(4, Math.min(48, step * 0.6));
  const y = (n) => (n / max) * half;
  const gy = (g) => mid - (g / 10) * half;
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart', role: 'img', 'aria-label': label + ': cooperation and conflict over time', id: 'quad-chart' });
  svg.append(s('line', { x1: left, x2: W - right, y1: mid, y2: mid, stroke: '#8a94a3' }));
  svg.append(s('text', { x: 4, y: top + 10 }, 'coop. ' + max), s('text', { x: 4, y: H - bottom }, 'conflict ' + max));
  svg.append(s('text', { x: W - right + 4, y: top + 10 }, '+10'), s('text', { x: W - right + 4, y: H - bottom }, '−10'));
  const every = Math.ceil(points.length / 12);
  const line = [];
  points.forEach((p, i) => {
    const cx = left + step * i + step / 2;
    const g = s('g', { class: 'point', 'data-period': p.period, tabindex: '0',
      'aria-label': `${p.period}: ${coop[i]} cooperative, ${conf[i]} conflictual, mean Goldstein ${p.mean_goldstein}` },
    s('title', {}, `${p.period}\n${p.events} events: ${coop[i]} cooperation, ${conf[i]} conflict\nmean Goldstein ${p.mean_goldstein}`));
    if (coop[i]) g.append(s('rect', { x: cx - bw / 2, y: mid - y(coop[i]), width: bw, height: y(coop[i]), fill: '#2e8b57' }));
    if (conf[i]) g.append(s('rect', { x: cx - bw / 2, y: mid, width: bw, height: y(conf[i]), fill: '#c0392b' }));
    svg.append(g);
    if (i % every === 0) svg.append(s('text', { x: cx, y: H - bottom + 16, 'text-anchor': 'middle' }, short(p.period)));
    line.push(`${cx},${gy(p.mean_goldstein)}`);
  });
  svg.append(s('polyline', { points: line.join(' '), fill: 'none', stroke: '#1f5fbf', 'stroke-width': 2, 'stroke-dasharray': '4 3' }));
  points.forEach((p, i) => svg.append(s('circle', { cx: left + step * i + step / 2, cy: gy(p.mean_goldstein), r: 3.5, fill: '#1f5fbf' })));
  svg.append(s('g', {}, s('rect', { x: left, y: H - 18, width: 12, height: 10, fill: '#2e8b57' }), s('text', { x: left + 16, y: H - 9 }, 'cooperation'),
    s('rect', { x: left + 110, y: H - 18, width: 12, height: 10, fill: '#c0392b' }), s('text', { x: left + 126, y: H - 9 }, 'conflict'),
    s('line', { x1: left + 200, x2: left + 222, y1: H - 13, y2: H - 13, stroke: '#1f5fbf', 'stroke-width': 2, 'stroke-dasharray': '4 3' }),
    s('text', { x: left + 228, y: H - 9 }, 'mean Goldstein')));
  return svg;
}

/** A force-directed layout run to rest before drawing (a few hundred steps; graphs here are small). */
export function networkGraph(graph, open) {
  const W = 900, H = 560;
  const n = graph.nodes.length;
  // Fruchterman-Reingold with a pull to the centre, so separate pairs stay in view; cooled over 300 steps.
  const nodes = graph.nodes.map((d, i) => ({ ...d, x: W / 2 + 150 * Math.cos(i * 2.4), y: H / 2 + 150 * Math.sin(i * 2.4) }));
  const byId = Object.fromEntries(nodes.map(d => [d.id, d]));
  const edges = graph.edges.filter(e => byId[e.source] && byId[e.target]);
  const k = Math.min(160, Math.sqrt((W * H) / Math.max(1, n)) * 0.6);
  for (let it = 0, t = W / 8; it < 300; it++, t *= 0.985) {
    for (const a of nodes) { a.dx = 0; a.dy = 0; }
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
      const a = nodes[i], b = nodes[j];
      let dx = a.x - b.x, dy = a.y - b.y;
      const d = Math.max(1, Math.hypot(dx, dy)), f = (k * k) / d;
      dx /= d; dy /= d;
      a.dx += dx * f; a.dy += dy * f; b.dx -= dx * f; b.dy -= dy * f;
    }
    for (const e of edges) {
      const a = byId[e.source], b = byId[e.target];
      if (a === b) continue;
      const dx = b.x - a.x, dy = b.y - a.y, d = Math.max(1, Math.hypot(dx, dy)), f = (d * d) / k;
      a.dx += dx / d * f; a.dy += dy / d * f; b.dx -= dx / d * f; b.dy -= dy / d * f;
    }
    for (const a of nodes) {
      a.dx += (W / 2 - a.x) * 0.6; a.dy += (H / 2 - a.y) * 0.6;
      const d = Math.max(1, Math.hypot(a.dx, a.dy)), step = Math.min(d, t);
      a.x = Math.min(W - 50, Math.max(50, a.x + a.dx / d * step));
      a.y = Math.min(H - 40, Math.max(40, a.y + a.dy / d * step));
    }
  }
  const maxE = Math.max(1, ...edges.map(e => e.events));
  const maxN = Math.max(1, ...nodes.map(n => n.events));
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart', role: 'img', 'aria-label': 'Actor network', id: 'network-graph' },
    s('defs', {}, s('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 12, markerHeight: 12, markerUnits: 'userSpaceOnUse', orient: 'auto-start-reverse' },
      s('path', { d: 'M 0 0 L 10 5 L 0 10 z', fill: '#6b7480' }))));
  for (const e of edges) {
    const a = byId[e.source], b = byId[e.target];
    const r = 8 + 14 * Math.sqrt(b.events / maxN);
    const dx = b.x - a.x, dy = b.y - a.y, d = Math.sqrt(dx * dx + dy * dy) || 1;
    svg.append(s('line', { x1: a.x, y1: a.y, x2: b.x - dx / d * (r + 2), y2: b.y - dy / d * (r + 2),
      stroke: e.mean_goldstein >= 0 ? '#2e8b57' : '#c0392b', 'stroke-opacity': 0.75, 'stroke-width': 1 + 5 * e.events / maxE, 'marker-end': 'url(#arrow)' },
    s('title', {}, `${e.source} → ${e.target}: ${e.events} events, mean Goldstein ${e.mean_goldstein}`)));
  }
  for (const n of nodes) {
    const r = 8 + 14 * Math.sqrt(n.events / maxN);
    const g = s('g', { class: 'node', tabindex: '0', role: 'link', 'aria-label': `${n.id}${n.name ? ' ' + n.name : ''}, ${n.events} events`, style: 'cursor:pointer' },
      s('circle', { cx: n.x, cy: n.y, r, fill: '#dbe6f7', stroke: '#1f5fbf', 'stroke-width': 1.5 }),
      s('text', { x: n.x, y: n.y + 4, 'text-anchor': 'middle', style: 'font-weight:600;fill:#142034' }, n.id),
      s('title', {}, `${n.id}${n.name ? ' (' + n.name + ')' : ''}: ${n.events} events`));
    g.addEventListener('click', () => open(n.id));
    g.addEventListener('keydown', (ev) => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); open(n.id); } });
    svg.append(g);
  }
  return svg;
}
