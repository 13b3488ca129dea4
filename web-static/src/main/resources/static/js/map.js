// The hotspot map: filters, hotspots, clustered incidents, heat, district outlines, locations of concern, the
// grid reference of a clicked point, one hotspot's panel, and print. The address holds the whole state.
import { getJson, escapeHtml } from './api.js';
import { renderHeader, vocabulary, areas, wordLabel, currentUser } from './common.js';
import { readState, writeState, hotspotQuery, queryString, lastMonth, lastMonths, isoDate, DEFAULT_LAYERS } from './map-state.js';
import { drawHotspots, listHotspots, printTable, legendControl } from './map-hotspots.js';
import { incidentLayers, loadIncidents } from './map-incidents.js';
import { showPanel } from './map-panel.js';
import { taskingButton } from './tasking.js';
import { gridReferenceControl, concernLayer, concernPane, districtLayer, areaLayer } from './map-extras.js';

const form = document.getElementById('filters');
const statusLine = document.getElementById('status');
const panel = document.getElementById('detail');
let incidentTypes = [];
let map;
let layers;
let overlays;
let legend;
let state = {};
let user;
let hotspotShapes = new Map();

async function typeCheckboxes() {
  incidentTypes = (await vocabulary()).incidentTypes;
  document.getElementById('types').innerHTML = incidentTypes.map(t =>
    `<label><input type="checkbox" name="types" value="${escapeHtml(t)}" checked> ${escapeHtml(wordLabel(t))}</label>`).join('');
}

async function areaOptions() {
  const select = document.getElementById('area');
  const [areaCollection, districts, signedIn] = await Promise.all([areas(), getJson('/api/areas/districts'), currentUser()]);
  // A member chooses among its own areas and their districts: the others' would only be refused.
  const mine = signedIn.areas && signedIn.areas.length
    ? areaCollection.features.filter(f => signedIn.areas.includes(f.properties.code)) : areaCollection.features;
  const myDistricts = new Set(mine.flatMap(f => (f.properties.districts || []).map(d => d.code)));
  const areaGroup = document.createElement('optgroup');
  areaGroup.label = 'Areas';
  mine.forEach(f => areaGroup.appendChild(new Option(f.properties.name, f.properties.code)));
  const districtGroup = document.createElement('optgroup');
  districtGroup.label = 'Districts';
  districts.features.filter(f => mine === areaCollection.features || myDistricts.has(f.properties.code))
    .forEach(f => districtGroup.appendChild(new Option(f.properties.name, f.properties.code)));
  select.append(areaGroup, districtGroup);
  return { areaCollection, districts };
}

// The year up to the latest incident recorded (today when there are none): the view when the address says nothing.
async function defaultPeriod() {
  const summary = await getJson('/api/incidents/summary');
  const to = summary.latest ? new Date(summary.latest + 'T00:00:00Z') : new Date();
  const from = new Date(to);
  from.setUTCFullYear(to.getUTCFullYear() - 1);
  from.setUTCDate(from.getUTCDate() + 1);
  return { from: isoDate(from), to: isoDate(to) };
}

function showMethodParameters() {
  const method = document.getElementById('method').value;
  document.querySelectorAll('[data-method]').forEach(group => {
    group.hidden = !group.dataset.method.split(' ').includes(method);
  });
}

// Form fields <-> state.
const FIELDS = ['from', 'to', 'area', 'method', 'eps', 'minPoints', 'cell', 'bandwidth', 'bandwidthRule', 'top'];

function stateToForm() {
  FIELDS.forEach(key => {
    const field = document.getElementById(key);
    if (field && state[key] !== undefined) {
      field.value = state[key];
    }
  });
  const chosen = state.types ? state.types.split(',') : incidentTypes;
  form.querySelectorAll('input[name=types]').forEach(box => { box.checked = chosen.includes(box.value); });
  showMethodParameters();
}

