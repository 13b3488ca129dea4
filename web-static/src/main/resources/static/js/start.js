// The start page: the header, and a tile for each page the user's role may use.
import { escapeHtml } from './api.js';
import { renderHeader, pagesFor } from './common.js';
import { renderAgencyStart } from './agency-start.js';

renderHeader().then(user => {
  document.getElementById('tiles').innerHTML = pagesFor(user).map(page =>
    `<li><a href="${page.href}"><strong>${escapeHtml(page.label)}</strong><span>${escapeHtml(page.description)}</span></a></li>`).join('');
  if (user.role === 'AGENCY_USER') {
    renderAgencyStart(user, document.getElementById('agency-start'));
  }
}).catch(() => {
  document.getElementById('who').textContent = '';
});
