/**
 * What the benchmark measures: one table, so that adding an endpoint is one line. The floor is
 * measured once; every other endpoint once per campaign (the demo one, then the synthetic one).
 */
export interface CampaignUnderTest {
  /** `demo`, or the synthetic campaign's size, as the report labels it. */
  label: string;
  id: string;
  engagements: number;
  /** The campaign's issued invoices, which the invoice list pages through. */
  invoices: number;
  /** The engagement whose commune page is measured: the middle one of those that answered the questionnaire. */
  middleEngagementId: string;
  /** The cursor the page before the middle one gives (null when the middle page is the first). */
  middleCursor: string | null;
}

export type Endpoint =
  | { name: string; kind: 'floor'; path: string; check?: (body: unknown) => string | null }
  | { name: string; kind: 'campaign'; path: (campaign: CampaignUnderTest) => string; check?: (body: unknown, campaign: CampaignUnderTest) => string | null };

/** What one measurement hits: the endpoint's name, the campaign (none for the floor), the path. */
export interface Target {
  endpoint: Endpoint;
  campaign: CampaignUnderTest | null;
  path: string;
}

export const FLOOR_ENDPOINT = 'health';

/** Rows per page of the paginated list. */
const PAGE_SIZE = 50;

/** Rows per page of the communes table. */
const COMMUNES_PAGE_SIZE = 100;

/** The page in the middle of the list (the first page when there is only one). */
export function middleOffset(total: number, pageSize = PAGE_SIZE): number {
  return Math.floor(Math.max(0, total - pageSize) / 2);
}

export const ENDPOINTS: readonly Endpoint[] = [
  {
    name: FLOOR_ENDPOINT,
    kind: 'floor',
    path: '/api/health',
    check: (body) => (field(body, 'status') === 'ok' ? null : `status is ${JSON.stringify(field(body, 'status'))}, not "ok"`),
  },
  {
    name: 'pipeline',
    kind: 'campaign',
    path: (campaign) => `/api/pipeline?campaignId=${campaign.id}`,
    check: (body, campaign) => {
      const columns = field(body, 'columns');
      const count = Array.isArray(columns) ? columns.reduce((sum: number, column: unknown) => sum + Number(field(column, 'count') ?? 0), 0) : NaN;
      return count === campaign.engagements ? null : `the columns count ${count} engagements, not ${campaign.engagements}`;
    },
  },
  {
    name: 'stats',
    kind: 'campaign',
    path: (campaign) => `/api/stats?campaignId=${campaign.id}`,
  },
  {
    name: 'engagements',
    kind: 'campaign',
    path: (campaign) => `/api/engagements?campaignId=${campaign.id}&limit=${PAGE_SIZE}&offset=${middleOffset(campaign.engagements)}`,
    check: totalIsCampaignSize,
  },
  {
    name: 'engagements-cursor',
    kind: 'campaign',
    path: (campaign) => `/api/engagements?campaignId=${campaign.id}&limit=${PAGE_SIZE}${campaign.middleCursor ? `&cursor=${campaign.middleCursor}` : ''}`,
    check: (body, campaign) =>
      totalIsCampaignSize(body, campaign) ?? (field(body, 'offset') === middleOffset(campaign.engagements) ? null : `the cursor's page starts at ${String(field(body, 'offset'))}, not ${middleOffset(campaign.engagements)}`),
  },
  {
    name: 'communes',
    kind: 'campaign',
    // The communes table's page in the middle, in another order than the name's.
    path: (campaign) => `/api/communes?campaignId=${campaign.id}&sort=population&order=desc&limit=${COMMUNES_PAGE_SIZE}&offset=${middleOffset(campaign.engagements, COMMUNES_PAGE_SIZE)}`,
    check: (body, campaign) => {
      const items = field(body, 'items');
      const total = Number(field(body, 'total'));
      // Every commune of the reference data is listed, the other campaigns' included.
      return Array.isArray(items) && items.length > 0 && total >= campaign.engagements
        ? null
        : `rows ${Array.isArray(items) ? items.length : 'none'} of ${total}, for a campaign of ${campaign.engagements}`;
    },
  },
  {
    name: 'reminders',
    kind: 'campaign',
    // The reminders page's middle page: every reminder of the campaign, upcoming ones first.
    path: (campaign) => `/api/reminders?campaignId=${campaign.id}&limit=${PAGE_SIZE}&offset=${middleOffset(campaign.engagements)}`,
    check: (body) => listHoldsSome(body, 'reminder'),
  },
  {
    name: 'invoices',
    kind: 'campaign',
    // The invoices page's middle page of the campaign's documents.
    path: (campaign) => `/api/invoices?campaignId=${campaign.id}&limit=${PAGE_SIZE}&offset=${middleOffset(campaign.invoices)}`,
    check: (body) => listHoldsSome(body, 'invoice'),
  },
  {
    name: 'commune-page',
    kind: 'campaign',
    path: (campaign) => `/api/engagements/${campaign.middleEngagementId}`,
    check: (body, campaign) => (field(body, 'id') === campaign.middleEngagementId && Array.isArray(field(body, 'timeline')) ? null : 'not the engagement with its timeline'),
  },
  {
    name: 'commune-maturity',
    kind: 'campaign',
    path: (campaign) => `/api/engagements/${campaign.middleEngagementId}/maturity`,
    check: (body) => (field(field(body, 'overall'), 'median') !== undefined && field(body, 'model') !== null ? null : 'no scores beside the median'),
  },
  {
    name: 'maturity',
    kind: 'campaign',
    path: (campaign) => `/api/maturity?campaignId=${campaign.id}`,
    check: (body) => (Array.isArray(field(body, 'rows')) && (field(body, 'rows') as unknown[]).length > 0 ? null : 'no commune on the heat map'),
  },
];

/** A list page of the campaign, which holds some: the demo's reminders come with its data, the invoices with the benchmark's. */
function listHoldsSome(body: unknown, what: string): string | null {
  if (!Array.isArray(field(body, 'items'))) return `no list of ${what}s`;
  return Number(field(body, 'total')) > 0 ? null : `no ${what} in the campaign`;
}

function totalIsCampaignSize(body: unknown, campaign: CampaignUnderTest): string | null {
  return field(body, 'total') === campaign.engagements ? null : `total is ${String(field(body, 'total'))}, not ${campaign.engagements}`;
}

/** The measurements in order: the floor first, then each endpoint for every campaign side by side (smallest first). */
export function targets(names: readonly string[], campaigns: readonly CampaignUnderTest[], endpoints: readonly Endpoint[] = ENDPOINTS): Target[] {
  return endpoints
    .filter((endpoint) => endpoint.kind === 'floor' || names.includes(endpoint.name))
    .flatMap((endpoint): Target[] =>
      endpoint.kind === 'floor' ? [{ endpoint, campaign: null, path: endpoint.path }] : campaigns.map((campaign) => ({ endpoint, campaign, path: endpoint.path(campaign) })),
    );
}

/** Why a response body is not what the endpoint should answer for the campaign, or null. */
export function checkBody(target: Target, body: unknown): string | null {
  const { endpoint, campaign } = target;
  if (endpoint.kind === 'floor') {
    return endpoint.check?.(body) ?? null;
  }
  return campaign ? (endpoint.check?.(body, campaign) ?? null) : null;
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}
