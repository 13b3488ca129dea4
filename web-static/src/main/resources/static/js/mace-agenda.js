// Meetings and the agenda: the list of an area's meetings, a form for a new one, and the agenda of the one chosen,
// with a tasking button beside each child, person and hotspot (for the roles that may task). Prints as the pack.
import { getJson, postJson, escapeHtml } from './api.js';
import { showErrors, clearErrors } from './field-errors.js';
import { canTask, openTaskingForm } from './tasking.js';
import { areaOptions, when, ukDay } from './common.js';

const KINDS = { MACE: 'MACE', OPERATIONAL_GROUP: 'Operational group' };
// Past meetings shown before "Show all": the latest few are the ones still worked from.
const PAST_SHOWN = 5;
let currentUser;
let board;
let areaName = code => code;
let showAllPast = false;
let listed = [];

function taskCell(target) {
  if (!canTask(currentUser)) {
    return '';
  }
  return `<button type="button" class="task-button" data-target='${escapeHtml(JSON.stringify(target))}'>Task action</button>`;
}

function table(title, rows, header, empty) {
  const body = rows.length ? rows.join('') : `<tr><td colspan="${header.length}" class="empty">${empty}</td></tr>`;
  return `<section><h2>${title} <small>(${rows.length})</small></h2><table class="list"><thead><tr>${
    header.map(h => `<th>${h}</th>`).join('')}</tr></thead><tbody>${body}</tbody></table></section>`;
}

function person(node, meetingId) {
  return { targetId: node.id, label: node.label, meetingId };
}

function children(list, meetingId) {
  return list.map(c => `${escapeHtml(c.label)} ${taskCell(person(c, meetingId))}`).join('<br>') || '<span class="empty">none named</span>';
}

function renderAgenda(agenda) {
  const m = agenda.meeting;
  const id = m.id;
  const referral = late => r => `<tr><td>${escapeHtml(r.submissionRef)}</td><td>${escapeHtml(r.agency)}</td><td>${when(r.receivedAt)}</td>
    <td>${children(r.children, id)}</td><td>${r.rolledFrom ? 'rolled over from the last meeting'
      : late ? (r.rollsTo ? 'goes to the next meeting' : 'waits for the next meeting to be set') : ''}</td></tr>`;
  return `<header><h2>${escapeHtml(KINDS[m.kind] || m.kind)} · ${escapeHtml(areaName(m.area))} · ${when(m.date)}</h2>
      <p class="small">New referrals are those received by ${when(agenda.referralCutOff)} (five days before); "new" means since ${when(agenda.since)}.
      <button type="button" class="small-button no-print" id="print-agenda">Print</button></p></header>`
    + table('New referrals', agenda.newReferrals.map(referral(false)), ['Reference', 'Agency', 'Received', 'Children', ''], 'No new referrals.')
    + table('Received too late for this meeting', agenda.rolledOver.map(referral(true)), ['Reference', 'Agency', 'Received', 'Children', ''], 'None rolled over.')
    + table('Open cases: monthly update due', agenda.openCases.map(c => `<tr><td>${escapeHtml(c.child.label)}</td><td>${c.openTaskings}</td>
        <td>${c.newIntelligence}</td><td>${when(c.latestIntelligence)}</td><td>${taskCell(person(c.child, id))}</td></tr>`),
      ['Child', 'Open taskings', 'New intelligence', 'Latest', ''], 'No open cases.')
    + table('Children at repeated risk never referred to MACE', agenda.neverReferred.map(n => `<tr><td>${escapeHtml(n.child.label)}</td>
        <td>${escapeHtml(n.reason)}</td><td>${taskCell(person(n.child, id))}</td></tr>`),
      ['Child', 'Why they are here', ''], 'No child at repeated risk is missing from MACE.')
    + table('Top hotspots', agenda.topHotspots.map(h => `<tr><td>${h.rank}</td><td>${h.incidentCount}</td><td>${h.childCount}</td>
        <td>${h.personOfInterestCount}</td><td>${when(h.firstSeen)} – ${when(h.lastSeen)}</td>
        <td>${taskCell({ hotspot: h.geometry, label: `Hotspot ${h.rank} (${h.incidentCount} incidents)`, meetingId: id })}</td></tr>`),
      ['Rank', 'Incidents', 'Children', 'Persons of interest', 'Seen', ''],
      agenda.topHotspotsNote ? escapeHtml(agenda.topHotspotsNote) : 'No hotspots in the three months before the meeting.')
    + table('Persons of interest newly linked', agenda.newlyLinkedPersons.map(p => `<tr><td>${escapeHtml(p.person.label)}</td><td>${p.newLinks}</td>
        <td>${when(p.firstLinked)}</td><td>${taskCell(person(p.person, id))}</td></tr>`),
      ['Person', 'New links', 'First linked', ''], 'No new links.')
    + table('Children placed from another authority', agenda.placedChildren.map(p => `<tr><td>${escapeHtml(p.child.label)}</td>
        <td>${escapeHtml(p.homeAuthority)}</td><td>${when(p.placement.from)} – ${when(p.placement.to) || 'now'}</td>
        <td>${escapeHtml(p.notification.status)}</td></tr>`),
      ['Child', 'Home authority', 'Placed', 'Notification'], 'No placed children.');
}

