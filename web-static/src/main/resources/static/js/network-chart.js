// The chart: Cytoscape.js (laid out by network-layout.js), styled so a link's look says how much to trust it. Width grows
// with corroboration (distinct agencies), a dashed line is low grading, a dotted line is an inference.
/* global cytoscape, cytoscapeFcose */

export const KIND_COLOURS = {
  PERSON: '#1f4e79', LOCATION: '#2a9d8f', NETWORK: '#e76f51', ORGANISATION: '#8e6c8a', VEHICLE: '#6c757d',
  PHONE: '#f4a261', ONLINE_ACCOUNT: '#9c6644', INCIDENT: '#b5b5b5',
};
const COMMUNITY_COLOURS = ['#1b9e77', '#d95f02', '#7570b3', '#e7298a', '#66a61e', '#e6ab02', '#a6761d', '#1f78b4',
  '#b2df8a', '#fb9a99', '#cab2d6', '#ffff99'];

// Low grading: an unreliable source (3) or intelligence not known directly or corroborated (C to E).
function lowGrading(grading) {
  return !grading || grading.source >= 3 || grading.intelligence >= 'C';
}

export function createChart(container, onSelect) {
  if (window.cytoscapeFcose) {
    cytoscape.use(window.cytoscapeFcose);
  }
  const cy = cytoscape({
    container,
    wheelSensitivity: 0.3,
    minZoom: 0.05,
    maxZoom: 4,
    textureOnViewport: true,
    hideEdgesOnViewport: true,
    style: [
      { selector: 'node', style: {
        'background-color': 'data(colour)', 'label': 'data(label)', 'font-size': 9, 'color': '#1d2428',
        'text-valign': 'bottom', 'text-margin-y': 2, 'width': 'data(size)', 'height': 'data(size)',
        'min-zoomed-font-size': 7 } },
      { selector: 'node[?child]', style: { 'border-width': 3, 'border-color': '#c1121f' } },
      { selector: 'node[?restricted]', style: { 'background-color': '#d5d9dc', 'shape': 'round-rectangle', 'color': '#5b6770' } },
      { selector: 'node[kind = "LOCATION"]', style: { 'shape': 'round-triangle' } },
      { selector: 'node[kind = "NETWORK"]', style: { 'shape': 'hexagon' } },
      { selector: 'node[kind = "PHONE"], node[kind = "VEHICLE"], node[kind = "ONLINE_ACCOUNT"]', style: { 'shape': 'round-rectangle' } },
      { selector: 'node[kind = "INCIDENT"]', style: { 'shape': 'diamond' } },
      { selector: 'node[kind = "INCIDENT"]', style: { 'min-zoomed-font-size': 16, 'width': 10, 'height': 10, 'font-size': 7,
        'color': '#6b7580' } },
      { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#111', 'border-style': 'double' } },
      { selector: 'edge', style: {
        'width': 'data(width)', 'line-color': '#7b8a95', 'curve-style': 'haystack', 'haystack-radius': 0,
        'opacity': 0.8 } },
      { selector: 'edge[?low]', style: { 'line-style': 'dashed' } },
      { selector: 'edge[?inferred]', style: { 'line-style': 'dotted', 'line-color': '#9d4edd' } },
      { selector: 'edge:selected', style: { 'line-color': '#111', 'opacity': 1 } },
      { selector: 'edge.on-path', style: { 'line-color': '#ff7f00', 'width': 4, 'opacity': 1, 'z-index': 9 } },
      { selector: 'node.on-path', style: { 'outline-width': 3, 'outline-color': '#ff7f00', 'outline-offset': 2 } },
      { selector: '.hidden', style: { 'display': 'none' } },
    ],
  });
  cy.on('tap', 'node, edge', event => onSelect(event.target));
  keepCentreOnResize(cy, container);
  return cy;
}

// Cytoscape measures its box only when told. The box changes as the legend, the slider and the panels fill in: measure
// again, keeping what was at the centre at the centre, so a chart centred on a node stays centred on it.
function keepCentreOnResize(cy, container) {
  new ResizeObserver(() => {
    const dx = (container.clientWidth - cy.width()) / 2;
    const dy = (container.clientHeight - cy.height()) / 2;
    if (dx !== 0 || dy !== 0) {
      cy.resize();
      cy.panBy({ x: dx, y: dy });
    }
  }).observe(container);
}

// The chart's label: an incident's type as words ("Missing episode 2026-07-16"), and a restricted placeholder's
// holder only (its whole message is in the detail panel).
function chartLabel(node) {
  if (node.restricted) {
    return String(node.label).split(';')[0];
  }
  return String(node.label).replace(/^[A-Z][A-Z_]+(?= \d{4}-)/, word => {
    const words = word.replaceAll('_', ' ').toLowerCase();
    return words.charAt(0).toUpperCase() + words.slice(1);
  });
}

function nodeData(node) {
  return { id: node.id, label: chartLabel(node), kind: node.kind, child: !!node.child, restricted: !!node.restricted,
    colour: KIND_COLOURS[node.kind] || '#999', size: 18 };
}

function edgeData(edge) {
  return { id: edge.id, source: edge.source, target: edge.target, type: edge.type, link: edge,
    width: Math.min(1 + 1.5 * Math.max(0, (edge.agencies || 1) - 1), 8), low: lowGrading(edge.grading), inferred: !!edge.inferred,
    first: edge.firstReported ? edge.firstReported.slice(0, 10) : null };
}

/** Adds a network ({ nodes, edges }) to the chart, keeping what is there; resolves to the number of nodes added. */
export function addNetwork(cy, network) {
  const added = [];
  cy.batch(() => {
    network.nodes.forEach(node => {
      if (cy.getElementById(node.id).empty()) {
        added.push(cy.add({ group: 'nodes', data: nodeData(node) }));
      }
    });
    network.edges.forEach(edge => {
      if (cy.getElementById(edge.id).empty() && !cy.getElementById(edge.source).empty() && !cy.getElementById(edge.target).empty()) {
        cy.add({ group: 'edges', data: edgeData(edge) });
      }
    });
  });
  return added.length;
}

/** Colours nodes by kind, or by community when the analysis has given one. */
export function colourBy(cy, mode) {
  cy.nodes().forEach(n => {
    const community = n.data('community');
    n.data('colour', mode === 'community' && community !== undefined
      ? COMMUNITY_COLOURS[community % COMMUNITY_COLOURS.length] : KIND_COLOURS[n.data('kind')] || '#999');
  });
}

/** Sizes nodes by a measure of the last analysis (18 px when none). */
export function sizeBy(cy, measure) {
  const values = cy.nodes().map(n => (measure && n.data(measure)) || 0);
  const max = Math.max(...values, 0);
  cy.nodes().forEach(n => {
    const value = (measure && n.data(measure)) || 0;
    n.data('size', !measure || max === 0 ? 18 : 12 + 36 * value / max);
  });
}
