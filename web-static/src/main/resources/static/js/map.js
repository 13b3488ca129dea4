// The hotspot map: area outlines, incidents and hotspots for a period, type and area.
// GeoJSON arrives longitude first; Leaflet's GeoJSON layer does the one conversion to latitude first.
import { getJson, escapeHtml } from './api.js';
import { renderHeader, vocabulary, areas, wordLabel } from './common.js';

let incidentTypes = [];
const form = document.getElementById('filters');
const statusLine = document.getElementById('status');
let map;
let incidentLayer;
let hotspotLayer;
let lastQuery = {};

function isoDate(date) {
  return date.toISOString().slice(0, 10);
}

// The year up to the latest incident recorded (today's date when there are none).
async function defaultPeriod() {
  const summary = await getJson('/api/incidents/summary');
  const to = summary.latest ? new Date(summary.latest + 'T00:00:00Z') : new Date();
  const from = new Date(to);
  from.setUTCFullYear(to.getUTCFullYear() - 1);
  from.setUTCDate(from.getUTCDate() + 1);
  document.getElementById('from').value = isoDate(from);
  document.getElementById('to').value = isoDate(to);
}

async function typeCheckboxes() {
  incidentTypes = (await vocabulary()).incidentTypes;
  document.getElementById('types').innerHTML = incidentTypes.map(t =>
    `<label><input type="checkbox" name="types" value="${escapeHtml(t)}" checked> ${escapeHtml(wordLabel(t))}</label>`).join('');
}

async function areaOptions() {
  const select = document.getElementById('area');
  (await areas()).features.forEach(feature => {
    select.add(new Option(feature.properties.name, feature.properties.code));
  });
}

function query() {
  const data = new FormData(form);
  const types = data.getAll('types');
  const method = data.get('method');
  const common = {
    from: data.get('from'), to: data.get('to'), area: data.get('area'),
    types: types.length === incidentTypes.length ? '' : types.join(','), method,
  };
  return method === 'dbscan' ? { ...common, eps: data.get('eps'), minPoints: data.get('minPoints') }
    : { ...common, cell: data.get('cell'), bandwidth: method === 'kde' ? data.get('bandwidth') : '' };
}

// Shows the parameters of the chosen method only.
function showMethodParameters() {
  const method = document.getElementById('method').value;
  document.querySelectorAll('[data-method]').forEach(group => {
    group.hidden = !group.dataset.method.split(' ').includes(method);
  });
}

async function createMap() {
  const settings = await getJson('/api/map/settings');
  map = L.map('map', { preferCanvas: false, zoomControl: true, maxZoom: 19 })
    .setView([settings.centreLatitude, settings.centreLongitude], settings.zoom);
  if (settings.tileUrl) {
    L.tileLayer(settings.tileUrl, { attribution: settings.tileAttribution, maxZoom: 19 }).addTo(map);
  } else {
    document.getElementById('map').classList.add('no-tiles');
  }
  map.attributionControl.addAttribution('Districts: ONS (OGL v3.0), OS data © Crown copyright 2022');
  L.control.scale({ imperial: false }).addTo(map);
  L.geoJSON(await areas(), {
    interactive: false,
    style: { color: '#5b6770', weight: 1.2, fill: true, fillColor: '#f4f1ea', fillOpacity: 0.6 },
    onEachFeature: (feature, layer) => layer.bindTooltip(escapeHtml(feature.properties.name),
      { permanent: true, direction: 'center', className: 'district-label' }),
  }).addTo(map);
  incidentLayer = L.layerGroup().addTo(map);
  hotspotLayer = L.layerGroup().addTo(map);
  L.control.layers(null, { Incidents: incidentLayer, Hotspots: hotspotLayer }, { collapsed: false }).addTo(map);
}

function drawIncidents(collection) {
  incidentLayer.clearLayers();
  L.geoJSON(collection, {
    pointToLayer: (feature, latlng) => L.circleMarker(latlng,
      { radius: 3, weight: 0, fillColor: '#1f4e79', fillOpacity: 0.55, className: 'incident' }),
    onEachFeature: (feature, layer) => layer.bindTooltip(
      `${escapeHtml(feature.properties.incidentType)} · ${escapeHtml(feature.properties.occurredAt.slice(0, 10))}`),
  }).addTo(incidentLayer);
}

function hotspotColour(rank) {
  return rank <= 3 ? '#b2182b' : rank <= 10 ? '#ef8a62' : '#f7c873';
}

