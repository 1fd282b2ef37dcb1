import type { z } from 'zod';
import {
  activityQuerySchema,
  assignmentsRequestSchema,
  auditQuerySchema,
  campaignQuerySchema,
  changePasswordRequestSchema,
  communeNisSchema,
  communeQuerySchema,
  consultantQuerySchema,
  contactQuerySchema,
  createActivityRequestSchema,
  createCampaignRequestSchema,
  createConsultantRequestSchema,
  createContactRequestSchema,
  createUserRequestSchema,
  engagementQuerySchema,
  loginRequestSchema,
  pipelineQuerySchema,
  pipelineStatsQuerySchema,
  transitionRequestSchema,
  updateActivityRequestSchema,
  updateCampaignRequestSchema,
  updateConsultantRequestSchema,
  updateContactRequestSchema,
  updateUserRequestSchema,
  userQuerySchema,
  workloadQuerySchema,
} from '../index';

const ID = '6f1c0e8a-3b5d-4c1e-9a7f-2d4b8c6e1a30';
const OTHER_ID = '3f6c2a9e-8b1d-4e57-9c0a-5d2e7f4b1a86';
const reminders = { weeklyDigest: { at: '08:00' }, sendingWindow: { workingDays: ['monday'], from: '08:00', to: '18:00', timeZone: 'Europe/Brussels' } };

/**
 * Every request schema with a valid input that holds a value in each of its string fields (queries
 * as the URL gives them: strings). Each of those strings, spoiled with a NUL or a lone surrogate,
 * must be refused at its own path: the string rule is applied field by field, not only by the API.
 */
