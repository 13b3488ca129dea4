// Shows the service's field errors beside the inputs they name. Each input carries the API's path of its field
// in data-field (for example "entities[0].postcode"); an error goes to the input with that path, or failing that
// to the closest element whose path is a prefix of it, or else to the form's general message.
import { escapeHtml } from './api.js';

export function clearErrors(form) {
  form.querySelectorAll('.field-error').forEach(e => e.remove());
  form.querySelectorAll('[aria-invalid]').forEach(e => e.removeAttribute('aria-invalid'));
  const general = form.querySelector('.form-message');
  if (general) {
    general.textContent = '';
  }
}

function holderFor(form, field) {
  let path = field;
  while (path) {
    const exact = form.querySelector(`[data-field="${CSS.escape(path)}"]`);
    if (exact) {
      return exact;
    }
    const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    path = cut > 0 ? path.substring(0, cut) : '';
  }
  return null;
}

/** Puts each error beside its input; answers how many found no input (shown in the general message). */
export function showErrors(form, error) {
  clearErrors(form);
  const general = form.querySelector('.form-message');
  const errors = error && error.errors ? error.errors : [];
  const unplaced = [];
  for (const e of errors) {
    const holder = holderFor(form, e.field);
    if (!holder) {
      unplaced.push(`${e.field}: ${e.message}`);
      continue;
    }
    holder.setAttribute('aria-invalid', 'true');
    const note = document.createElement('span');
    note.className = 'field-error';
    note.dataset.errorFor = e.field;
    note.textContent = holder.dataset.field === e.field ? e.message : `${e.field}: ${e.message}`;
    holder.insertAdjacentElement('afterend', note);
  }
  const first = form.querySelector('[aria-invalid]');
  if (first) {
    first.scrollIntoView({ block: 'center' });
  }
  if (general) {
    general.innerHTML = errors.length === 0 ? escapeHtml(error.message)
      : unplaced.length ? escapeHtml(unplaced.join('; ')) : `${errors.length} field${errors.length === 1 ? '' : 's'} to correct.`;
  }
  return unplaced.length;
}
