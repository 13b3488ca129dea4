// The operational group's weekly risk document: children and persons of interest causing concern in an area,
// with risk, latest intelligence and its grading, open taskings and disruption. Prints with the marking.
import { getJson, escapeHtml } from './api.js';
import { renderHeader, areaCodesFor, areaNamer, areaOptions, tacticLabel, when } from './common.js';

let areaName = code => code;

function rows(entries) {
  if (entries.length === 0) {
    return '<tr><td colspan="5" class="empty">None.</td></tr>';
  }
  return entries.map(e => `<tr><td>${escapeHtml(e.person.label)}</td>
    <td>${escapeHtml(e.riskLevel ? e.riskLevel.charAt(0) + e.riskLevel.slice(1).toLowerCase() : 'not recorded')}${e.hazards.length ? ` · ${escapeHtml(e.hazards.join(', '))}` : ''}</td>
    <td>${e.latestIntelligence ? `${when(e.latestIntelligence.submittedAt)} ${escapeHtml(e.latestIntelligence.agency)}
      (${escapeHtml(e.latestIntelligence.grading)})` : '<span class="empty">none in your view</span>'}</td>
    <td>${e.openTaskings.map(t => `${escapeHtml(t.action)}: ${escapeHtml(t.assignedTo)}, due ${when(t.due)}`).join('<br>') || '–'}</td>
    <td>${e.disruption.map(d => `${escapeHtml(tacticLabel(d.tactic))} ${when(d.date)}`).join('<br>') || '–'}</td></tr>`).join('');
}

function render(doc) {
  const head = '<thead><tr><th>Who</th><th>Risk</th><th>Latest intelligence (grading)</th><th>Open taskings</th><th>Disruption</th></tr></thead>';
  return `<h1>Risk document · ${escapeHtml(areaName(doc.area))}</h1><p class="small">Generated ${escapeHtml(new Date(doc.generatedAt).toLocaleString())}.</p>
    <h2>Children (${doc.children.length})</h2><table class="list">${head}<tbody>${rows(doc.children)}</tbody></table>
    <h2>Persons of interest (${doc.personsOfInterest.length})</h2><table class="list">${head}<tbody>${rows(doc.personsOfInterest)}</tbody></table>`;
}

async function show(area) {
  const panel = document.getElementById('document');
  panel.innerHTML = '<p class="status">Loading the risk document…</p>';
  try {
    panel.innerHTML = render(await getJson('/api/reports/risk-document', { area }));
    history.replaceState(null, '', `?area=${encodeURIComponent(area)}`);
  } catch (error) {
    panel.innerHTML = `<p class="error">${escapeHtml(error.message)}</p>`;
  }
}

renderHeader().then(async user => {
  const [codes, name] = await Promise.all([areaCodesFor(user), areaNamer()]);
  areaName = name;
  const select = document.getElementById('area');
  // One area of one's own is shown at once; among several, none is picked for the reader.
  select.innerHTML = areaOptions(codes, name, codes.length > 1 ? 'Choose an area' : null);
  select.required = true;
  const asked = new URLSearchParams(window.location.search).get('area');
  const chosen = asked && codes.includes(asked) ? asked : codes.length === 1 ? codes[0] : null;
  if (chosen) {
    select.value = chosen;
    show(chosen);
  }
  document.getElementById('choose').addEventListener('submit', event => {
    event.preventDefault();
    show(select.value);
  });
  document.getElementById('print').addEventListener('click', () => window.print());
});
