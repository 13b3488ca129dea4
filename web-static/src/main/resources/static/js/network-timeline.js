// The time slider: the network as it stood at a date (links first reported by then, and the nodes they join),
// and a play button that steps through the reporting period to show the network growing.

const DAY = 24 * 3600 * 1000;

export function createTimeline(cy, { slider, output, play, onChange }) {
  let days = [];
  let timer = null;

  function dateAt(index) {
    return new Date(days[0] + index * DAY).toISOString().slice(0, 10);
  }

  function show(index) {
    const asAt = dateAt(index);
    const atEnd = index >= slider.max;
    let shown = 0;
    cy.batch(() => {
      cy.edges().forEach(e => {
        const hidden = !atEnd && e.data('first') && e.data('first') > asAt;
        e.toggleClass('hidden', !!hidden);
        if (!hidden) {
          shown++;
        }
      });
      cy.nodes().forEach(n => {
        const links = n.connectedEdges();
        n.toggleClass('hidden', !atEnd && links.length > 0 && links.every(e => e.hasClass('hidden')));
      });
    });
    output.value = atEnd ? `all dates (to ${asAt})` : `as at ${asAt}`;
    onChange({ asAt: atEnd ? null : asAt, links: shown, total: cy.edges().length });
  }

  /** Spans the slider over the reporting period of the links on the chart, and shows everything. */
  function reset() {
    const dates = cy.edges().map(e => e.data('first')).filter(Boolean).map(d => Date.parse(d + 'T00:00:00Z'));
    if (dates.length === 0) {
      slider.disabled = true;
      output.value = 'all dates';
      return;
    }
    const first = Math.min(...dates);
    const last = Math.max(...dates);
    days = [first];
    slider.min = 0;
    slider.max = Math.round((last - first) / DAY);
    slider.value = slider.max;
    slider.disabled = false;
    show(Number(slider.value));
  }

  function stop() {
    clearInterval(timer);
    timer = null;
    play.textContent = '▶';
  }

  slider.addEventListener('input', () => show(Number(slider.value)));
  play.addEventListener('click', () => {
    if (timer) {
      stop();
      return;
    }
    if (Number(slider.value) >= Number(slider.max)) {
      slider.value = 0;
    }
    play.textContent = '❚❚';
    const step = Math.max(1, Math.round(slider.max / 60));
    timer = setInterval(() => {
      slider.value = Math.min(Number(slider.max), Number(slider.value) + step);
      show(Number(slider.value));
      if (Number(slider.value) >= Number(slider.max)) {
        stop();
      }
    }, 150);
  });
  return { reset, stop };
}
