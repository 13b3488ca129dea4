// The taskings board (by agency and status, with RAG), the forms to update a tasking and to record disruption,
// and the disruption log with each record's measured effect. An agency user sees its own agency's taskings only.
import { getJson, postJson, sendJson, escapeHtml } from './api.js';
import { showErrors, clearErrors } from './field-errors.js';
import { areaNamer, tacticLabel, ukDay, when } from './common.js';

const STATUSES = ['OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED'];
const STATUS_LABELS = { OPEN: 'Open', IN_PROGRESS: 'In progress', DONE: 'Done', CANCELLED: 'Cancelled' };
const TACTICS = ['CAWN', 'S49_NOTICE', 'SHPO', 'SRO', 'STRO', 'HOTEL_NOTICE', 'LICENSING_REVIEW', 'VISIT', 'PATROL', 'OUTREACH', 'ARREST', 'OTHER'];
let user;
let taskings = [];

function card(t) {
  const mayUpdate = user.role === 'MACE_MEMBER' || (user.role === 'AGENCY_USER' && t.assignedTo === user.agency);
  const last = t.notes.length > 1 ? t.notes[t.notes.length - 1] : null;
  return `<div class="tasking-card ${t.rag}" data-id="${escapeHtml(t.id)}">
    <span class="rag ${t.rag}">${t.rag}</span> due ${when(t.due)}
    <div><strong>${escapeHtml(t.action)}</strong></div>
    <div class="small">Against ${escapeHtml(t.target.label)}</div>
    ${last ? `<div class="small">${escapeHtml(last.by)}, ${when(last.at)}: ${escapeHtml(last.note || STATUS_LABELS[last.status])}</div>` : ''}
    ${mayUpdate ? `<div class="actions"><button type="button" class="small-button update">Update</button>
      <button type="button" class="small-button disrupt">Record disruption</button></div>` : ''}
  </div>`;
}

function renderBoard() {
  const agencies = [...new Set(taskings.map(t => t.assignedTo))].sort();
  const boardEl = document.getElementById('board');
  if (agencies.length === 0) {
    boardEl.innerHTML = '<p class="empty">No taskings.</p>';
    return;
  }
  boardEl.innerHTML = '<div class="head">Agency</div>' + STATUSES.map(s => `<div class="head">${STATUS_LABELS[s]}</div>`).join('')
    + agencies.map(a => `<div class="agency">${escapeHtml(a)}</div>` + STATUSES.map(s =>
      `<div class="cell" data-agency="${escapeHtml(a)}" data-status="${s}">${
        taskings.filter(t => t.assignedTo === a && t.status === s).map(card).join('')}</div>`).join('')).join('');
}

async function loadBoard() {
  const status = document.getElementById('board-status');
  status.textContent = 'Loading taskings…';
  try {
    const page = await getJson('/api/taskings', {
      agency: document.getElementById('board-agency').value.trim(),
      overdue: document.getElementById('board-overdue').checked ? 'true' : '',
    });
    taskings = page.items;
    const red = taskings.filter(t => t.rag === 'RED').length;
    const amber = taskings.filter(t => t.rag === 'AMBER').length;
    status.textContent = `${page.total} tasking${page.total === 1 ? '' : 's'}: ${red} red, ${amber} amber.`;
    renderBoard();
  } catch (error) {
    status.innerHTML = `<span class="error">${escapeHtml(error.message)}</span>`;
    document.getElementById('board').innerHTML = '';
  }
}

function dialog(id, html) {
  let d = document.getElementById(id);
  if (!d) {
    d = document.createElement('dialog');
    d.id = id;
    d.className = 'form-dialog';
    d.innerHTML = html;
    document.body.appendChild(d);
    d.querySelector('.cancel').addEventListener('click', () => d.close());
  }
  const form = d.querySelector('form');
  form.reset();
  clearErrors(form);
  return d;
}

function openUpdate(tasking) {
  const d = dialog('update-dialog', `<form method="dialog"><h2>Update tasking</h2><p class="target-line"></p>
    <label>Status <select name="status" data-field="status">${STATUSES.map(s => `<option value="${s}">${STATUS_LABELS[s]}</option>`).join('')}</select></label>
    <label>Note <textarea name="note" data-field="note" rows="3"></textarea></label>
    <p class="form-message" role="alert"></p>
    <div class="buttons"><button type="submit" class="primary">Save</button><button type="button" class="cancel">Cancel</button></div></form>`);
  const form = d.querySelector('form');
  d.querySelector('.target-line').textContent = tasking.action;
  // Cancelling, or undoing it, is the meeting's decision: an agency user moves a tasking among the others.
  const choices = user.role !== 'AGENCY_USER' ? STATUSES
    : tasking.status === 'CANCELLED' ? ['CANCELLED'] : STATUSES.filter(s => s !== 'CANCELLED');
  form.elements.status.innerHTML = choices.map(s => `<option value="${s}">${STATUS_LABELS[s]}</option>`).join('');
  form.elements.status.value = tasking.status;
  form.onsubmit = async event => {
    event.preventDefault();
    try {
      const body = { status: form.elements.status.value };
      if (form.elements.note.value.trim()) {
        body.note = form.elements.note.value;
      }
      await sendJson('PATCH', `/api/taskings/${tasking.id}`, body);
      clearErrors(form);
      d.close();
      loadBoard();
    } catch (error) {
      showErrors(form, error);
    }
  };
  d.showModal();
}

