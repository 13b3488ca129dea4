import { getJson, escapeHtml } from './api.js';

export async function showUser() {
  try {
    const me = await getJson('/api/me');
    const scope = me.agency ? ` · ${me.agency}` : me.areas && me.areas.length ? ` · ${me.areas.join(', ')}` : '';
    document.getElementById('who').innerHTML = `${escapeHtml(me.username)} <small>(${escapeHtml(me.role)}${escapeHtml(scope)})</small>`;
  } catch (e) {
    document.getElementById('who').textContent = '';
  }
  const token = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
  const field = document.getElementById('logout-csrf');
  if (field && token) {
    field.value = decodeURIComponent(token[1]);
  }
}

showUser();