async function openAgenda(id) {
  const panel = document.getElementById('agenda');
  panel.innerHTML = '<p class="status">Loading the agenda…</p>';
  document.querySelectorAll('#meeting-list tbody tr').forEach(tr => tr.setAttribute('aria-selected', tr.dataset.id === id));
  try {
    panel.innerHTML = renderAgenda(await getJson(`/api/meetings/${id}/agenda`));
    panel.querySelector('#print-agenda').addEventListener('click', () => window.print());
  } catch (error) {
    panel.innerHTML = `<p class="error">The agenda could not be loaded: ${escapeHtml(error.message)}</p>`;
  }
}

function meetingRow(m) {
  return `<tr data-id="${escapeHtml(m.id)}"><td class="date">${when(m.date)}</td><td>${escapeHtml(KINDS[m.kind] || m.kind)}</td>
    <td>${escapeHtml(areaName(m.area))}</td><td><button type="button" class="link open-agenda">Agenda</button></td></tr>`;
}

function groupRow(text, extra = '') {
  return `<tr class="group"><th colspan="4">${text}${extra}</th></tr>`;
}

// The meetings still to come first, soonest first, then the past ones, latest first: the few latest unless all
// are asked for.
function renderMeetings(items, today) {
  const coming = items.filter(m => String(m.date).substring(0, 10) >= today).reverse();
  const past = items.filter(m => String(m.date).substring(0, 10) < today);
  const shown = showAllPast ? past : past.slice(0, PAST_SHOWN);
  const more = past.length > shown.length
    ? ` <button type="button" class="link" id="show-past">Show all ${past.length}</button>` : '';
  return groupRow(`Coming up (${coming.length})`) + (coming.length ? coming.map(meetingRow).join('')
    : '<tr><td colspan="4" class="empty">No meeting set yet.</td></tr>')
    + (past.length ? groupRow(`Past (${past.length})`, more) + shown.map(meetingRow).join('') : '');
}

async function loadMeetings() {
  const status = document.getElementById('meetings-status');
  const body = document.querySelector('#meeting-list tbody');
  status.textContent = 'Loading meetings…';
  try {
    const page = await getJson('/api/meetings', { area: document.getElementById('meeting-area').value, limit: 1000 });
    listed = page.items;
    body.innerHTML = page.total === 0 ? '' : renderMeetings(listed, ukDay());
    status.textContent = page.total === 0 ? 'No meetings yet.'
      : page.items.length < page.total ? `The latest ${page.items.length} of ${page.total} meetings.`
        : `${page.total} meeting${page.total === 1 ? '' : 's'}.`;
  } catch (error) {
    status.innerHTML = `<span class="error">${escapeHtml(error.message)}</span>`;
  }
}

export function initMeetings(user, codes, name, taskingBoard) {
  currentUser = user;
  board = taskingBoard;
  areaName = name;
  document.getElementById('meeting-area').innerHTML = areaOptions(codes, name, 'All my areas');
  document.getElementById('new-meeting-area').innerHTML = areaOptions(codes, name);
  document.getElementById('meeting-area').addEventListener('change', loadMeetings);
  document.querySelector('#meeting-list tbody').addEventListener('click', event => {
    if (event.target.closest('#show-past')) {
      showAllPast = true;
      event.currentTarget.innerHTML = renderMeetings(listed, ukDay());
      return;
    }
    const row = event.target.closest('tr');
    if (row && event.target.closest('.open-agenda')) {
      openAgenda(row.dataset.id);
    }
  });
  document.getElementById('agenda').addEventListener('click', async event => {
    const button = event.target.closest('.task-button');
    if (button) {
      const created = await openTaskingForm(JSON.parse(button.dataset.target));
      if (created) {
        button.replaceWith(Object.assign(document.createElement('span'), { className: 'small', textContent: `Tasked to ${created.assignedTo}` }));
        board.reload();
      }
    }
  });
  const form = document.getElementById('meeting-form');
  form.addEventListener('submit', async event => {
    event.preventDefault();
    try {
      const meeting = await postJson('/api/meetings', { kind: form.elements.kind.value, area: form.elements.area.value, date: form.elements.date.value });
      form.reset();
      clearErrors(form);
      await loadMeetings();
      openAgenda(meeting.id);
    } catch (error) {
      showErrors(form, error);
    }
  });
  loadMeetings();
}
