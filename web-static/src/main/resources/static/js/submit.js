// The referral form: a practitioner describes the child, the people, places and things, the links and the
// incidents, grades it in plain words and sends it as one submission. The service validates it exactly as it
// validates any submission; each field error comes back with the API's path (entities[0].postcode) and is shown
// beside the input carrying that path. The draft stays in this browser (localStorage) until it is sent.
import { getJson, postJson, escapeHtml } from './api.js';
import { renderHeader, vocabulary, areas, areaNamer, forumLabel, wordLabel } from './common.js';
import { showErrors, clearErrors } from './field-errors.js';
import { FIELDS, KIND_LABELS, LINK_TYPES, entityBody } from './submit-fields.js';

const form = document.getElementById('referral');
let user;
let words = {};
let draft;
let draftKey;

function fresh() {
  const stamp = new Date().toISOString().replace(/[-:T]/g, '').substring(0, 14);
  return { submissionRef: `${user.agency || 'REF'}-${stamp}`, agency: user.agency || '', submittedBy: '', forumKind: 'MACE',
    forumArea: '', meetingDate: '', source: '2', intelligence: 'B', handling: 'P', conditions: '', narrative: '',
    entities: [], links: [], incidents: [], next: 1 };
}

function save() {
  localStorage.setItem(draftKey, JSON.stringify({ ...draft, savedAt: new Date().toISOString() }));
}

function select(name, list, value, field, blank) {
  return `<select name="${name}" data-field="${field}">${blank !== undefined ? `<option value="">${blank}</option>` : ''}${
    list.map(v => `<option value="${escapeHtml(v)}"${v === value ? ' selected' : ''}>${escapeHtml(wordLabel(v))}</option>`).join('')}</select>`;
}

function entityLabel(e) {
  const v = e.values;
  return `${KIND_LABELS[e.kind]} ${e.ref}${v.name || v.vrm || v.number || v.handle ? `: ${v.name || v.vrm || v.number || v.handle}` : ''}`;
}

function refOptions(name, value, field, filter = () => true) {
  return `<select name="${name}" data-field="${field}"><option value="">choose…</option>${draft.entities.filter(filter).map(e =>
    `<option value="${e.ref}"${e.ref === value ? ' selected' : ''}>${escapeHtml(entityLabel(e))}</option>`).join('')}</select>`;
}

function entityRow(e, i) {
  const inputs = FIELDS[e.kind].map(f => {
    const path = `entities[${i}].${f.path || f.name}`;
    const value = e.values[f.name] ?? '';
    if (f.words) {
      return `<label>${f.label} ${select(f.name, words[f.words] || [], value, path, '')}</label>`;
    }
    if (f.checks) {
      return `<div class="roles" data-field="${path}">${f.label}: ${(words[f.checks] || []).map(h =>
        `<label><input type="checkbox" name="${f.name}" value="${h}"${(value || []).includes(h) ? ' checked' : ''}> ${h}</label>`).join('')}</div>`;
    }
    const lookup = f.name === 'postcode' ? ' <button type="button" class="small-button lookup">Look up</button><span class="small found"></span>' : '';
    return `<label>${f.label} <input name="${f.name}" type="${f.type || 'text'}" value="${escapeHtml(value)}" data-field="${path}">${lookup}</label>`;
  }).join('');
  return `<div class="row-card" data-index="${i}" data-field="entities[${i}]"><div class="row-head"><span>${escapeHtml(KIND_LABELS[e.kind])} (${e.ref})</span>
    <button type="button" class="small-button remove">Remove</button></div><div class="grid">${inputs}</div></div>`;
}

function linkRow(l, i) {
  return `<div class="row-card" data-index="${i}" data-field="links[${i}]"><div class="grid">
    <label>From ${refOptions('from', l.from, `links[${i}].from`)}</label>
    <label>Link ${select('type', LINK_TYPES, l.type, `links[${i}].type`)}</label>
    <label>To ${refOptions('to', l.to, `links[${i}].to`)}</label></div>
    <button type="button" class="small-button remove">Remove</button></div>`;
}

