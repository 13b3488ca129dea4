// The sign-in form: sends the CSRF token the service set as a cookie, and explains why we are back here.
import { csrfToken } from './api.js';

const token = csrfToken();
if (token) {
  document.getElementById('csrf').value = token;
}
const params = new URLSearchParams(window.location.search);
const notice = document.getElementById('notice');
if (params.has('throttled')) {
  const seconds = Number.parseInt(params.get('throttled'), 10) || 1;
  notice.textContent = `Too many failed sign-ins for that name from here: try again in ${seconds} s.`;
  notice.hidden = false;
} else if (params.has('error')) {
  notice.textContent = 'That user name and password did not match.';
  notice.hidden = false;
} else if (params.has('logout')) {
  notice.textContent = 'You have signed out.';
  notice.hidden = false;
}
