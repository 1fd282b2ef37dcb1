import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * Runs every axe-core rule on the page as it is and fails on any serious or critical violation
 * (WCAG 2.1 AA: BEP is a public body), listing each rule with the elements that break it.
 */
export async function expectNoSeriousViolation(page: Page): Promise<void> {
  await settleAnimations(page);
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}

/**
 * Waits until no finite animation or transition of the page is running. A form field's error fades
 * in: measured mid-fade its colour is still half transparent, and axe reports a contrast the user
 * never sees once it has settled (seen as a flaky failure). Endless ones (a spinner) and paused ones
 * are left alone.
 */
async function settleAnimations(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document.getAnimations().every((animation) => animation.playState !== 'running' || animation.effect?.getComputedTiming().endTime === Infinity),
  );
}
