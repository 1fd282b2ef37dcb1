/**
 * The web pages at each size, measured in Debian's Chromium (never a downloaded browser): for the
 * board, the communes table and the maturity heat map of a campaign, the time from navigating to
 * the page to its first rows on screen, and the time from a filter (or a sort) to the new rows.
 * Signed in once through the API (the session cookie), as a manager.
 */
import { chromium, type Browser, type Locator, type Page } from '@playwright/test';
import type { CampaignUnderTest } from '../endpoints';
import type { PageTiming } from './page-report';

/** One page of one campaign: what shows it is ready, and what to change and wait for. */
interface PageUnderTest {
  name: string;
  path: (campaign: CampaignUnderTest) => string;
  /** The first row on screen. */
  ready: (page: Page) => Locator;
  /** Filters or sorts; resolves once the new rows are on screen. */
  change: (page: Page, campaign: CampaignUnderTest) => Promise<void>;
  changeLabel: string;
}


/** A text that keeps some communes of either kind of campaign: the demo's names, the synthetic ones' numbers. */
const searchText = (campaign: CampaignUnderTest) => (campaign.label === 'demo' ? 'an' : '123');

/** Types in the search field and waits until the result count says something else. */
async function search(page: Page, field: Locator, count: Locator, text: string): Promise<void> {
  const before = await count.textContent();
  await field.fill(text);
  await page.waitForFunction(([selector, previous]) => document.querySelector(selector as string)?.textContent !== previous, ['.bep-result-count', before] as const, { timeout: 30_000 });
}

const PAGES: PageUnderTest[] = [
  {
    name: 'board',
    path: (campaign) => `/pipeline?campagne=${campaign.id}`,
    ready: (page) => page.locator('bep-board-card').first(),
    change: (page, campaign) => search(page, page.getByRole('searchbox', { name: 'Rechercher' }), page.locator('.bep-result-count'), searchText(campaign)),
    changeLabel: 'search by name (after the field’s debounce)',
  },
  {
    name: 'communes table',
    path: (campaign) => `/communes?campagne=${campaign.id}`,
    ready: (page) => page.locator('tr.mat-mdc-row').first(),
    change: (page, campaign) => search(page, page.getByRole('searchbox', { name: 'Rechercher' }), page.locator('.bep-result-count'), searchText(campaign)),
    changeLabel: 'search by name (after the field’s debounce)',
  },
  {
    name: 'heat map',
    path: (campaign) => `/maturite?campagne=${campaign.id}`,
    ready: (page) => page.getByRole('table', { name: /^Scores de maturité numérique/ }).locator('tbody tr').first(),
    change: async (page) => {
      const table = page.getByRole('table', { name: /^Scores de maturité numérique/ });
      await table.getByRole('button', { name: 'Indice global' }).click();
      await table.getByRole('columnheader', { name: 'Indice global' }).and(page.locator('[aria-sort="descending"]')).waitFor({ timeout: 30_000 });
    },
    changeLabel: 'sort by the overall index',
  },
];

/** Measures every page for every campaign, in one browser; `chromiumPath` is Debian's. */
export async function measurePages(base: string, campaigns: readonly CampaignUnderTest[], login: { email: string; password: string }, chromiumPath: string): Promise<PageTiming[]> {
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch({ executablePath: chromiumPath });
    const context = await browser.newContext({ baseURL: base, viewport: { width: 1440, height: 900 }, locale: 'fr-BE' });
    const signedIn = await context.request.post('/api/auth/login', { data: login });
    if (!signedIn.ok()) throw new Error(`Sign-in in the browser failed: ${signedIn.status()}`);
    const page = await context.newPage();
    const timings: PageTiming[] = [];
    for (const pageUnderTest of PAGES) {
      for (const campaign of campaigns) {
        // Once unmeasured, so that the scripts of the page are in the browser's cache, as for a person who uses the tool.
        await page.goto(pageUnderTest.path(campaign));
        await pageUnderTest.ready(page).waitFor({ timeout: 60_000 });
        await page.goto('about:blank');
        const started = Date.now();
        await page.goto(pageUnderTest.path(campaign));
        await pageUnderTest.ready(page).waitFor({ timeout: 60_000 });
        const firstRowsMs = Date.now() - started;
        const changing = Date.now();
        await pageUnderTest.change(page, campaign);
        timings.push({ page: pageUnderTest.name, campaign: campaign.label, firstRowsMs, changeMs: Date.now() - changing, change: pageUnderTest.changeLabel });
      }
    }
    return timings;
  } finally {
    await browser?.close();
  }
}
