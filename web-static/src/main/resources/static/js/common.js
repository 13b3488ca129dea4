// What every signed-in page shares: who is signed in (asked of the service once per page), the header with the
// navigation that user's role may follow, and the word lists and areas the service owns. Each is fetched at
// most once per page, however many modules ask.
import { getJson, escapeHtml, csrfToken } from './api.js';

const EVERYONE = ['ANALYST', 'MACE_MEMBER', 'AGENCY_USER', 'ADMIN'];

// The pages, in menu order. A new page adds one entry: where it is, its name, the roles whose API calls it
// makes may succeed (the service still decides), and a line for the start page.
export const PAGES = [
  { href: '/map.html', label: 'Hotspot map', roles: ['ANALYST', 'MACE_MEMBER'],
    description: 'Incidents and the hotspots they form, by period, type and area.' },
  { href: '/mace.html', label: 'Meetings and taskings', roles: ['ANALYST', 'MACE_MEMBER', 'AGENCY_USER'],
    description: 'Agendas, taskings with their RAG, disruption and its effect, campaigns such as an awareness week.' },
  { href: '/risk-document.html', label: 'Risk document', roles: ['ANALYST', 'MACE_MEMBER'],
    description: 'The operational group\'s weekly list of children and persons of interest causing concern, to print.' },
  { href: '/problem-profile.html', label: 'Problem profile', roles: ['ANALYST', 'MACE_MEMBER'],
    description: 'An area\'s victims, offenders, groups, high-risk businesses and neighbourhoods for a period, to print.' },
  { href: '/submit.html', label: 'Submit a referral', roles: ['ANALYST', 'MACE_MEMBER', 'AGENCY_USER'],
    description: 'Refer a child or report intelligence; see what became of your agency\'s submissions.' },
  { href: '/network.html', label: 'Network explorer', roles: ['ANALYST', 'MACE_MEMBER'],
    description: 'Expand networks hop by hop, find paths and key players, replay how a network grew, export.' },
  { href: '/swagger-ui.html', label: 'API', roles: EVERYONE,
    description: 'Submit intelligence, search, expand networks, read hotspots.' },
];

// Pages reached from links on others rather than from the menu, with the roles they are for.
const LINKED_PAGES = [
  { href: '/location.html', label: 'The location page', roles: ['ANALYST', 'MACE_MEMBER'] },
];

const once = new Map();

function fetchOnce(path) {
  if (!once.has(path)) {
    once.set(path, getJson(path));
  }
  return once.get(path);
}

/** The signed-in user: { username, role, agency, areas }. */
export function currentUser() {
  return fetchOnce('/api/me');
}

/** The closed word lists of the submission format, for example { incidentTypes: ['CONCERN', ...] }. */
export function vocabulary() {
  return fetchOnce('/api/vocabulary');
}

/** The areas as a GeoJSON FeatureCollection; each feature's properties hold code, name and districts. */
export function areas() {
  return fetchOnce('/api/areas');
}

/** The codes of the areas the user works in, in the service's order: every area for a user with no area limit. */
export async function areaCodesFor(user) {
  const collection = await areas().catch(() => ({ features: [] }));
  const all = collection.features.map(f => f.properties.code);
  return user.areas && user.areas.length ? all.filter(code => user.areas.includes(code)) : all;
}

/**
 * A function that names an area code as people read it ("LANCS_CENTRAL" becomes "Lancashire Central"); a code the
 * service does not list is shown as it is.
 */
export async function areaNamer() {
  const collection = await areas().catch(() => ({ features: [] }));
  const names = new Map(collection.features.map(f => [f.properties.code, f.properties.name]));
  return code => names.get(code) || code;
}

const MEETING_KINDS = { MACE: 'MACE', OPERATIONAL_GROUP: 'operational group' };

/** A forum as people name it, from its kind and area: "Blackpool MACE", "Lancashire East operational group". */
export function forumLabel(kind, area, areaName) {
  return `${areaName(area)} ${MEETING_KINDS[kind] || wordLabel(kind)}`;
}

/** <option>s for area codes, each named, optionally after a first option with no value. */
export function areaOptions(codes, name, blank) {
  return (blank ? `<option value="">${escapeHtml(blank)}</option>` : '')
    + codes.map(c => `<option value="${escapeHtml(c)}">${escapeHtml(name(c))}</option>`).join('');
}

/** The pages the user's role may use. */
export function pagesFor(user) {
  return PAGES.filter(page => page.roles.includes(user.role));
}

// Disruption tactics known by their initials: a child abduction warning notice, a sexual harm prevention order,
// a slavery and trafficking risk order, a notice under section 49.
const TACTIC_NAMES = { CAWN: 'CAWN', S49_NOTICE: 'S49 notice', SHPO: 'SHPO', SRO: 'SRO', STRO: 'STRO' };

