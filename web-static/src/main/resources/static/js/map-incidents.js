// Incidents as clustered markers. The service sends the incidents in view one by one when they are few (they are
// clustered here by Leaflet.markercluster and each opens on a click) and as counted clusters when they are many
// (a year of a county); a counted cluster zooms in when clicked. The heat layer is drawn from the same answer.
import { getJson, escapeHtml } from './api.js';
import { wordLabel } from './common.js';

const INCIDENT_STYLE = { radius: 5, weight: 1, color: '#ffffff', fillColor: '#1f4e79', fillOpacity: 0.8 };

export function incidentLayers() {
  const markers = L.markerClusterGroup({ chunkedLoading: true, maxClusterRadius: 50, showCoverageOnHover: false });
  const counted = L.layerGroup();
  const incidents = L.layerGroup([markers, counted]);
  const heat = L.heatLayer([], { radius: 20, blur: 18, maxZoom: 15 });
  return { incidents, markers, counted, heat };
}

function countedIcon(count) {
  const size = count < 100 ? 'small' : count < 1000 ? 'medium' : 'large';
  return L.divIcon({ html: `<div><span>${count}</span></div>`, className: `marker-cluster marker-cluster-${size} counted-cluster`,
    iconSize: L.point(40, 40) });
}

async function incidentPopup(id) {
  const d = await getJson(`/api/incidents/${encodeURIComponent(id)}`);
  const place = d.place ? `<a href="/location.html?id=${encodeURIComponent(d.place.id)}">${escapeHtml(d.place.label)}</a>` : 'No named place';
  const people = d.people.length ? `<ul>${d.people.map(p => `<li>${escapeHtml(p.person.label)}`
    + `${p.roles.length ? ` <small>(${escapeHtml(p.roles.map(wordLabel).join(', '))})</small>` : ''}</li>`).join('')}</ul>`
    : '<p>No people recorded.</p>';
  return `<div class="incident-popup"><strong>${escapeHtml(wordLabel(d.incidentType))}</strong>
    <p>${escapeHtml(new Date(d.occurredAt).toLocaleString('en-GB', { timeZone: 'Europe/London' }))}</p>
    <p>${place}${d.area ? ` · ${escapeHtml(d.area)}` : ''}</p>${people}</div>`;
}

/** Asks for the incidents in the map's view and draws them; resolves to the answer. */
export async function loadIncidents(map, layers, filter) {
  const b = map.getBounds();
  const bbox = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map(v => Math.max(-180, Math.min(180, v)).toFixed(5));
  bbox[1] = Math.max(-90, bbox[1]);
  bbox[3] = Math.min(90, bbox[3]);
  const view = await getJson('/api/incidents/clusters', { ...filter, bbox: bbox.join(','), zoom: map.getZoom() });
  layers.markers.clearLayers();
  layers.counted.clearLayers();
  const singles = view.incidents.map(i => {
    const marker = L.circleMarker([i.latitude, i.longitude], { ...INCIDENT_STYLE, className: 'incident' });
    marker.bindTooltip(`${wordLabel(i.incidentType)} · ${i.occurredAt.slice(0, 10)}`);
    marker.bindPopup('Loading…');
    marker.on('popupopen', () => incidentPopup(i.id).then(html => marker.setPopupContent(html))
      .catch(e => marker.setPopupContent(escapeHtml(e.message))));
    return marker;
  });
  layers.markers.addLayers(singles);
  view.clusters.forEach(c => {
    const marker = L.marker([c.latitude, c.longitude], { icon: countedIcon(c.count), title: `${c.count} incidents` });
    marker.on('click', () => map.setView([c.latitude, c.longitude], Math.min(map.getZoom() + 2, map.getMaxZoom())));
    layers.counted.addLayer(marker);
  });
  const heatPoints = view.incidents.map(i => [i.latitude, i.longitude, 1])
    .concat(view.clusters.map(c => [c.latitude, c.longitude, c.count]));
  const max = Math.max(1, ...view.clusters.map(c => c.count));
  layers.heat.setOptions({ max });
  layers.heat.setLatLngs(heatPoints);
  return view;
}
