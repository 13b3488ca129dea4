// The start page: the header, and a tile for each page the user's role may use.
import { escapeHtml } from './api.js';
import { renderHeader, pagesFor } from './common.js';

renderHeader().then(user => {
  document.getElementById('tiles').innerHTML = pagesFor(user).map(page =>
    `<li><a href="${page.href}"><strong>${escapeHtml(page.label)}</strong><span>${escapeHtml(page.description)}</span></a></li>`).join('');
}).catch(() => {
  document.getElementById('who').textContent = '';
});
