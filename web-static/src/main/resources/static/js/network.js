// The network explorer: search and add to the chart, expand with filters, paths, the connecting network, measures,
// provenance, a time slider and exports. Everything comes from /api/network; the service has already applied the
// reader's view (pseudonyms for children, placeholders for other areas' nodes).
import { getJson, escapeHtml } from './api.js';
import { renderHeader, vocabulary, wordLabel } from './common.js';
import { createChart, addNetwork, colourBy, sizeBy, KIND_COLOURS } from './network-chart.js';
import { layout } from './network-layout.js';
import { createTimeline } from './network-timeline.js';
import { showLink, showNode } from './network-detail.js';
import { canTask, taskingButton } from './tasking.js';

const TASKABLE = ['PERSON', 'LOCATION', 'NETWORK', 'ORGANISATION'];
let signedIn = null;

const $ = id => document.getElementById(id);
const statusLine = $('status');
const chartElement = $('chart');
const cy = createChart(chartElement, select);
const timeline = createTimeline(cy, { slider: $('slider'), output: $('as-at'), play: $('play'),
  onChange: ({ asAt, links, total }) => { chartElement.dataset.visibleEdges = links; if (asAt) { say(`As at ${asAt}: ${links} of ${total} links.`); } } });

function say(message, error = false) {
  statusLine.textContent = message;
  statusLine.classList.toggle('error', error);
}

function counted() {
  chartElement.dataset.nodes = cy.nodes().length;
  chartElement.dataset.edges = cy.edges().length;
  chartElement.dataset.restricted = cy.nodes('[?restricted]').length;
  chartElement.classList.toggle('empty', cy.nodes().length === 0);
  const options = cy.nodes().map(n => `<option value="${escapeHtml(n.id())}">${escapeHtml(n.data('label'))}</option>`).join('');
  [$('path-from'), $('path-to')].forEach((select, i) => {
    const kept = select.value;
    select.innerHTML = options;
    select.value = kept || (cy.nodes()[i] ? cy.nodes()[i].id() : '');
  });
}

/** The filters of the form as query parameters; on /paths the period is periodFrom/periodTo. */
function filters(periodNames = ['from', 'to']) {
  const data = new FormData($('filters'));
  const list = name => data.getAll(name).join(',');
  return { kinds: list('kinds'), types: list('types'), [periodNames[0]]: data.get('from'), [periodNames[1]]: data.get('to'),
    minSource: data.get('minSource'), minIntelligence: data.get('minIntelligence'), minAgencies: data.get('minAgencies'),
    inferred: data.get('inferred') ? 'true' : '', coLocationMetres: data.get('inferred') ? data.get('coLocationMetres') : '',
    coLocationHours: data.get('inferred') ? data.get('coLocationHours') : '' };
}

async function busy(work) {
  chartElement.classList.add('loading');
  try {
    await work();
  } catch (error) {
    say(error.message, true);
  } finally {
    chartElement.classList.remove('loading');
  }
}

async function show(network, what) {
  const added = addNetwork(cy, network);
  counted();
  const { seconds, name } = await layout(cy, $('layout').value);
  timeline.reset();
  say(`${what}: ${added} new nodes; ${cy.nodes().length} nodes and ${cy.edges().length} links laid out (${name}) in ${seconds.toFixed(2)} s`
    + (network.truncated ? ' (cut at the node limit)' : '') + '.');
}

function selectedIds() {
  return cy.nodes(':selected').map(n => n.id());
}

function select(element) {
  if (element.isEdge()) {
    showLink($('detail'), element.data('link'), id => cy.getElementById(id).data('label') || id);
    return;
  }
  const ids = selectedIds().filter(id => id !== element.id());
  $('path-from').value = ids.length ? ids[ids.length - 1] : element.id();
  $('path-to').value = element.id();
  showNode($('detail'), { ...element.data(), id: element.id(), links: element.connectedEdges().length });
  if (canTask(signedIn) && !element.data('restricted') && TASKABLE.includes(element.data('kind'))) {
    $('detail').prepend(taskingButton({ targetId: element.id(), label: element.data('label') },
      created => say(`Tasked to ${created.assignedTo}: ${created.action}`)));
  }
  updateExports(element.id());
}

