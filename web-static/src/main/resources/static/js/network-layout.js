// Laying the chart out. Up to LARGE nodes, fcose (force-directed): it shows groups, and is quick at that size. Above
// it, a force-directed pass took 12.6 s for a thousand nodes on the shared machine (against the 2 s target), so the
// chart is laid out in rings instead: breadth first from the best-connected node, each ring holding as many nodes
// as fit around it, so a node's neighbours sit together in an arc and hubs sit in the middle. That is linear in the
// nodes and links, and a network of a thousand members comes out as a disc around the network, not a hairball.
/* global cytoscape */

export const LARGE = 300;
const SPACING = 36;

/** The node ids in breadth-first order, starting again from the best-connected node left in each other component. */
function breadthFirst(cy) {
  const degree = new Map();
  const neighbours = new Map();
  cy.nodes().forEach(n => { degree.set(n.id(), 0); neighbours.set(n.id(), []); });
  cy.edges().forEach(e => {
    const [a, b] = [e.source().id(), e.target().id()];
    if (a !== b) {
      neighbours.get(a).push(b);
      neighbours.get(b).push(a);
      degree.set(a, degree.get(a) + 1);
      degree.set(b, degree.get(b) + 1);
    }
  });
  const byDegree = (a, b) => degree.get(b) - degree.get(a) || (a < b ? -1 : 1);
  const order = [];
  const seen = new Set();
  for (const start of [...degree.keys()].sort(byDegree)) {
    if (seen.has(start)) {
      continue;
    }
    seen.add(start);
    const queue = [start];
    for (let i = 0; i < queue.length; i++) {
      order.push(queue[i]);
      for (const next of neighbours.get(queue[i]).sort(byDegree)) {
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
  }
  return order;
}

/** Positions on rings SPACING apart, each ring filled with as many nodes as fit SPACING apart around it. */
function ringPositions(order) {
  const positions = {};
  let ring = 0;
  let slot = 0;
  let capacity = 1;
  for (const id of order) {
    if (slot === capacity) {
      ring++;
      slot = 0;
      capacity = Math.floor(2 * Math.PI * ring);
    }
    const angle = 2 * Math.PI * slot / capacity;
    positions[id] = { x: ring * SPACING * Math.cos(angle), y: ring * SPACING * Math.sin(angle) };
    slot++;
  }
  return positions;
}

function chosen(cy, mode) {
  if (mode === 'rings' || (mode !== 'force' && cy.nodes().length > LARGE)) {
    const positions = ringPositions(breadthFirst(cy));
    return { name: 'preset', positions: node => positions[node.id()], fit: true, padding: 30, animate: false };
  }
  return { name: window.cytoscapeFcose ? 'fcose' : 'cose', quality: 'default', animate: false, randomize: true,
    nodeRepulsion: 6000, idealEdgeLength: 60, numIter: 2500, fit: true, padding: 30 };
}

/** Lays the chart out ('auto', 'force' or 'rings'); resolves to the seconds it took and the layout used. */
export function layout(cy, mode = 'auto') {
  return new Promise(resolve => {
    const started = performance.now();
    // The chart's box changes as the legend and panels fill in: measure it again, or fit and centre miss it.
    cy.resize();
    const options = chosen(cy, mode);
    const placed = performance.now();
    const run = cy.layout(options);
    run.one('layoutstop', () => resolve({ seconds: (performance.now() - started) / 1000,
      name: options.name === 'preset' ? `rings, placed in ${((placed - started) / 1000).toFixed(2)} s` : 'force-directed' }));
    run.run();
  });
}
