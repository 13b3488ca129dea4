// A place as a case subject (Contextual Safeguarding): incidents over time, who and what is linked, the
// submissions that name it, and its "location of concern" flag, which analysts and MACE members set and clear.
import { getJson, sendJson, escapeHtml } from './api.js';
import { renderHeader, wordLabel, areaNamer, tacticLabel, ukDay, when } from './common.js';
import { canTask, taskingButton } from './tasking.js';

const main = document.getElementById('location');
const id = new URLSearchParams(window.location.search).get('id');

function list(nodes, href, none) {
  if (!nodes.length) {
    return `<p class="empty">${none}</p>`;
  }
  return `<ul class="linked">${nodes.map(n => n.restricted || !href ? `<li>${escapeHtml(n.label)}</li>`
    : `<li><a href="${href}${encodeURIComponent(n.id)}">${escapeHtml(n.label)}</a></li>`).join('')}</ul>`;
}

/** Incidents per calendar month (UK time), as bars: from the first, or the year before the last if later, to the last. */
function overTime(incidents) {
  if (!incidents.length) {
    return '<p class="empty">No incidents recorded here.</p>';
  }
  const month = at => ukDay(new Date(at)).slice(0, 7);
  const counts = new Map();
  incidents.forEach(i => counts.set(month(i.occurredAt), (counts.get(month(i.occurredAt)) || 0) + 1));
  const months = [];
  const last = month(incidents[incidents.length - 1].occurredAt);
  // At least the twelve months up to the latest incident, so that one busy month reads as a bar among others.
  const [ly, lm] = last.split('-').map(Number);
  const yearBefore = `${lm === 12 ? ly : ly - 1}-${String(lm === 12 ? 1 : lm + 1).padStart(2, '0')}`;
  const first = month(incidents[0].occurredAt);
  const [fy, fm] = (first < yearBefore ? first : yearBefore).split('-').map(Number);
  for (let y = fy, m = fm; ; m === 12 ? (y++, m = 1) : m++) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    months.push(key);
    if (key === last || months.length > 120) {
      break;
    }
  }
  const max = Math.max(...counts.values());
  return `<div class="months" aria-label="Incidents per month">${months.map(m =>
    `<div data-month="${m}" title="${m}: ${counts.get(m) || 0}" style="height:${Math.round(100 * (counts.get(m) || 0) / max)}%"></div>`).join('')}</div>
    <div class="month-labels">${months.map(m => `<span>${m.slice(5) === '01' || months.length <= 12 ? m.slice(2) : ''}</span>`).join('')}</div>`;
}

function incidentTable(incidents) {
  return `<table class="list"><thead><tr><th>When (UK time)</th><th>What</th></tr></thead><tbody>${incidents.slice().reverse().slice(0, 50)
    .map(i => `<tr><td>${escapeHtml(new Date(i.occurredAt).toLocaleString('en-GB', { timeZone: 'Europe/London' }))}</td>
    <td>${escapeHtml(wordLabel(i.incidentType))}</td></tr>`).join('')}</tbody></table>
    ${incidents.length > 50 ? `<p class="small">The latest 50 of ${incidents.length}.</p>` : ''}`;
}

function concernBox(concern) {
  if (concern) {
    return `<section class="concern-box" id="concern"><h2>Location of concern</h2>
      <p id="concern-reason">${escapeHtml(concern.reason)}</p>
      <p class="small" id="concern-by">Flagged by ${escapeHtml(concern.by)} on ${escapeHtml(new Date(concern.at).toLocaleString('en-GB', { timeZone: 'Europe/London' }))}</p>
      <form id="concern-form"><button type="button" id="clear-concern">Clear the flag</button></form></section>`;
  }
  return `<section class="concern-box clear" id="concern"><h2>Not flagged as a location of concern</h2>
    <form id="concern-form"><label>Why this place is of concern <textarea name="reason" id="concern-input" maxlength="2000" required></textarea></label>
    <button type="submit" id="set-concern">Flag as a location of concern</button></form></section>`;
}

