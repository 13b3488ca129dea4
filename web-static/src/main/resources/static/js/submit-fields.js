// The fields of each kind of entity on the referral form, and how each becomes the submission format's entity.
export const KIND_LABELS = { CHILD: 'Child', POI: 'Person of interest', LOCATION: 'Place', VEHICLE: 'Vehicle', PHONE: 'Phone',
  ONLINE_ACCOUNT: 'Online account', NETWORK: 'Group or network', ORGANISATION: 'Business' };

export const LINK_TYPES = ['EXPLOITS', 'ASSOCIATES_WITH', 'MEMBER_OF', 'LIVES_AT', 'FREQUENTS', 'USES', 'CONTACTED', 'OPERATES', 'WORKS_FOR'];

const PERSON = [
  { name: 'name', label: 'Name' },
  { name: 'aliases', label: 'Other names (commas between)' },
  { name: 'dob', label: 'Date of birth', type: 'date' },
  { name: 'gender', label: 'Gender', words: 'genders' },
  { name: 'scheme', label: 'Your record type (e.g. LCS, UPN, PNC)', path: 'identifiers' },
  { name: 'identifier', label: 'Your record number', path: 'identifiers' },
];

export const FIELDS = {
  CHILD: [...PERSON, { name: 'riskLevel', label: 'Risk level (screening tool)', words: 'riskLevels' },
    { name: 'hazards', label: 'Exploitation', checks: 'hazards' }],
  POI: [...PERSON, { name: 'hazards', label: 'Concern', checks: 'hazards' }],
  LOCATION: [{ name: 'name', label: 'Name' }, { name: 'locationType', label: 'Kind of place', words: 'locationTypes' },
    { name: 'address', label: 'Address' }, { name: 'postcode', label: 'Postcode' }],
  VEHICLE: [{ name: 'vrm', label: 'Registration' }, { name: 'make', label: 'Make' }, { name: 'model', label: 'Model' },
    { name: 'colour', label: 'Colour' }],
  PHONE: [{ name: 'number', label: 'Number' }],
  ONLINE_ACCOUNT: [{ name: 'platform', label: 'Platform' }, { name: 'handle', label: 'Handle' }],
  NETWORK: [{ name: 'name', label: 'Name' }, { name: 'networkType', label: 'Kind of group', words: 'networkTypes' }],
  ORGANISATION: [{ name: 'name', label: 'Name' }, { name: 'orgType', label: 'Kind of business', words: 'orgTypes' },
    { name: 'licence', label: 'Licence' }],
};

const TYPES = { CHILD: 'PERSON', POI: 'PERSON' };

function present(value) {
  return value === '' || value === undefined || value === null || (Array.isArray(value) && value.length === 0) ? undefined : value;
}

/** The submission format's entity for one row of the form. */
export function entityBody(e) {
  const v = e.values;
  const body = { ref: e.ref, type: TYPES[e.kind] || e.kind };
  for (const field of FIELDS[e.kind]) {
    if (field.path === 'identifiers' || field.name === 'aliases') {
      continue;
    }
    body[field.name] = present(v[field.name]);
  }
  if (body.type === 'PERSON') {
    body.roles = [e.kind === 'CHILD' ? 'CHILD' : 'POI'];
    body.aliases = present((v.aliases || '').split(',').map(a => a.trim()).filter(a => a));
    if (present(v.scheme) || present(v.identifier)) {
      body.identifiers = { [(v.scheme || '').trim()]: (v.identifier || '').trim() };
    }
  }
  return body;
}
