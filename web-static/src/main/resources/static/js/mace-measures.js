// The board's quarterly measures on the meetings page: the table by area and quarter with the data-quality
// indicators behind it, and the same figures as a CSV file; and the open notifications of children placed here by
// another authority. Every figure is the service's, counted over what the reader may see.
import { getJson, escapeHtml } from './api.js';
import { areaOptions } from './common.js';

let areaName = code => code;

const COLUMNS = [['childrenFlagged', 'Children flagged'], ['personsOfInterestFlagged', 'Persons of interest flagged'],
  ['referralsWithExploitationIdentified', 'Referrals with exploitation identified'],
  ['missingEpisodesWithExploitationRisk', 'Missing episodes with exploitation risk'], ['noticesAndOrders', 'Notices and orders'],
  ['arrests', 'Arrests'], ['disruptions', 'Disruptions'], ['recordsWithoutGrading', 'Records without grading'],
  ['incidentsWithoutLocation', 'Incidents without a location'], ['childrenWithoutRiskLevel', 'Children without a risk level']];

function query(form) {
  return { area: form.elements.area.value, from: form.elements.from.value, to: form.elements.to.value };
}

function share(part, whole) {
  return whole ? ` (${Math.round(100 * part / whole)}%)` : '';
}

function render(report) {
  const q = report.dataQuality;
  return `<table class="list" id="measures-table"><thead><tr><th>Area</th><th>Quarter</th>${COLUMNS.map(([, label]) =>
    `<th>${escapeHtml(label)}</th>`).join('')}</tr></thead><tbody>${report.rows.map(r => `<tr><td>${escapeHtml(areaName(r.area))}</td>
    <td>${escapeHtml(r.quarter)}</td>${COLUMNS.map(([key]) => `<td>${r[key]}</td>`).join('')}</tr>`).join('')}</tbody></table>
    <p class="small" id="measures-quality">Data quality, ${escapeHtml(report.from)} to ${escapeHtml(report.to)}:
      ${q.recordsWithoutGrading} of ${q.records} records without grading${share(q.recordsWithoutGrading, q.records)};
      ${q.incidentsWithoutLocation} of ${q.incidents} incidents without a location${share(q.incidentsWithoutLocation, q.incidents)};
      ${q.childrenWithoutRiskLevel} of ${q.children} children without a risk level${share(q.childrenWithoutRiskLevel, q.children)}.
      Not recorded in the graph: ${escapeHtml(report.notRecorded.join(', '))}.</p>`;
}

async function show(form) {
  const status = document.getElementById('measures-status');
  const panel = document.getElementById('measures-result');
  status.className = 'status';
  status.textContent = 'Loading the measures…';
  try {
    panel.innerHTML = render(await getJson('/api/reports/measures', query(form)));
    status.textContent = '';
  } catch (error) {
    panel.innerHTML = '';
    status.className = 'status error';
    status.textContent = `The measures could not be read: ${error.message}`;
  }
}

/** The CSV is asked for with Accept: text/csv, as the API offers it, and saved as measures.csv. */
async function download(form) {
  const status = document.getElementById('measures-status');
  const params = new URLSearchParams(Object.entries(query(form)).filter(([, v]) => v));
  const response = await fetch(`/api/reports/measures?${params}`, { headers: { Accept: 'text/csv' }, credentials: 'same-origin' });
  if (!response.ok) {
    status.className = 'status error';
    status.textContent = `The CSV could not be made (${response.status}).`;
    return;
  }
  const text = await response.text();
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type: 'text/csv' }));
  link.download = 'measures.csv';
  document.body.appendChild(link);
  link.click();
  link.remove();
  status.className = 'status';
  const rows = text.trim().split('\n').length - 1;
  status.textContent = `measures.csv saved: ${rows} row${rows === 1 ? '' : 's'}.`;
}

async function showPlacements() {
  const status = document.getElementById('placements-status');
  try {
    const page = await getJson('/api/placements', { active: true });
    const open = page.items.filter(p => p.notification && p.notification.status === 'OPEN');
    document.querySelector('#placement-list tbody').innerHTML = open.map(p => `<tr><td>${escapeHtml(p.child.label)}</td>
      <td>${escapeHtml(p.homeAuthority)}</td><td>${escapeHtml(areaName(p.placement.area))}</td><td>${escapeHtml(p.placement.from)}</td>
      <td>${escapeHtml(String(p.notification.notifiedAt || '').substring(0, 10))}</td></tr>`).join('');
    status.textContent = open.length === 0 ? 'No open placement notifications.'
      : `${open.length} open notification${open.length === 1 ? '' : 's'} to home authorities.`;
  } catch (error) {
    status.className = 'status error';
    status.textContent = `The placements could not be read: ${error.message}`;
  }
}

export function initMeasures(codes, name) {
  areaName = name;
  const form = document.getElementById('measures-form');
  form.elements.area.insertAdjacentHTML('beforeend', areaOptions(codes, name));
  form.addEventListener('submit', event => {
    event.preventDefault();
    show(form);
  });
  document.getElementById('measures-csv').addEventListener('click', () => download(form));
  show(form);
  showPlacements();
}