function popupHtml(p) {
  return `<div class="hotspot-popup"><strong>Hotspot ${p.rank}</strong>
    <dl><dt>Incidents</dt><dd>${p.incidentCount}</dd><dt>Children</dt><dd>${p.childCount}</dd>
    <dt>Persons of interest</dt><dd>${p.personOfInterestCount}</dd><dt>Score</dt><dd>${p.score}</dd>
    <dt>First seen</dt><dd>${escapeHtml(p.firstSeen.slice(0, 10))}</dd><dt>Last seen</dt><dd>${escapeHtml(p.lastSeen.slice(0, 10))}</dd>
    ${p.confidence ? `<dt>Confidence</dt><dd>${p.confidence}%</dd>` : ''}
    ${p.category ? `<dt>Pattern</dt><dd>${escapeHtml(p.category.toLowerCase())}</dd>` : ''}</dl>
    <button type="button" class="link" data-detail="${escapeHtml(p.id)}">Who and where</button></div>`;
}

function drawHotspots(collection) {
  hotspotLayer.clearLayers();
  const list = document.getElementById('hotspot-list');
  list.innerHTML = '';
  document.getElementById('hotspot-count').textContent = `(${collection.features.length})`;
  collection.features.forEach(feature => {
    const p = feature.properties;
    const layer = L.geoJSON(feature, {
      hotspotId: p.id,
      style: { color: hotspotColour(p.rank), weight: 2, fillOpacity: 0.35, className: 'hotspot' },
    }).getLayers()[0];
    layer.options.hotspotId = p.id;
    layer.bindPopup(popupHtml(p));
    layer.addTo(hotspotLayer);
    const path = layer.getElement();
    if (path) {
      path.setAttribute('data-hotspot-id', p.id);
    }
    const item = document.createElement('li');
    item.innerHTML = `<button type="button" class="link">#${p.rank} · ${p.incidentCount} incidents, ${p.childCount} children</button>`;
    item.querySelector('button').addEventListener('click', () => {
      map.fitBounds(layer.getBounds(), { maxZoom: 16 });
      layer.openPopup();
    });
    list.appendChild(item);
  });
}

function suggestEps(metadata) {
  const suggested = metadata.parameters && metadata.parameters.suggestedEps;
  document.getElementById('eps-hint').textContent = suggested ? `Suggested by the data: ${suggested} m` : '';
}

function caption(metadata) {
  const f = metadata.filter || {};
  const settings = Object.entries(metadata.parameters).filter(([k]) => k !== 'suggestedEps').map(([k, v]) => `${k} ${v}`);
  const parts = [`Method ${metadata.method}`, ...settings,
    `${f.from || 'start'} to ${f.to || 'now'}`, f.area ? `area ${f.area}` : 'all areas', f.types ? `types ${f.types.join(', ')}` : 'all types'];
  document.getElementById('caption').textContent = parts.join(' · ') + ` · made ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

async function showDetail(id) {
  const panel = document.getElementById('detail');
  const q = lastQuery;
  const d = await getJson(`/api/hotspots/${encodeURIComponent(id)}`, q);
  const names = list => list.length ? `<ul>${list.map(n => `<li>${escapeHtml(n.label)}</li>`).join('')}</ul>` : '<p>None recorded.</p>';
  panel.innerHTML = `<h2>Hotspot ${d.hotspot.properties.rank}</h2>
    <h3>Places</h3>${names(d.locations)}<h3>Children</h3>${names(d.children)}
    <h3>Persons of interest</h3>${names(d.personsOfInterest)}<h3>Networks</h3>${names(d.networks)}`;
  panel.hidden = false;
}

async function refresh(event) {
  if (event) {
    event.preventDefault();
  }
  const q = query();
  lastQuery = q;
  statusLine.textContent = 'Loading…';
  try {
    const [incidents, hotspots] = await Promise.all([
      getJson('/api/incidents', { from: q.from, to: q.to, area: q.area, types: q.types }),
      getJson('/api/hotspots', q),
    ]);
    drawIncidents(incidents);
    drawHotspots(hotspots);
    if (event && hotspots.features.length) {
      map.fitBounds(L.geoJSON(hotspots).getBounds(), { maxZoom: 15, padding: [20, 20] });
    }
    caption(hotspots.metadata);
    suggestEps(hotspots.metadata);
    statusLine.textContent = `${incidents.features.length} incidents, ${hotspots.features.length} hotspots.`;
  } catch (e) {
    statusLine.textContent = e.message;
  }
}

document.addEventListener('click', event => {
  const id = event.target && event.target.dataset ? event.target.dataset.detail : null;
  if (id) {
    showDetail(id).catch(e => { statusLine.textContent = e.message; });
  }
});

document.getElementById('method').addEventListener('change', showMethodParameters);
form.addEventListener('submit', refresh);
Promise.all([renderHeader(), typeCheckboxes(), areaOptions(), defaultPeriod(), createMap()])
  .then(() => refresh()).catch(e => { statusLine.textContent = e.message; });
