// The provenance panel: what a clicked node or link is, and for a link which agencies and submissions assert
// it, when, graded how, with what handling conditions, or for an inferred link the incidents behind it.
import { escapeHtml, getJson } from './api.js';
import { wordLabel, areaNamer } from './common.js';

function row(term, value) {
  return value === undefined || value === null || value === '' ? '' : `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(value)}</dd>`;
}

// Stored properties a reader has no use for in the panel: ids, keys for matching, provenance shown per link.
const HIDDEN_FACTS = ['id', 'areas', 'nameKeys', 'nameKey', 'aliasText', 'identifierKeys', 'sources', 'pseudonym',
  'point', 'geocodedFrom', 'child', 'personOfInterest'];
const FACT_LABELS = { dob: 'Date of birth', dobYear: 'Year of birth', vrm: 'Registration', knownTo: 'Also known to',
  firstReported: 'First reported', lastReported: 'Last reported', locationType: 'Kind of place', networkType: 'Kind of network' };

// "riskLevel" reads "Risk level".
function factLabel(key) {
  const words = FACT_LABELS[key] || key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

// A value as people read it: dates without the time, words of the format's lists as words, areas by name.
function factValue(key, value, areaName) {
  const one = v => key === 'knownTo' ? areaName(v)
    : typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v) ? v.slice(0, 10)
      : typeof v === 'string' && /^[A-Z][A-Z_]+$/.test(v) && !['vrm', 'number'].includes(key) ? wordLabel(v) : v;
  return Array.isArray(value) ? value.map(one).join(', ') : one(value);
}

function grading(g) {
  return g ? `${g.source}${g.intelligence} ${g.handling}` : 'not graded';
}

export function showLink(panel, link, labelOf) {
  const provenance = (link.provenance || []).map(p => `<tr><td>${escapeHtml(p.agency)}</td><td>${escapeHtml((p.reported || '').slice(0, 10))}</td>`
    + `<td>${escapeHtml(`${p.source}${p.intelligence} ${p.handling}`)}</td><td><small>${escapeHtml(p.submissionId)}</small></td></tr>`).join('');
  const incidents = (link.incidents || []).map(i => `<li>${escapeHtml(wordLabel(i.incidentType || ''))} ${escapeHtml((i.occurredAt || '').replace('T', ' ').slice(0, 16))}</li>`).join('');
  const conditions = link.grading && link.grading.conditions ? link.grading.conditions : [];
  panel.innerHTML = `<h2>${escapeHtml(wordLabel(link.type))}${link.inferred ? ' (inferred)' : ''}</h2>
    <p>${escapeHtml(labelOf(link.source))} → ${escapeHtml(labelOf(link.target))}</p>
    <dl>${row('Agencies', link.agencies)}${row('Grading', grading(link.grading))}
    ${row('First reported', (link.firstReported || '').slice(0, 10))}${row('Last reported', (link.lastReported || '').slice(0, 10))}
    ${row('Role', link.role)}${row('Kind', link.kind)}</dl>
    ${conditions.length ? `<p class="notice">Handling conditions: ${conditions.map(escapeHtml).join('; ')}</p>` : ''}
    ${link.inferred ? `<p>Inferred from these incidents, never reported as a link:</p><ul>${incidents}</ul>` : ''}
    <table><thead><tr><th>Agency</th><th>Reported</th><th>Grading</th><th>Submission</th></tr></thead><tbody>${provenance}</tbody></table>`;
}

export async function showNode(panel, node) {
  panel.innerHTML = `<h2>${escapeHtml(node.label)}</h2><dl>${row('Kind', wordLabel(node.kind))}
    ${node.child ? row('Role', 'child') : ''}${row('Links on chart', node.links)}
    ${node.degree !== undefined ? row('Degree', node.degree) + row('Betweenness', node.betweenness.toFixed(3)) + row('Community', node.community) : ''}</dl>`;
  if (node.restricted) {
    panel.insertAdjacentHTML('beforeend', '<p class="notice">Held by another area: ask its MACE chair for the record.</p>');
    return;
  }
  try {
    const entity = await getJson(`/api/entities/${encodeURIComponent(node.id)}`);
    const name = await areaNamer();
    const facts = Object.entries(entity.properties || {}).filter(([k]) => !HIDDEN_FACTS.includes(k)).slice(0, 12);
    panel.insertAdjacentHTML('beforeend', `<dl>${facts.map(([k, v]) => row(factLabel(k), factValue(k, v, name))).join('')}</dl>`);
  } catch (error) {
    panel.insertAdjacentHTML('beforeend', `<p class="status error">${escapeHtml(error.message)}</p>`);
  }
}