function formToState() {
  const data = new FormData(form);
  FIELDS.forEach(key => { state[key] = data.get(key) || ''; });
  const types = data.getAll('types');
  state.types = types.length === incidentTypes.length ? '' : types.join(',');
  const query = hotspotQuery(state);
  FIELDS.forEach(key => { if (!(key in query) && !['from', 'to', 'area', 'method'].includes(key)) { state[key] = ''; } });
}

function filter() {
  return { from: state.from, to: state.to, types: state.types, area: state.area };
}

function shownLayers() {
  return state.layers ? state.layers.split(',') : DEFAULT_LAYERS;
}

async function createMap(settings, boundaries) {
  map = L.map('map', { zoomControl: true, maxZoom: 18, minZoom: 6 });
  const at = state.at ? state.at.split(',').map(Number) : null;
  if (at && at.length === 3 && at.every(Number.isFinite)) {
    map.setView([at[0], at[1]], at[2]);
  } else {
    map.setView([settings.centreLatitude, settings.centreLongitude], settings.zoom);
  }
  if (settings.tileUrl) {
    L.tileLayer(settings.tileUrl, { attribution: settings.tileAttribution, maxZoom: 18 }).addTo(map);
  } else {
    document.getElementById('map').classList.add('no-tiles');
  }
  map.attributionControl.addAttribution('Districts: ONS (OGL v3.0), OS data © Crown copyright 2022');
  L.control.scale({ imperial: false, maxWidth: 160 }).addTo(map);
  layers = incidentLayers();
  layers.hotspots = L.layerGroup();
  layers.districts = districtLayer(boundaries.districts);
  layers.areas = areaLayer(boundaries.areaCollection);
  concernPane(map);
  layers.concerns = concernLayer();
  overlays = { 'Hotspots': layers.hotspots, 'Incidents': layers.incidents, 'Heat': layers.heat,
    'District outlines': layers.districts, 'Locations of concern': layers.concerns };
  layers.areas.addTo(map);
  const names = { hotspots: 'Hotspots', incidents: 'Incidents', heat: 'Heat', districts: 'District outlines', concerns: 'Locations of concern' };
  shownLayers().forEach(key => names[key] && overlays[names[key]].addTo(map));
  L.control.layers(null, overlays, { collapsed: false }).addTo(map);
  legend = legendControl().addTo(map);
  gridReferenceControl(map);
  map.on('overlayadd overlayremove', () => {
    state.layers = Object.entries(names).filter(([, name]) => map.hasLayer(overlays[name])).map(([key]) => key).join(',');
    writeState(state);
  });
  let moving;
  map.on('moveend', () => {
    const c = map.getCenter();
    state.at = `${c.lat.toFixed(5)},${c.lng.toFixed(5)},${map.getZoom()}`;
    writeState(state);
    clearTimeout(moving);
    moving = setTimeout(() => loadIncidents(map, layers, filter()).catch(e => { statusLine.textContent = e.message; }), 250);
  });
}