function render(d, areaName) {
  const p = d.location.properties;
  document.title = `${d.location.label} · Linkmap`;
  main.innerHTML = `<h1>${escapeHtml(d.location.label)}</h1>
    <p>${escapeHtml(wordLabel(p.locationType || 'OTHER'))}${p.address ? ` · ${escapeHtml(p.address)}` : ''}${p.postcode ? ` · ${escapeHtml(p.postcode)}` : ''}
      ${d.location.area ? ` · ${escapeHtml(areaName(d.location.area))}` : ''} · <span id="location-grid"></span>
      ${p.latitude !== undefined ? ` · <a href="/map.html?at=${p.latitude},${p.longitude},16">on the map</a>` : ''}</p>
    ${concernBox(d.concern)}
    <h2>Incidents over time <small>(${d.incidents.length})</small></h2>${overTime(d.incidents)}
    <div class="grid">
      <section><h2>Children <small>(${d.children.length})</small></h2>${list(d.children, '/network.html?id=', 'None linked.')}
        <h2>Persons of interest <small>(${d.personsOfInterest.length})</small></h2>${list(d.personsOfInterest, '/network.html?id=', 'None linked.')}
        <h2>Networks</h2>${list(d.networks, '/network.html?id=', 'None linked.')}
        <h2>Organisations operating here</h2>${list(d.organisations, null, 'None recorded.')}</section>
      <section><h2>Latest incidents</h2>${d.incidents.length ? incidentTable(d.incidents) : '<p class="empty">None.</p>'}
        <h2>Submissions naming it</h2>${d.submissions.length ? `<table class="list"><tbody>${d.submissions.map(s =>
          `<tr><td>${escapeHtml(s.submissionRef)}</td><td>${escapeHtml(s.agency)}</td><td>${when(s.submittedAt)}</td></tr>`).join('')}</tbody></table>`
          : '<p class="empty">None in your view.</p>'}</section>
    </div>
    <section id="meeting-work" data-location-id="${escapeHtml(d.location.id)}">
      <h2>Taskings and disruption</h2><div id="meeting-actions"><p class="status">Loading the meeting actions…</p></div></section>`;
  if (p.latitude !== undefined) {
    getJson('/api/map/grid-reference', { longitude: p.longitude, latitude: p.latitude })
      .then(g => { document.getElementById('location-grid').textContent = `${g.gridReference} (E ${g.easting} N ${g.northing})`; })
      .catch(() => {});
  }
  wireConcern();
  meetingWork(d.location);
}

/** The taskings and disruption against this place, and (for MACE members) a button to task action against it. */
async function meetingWork(location) {
  const box = document.getElementById('meeting-actions');
  try {
    const [taskings, disruptions] = await Promise.all([getJson('/api/taskings', { targetId: location.id }),
      getJson('/api/disruptions', { targetId: location.id })]);
    box.innerHTML = `${taskings.items.length ? `<table class="list" id="location-taskings"><thead><tr><th>Tasking</th><th>Agency</th>
      <th>Due</th><th>Status</th></tr></thead><tbody>${taskings.items.map(t => `<tr><td>${escapeHtml(t.action)}</td>
      <td>${escapeHtml(t.assignedTo)}</td><td>${escapeHtml(t.due)}</td><td><span class="rag ${escapeHtml(t.rag)}">${escapeHtml(t.rag)}</span>
      ${escapeHtml(wordLabel(t.status))}</td></tr>`).join('')}</tbody></table>` : '<p class="empty" id="location-taskings">No taskings against this place.</p>'}
      ${disruptions.items.length ? `<table class="list"><thead><tr><th>Disruption</th><th>Date</th><th>Outcome</th></tr></thead><tbody>
      ${disruptions.items.map(r => `<tr><td>${escapeHtml(tacticLabel(r.tactic))}</td><td>${escapeHtml(r.date)}</td>
      <td>${escapeHtml(r.outcome || '')}</td></tr>`).join('')}</tbody></table>` : '<p class="empty">No disruption recorded against this place.</p>'}`;
  } catch (e) {
    box.innerHTML = `<p class="error">The meeting actions could not be loaded: ${escapeHtml(e.message)}</p>`;
  }
  if (canTask(await user)) {
    box.prepend(taskingButton({ targetId: location.id, label: location.label }, created => {
      meetingWork(location).then(() => {
        document.getElementById('meeting-actions').insertAdjacentHTML('afterbegin',
          `<p class="status" id="tasking-status">Tasked to ${escapeHtml(created.assignedTo)}: ${escapeHtml(created.action)}</p>`);
      });
    }));
  }
}

function wireConcern() {
  const form = document.getElementById('concern-form');
  const clear = document.getElementById('clear-concern');
  if (clear) {
    clear.addEventListener('click', () => change(() => sendJson('DELETE', `/api/locations/${encodeURIComponent(id)}/concern`)));
  } else {
    form.addEventListener('submit', event => {
      event.preventDefault();
      const reason = document.getElementById('concern-input').value;
      change(() => sendJson('PUT', `/api/locations/${encodeURIComponent(id)}/concern`, { reason }));
    });
  }
}

async function change(action) {
  try {
    await action();
    await load();
  } catch (e) {
    document.getElementById('concern').insertAdjacentHTML('beforeend', `<p class="error">${escapeHtml(e.message)}</p>`);
  }
}

async function load() {
  const [place, areaName] = await Promise.all([getJson(`/api/locations/${encodeURIComponent(id)}`), areaNamer()]);
  render(place, areaName);
}

// For a role the page is not for, renderHeader says so and never resolves, so nothing is asked of the service.
const user = renderHeader().catch(() => null);
user.then(() => {
  getJson('/api/map/settings').then(s => document.querySelectorAll('.marking').forEach(m => { m.textContent = s.protectiveMarking; }));
  (id ? load() : Promise.reject(new Error('No location given: open a place from the map or a hotspot.')))
    .catch(e => { main.innerHTML = `<p class="error" id="location-status">${escapeHtml(e.message)}</p>`; });
});