function updateExports(id) {
  const depth = $('depth').value;
  ['graphml', 'anx', 'csv'].forEach(format => {
    $(`export-${format}`).href = `/api/network/${encodeURIComponent(id)}/export?` + new URLSearchParams(
      Object.entries({ ...filters(), depth, format }).filter(([, v]) => v));
  });
}

$('search').addEventListener('submit', event => {
  event.preventDefault();
  busy(async () => {
    const results = await getJson('/api/search', { q: $('q').value, limit: 20 });
    $('results').innerHTML = results.length === 0 ? '<li>Nothing found.</li>' : results.map(r => `<li><span>${escapeHtml(r.label)}
      <small>${escapeHtml(wordLabel(r.kind))}</small></span><button type="button" class="link" data-add="${escapeHtml(r.id)}">Add to chart</button></li>`).join('');
    say(`${results.length} found.`);
  });
});

/** Where the entity the chart was opened on is drawn now, in the chart's pixels (the chart is centred on it). */
function markOpened() {
  const node = cy.getElementById(chartElement.dataset.selected || '');
  if (node.nonempty()) {
    const at = node.renderedPosition();
    chartElement.dataset.selectedAt = `${Math.round(at.x)},${Math.round(at.y)}`;
  }
}
cy.on('viewport resize', markOpened);

/** Adds the entity and its direct links to the chart, then selects it, centres the chart on it and shows it. */
function addToChart(id, what) {
  return busy(async () => {
    const network = await getJson(`/api/network/${encodeURIComponent(id)}`, { ...filters(), depth: 1, kinds: '', types: '' });
    await show(network, what);
    // A merged record's network is its survivor's.
    const node = cy.getElementById(network.rootId || id);
    cy.nodes().unselect();
    node.select();
    // On the node's point itself: cy.center(node) centres its box, label included, a little below the node.
    const at = node.renderedPosition();
    cy.panBy({ x: cy.width() / 2 - at.x, y: cy.height() / 2 - at.y });
    chartElement.dataset.selected = node.id();
    markOpened();
    select(node);
  });
}

$('results').addEventListener('click', event => {
  const id = event.target.dataset.add;
  if (id) {
    addToChart(id, 'Added');
  }
});

$('expand').addEventListener('click', () => busy(async () => {
  const ids = selectedIds();
  if (ids.length === 0) {
    throw new Error('Select a node to expand (click it; shift-click for more).');
  }
  for (const id of ids) {
    await show(await getJson(`/api/network/${encodeURIComponent(id)}`, { ...filters(), depth: $('depth').value }), 'Expanded');
  }
}));

$('path').addEventListener('click', () => busy(async () => {
  const from = $('path-from').value;
  const to = $('path-to').value;
  if (!from || !to || from === to) {
    throw new Error('Choose two different nodes of the chart, From and To, for the shortest path between them.');
  }
  const found = await getJson('/api/network/paths', { ...filters(['periodFrom', 'periodTo']), from, to });
  cy.elements().removeClass('on-path');
  if (found.paths.length === 0) {
    say('No path within 6 hops with these filters.');
    return;
  }
  found.paths.forEach(p => addNetwork(cy, p));
  counted();
  await layout(cy, $('layout').value);
  timeline.reset();
  found.paths.forEach(p => [...p.nodes, ...p.edges].forEach(e => cy.getElementById(e.id).addClass('on-path')));
  const hops = found.paths[0].edges.length;
  say(`${found.paths.length} shortest path${found.paths.length > 1 ? 's' : ''} of ${hops} hop${hops > 1 ? 's' : ''}, shown in orange.`);
}));

