// Hotspot polygons, styled by rank (or by confidence for Gi*), with a legend. Each path carries its hotspot's id
// in data-hotspot-id. GeoJSON arrives longitude first; Leaflet's GeoJSON layer does the one conversion.
import { escapeHtml } from './api.js';

const RANK_BANDS = [
  { label: 'Top 3', test: p => p.rank <= 3, colour: '#b2182b' },
  { label: 'Ranks 4-10', test: p => p.rank > 3 && p.rank <= 10, colour: '#ef8a62' },
  { label: 'Rank 11 and below', test: p => p.rank > 10, colour: '#f7c873' },
];
const CONFIDENCE_BANDS = [
  { label: '99% confidence', test: p => p.confidence === 99, colour: '#b2182b' },
  { label: '95% confidence', test: p => p.confidence === 95, colour: '#ef8a62' },
  { label: '90% confidence', test: p => p.confidence !== 99 && p.confidence !== 95, colour: '#f7c873' },
];

function bandsFor(method) {
  return method === 'gistar' ? CONFIDENCE_BANDS : RANK_BANDS;
}

export function hotspotColour(method, properties) {
  return bandsFor(method).find(band => band.test(properties)).colour;
}

/** A legend control that redraws for the method shown. */
export function legendControl() {
  const control = L.control({ position: 'bottomright' });
  control.onAdd = () => {
    const div = L.DomUtil.create('div', 'legend');
    div.id = 'legend';
    return div;
  };
  // No method: nothing is drawn (the request failed), so the legend is hidden rather than left empty.
  control.show = method => {
    const div = document.getElementById('legend');
    if (div) {
      div.hidden = !method;
    }
    if (div && method) {
      const title = method === 'gistar' ? 'Hotspots by significance' : 'Hotspots by rank';
      div.innerHTML = `<strong>${title}</strong>` + bandsFor(method).map(band =>
        `<span><i style="background:${band.colour}"></i>${escapeHtml(band.label)}</span>`).join('')
        + '<span><i class="concern-swatch"></i>Location of concern</span>';
    }
  };
  return control;
}

/** Draws the hotspots into `layer`; `onOpen(id)` is called when one is clicked. Returns the layers by id. */
export function drawHotspots(layer, collection, method, onOpen) {
  layer.clearLayers();
  const byId = new Map();
  collection.features.forEach(feature => {
    const p = feature.properties;
    const colour = hotspotColour(method, p);
    const shape = L.geoJSON(feature, {
      style: { color: colour, weight: 2, fillColor: colour, fillOpacity: 0.35, className: 'hotspot' },
    }).getLayers()[0];
    shape.bindTooltip(`Hotspot ${p.rank}: ${p.incidentCount} incidents`, { sticky: true });
    shape.on('click', () => onOpen(p.id));
    shape.addTo(layer);
    const path = shape.getElement();
    if (path) {
      path.setAttribute('data-hotspot-id', p.id);
    }
    byId.set(p.id, shape);
  });
  return byId;
}

/** The ranked list beside the map. */
export function listHotspots(list, collection, onOpen) {
  list.innerHTML = '';
  if (!collection.features.length) {
    list.innerHTML = '<li class="empty">No hotspots for this period, area and method. Try a longer period, '
      + 'a larger distance or fewer incidents per hotspot.</li>';
    return;
  }
  collection.features.forEach(feature => {
    const p = feature.properties;
    const item = document.createElement('li');
    item.innerHTML = `<button type="button" class="link" data-open-hotspot="${escapeHtml(p.id)}">#${p.rank} · `
      + `${p.incidentCount} incidents, ${p.childCount} ${p.childCount === 1 ? "child" : "children"}, ${p.personOfInterestCount} ${p.personOfInterestCount === 1 ? "person" : "persons"} of interest</button>`;
    item.querySelector('button').addEventListener('click', () => onOpen(p.id));
    list.appendChild(item);
  });
}

/** The ranked table a printed page carries. */
export function printTable(section, collection, caption) {
  const rows = collection.features.map(f => f.properties).map(p => `<tr><td>${p.rank}</td><td>${p.incidentCount}</td>
    <td>${p.childCount}</td><td>${p.personOfInterestCount}</td><td>${p.score}</td>
    <td>${escapeHtml((p.firstSeen || '–').slice(0, 10))}</td><td>${escapeHtml((p.lastSeen || '–').slice(0, 10))}</td></tr>`).join('');
  section.innerHTML = `<h2>Ranked hotspots</h2><p>${escapeHtml(caption)}</p><table><thead><tr><th>Rank</th><th>Incidents</th>
    <th>Children</th><th>Persons of interest</th><th>Score</th><th>First seen</th><th>Last seen</th></tr></thead>
    <tbody>${rows || '<tr><td colspan="7">No hotspots.</td></tr>'}</tbody></table>`;
}
