// The map's whole state in its address: filters, method and parameters, layers shown, the hotspot open and the
// view. Opening the same address shows the same map, so a view can be shared and reopened at the meeting.

export const STATE_KEYS = ['from', 'to', 'types', 'area', 'method', 'eps', 'minPoints', 'cell', 'bandwidth',
  'bandwidthRule', 'top', 'layers', 'hotspot', 'at'];
export const DEFAULT_LAYERS = ['hotspots', 'incidents', 'districts', 'concerns'];

/** The state in the current address: { key: value } for the keys present. */
export function readState() {
  const params = new URLSearchParams(window.location.search);
  const state = {};
  STATE_KEYS.forEach(key => {
    if (params.has(key)) {
      state[key] = params.get(key);
    }
  });
  return state;
}

/** Writes the state into the address without a reload; empty values are left out. */
export function writeState(state) {
  const params = new URLSearchParams();
  STATE_KEYS.forEach(key => {
    if (state[key] !== undefined && state[key] !== null && state[key] !== '') {
      params.set(key, state[key]);
    }
  });
  const url = `${window.location.pathname}?${params}`;
  if (url !== window.location.pathname + window.location.search) {
    window.history.replaceState(null, '', url);
  }
}

/** The hotspot query (what /api/hotspots takes) out of a state. */
export function hotspotQuery(state) {
  const common = { from: state.from, to: state.to, area: state.area, types: state.types, method: state.method || 'dbscan' };
  switch (common.method) {
    case 'dbscan': return { ...common, eps: state.eps, minPoints: state.minPoints };
    case 'kde': return { ...common, cell: state.cell, bandwidth: state.bandwidth, bandwidthRule: state.bandwidthRule, top: state.top };
    default: return { ...common, cell: state.cell };
  }
}

/** The query string of an object, empty values left out. */
export function queryString(params) {
  return new URLSearchParams(Object.entries(params).filter(([, v]) => v !== null && v !== undefined && v !== '')).toString();
}

/** "2026-10-01".."2026-10-31" for the calendar month before the one holding `today` (a Date, UTC). */
export function lastMonth(today) {
  const first = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 1, 1));
  const last = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 0));
  return { from: isoDate(first), to: isoDate(last) };
}

/** The `months` whole months up to the end of the month before `today`. */
export function lastMonths(today, months) {
  const first = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - months, 1));
  return { from: isoDate(first), to: lastMonth(today).to };
}

export function isoDate(date) {
  return date.toISOString().slice(0, 10);
}
