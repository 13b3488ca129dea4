// The campaign planner: an area, a period and how many hotspots; the service picks the top hotspots of the three
// months before and raises one outreach tasking for each. Each campaign shows its taskings and its summary.
import { getJson, postJson, escapeHtml } from './api.js';
import { showErrors, clearErrors } from './field-errors.js';
import { areaOptions, when } from './common.js';

let board;
let areaName = code => code;

function renderCampaign(c) {
  const s = c.summary;
  return `<h2>${escapeHtml(c.name)} · ${escapeHtml(areaName(c.area))} · ${when(c.from)} to ${when(c.to)}</h2>
    <p class="small">Hotspots by ${escapeHtml(c.hotspotQuery.method)} over ${when(c.hotspotQuery.from)} to ${when(c.hotspotQuery.to)}.</p>
    <table class="list"><tbody>
      <tr><th>Hotspots targeted</th><td>${s.hotspotsTargeted}</td><th>Hotspots visited</th><td>${s.hotspotsVisited}</td></tr>
      <tr><th>Visits made</th><td>${s.visitsMade}</td><th>Notices issued</th><td>${s.noticesIssued}</td></tr>
      <tr><th>Offender visits</th><td>${s.offenderVisits}</td><th>Children engaged</th><td>${s.childrenEngaged}</td></tr>
    </tbody></table>
    <h2>Taskings</h2>${c.taskings.length ? `<ol>${c.taskings.map(t => `<li><span class="rag ${t.rag}">${t.rag}</span>
      ${escapeHtml(t.action)}: ${escapeHtml(t.assignedTo)}, ${escapeHtml(t.status.replaceAll('_', ' ').toLowerCase())}</li>`).join('')}</ol>`
      : '<p class="empty">No hotspots were found for this area and period, so nothing was tasked.</p>'}`;
}

async function openCampaign(id) {
  const panel = document.getElementById('campaign-detail');
  panel.innerHTML = '<p class="status">Loading the campaign…</p>';
  try {
    panel.innerHTML = renderCampaign(await getJson(`/api/campaigns/${id}`));
  } catch (error) {
    panel.innerHTML = `<p class="error">${escapeHtml(error.message)}</p>`;
  }
}

async function loadCampaigns() {
  const status = document.getElementById('campaign-status');
  try {
    const page = await getJson('/api/campaigns');
    document.getElementById('campaign-list').innerHTML = page.items.map(c =>
      `<li><button type="button" class="link" data-id="${escapeHtml(c.id)}">${escapeHtml(c.name)}</button>
        <span class="small">${escapeHtml(areaName(c.area))}, ${when(c.from)} to ${when(c.to)}</span></li>`).join('');
    status.textContent = page.total === 0 ? 'No campaigns yet.' : '';
  } catch (error) {
    status.innerHTML = `<span class="error">${escapeHtml(error.message)}</span>`;
  }
}

export function initCampaigns(user, codes, name, taskingBoard) {
  board = taskingBoard;
  areaName = name;
  const form = document.getElementById('campaign-form');
  form.elements.area.innerHTML = areaOptions(codes, name);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const body = {
      name: form.elements.name.value, area: form.elements.area.value, from: form.elements.from.value, to: form.elements.to.value,
      top: Number(form.elements.top.value), hotspotQuery: { method: form.elements.method.value },
    };
    if (form.elements.assignedTo.value.trim()) {
      body.assignedTo = form.elements.assignedTo.value.trim();
    }
    const status = document.getElementById('campaign-status');
    status.textContent = 'Finding hotspots and raising taskings…';
    try {
      const campaign = await postJson('/api/campaigns', body);
      status.textContent = '';
      clearErrors(form);
      document.getElementById('campaign-detail').innerHTML = renderCampaign(campaign);
      loadCampaigns();
      board.reload();
    } catch (error) {
      status.textContent = '';
      showErrors(form, error);
    }
  });
  document.getElementById('campaign-list').addEventListener('click', event => {
    const button = event.target.closest('button[data-id]');
    if (button) {
      openCampaign(button.dataset.id);
    }
  });
  loadCampaigns();
}