$('connecting').addEventListener('click', () => busy(async () => {
  const ids = selectedIds();
  if (ids.length < 2) {
    throw new Error('Select at least two nodes (shift-click) for their connecting network.');
  }
  const found = await getJson('/api/network/connecting', { ...filters(), ids: ids.join(',') });
  await show(found, 'Connecting network');
  cy.elements().removeClass('on-path');
  [...found.nodes, ...found.edges].forEach(e => cy.getElementById(e.id).addClass('on-path'));
}));

$('analyse').addEventListener('click', () => busy(async () => {
  // Restricted placeholders are other areas' records: the analysis runs over what the reader may open.
  const ids = cy.nodes().filter(n => !n.data('restricted')).map(n => n.id()).slice(0, 50);
  if (ids.length === 0) {
    throw new Error('Add people or places to the chart first: the analysis runs over the nodes on it.');
  }
  const analysis = await getJson('/api/network/analysis', { ...filters(), ids: ids.join(','), depth: 1 });
  analysis.nodes.forEach(m => cy.getElementById(m.id).data({ community: m.community, degree: m.degree,
    betweenness: m.betweenness, closeness: m.closeness, pagerank: m.pagerank }));
  $('colour').value = 'community';
  colourBy(cy, 'community');
  $('key-players').hidden = false;
  $('key-players').innerHTML = `<h2>Key players</h2><ol>${analysis.keyPlayers.map(p =>
    `<li><strong>${escapeHtml(p.label)}</strong>: ${escapeHtml(p.reason)}</li>`).join('')}</ol>`;
  const communities = analysis.communities.length;
  say(`${communities} communit${communities === 1 ? 'y' : 'ies'}, modularity ${analysis.modularity.toFixed(3)} (${analysis.communityMethod}).`);
  legend();
}));

$('clear').addEventListener('click', () => {
  cy.elements().remove();
  counted();
  timeline.reset();
  $('detail').innerHTML = '';
  $('key-players').hidden = true;
  say('Chart cleared.');
});
$('colour').addEventListener('change', () => { colourBy(cy, $('colour').value); legend(); });
$('size').addEventListener('change', () => sizeBy(cy, $('size').value));
$('layout').addEventListener('change', () => busy(async () => {
  const { seconds, name } = await layout(cy, $('layout').value);
  say(`${cy.nodes().length} nodes laid out (${name}) in ${seconds.toFixed(2)} s.`);
}));

function legend() {
  const byCommunity = $('colour').value === 'community';
  const kinds = Object.entries(KIND_COLOURS).map(([kind, colour]) =>
    `<li><span class="swatch" style="background:${colour}"></span>${escapeHtml(wordLabel(kind))}</li>`).join('');
  $('legend').innerHTML = (byCommunity ? '<li>Colour: community found by the analysis</li>' : kinds)
    + '<li><span class="swatch" style="background:#fff;border:3px solid #c1121f"></span>child</li>'
    + '<li><span class="line thick"></span>asserted by more agencies</li><li><span class="line dashed"></span>low grading</li>'
    + '<li><span class="line dotted"></span>inferred co-location</li><li><span class="line thick" style="border-color:#ff7f00"></span>path</li>';
}

async function start() {
  const user = await renderHeader();
  signedIn = user;
  $('export-buttons').hidden = user.role !== 'ANALYST';
  const words = await vocabulary();
  $('kinds').innerHTML = (words.entityKinds || Object.keys(KIND_COLOURS)).map(k => `<option value="${escapeHtml(k)}">${escapeHtml(wordLabel(k))}</option>`).join('');
  $('types').innerHTML = (words.linkTypes || []).map(t => `<option value="${escapeHtml(t)}">${escapeHtml(wordLabel(t))}</option>`).join('');
  legend();
  counted();
  // The map's and a place's panels link here with ?id=: open the network around that entity.
  const asked = new URLSearchParams(window.location.search).get('id');
  if (asked) {
    await addToChart(asked, 'Opened');
  }
}

start().catch(error => say(error.message, true));
