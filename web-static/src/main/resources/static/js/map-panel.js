// The panel of one hotspot: when its incidents happen, how it is changing, what is there and who is linked.
import { getJson, escapeHtml } from './api.js';
import { wordLabel } from './common.js';

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

function links(nodes, href, none) {
  if (!nodes || !nodes.length) {
    return `<p class="empty">${none}</p>`;
  }
  return `<ul class="linked">${nodes.map(n => n.restricted || !href
    ? `<li>${escapeHtml(n.label)}</li>`
    : `<li><a href="${href}${encodeURIComponent(n.id)}">${escapeHtml(n.label)}</a></li>`).join('')}</ul>`;
}

function countsByType(counts) {
  const entries = Object.entries(counts);
  const max = Math.max(1, ...entries.map(([, n]) => n));
  return `<table class="by-type">${entries.map(([type, n]) => `<tr><th>${escapeHtml(wordLabel(type))}</th>
    <td><span class="type-bar" style="width:${Math.round(100 * n / max)}%"></span></td><td>${n}</td></tr>`).join('')}</table>`;
}

/** Seven rows (Monday first) of 24 hours, shaded by count: when to patrol. */
export function hourMatrix(matrix) {
  const max = Math.max(1, ...matrix.flat());
  const head = Array.from({ length: 24 }, (_, h) => `<th>${h % 3 === 0 ? h : ''}</th>`).join('');
  const rows = matrix.map((row, d) => `<tr><th>${DAYS[d]}</th>${row.map((n, h) =>
    `<td class="cell" data-day="${d}" data-hour="${h}" title="${DAYS[d]} ${h}:00-${h}:59: ${n}" `
    + `style="background:rgba(178,24,43,${n ? (0.15 + 0.85 * n / max).toFixed(2) : 0})">${n || ''}</td>`).join('')}</tr>`).join('');
  return `<table class="hour-matrix" aria-label="Incidents by hour and weekday, UK time"><thead><tr><th></th>${head}</tr></thead>
    <tbody>${rows}</tbody></table>`;
}

function trendLine(t) {
  const direction = t.change > 0 ? `up ${t.change}` : t.change < 0 ? `down ${-t.change}` : 'no change';
  const percent = t.changePercent === null || t.changePercent === undefined ? '' : ` (${t.changePercent > 0 ? '+' : ''}${t.changePercent}%)`;
  return `<p class="trend trend-${t.change > 0 ? 'up' : t.change < 0 ? 'down' : 'flat'}"><strong>${t.current}</strong> incidents
    ${escapeHtml(t.from)} to ${escapeHtml(t.to)}, ${direction}${percent} on ${t.previous} in ${escapeHtml(t.previousFrom)} to
    ${escapeHtml(t.previousTo)}.</p>`;
}

function placesByKind(byKind) {
  const kinds = Object.entries(byKind || {});
  if (!kinds.length) {
    return '<p class="empty">No named places inside it.</p>';
  }
  return kinds.map(([kind, places]) => `<h4>${escapeHtml(wordLabel(kind))}</h4>${links(places, '/location.html?id=', '')}`).join('');
}

/** Shows the panel of hotspot `id` found with `query` in `panel`. */
export async function showPanel(panel, id, query) {
  panel.hidden = false;
  panel.innerHTML = '<p class="loading">Loading the hotspot…</p>';
  try {
    const d = await getJson(`/api/hotspots/${encodeURIComponent(id)}`, query);
    const p = d.hotspot.properties;
    panel.innerHTML = `<h2>Hotspot ${p.rank} <button type="button" class="link close" data-close-panel>close</button></h2>
      ${trendLine(d.trend)}
      <h3>What</h3>${countsByType(d.countsByType)}
      <h3>When <small>(UK time)</small></h3>${hourMatrix(d.hourByWeekday)}
      <h3>Places inside</h3>${placesByKind(d.locationsByKind)}
      <h3>Organisations operating there</h3>${links(d.organisations, null, 'None recorded.')}
      <h3>Children <small>(${d.children.length})</small></h3>${links(d.children, '/network.html?id=', 'None linked.')}
      <h3>Persons of interest <small>(${d.personsOfInterest.length})</small></h3>${links(d.personsOfInterest, '/network.html?id=', 'None linked.')}
      <h3>Networks</h3>${links(d.networks, '/network.html?id=', 'None linked.')}`;
  } catch (e) {
    panel.innerHTML = `<p class="error">Could not open the hotspot: ${escapeHtml(e.message)}</p>`;
  }
}