/** A disruption tactic as people name it: CAWN, S49 notice, hotel notice. */
export function tacticLabel(tactic) {
  return TACTIC_NAMES[tactic] || wordLabel(tactic);
}

/** A word from a list as people read it: MISSING_EPISODE becomes "missing episode". */
export function wordLabel(word) {
  return word.replaceAll('_', ' ').toLowerCase();
}

// What limits the user's view, as the header shows it: its agency, or its areas by name.
async function scopeOf(user) {
  if (user.agency) {
    return ` · ${user.agency}`;
  }
  if (!user.areas || !user.areas.length) {
    return '';
  }
  const name = await areaNamer();
  return ` · ${user.areas.map(name).sort().join(', ')}`;
}

function renderNav(nav, user) {
  const here = window.location.pathname;
  nav.innerHTML = pagesFor(user).map(page =>
    `<a href="${page.href}"${page.href === here ? ' aria-current="page"' : ''}>${escapeHtml(page.label)}</a>`).join('');
}

// Every signed-in page's header, written once here: each page carries an empty <header class="bar">.
const HEADER = '<a class="brand" href="/">Linkmap</a><nav id="nav"></nav><span class="who" id="who"></span>'
  + '<form method="post" action="/logout" class="logout"><input type="hidden" name="_csrf" id="logout-csrf">'
  + '<button type="submit">Sign out</button></form>';

// A page of the menu opened by a role it is not for (a bookmark, a shared link, a typed address): its controls
// would only meet refusals, so the page says plainly whom it is for and where this user can go instead.
function sayNotForRole(page, user) {
  const others = pagesFor(user).filter(p => p.href !== page.href);
  const main = document.createElement('main');
  main.className = 'start not-for-role';
  main.innerHTML = `<h1>${escapeHtml(page.label)} is not open to your role</h1>
    <p>You are signed in as ${escapeHtml(user.username)} (${escapeHtml(ROLE_LABELS[user.role] || user.role)}). This page is for
      ${escapeHtml(page.roles.map(roleName).join(', ').replace(/, ([^,]*)$/, ' and $1'))}.</p>
    ${others.length ? `<p>Pages you can use:</p><ul>${others.map(p =>
      `<li><a href="${p.href}">${escapeHtml(p.label)}</a></li>`).join('')}</ul>` : ''}`;
  const header = document.querySelector('header.bar');
  while (header.nextSibling) {
    header.nextSibling.remove();
  }
  header.after(main);
}

const ROLE_NAMES = { ANALYST: 'analysts', MACE_MEMBER: 'MACE members', AGENCY_USER: 'agency users', ADMIN: 'administrators' };
const ROLE_LABELS = { ANALYST: 'analyst', MACE_MEMBER: 'MACE member', AGENCY_USER: 'agency user', ADMIN: 'administrator' };

function roleName(role) {
  return ROLE_NAMES[role] || role;
}

/**
 * Fills the page header: the brand, the navigation for the user's role (#nav), who is signed in (#who) and the
 * sign-out form with its CSRF token (#logout-csrf). Resolves to the user; on a page of the menu that is not for
 * the user's role it replaces the page's content with a notice saying so, and never resolves, so the page's
 * own start-up (which would only meet refusals) does not run.
 */
export async function renderHeader() {
  const bar = document.querySelector('header.bar');
  if (bar && !bar.children.length) {
    bar.innerHTML = HEADER;
  }
  const field = document.getElementById('logout-csrf');
  const token = csrfToken();
  if (field && token) {
    field.value = token;
  }
  const user = await currentUser();
  const nav = document.getElementById('nav');
  if (nav) {
    renderNav(nav, user);
  }
  const who = document.getElementById('who');
  who.innerHTML = `${escapeHtml(user.username)} <small>(${escapeHtml(ROLE_LABELS[user.role] || user.role)}${escapeHtml(await scopeOf(user))})</small>`;
  who.title = who.textContent;
  const page = [...PAGES, ...LINKED_PAGES].find(p => p.href === window.location.pathname);
  if (page && !page.roles.includes(user.role)) {
    sayNotForRole(page, user);
    return new Promise(() => {});
  }
  return user;
}

/**
 * The day of a date or an instant as a page shows it, ISO (2026-11-20) and escaped: a date as it is, an instant
 * (2026-11-20T23:30:00Z) as its day in the UK, so an evening's record is not shown on the next day in summer.
 */
export function when(text) {
  if (!text) {
    return '';
  }
  const value = String(text);
  if (!/T\d/.test(value)) {
    return escapeHtml(value.substring(0, 10));
  }
  const at = new Date(value);
  return escapeHtml(Number.isNaN(at.getTime()) ? value.substring(0, 10) : ukDay(at));
}

/** The day of an instant (now by default) in the UK, as YYYY-MM-DD. */
export function ukDay(at = new Date()) {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit',
    day: '2-digit' }).formatToParts(at).map(p => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}