function openDisruption(tasking) {
  const d = dialog('disruption-dialog', `<form method="dialog"><h2>Record disruption</h2><p class="target-line"></p>
    <label>Tactic <select name="tactic" data-field="tactic">${TACTICS.map(t => `<option value="${t}">${escapeHtml(tacticLabel(t))}</option>`).join('')}</select></label>
    <label>Date <input type="date" name="date" data-field="date"></label>
    <label>Outcome <textarea name="outcome" data-field="outcome" rows="3"></textarea></label>
    <label>Children engaged (outreach) <input type="number" min="0" name="childrenEngaged" data-field="childrenEngaged"></label>
    <p class="form-message" role="alert"></p>
    <div class="buttons"><button type="submit" class="primary">Record</button><button type="button" class="cancel">Cancel</button></div></form>`);
  const form = d.querySelector('form');
  d.querySelector('.target-line').textContent = `${tasking.action} (against ${tasking.target.label})`;
  form.elements.date.value = ukDay();
  form.onsubmit = async event => {
    event.preventDefault();
    const body = { tactic: form.elements.tactic.value, date: form.elements.date.value, taskingId: tasking.id };
    if (form.elements.outcome.value.trim()) {
      body.outcome = form.elements.outcome.value;
    }
    if (form.elements.childrenEngaged.value !== '') {
      body.childrenEngaged = Number(form.elements.childrenEngaged.value);
    }
    try {
      await postJson('/api/disruptions', body);
      clearErrors(form);
      d.close();
      loadDisruptions();
    } catch (error) {
      showErrors(form, error);
    }
  };
  d.showModal();
}

async function loadDisruptions() {
  const status = document.getElementById('disruption-status');
  const body = document.querySelector('#disruption-list tbody');
  status.textContent = 'Loading disruption records…';
  try {
    const page = await getJson('/api/disruptions');
    const measurable = user.role !== 'AGENCY_USER';
    body.innerHTML = page.items.map(d => `<tr data-id="${escapeHtml(d.id)}"><td>${when(d.date)}</td>
      <td>${escapeHtml(tacticLabel(d.tactic))}</td><td>${escapeHtml(d.target.label)}</td>
      <td>${escapeHtml(d.outcome || '')}</td><td>${d.rag ? `<span class="rag ${d.rag}">${d.rag}</span> ${escapeHtml(d.assignedTo)}` : ''}</td>
      <td>${measurable ? '<button type="button" class="small-button effect-button">Effect</button>' : ''}</td></tr>`).join('');
    status.textContent = page.total === 0 ? 'No disruption recorded yet.' : `${page.total} record${page.total === 1 ? '' : 's'}.`;
  } catch (error) {
    status.innerHTML = `<span class="error">${escapeHtml(error.message)}</span>`;
  }
}

function effectTable(e, areaName) {
  const place = e.measure === 'PLACE';
  const rows = place ? [['Target', 'target'], ['Buffer', 'buffer'], ['Control', 'control']] : [['Incidents', 'incidents'], ['Intelligence', 'intelligence']];
  return `<h2>Effect of the disruption of ${when(e.date)}</h2>
    <p class="small">${e.periodDays} days before (${when(e.beforePeriod.from)} to ${when(e.beforePeriod.to)}) and after
      (${when(e.afterPeriod.from)} to ${when(e.afterPeriod.to)})${place ? `; target ${e.radiusMetres ? `${e.radiusMetres} m around the place` : 'the hotspot outline'},
      buffer ${e.bufferMetres} m, control the rest of ${escapeHtml(e.controlArea ? areaName(e.controlArea) : '(none)')}` : ''}.</p>
    <table><thead><tr><th></th><th>Before</th><th>After</th></tr></thead><tbody>${rows.map(([label, key]) =>
      `<tr><th>${label}</th><td>${e.before[key] ?? ''}</td><td>${e.after[key] ?? ''}</td></tr>`).join('')}</tbody></table>
    ${place ? `<p>Weighted displacement quotient: <strong>${e.wdq === undefined ? 'not measurable' : e.wdq.toFixed(2)}</strong>.
      ${escapeHtml(e.interpretation || '')}</p>` : ''}`;
}

async function showEffect(id) {
  const panel = document.getElementById('effect');
  panel.innerHTML = '<p class="status">Measuring…</p>';
  try {
    const [effect, areaName] = await Promise.all([getJson(`/api/disruptions/${id}/effect`), areaNamer()]);
    panel.innerHTML = effectTable(effect, areaName);
  } catch (error) {
    panel.innerHTML = `<p class="error">${escapeHtml(error.message)}</p>`;
  }
}

export function initBoard(signedIn) {
  user = signedIn;
  if (user.role === 'AGENCY_USER') {
    const agency = document.getElementById('board-agency');
    agency.value = user.agency;
    agency.readOnly = true;
  }
  document.getElementById('board-filter').addEventListener('submit', event => {
    event.preventDefault();
    loadBoard();
  });
  document.getElementById('board').addEventListener('click', event => {
    const cardEl = event.target.closest('.tasking-card');
    const tasking = cardEl && taskings.find(t => t.id === cardEl.dataset.id);
    if (tasking && event.target.closest('.update')) {
      openUpdate(tasking);
    } else if (tasking && event.target.closest('.disrupt')) {
      openDisruption(tasking);
    }
  });
  document.querySelector('#disruption-list tbody').addEventListener('click', event => {
    const row = event.target.closest('tr');
    if (row && event.target.closest('.effect-button')) {
      showEffect(row.dataset.id);
    }
  });
  loadBoard();
  loadDisruptions();
  return { reload: loadBoard };
}