function incidentRow(n, i) {
  return `<div class="row-card" data-index="${i}" data-field="incidents[${i}]"><div class="grid">
    <label>What ${select('incidentType', words.incidentTypes || [], n.incidentType, `incidents[${i}].incidentType`)}</label>
    <label>When <input type="datetime-local" name="occurredAt" value="${escapeHtml(n.occurredAt || '')}" data-field="incidents[${i}].occurredAt"></label>
    <label>Where (a place above) ${refOptions('location', n.location, `incidents[${i}].location`, e => e.kind === 'LOCATION')}</label>
    <label>or postcode <input name="postcode" value="${escapeHtml(n.postcode || '')}" data-field="incidents[${i}].postcode"></label>
    <label>Who was involved ${refOptions('involvedRef', n.involvedRef, `incidents[${i}].involved[0].ref`, e => e.kind === 'CHILD' || e.kind === 'POI')}</label>
    <label>As ${select('involvedRole', words.involvementRoles || [], n.involvedRole, `incidents[${i}].involved[0].role`, '')}</label>
    <label>Summary <input name="summary" value="${escapeHtml(n.summary || '')}" data-field="incidents[${i}].summary"></label></div>
    <button type="button" class="small-button remove">Remove</button></div>`;
}

function render() {
  for (const name of ['submissionRef', 'agency', 'submittedBy', 'forumKind', 'forumArea', 'meetingDate', 'conditions', 'narrative']) {
    form.elements[name].value = draft[name] ?? '';
  }
  for (const name of ['source', 'intelligence', 'handling']) {
    form.querySelectorAll(`input[name=${name}]`).forEach(r => { r.checked = r.value === draft[name]; });
  }
  document.getElementById('entities').innerHTML = draft.entities.map(entityRow).join('');
  document.getElementById('links').innerHTML = draft.links.map(linkRow).join('');
  document.getElementById('incidents').innerHTML = draft.incidents.map(incidentRow).join('');
}

function readRow(container, list, index, target) {
  const row = container.querySelector(`.row-card[data-index="${index}"]`);
  row.querySelectorAll('input, select').forEach(input => {
    if (input.type === 'checkbox') {
      target[input.name] = [...row.querySelectorAll(`input[name="${input.name}"]:checked`)].map(c => c.value);
    } else if (input.name) {
      target[input.name] = input.value;
    }
  });
}

function readForm() {
  for (const name of ['submissionRef', 'agency', 'submittedBy', 'forumKind', 'forumArea', 'meetingDate', 'conditions', 'narrative']) {
    draft[name] = form.elements[name].value;
  }
  for (const name of ['source', 'intelligence', 'handling']) {
    const checked = form.querySelector(`input[name=${name}]:checked`);
    draft[name] = checked ? checked.value : '';
  }
  draft.entities.forEach((e, i) => readRow(document.getElementById('entities'), draft.entities, i, e.values));
  draft.links.forEach((l, i) => readRow(document.getElementById('links'), draft.links, i, l));
  draft.incidents.forEach((n, i) => readRow(document.getElementById('incidents'), draft.incidents, i, n));
}

function orNothing(value) {
  return value === '' || value === undefined || value === null ? undefined : value;
}

function body() {
  const incident = (n, i) => ({
    ref: `i${i + 1}`, incidentType: orNothing(n.incidentType),
    occurredAt: n.occurredAt ? new Date(n.occurredAt).toISOString() : undefined,
    location: orNothing(n.location), postcode: n.location ? undefined : orNothing(n.postcode),
    involved: n.involvedRef ? [{ ref: n.involvedRef, role: orNothing(n.involvedRole) }] : [], summary: orNothing(n.summary),
  });
  return {
    submissionRef: orNothing(draft.submissionRef), agency: orNothing(draft.agency), submittedBy: orNothing(draft.submittedBy),
    submittedAt: new Date().toISOString(),
    forum: { kind: draft.forumKind, area: orNothing(draft.forumArea), meetingDate: orNothing(draft.meetingDate) },
    grading: { source: draft.source ? Number(draft.source) : undefined, intelligence: orNothing(draft.intelligence),
      handling: orNothing(draft.handling), conditions: orNothing(draft.conditions) },
    entities: draft.entities.map(entityBody),
    links: draft.links.map(l => ({ from: orNothing(l.from), to: orNothing(l.to), type: orNothing(l.type) })),
    incidents: draft.incidents.map(incident),
    narrative: orNothing(draft.narrative),
  };
}

const OUTCOMES = {
  ON_AGENDA: (r, areaName) => `On the agenda of the ${forumLabel(r.meeting.kind, r.meeting.area, areaName)} of ${r.meeting.date}`
    + (r.rolledOver ? ' (it arrived too late for the one before)' : ''),
  AWAITING_MEETING: (r, areaName) => `Waiting for the next ${forumLabel(r.forumKind, r.forumArea, areaName)} to be set`,
  RECEIVED: () => 'Received as intelligence',
};

