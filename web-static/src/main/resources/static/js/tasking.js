// Raising a tasking from any page: openTaskingForm({ targetId | hotspot, label, meetingId }) opens a small form
// (action, owning agency, due date), sends POST /api/taskings and resolves with the created tasking, or with null
// when the user closes it. taskingButton(...) makes a button that does the same; pages show it only to the roles
// that may task (canTask).
import { postJson, escapeHtml } from './api.js';
import { showErrors, clearErrors } from './field-errors.js';
import { ukDay } from './common.js';

export function canTask(user) {
  return user && user.role === 'MACE_MEMBER';
}

function inDays(days) {
  return ukDay(new Date(Date.now() + days * 86_400_000));
}

function dialog() {
  let d = document.getElementById('tasking-dialog');
  if (d) {
    return d;
  }
  d = document.createElement('dialog');
  d.id = 'tasking-dialog';
  d.className = 'form-dialog';
  d.innerHTML = `
    <form method="dialog" id="tasking-form">
      <h2>New tasking</h2>
      <p class="target-line" data-field="target"></p>
      <label>Action <textarea name="action" data-field="action" rows="3"></textarea></label>
      <label>Owning agency <input name="assignedTo" data-field="assignedTo" placeholder="BLACKPOOL_CSC" list="tasking-agencies"></label>
      <datalist id="tasking-agencies">
        <option value="LANCASHIRE_POLICE"><option value="BLACKPOOL_CSC"><option value="LANCS_CSC"><option value="BLACKPOOL_LICENSING">
        <option value="YOUTH_OFFENDING"><option value="HEALTH"><option value="EDUCATION">
      </datalist>
      <label>Due <input type="date" name="due" data-field="due"></label>
      <input type="hidden" name="meetingId" data-field="meetingId">
      <p class="form-message" role="alert"></p>
      <div class="buttons"><button type="submit" value="send" class="primary">Raise tasking</button>
        <button type="button" value="cancel" class="cancel">Cancel</button></div>
    </form>`;
  document.body.appendChild(d);
  return d;
}

export function openTaskingForm({ targetId, hotspot, label, meetingId } = {}) {
  const d = dialog();
  const form = d.querySelector('form');
  form.reset();
  clearErrors(form);
  form.elements.due.value = inDays(14);
  form.elements.meetingId.value = meetingId || '';
  d.querySelector('.target-line').innerHTML = `Against: <strong>${escapeHtml(label || (hotspot ? 'Hotspot area' : targetId))}</strong>`;
  return new Promise(resolve => {
    const done = value => {
      form.onsubmit = null;
      d.querySelector('.cancel').onclick = null;
      d.close();
      resolve(value);
    };
    d.querySelector('.cancel').onclick = () => done(null);
    form.onsubmit = async event => {
      event.preventDefault();
      const body = {
        target: hotspot ? { hotspot } : { id: targetId },
        action: form.elements.action.value,
        assignedTo: form.elements.assignedTo.value,
        due: form.elements.due.value,
      };
      if (form.elements.meetingId.value) {
        body.meetingId = form.elements.meetingId.value;
      }
      try {
        done(await postJson('/api/taskings', body));
      } catch (error) {
        showErrors(form, error);
      }
    };
    d.showModal();
  });
}

/** A button that opens the tasking form for one target; onCreated gets the new tasking. */
export function taskingButton(target, onCreated) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'task-button';
  button.textContent = 'Task action';
  button.addEventListener('click', async () => {
    const created = await openTaskingForm(target);
    if (created && onCreated) {
      onCreated(created);
    }
  });
  return button;
}
