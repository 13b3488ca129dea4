// The meetings and taskings page: each section shown only to the roles whose API calls it makes may succeed.
import { renderHeader, areaCodesFor, areaNamer } from './common.js';
import { initMeetings } from './mace-agenda.js';
import { initBoard } from './mace-board.js';
import { initCampaigns } from './mace-campaigns.js';
import { initMeasures } from './mace-measures.js';

function showFor(user) {
  document.querySelectorAll('[data-roles]').forEach(element => {
    element.hidden = !element.dataset.roles.split(' ').includes(user.role);
  });
}

renderHeader().then(async user => {
  showFor(user);
  const [codes, name] = await Promise.all([areaCodesFor(user), areaNamer()]);
  const board = initBoard(user);
  if (user.role !== 'AGENCY_USER') {
    initMeetings(user, codes, name, board);
    initCampaigns(user, codes, name, board);
    initMeasures(codes, name);
  }
}).catch(error => {
  document.querySelector('main').insertAdjacentHTML('afterbegin', `<p class="error">${error.message}</p>`);
});