async function loadMine() {
  const status = document.getElementById('mine-status');
  status.textContent = 'Loading…';
  try {
    const [page, areaName] = await Promise.all([getJson('/api/referrals', { agency: user.agency, limit: 50 }), areaNamer()]);
    document.getElementById('mine').innerHTML = page.items.map(r => `<li data-ref="${escapeHtml(r.submissionRef)}">
      <strong>${escapeHtml(r.submissionRef)}</strong> <span class="small">${escapeHtml(String(r.submittedAt).substring(0, 10))}</span><br>
      ${escapeHtml(OUTCOMES[r.outcome](r, areaName))}${r.taskings ? `; ${r.taskings} tasking${r.taskings === 1 ? '' : 's'} raised since` : ''}</li>`).join('');
    status.textContent = page.total === 0 ? 'Nothing sent yet.' : '';
  } catch (error) {
    status.innerHTML = `<span class="error">${escapeHtml(error.message)}</span>`;
  }
}

function addEntity(kind) {
  readForm();
  draft.entities.push({ kind, ref: `e${draft.next++}`, values: kind === 'CHILD' ? { hazards: [] } : {} });
  render();
  save();
}

async function lookup(button) {
  const input = button.parentElement.querySelector('input[name=postcode]');
  const found = button.parentElement.querySelector('.found');
  found.textContent = 'Looking up…';
  try {
    const point = await getJson(`/api/postcodes/${encodeURIComponent(input.value.replace(/\s+/g, ''))}`);
    found.textContent = `${point.postcode}: ${point.latitude.toFixed(5)}, ${point.longitude.toFixed(5)}`;
  } catch (error) {
    found.textContent = error.status === 404 ? 'Not in the postcode table.' : error.message;
  }
}

function wire() {
  form.addEventListener('input', () => { readForm(); save(); });
  form.addEventListener('change', () => { readForm(); save(); });
  form.querySelectorAll('[data-add]').forEach(b => b.addEventListener('click', () => addEntity(b.dataset.add)));
  document.getElementById('add-link').addEventListener('click', () => { readForm(); draft.links.push({}); render(); save(); });
  document.getElementById('add-incident').addEventListener('click', () => { readForm(); draft.incidents.push({}); render(); save(); });
  form.addEventListener('click', event => {
    const remove = event.target.closest('.remove');
    if (remove) {
      readForm();
      const row = remove.closest('.row-card');
      const list = row.parentElement.id === 'entities' ? draft.entities : row.parentElement.id === 'links' ? draft.links : draft.incidents;
      list.splice(Number(row.dataset.index), 1);
      render();
      save();
    } else if (event.target.closest('.lookup')) {
      lookup(event.target.closest('.lookup'));
    }
  });
  document.getElementById('discard').addEventListener('click', () => {
    localStorage.removeItem(draftKey);
    draft = fresh();
    clearErrors(form);
    render();
  });
  form.addEventListener('submit', async event => {
    event.preventDefault();
    readForm();
    const status = document.getElementById('send-status');
    status.textContent = 'Sending…';
    try {
      const receipt = await postJson('/api/submissions', body());
      localStorage.removeItem(draftKey);
      clearErrors(form);
      status.textContent = `Sent: ${receipt.submissionRef} (received as ${receipt.submissionId}).`;
      draft = fresh();
      render();
      loadMine();
    } catch (error) {
      status.textContent = '';
      showErrors(form, error);
    }
  });
}

renderHeader().then(async signedIn => {
  user = signedIn;
  draftKey = `linkmap.referral-draft.${user.username}`;
  [words] = await Promise.all([vocabulary().catch(() => ({}))]);
  const collection = await areas().catch(() => ({ features: [] }));
  form.elements.forumArea.innerHTML = '<option value="">choose…</option>'
    + collection.features.map(f => `<option value="${escapeHtml(f.properties.code)}">${escapeHtml(f.properties.name || f.properties.code)}</option>`).join('');
  const saved = localStorage.getItem(draftKey);
  draft = saved ? JSON.parse(saved) : fresh();
  if (saved) {
    document.getElementById('draft-note').textContent = `Your draft from ${new Date(draft.savedAt).toLocaleString()} is restored; it stays here until sent.`;
  }
  if (user.agency) {
    form.elements.agency.readOnly = true;
    draft.agency = user.agency;
  }
  render();
  wire();
  loadMine();
}).catch(error => {
  form.insertAdjacentHTML('afterbegin', `<p class="error">${escapeHtml(error.message)}</p>`);
});
