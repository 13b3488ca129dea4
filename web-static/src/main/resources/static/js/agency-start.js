// An agency user's start page: beside the form, its agency's taskings (soonest due first, with RAG) and its
// latest submissions with what became of each.
import { getJson, escapeHtml } from './api.js';
import { areaNamer, forumLabel, when } from './common.js';

export async function renderAgencyStart(user, container) {
  container.innerHTML = `<section><h2>Taskings assigned to ${escapeHtml(user.agency)}</h2><ul class="plain submissions" id="my-taskings">
      <li class="status">Loading…</li></ul><p><a href="/mace.html#taskings">All taskings</a></p></section>
    <section><h2>Latest submissions from ${escapeHtml(user.agency)}</h2><ul class="plain submissions" id="my-submissions">
      <li class="status">Loading…</li></ul><p><a href="/submit.html">Submit a referral</a></p></section>`;
  const taskings = container.querySelector('#my-taskings');
  const submissions = container.querySelector('#my-submissions');
  getJson('/api/taskings', { limit: 10 }).then(page => {
    const open = page.items.filter(t => t.status === 'OPEN' || t.status === 'IN_PROGRESS');
    taskings.innerHTML = open.length ? open.map(t => `<li><span class="rag ${t.rag}">${t.rag}</span> due ${when(t.due)}:
      ${escapeHtml(t.action)} <span class="small">(${escapeHtml(t.target.label)})</span></li>`).join('') : '<li class="empty">No open taskings.</li>';
  }).catch(error => { taskings.innerHTML = `<li class="error">${escapeHtml(error.message)}</li>`; });
  Promise.all([getJson('/api/referrals', { limit: 10 }), areaNamer()]).then(([page, areaName]) => {
    submissions.innerHTML = page.items.length ? page.items.map(r => `<li><strong>${escapeHtml(r.submissionRef)}</strong>
      ${when(r.submittedAt)}: ${r.outcome === 'ON_AGENDA' ? `on the agenda of the ${escapeHtml(forumLabel(r.meeting.kind, r.meeting.area, areaName))} of ${when(r.meeting.date)}`
        : r.outcome === 'AWAITING_MEETING' ? 'waiting for the next meeting to be set' : 'received as intelligence'}</li>`).join('')
      : '<li class="empty">Nothing sent yet.</li>';
  }).catch(error => { submissions.innerHTML = `<li class="error">${escapeHtml(error.message)}</li>`; });
}
