// Says so while the service is not ready yet (most often: still loading the demo data), instead of letting
// a newcomer look at an empty county. Asks the open readiness probe every two seconds until it is UP, then
// reloads a page that was opened too early so that it shows the data.

const PROBE = '/actuator/health/readiness';
const POLL_MS = 2000;

function banner() {
  let element = document.getElementById('readiness');
  if (!element) {
    element = document.createElement('div');
    element.id = 'readiness';
    element.className = 'readiness';
    element.setAttribute('role', 'status');
    document.body.prepend(element);
  }
  return element;
}

async function readiness() {
  try {
    const response = await fetch(PROBE, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' });
    const body = await response.json().catch(() => ({}));
    const demo = body.components && body.components.demoData;
    return { ready: response.ok && body.status === 'UP', loadingDemo: !!demo && demo.status !== 'UP' };
  } catch (e) {
    return { ready: false, loadingDemo: false };
  }
}

async function watch(openedEarly) {
  const state = await readiness();
  if (state.ready) {
    if (openedEarly) {
      window.location.reload();
    }
    return;
  }
  banner().textContent = state.loadingDemo
    ? 'Loading demo data… the map, searches and networks fill in when it is done.'
    : 'Linkmap is starting… this page will refresh when it is ready.';
  setTimeout(() => watch(true), POLL_MS);
}

watch(false);
