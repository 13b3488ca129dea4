// Calls to the Linkmap API from the pages. The session cookie signs them in; the CSRF token the
// service sets as a cookie goes back in a header on anything that changes data.

const JSON_HEADERS = { 'Accept': 'application/json', 'X-Requested-With': 'fetch' };

/** The CSRF token the service set as the XSRF-TOKEN cookie, or null before it has set one. */
export function csrfToken() {
  const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
  return match ? decodeURIComponent(match[1]) : null;
}

async function handle(response) {
  if (response.status === 401) {
    window.location.assign('/login');
    throw new Error('Signed out');
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const fields = body && body.errors ? body.errors.map(e => `${e.field}: ${e.message}`).join('; ') : '';
    const error = new Error((body && body.detail ? body.detail : response.statusText) + (fields ? ` (${fields})` : ''));
    // Forms show each field's error beside its input: keep the status and the problem's field list.
    error.status = response.status;
    error.errors = body && body.errors ? body.errors : [];
    throw error;
  }
  return body;
}

export async function getJson(path, params = {}) {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== null && v !== undefined && v !== ''));
  const url = query.toString() ? `${path}?${query}` : path;
  return handle(await fetch(url, { headers: JSON_HEADERS, credentials: 'same-origin' }));
}

/** Sends a JSON body with PUT, POST or DELETE (no body), with the CSRF token. */
export async function sendJson(method, path, body) {
  const headers = { ...JSON_HEADERS };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  const token = csrfToken();
  if (token) {
    headers['X-XSRF-TOKEN'] = token;
  }
  const response = await fetch(path, { method, headers, credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body) });
  return response.status === 204 ? null : handle(response);
}

export async function postJson(path, body) {
  const headers = { ...JSON_HEADERS, 'Content-Type': 'application/json' };
  const token = csrfToken();
  if (token) {
    headers['X-XSRF-TOKEN'] = token;
  }
  return handle(await fetch(path, { method: 'POST', headers, credentials: 'same-origin', body: JSON.stringify(body) }));
}

/** Sends a JSON body with another method (PATCH, PUT, DELETE), with the CSRF token. */
export function escapeHtml(text) {
  return String(text ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}
