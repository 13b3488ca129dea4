// District and area outlines, locations of concern, and the British National Grid reference of a clicked point.
// The grid reference comes from the service, which converts with the same transform as every hotspot method.
import { getJson, escapeHtml } from './api.js';
import { wordLabel, when } from './common.js';

export function districtLayer(districts) {
  return L.geoJSON(districts, {
    interactive: false,
    style: { color: '#5b6770', weight: 1, dashArray: '4 3', fill: false, className: 'district' },
    onEachFeature: (feature, layer) => layer.bindTooltip(escapeHtml(feature.properties.name),
      { permanent: true, direction: 'center', className: 'district-label' }),
  });
}

export function areaLayer(areaCollection) {
  return L.geoJSON(areaCollection, {
    interactive: false,
    style: { color: '#3b4650', weight: 2, fill: true, fillColor: '#f4f1ea', fillOpacity: 0.5, className: 'area' },
  });
}

/** The map pane the locations of concern are drawn in: above hotspot outlines and heat, below incident markers and popups. */
export const CONCERN_PANE = 'concerns';

/** Makes the pane {@link concernLayer} draws in; call once, when the map is made. */
export function concernPane(map) {
  map.createPane(CONCERN_PANE).style.zIndex = 450;
}

/** The locations flagged as of concern, in the reader's areas, as a layer that fills when first shown. */
export function concernLayer() {
  const layer = L.layerGroup();
  layer.on('add', async () => {
    if (layer.getLayers().length) {
      return;
    }
    const list = await getJson('/api/locations', { concern: 'true', limit: 1000 });
    list.items.filter(i => i.latitude !== null && i.latitude !== undefined).forEach(item => {
      const marker = L.circleMarker([item.latitude, item.longitude],
        { radius: 8, weight: 3, color: '#6a1b9a', fillColor: '#ffffff', fillOpacity: 0.9, className: 'concern', pane: CONCERN_PANE });
      marker.bindPopup(`<strong>Location of concern</strong><p><a href="/location.html?id=${encodeURIComponent(item.id)}">`
        + `${escapeHtml(item.label)}</a> <small>${escapeHtml(wordLabel(item.locationType || 'OTHER'))}</small></p>`
        + `<p>${escapeHtml(item.concern.reason)}</p><p class="small">${escapeHtml(item.concern.by)}, ${when(item.concern.at)}</p>`);
      marker.addTo(layer);
    });
  });
  return layer;
}

/** A box showing the grid reference of the last point clicked on the map (not on a hotspot or marker). */
export function gridReferenceControl(map) {
  const control = L.control({ position: 'bottomleft' });
  control.onAdd = () => {
    // 'hint' until a point is clicked: a printed map carries a grid reference only when one was asked for.
    const div = L.DomUtil.create('div', 'grid-reference hint');
    div.id = 'grid-reference';
    div.textContent = 'Click the map for a grid reference';
    return div;
  };
  control.addTo(map);
  map.on('click', async event => {
    const div = document.getElementById('grid-reference');
    try {
      const g = await getJson('/api/map/grid-reference',
        { longitude: event.latlng.lng.toFixed(6), latitude: event.latlng.lat.toFixed(6) });
      div.classList.remove('hint');
      div.innerHTML = `<strong class="os-ref">${escapeHtml(g.gridReference)}</strong> `
        + `<span class="en">E ${g.easting} N ${g.northing}</span>`;
    } catch (e) {
      div.textContent = e.message;
    }
  });
}