const REQUESTS: [string, z.ZodType, unknown][] = [
  ['sign-in', loginRequestSchema, { email: 'manager@bep.demo', password: 'demo-bep-2019' }],
  ['password change', changePasswordRequestSchema, { currentPassword: 'demo-bep-2019', newPassword: 'Une phrase de passe assez longue' }],
  ['new user', createUserRequestSchema, { email: 'compta@bep.be', name: 'Service comptable', roles: ['consultant'], consultantId: ID }],
  ['user change', updateUserRequestSchema, { email: 'compta@bep.be', name: 'Service comptable', roles: ['finance'], consultantId: null, active: true }],
  ['user list', userQuerySchema, { q: 'marie', role: 'manager', active: 'true', limit: '10', offset: '0' }],
  [
    'audit log',
    auditQuerySchema,
    { entityType: 'engagement', entityId: ID, actorId: ID, communeNis: '92142', action: 'transition', from: '2019-01-01T00:00:00Z', to: '2019-12-31T00:00:00+01:00', limit: '10', offset: '0' },
  ],
  ['communes', communeQuerySchema, { q: 'gem', arrondissement: 'Namur', status: 'survey_sent', eligible: 'true', sort: 'population', order: 'desc', limit: '10', offset: '0' }],
  ['consultants', consultantQuerySchema, { q: 'ocalia', office: 'BE', active: 'false', limit: '10', offset: '0' }],
  ['workload', workloadQuerySchema, { campaignId: ID }],
  ['new consultant', createConsultantRequestSchema, { name: 'Nora Petit', email: 'nora@ocalia.be', office: 'BE', weeklyCapacityHours: 24, active: true }],
  ['consultant change', updateConsultantRequestSchema, { name: 'Nora Petit', email: 'nora@ocalia.be', office: 'FR', weeklyCapacityHours: 16, active: false }],
  ['engagements', engagementQuerySchema, { campaignId: ID, stage: 'survey_sent', arrondissement: 'Dinant', consultantId: ID, q: 'cin', limit: '10', offset: '0' }],
  ['board', pipelineQuerySchema, { campaignId: ID, arrondissement: 'Dinant', consultantId: ID, q: 'cin', cardsPerColumn: '5' }],
  ['figures', pipelineStatsQuerySchema, { campaignId: ID, arrondissement: 'Dinant', consultantId: ID }],
  ['stage move', transitionRequestSchema, { to: 'workshop_held', note: 'Atelier tenu le 3 juillet', version: 3 }],
  ['team', assignmentsRequestSchema, { leadId: ID, consultantIds: [ID, OTHER_ID] }],
  [
    'new activity',
    createActivityRequestSchema,
    { type: 'diagnostic', subject: 'Diagnostic', scheduledAt: '2019-06-12T14:00', durationMinutes: 60, location: 'Hôtel de ville', outcome: 'Remis', completed: false, participants: { contactIds: [ID], consultantIds: [OTHER_ID] } },
  ],
  ['activity change', updateActivityRequestSchema, { subject: 'Diagnostic', scheduledAt: '2019-06-12T14:00:00+02:00', location: 'Visioconférence', outcome: 'Remis', type: 'workshop' }],
  [
    'activities',
    activityQuerySchema,
    { engagementId: ID, campaignId: ID, consultantId: ID, type: 'note', from: '2019-01-01', to: '2019-12-31', pending: 'true', limit: '10', offset: '0' },
  ],
  ['commune in a path', communeNisSchema, '92142'],
  ['contacts', contactQuerySchema, { function: 'agent', q: 'lefèvre', includeErased: 'true', limit: '10', offset: '0' }],
  ['new contact', createContactRequestSchema, { name: 'Marie Lefèvre', function: 'agent', email: 'marie@gembloux.be', phone: '081 62 63 64', isBinome: true }],
  ['contact change', updateContactRequestSchema, { name: 'Marie Lefèvre', function: 'echevin', email: 'marie@gembloux.be', phone: '+3281626364' }],
  ['campaigns', campaignQuerySchema, { q: '2019', limit: '10', offset: '0' }],
  [
    'new campaign',
    createCampaignRequestSchema,
    {
      name: 'Radioscopie 2020',
      startsOn: '2020-01-01',
      endsOn: '2020-12-31',
      deadline: '2020-12-31',
      prices: { currency: 'EUR', vatCategory: 'S', diagnostic: { priceCents: 1 } },
      billingStage: 'workshop_held',
      reminderSettings: { ...reminders, weeklyDigest: { weekday: 'monday', at: '08:00' } },
      budget: { currency: 'EUR' },
    },
  ],
  ['campaign change', updateCampaignRequestSchema, { name: 'Radioscopie 2020', startsOn: '2020-01-01', prices: { vatCategory: 'O' }, billingStage: 'accompaniment', reminderSettings: reminders }],
];

type Path = (string | number)[];

/** The path of every string in a plain JSON value. */
function stringPaths(value: unknown, path: Path = []): Path[] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringPaths(item, [...path, index]));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, item]) => stringPaths(item, [...path, key]));
  return [];
}

function replaced(value: unknown, path: Path, spoil: (text: string) => string): unknown {
  if (path.length === 0) return spoil(value as string);
  const [head, ...rest] = path as [string | number, ...Path];
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[head] = replaced(copy[head], rest, spoil);
  return copy;
}

const SPOILERS: [string, (text: string) => string][] = [
  ['a NUL', (text) => `${text}\u0000`],
  ['a lone high surrogate', (text) => `${text}\uD800`],
  ['a lone low surrogate', (text) => `\uDC00${text}`],
];

describe.each(REQUESTS)('the %s request', (_name, schema, valid) => {
  it('accepts the valid input', () => {
    expect(schema.safeParse(valid).error?.issues ?? []).toEqual([]);
  });

  const cases = stringPaths(valid).flatMap((path) => SPOILERS.map(([spoiler, spoil]) => [path.join('.') || '(the value)', spoiler, path, spoil] as const));
  it.each(cases)('refuses %s with %s, naming it', (_label, _spoiler, path, spoil) => {
    const result = schema.safeParse(replaced(valid, path, spoil));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(path.join('.'));
  });
});
