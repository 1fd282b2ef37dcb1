import { expect, type Page } from '@playwright/test';
import { join } from 'node:path';

/** The widths every page must work at: a desktop, a portrait tablet, a phone. */
export const SCREEN_WIDTHS = [1440, 768, 390] as const;

const HEIGHTS: Record<(typeof SCREEN_WIDTHS)[number], number> = { 1440: 900, 768: 1024, 390: 844 };

/**
 * Saves a full-page screenshot of the page as it is at each width, as
 * test-output/screenshots/<name>-<width>.png, and checks on the way that the page as a whole does
 * not scroll sideways there. The viewport is left at the last width (390): set it again to go on.
 */
export async function saveScreenshots(page: Page, name: string): Promise<void> {
  for (const width of SCREEN_WIDTHS) {
    await page.setViewportSize({ width, height: HEIGHTS[width] });
    // Let the layout (container queries, charts watching their size) settle at the new width.
    await page.waitForTimeout(300);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${name} scrolls sideways at ${width} px`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join('test-output', 'screenshots', `${name}-${width}.png`), fullPage: true });
  }
}
