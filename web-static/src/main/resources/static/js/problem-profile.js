// The problem profile of an area and period in the national template's sections: victims, offenders, groups,
// high-risk businesses and neighbourhoods. Every figure is the service's, counted over what the reader may see;
// the page only lays them out, and prints them with the protective marking on every page.
import { getJson, escapeHtml } from './api.js';
import { renderHeader, areaCodesFor, areaNamer, areaOptions, wordLabel } from './common.js';

let areaName = code => code;

const status = document.getElementById('profile-status');
const panel = document.getElementById('profile');

// Words of a closed list read as words ("organised group"); codes such as F, CSE or 14-15 stay as they are.
function counts(title, byWord, codes = false) {
  const rows = Object.entries(byWord).map(([word, n]) =>
    `<tr><td>${escapeHtml(word === 'NOT_RECORDED' ? 'not recorded' : !codes && /^[A-Z_]{2,}$/.test(word) ? wordLabel(word) : word)}</td><td class="n">${n}</td></tr>`);
  return `<table class="list counts"><caption>${escapeHtml(title)}</caption><tbody>${rows.join('')}</tbody></table>`;
}

function table(head, rows, none) {
  if (!rows.length) {
    return `<p class="empty">${none}</p>`;
  }
  return `<table class="list"><thead><tr>${head.map(h => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function cells(values) {
  return `<tr>${values.map(v => `<td>${v}</td>`).join('')}</tr>`;
}

function victims(v) {
  const m = v.missingEpisodes;
  return `<section id="victims"><h2>1. Victims <small>(${v.total})</small></h2>
    <div class="count-tables">${counts('Age band', v.byAgeBand)}${counts('Gender', v.byGender)}${counts('Risk level', v.byRiskLevel)}
      ${counts('Exploitation type', v.byExploitationType, true)}</div>
    <p>Missing episodes: <strong>${m.episodes}</strong> by ${m.children} ${m.children === 1 ? 'child' : 'children'};
      ${m.repeatChildren} missing three times or more.</p>
    <h3>Most affected</h3>${table(['Child', 'Risk', 'Incidents', 'Missing episodes', 'Submissions'], v.mostAffected.map(r =>
      cells([escapeHtml(r.child.label), escapeHtml(r.riskLevel ? wordLabel(r.riskLevel) : 'not recorded'), r.incidents, r.missingEpisodes, r.submissions])),
      'No children in your view for this area and period.')}</section>`;
}

function offenders(o) {
  return `<section id="offenders"><h2>2. Offenders <small>(${o.total})</small></h2>
    <div class="count-tables">${counts('Age band', o.byAgeBand)}${counts('Gender', o.byGender)}</div>
    <p>${o.exploitingChildren} linked to a child they are said to exploit; ${o.inGroups} in a group.</p>
    ${table(['Person of interest', 'Children linked', 'Incidents', 'Submissions', 'Groups'], o.top.map(r =>
      cells([escapeHtml(r.person.label), r.childrenLinked, r.incidents, r.submissions, escapeHtml(r.networks.map(n => n.label).join(', ') || '–')])),
      'No persons of interest in your view for this area and period.')}</section>`;
}

function groups(g) {
  return `<section id="groups"><h2>3. Groups <small>(${g.total})</small></h2>
    <div class="count-tables">${counts('Type', g.byType)}</div>
    ${table(['Group', 'Type', 'Members', 'Children among them', 'Incidents'], g.networks.map(r =>
      cells([escapeHtml(r.network.label), escapeHtml(r.networkType ? wordLabel(r.networkType) : 'not recorded'), r.members, r.children, r.incidents])),
      'No groups linked to this profile\'s people in your view.')}</section>`;
}

function businesses(b) {
  return `<section id="businesses"><h2>4. High-risk businesses <small>(${b.total})</small></h2>
    <div class="count-tables">${counts('Category', b.byCategory)}</div>
    ${table(['Business', 'Kind', 'Incidents', 'Children involved'], b.businesses.map(r =>
      cells([escapeHtml(r.business.label), escapeHtml(wordLabel(r.kind)), r.incidents, r.children])),
      'No incidents at hotels, takeaways, taxis or licensed premises in your view for this period.')}</section>`;
}

function neighbourhoods(n) {
  const rows = n.hotspots.map(h => cells([h.rank, escapeHtml(h.gridReference || ''), h.incidentCount, h.childCount, h.personOfInterestCount,
    h.trend.previous, h.trend.current, `${h.trend.change > 0 ? '+' : ''}${h.trend.change}`, escapeHtml(wordLabel(h.direction)),
    `<a class="no-print" href="/map.html?at=${h.latitude},${h.longitude},16">map</a>`]));
  return `<section id="neighbourhoods"><h2>5. Neighbourhoods <small>(top hotspots, ${escapeHtml(n.method)})</small></h2>
    ${n.note ? `<p class="empty">${escapeHtml(n.note)}</p>` : ''}
    ${table(['Rank', 'Grid reference', 'Incidents', 'Children', 'Persons of interest', 'Previous period', 'This period', 'Change', 'Trend', ''],
      rows, 'No hotspots in your view for this period.')}
    <p class="small">Trend: incidents inside each hotspot in this period against the previous period of the same length; rising or
      falling only when the change is beyond chance (95%).</p></section>`;
}

function render(p) {
  return `<h1>Problem profile · ${escapeHtml(areaName(p.area))}</h1>
    <p class="small">${escapeHtml(p.from)} to ${escapeHtml(p.to)} · generated ${escapeHtml(new Date(p.generatedAt).toLocaleString('en-GB'))}
      · counted over what your role may see.</p>
    ${victims(p.victims)}${offenders(p.offenders)}${groups(p.groups)}${businesses(p.highRiskBusinesses)}${neighbourhoods(p.neighbourhoods)}`;
}

async function show(query) {
  panel.innerHTML = '';
  status.className = 'status';
  status.textContent = 'Loading the problem profile…';
  try {
    const profile = await getJson('/api/reports/problem-profile', query);
    panel.innerHTML = render(profile);
    status.textContent = '';
    history.replaceState(null, '', `?${new URLSearchParams(Object.entries(query).filter(([, v]) => v))}`);
  } catch (error) {
    status.className = 'status error';
    status.textContent = `The profile could not be made: ${error.message}`;
  }
}

renderHeader().then(async user => {
  const [codes, name] = await Promise.all([areaCodesFor(user), areaNamer()]);
  areaName = name;
  const form = document.getElementById('choose');
  form.elements.area.innerHTML = areaOptions(codes, name, codes.length > 1 ? 'Choose an area' : null);
  form.elements.area.required = true;
  const asked = new URLSearchParams(window.location.search);
  ['from', 'to'].forEach(name => { form.elements[name].value = asked.get(name) || ''; });
  if (asked.get('area')) {
    form.elements.area.value = asked.get('area');
    show({ area: asked.get('area'), from: asked.get('from'), to: asked.get('to') });
  } else if (codes.length === 1) {
    show({ area: codes[0], from: '', to: '' });
  }
  form.addEventListener('submit', event => {
    event.preventDefault();
    show({ area: form.elements.area.value, from: form.elements.from.value, to: form.elements.to.value });
  });
  document.getElementById('print').addEventListener('click', () => window.print());
  getJson('/api/map/settings').then(s => document.querySelectorAll('.marking').forEach(m => { m.textContent = s.protectiveMarking; }))
    .catch(() => {});
}).catch(error => {
  status.className = 'status error';
  status.textContent = error.message;
});