function caption(metadata) {
  const f = metadata.filter || {};
  const settings = Object.entries(metadata.parameters).filter(([k]) => k !== 'suggestedEps').map(([k, v]) => `${k} ${v}`);
  return [`Method ${metadata.method}`, ...settings, `${f.from || 'start'} to ${f.to || 'now'}`,
    f.area ? `area ${f.area}` : 'all areas', f.types ? `types ${f.types.join(', ')}` : 'all types'].join(' · ')
    + ` · made ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

async function openHotspot(id) {
  state.hotspot = id;
  writeState(state);
  const shape = hotspotShapes.get(id);
  if (shape) {
    map.fitBounds(shape.getBounds(), { maxZoom: 16, padding: [40, 40] });
  }
  await showPanel(panel, id, hotspotQuery(state));
  if (shape && shape.feature && user.role === 'MACE_MEMBER') {
    const p = shape.feature.properties;
    const bar = document.createElement('div');
    bar.className = 'hotspot-popup';
    bar.append(taskingButton({ hotspot: shape.feature.geometry, label: `Hotspot ${p.rank} (${p.incidentCount} incidents)` },
      created => { statusLine.textContent = `Tasked to ${created.assignedTo}.`; }));
    panel.prepend(bar);
  }
}

async function refresh(event, fit) {
  if (event) {
    event.preventDefault();
    formToState();
    state.hotspot = '';
  }
  writeState(state);
  const query = hotspotQuery(state);
  document.getElementById('pack-link').href = `/api/reports/hotspot-pack?${queryString(query)}`;
  statusLine.textContent = 'Loading…';
  statusLine.classList.remove('error');
  document.body.classList.add('loading');
  try {
    const [hotspots, view] = await Promise.all([getJson('/api/hotspots', query), loadIncidents(map, layers, filter())]);
    hotspotShapes = drawHotspots(layers.hotspots, hotspots, hotspots.metadata.method, openHotspot);
    performance.mark('hotspots-drawn');
    document.body.dataset.hotspotsDrawnMs = Math.round(performance.now());
    listHotspots(document.getElementById('hotspot-list'), hotspots, openHotspot);
    document.getElementById('hotspot-count').textContent = `(${hotspots.features.length})`;
    legend.show(hotspots.metadata.method);
    const text = caption(hotspots.metadata);
    document.getElementById('caption').textContent = text;
    printTable(document.getElementById('print-table'), hotspots, text);
    const suggested = hotspots.metadata.parameters.suggestedEps;
    document.getElementById('eps-hint').textContent = suggested ? `Suggested by the data: ${suggested} m` : '';
    statusLine.textContent = `${view.total} incidents, ${hotspots.features.length} hotspots.`;
    if (fit && hotspots.features.length) {
      map.fitBounds(L.geoJSON(hotspots).getBounds(), { maxZoom: 15, padding: [20, 20] });
    }
    if (state.hotspot && hotspotShapes.has(state.hotspot)) {
      await showPanel(panel, state.hotspot, query);
    } else {
      panel.hidden = true;
    }
  } catch (e) {
    // What was drawn belongs to the previous filters: clear it, so the map never shows one view under another's caption.
    layers.hotspots.clearLayers();
    hotspotShapes = new Map();
    legend.show(null);
    document.getElementById('hotspot-list').innerHTML = `<li class="empty error">${escapeHtml(e.message)}</li>`;
    document.getElementById('hotspot-count').textContent = '';
    document.getElementById('caption').textContent = '';
    panel.hidden = true;
    statusLine.textContent = e.message;
    statusLine.classList.add('error');
  } finally {
    document.body.classList.remove('loading');
  }
}

function quickPeriod(kind) {
  const today = new Date();
  const period = kind === 'last-month' ? lastMonth(today) : lastMonths(today, kind === 'last-3-months' ? 3 : 12);
  document.getElementById('from').value = period.from;
  document.getElementById('to').value = period.to;
}

async function start() {
  state = readState();
  const [settings, boundaries, , signedIn] = await Promise.all([getJson('/api/map/settings'), areaOptions(), typeCheckboxes(), renderHeader()]);
  user = signedIn;
  document.querySelectorAll('.marking').forEach(m => { m.textContent = settings.protectiveMarking; });
  if (!state.from && !state.to) {
    Object.assign(state, await defaultPeriod());
  }
  state.method = state.method || 'dbscan';
  stateToForm();
  await createMap(settings, boundaries);
  await refresh(null, !state.at);
}

document.getElementById('method').addEventListener('change', showMethodParameters);
document.getElementById('quick-periods').addEventListener('click', e => e.target.dataset.period && quickPeriod(e.target.dataset.period));
document.getElementById('print-map').addEventListener('click', () => window.print());
document.getElementById('copy-link').addEventListener('click', () => {
  navigator.clipboard?.writeText(window.location.href).then(() => { statusLine.textContent = 'Link copied.'; },
    () => { statusLine.textContent = window.location.href; });
});
panel.addEventListener('click', e => {
  if (e.target.dataset.closePanel !== undefined) {
    panel.hidden = true;
    state.hotspot = '';
    writeState(state);
  }
});
form.addEventListener('submit', e => refresh(e, true));
start().catch(e => { statusLine.textContent = e.message; statusLine.classList.add('error'); });
