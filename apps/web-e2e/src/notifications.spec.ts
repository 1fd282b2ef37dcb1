import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { signIn } from './support/sign-in';
import { expectNoSeriousViolation } from './support/accessibility';

/*
 * Reminders where people already work: the header's bell, the commune page's timeline, Mes
 * communes. The run's calendar starts on Tuesday 17 March 2026 at 10:00 (the config's
 * clockStart); the demo's weeks were replayed when it was loaded (reminders of days 14 and 21,
 * Monday digests) and the worker sends what is due at start, so reminders exist, some sent to
 * managers (digests, diagnostics not scheduled), others scheduled.
 */

const BELL_NAME = /^Notifications(, \d+ non lues?)?$/;

function bell(page: Page) {
  return page.getByRole('banner').getByRole('button', { name: BELL_NAME });
}

/** The unread count the bell's name says (0: "Notifications" alone). */
async function unreadOf(page: Page): Promise<number> {
  const name = (await bell(page).getAttribute('aria-label')) ?? '';
  return Number(/, (\d+) non lues?$/.exec(name)?.[1] ?? 0);
}

async function noSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test.describe('Notifications and reminders', () => {
  test('a manager sees the bell with a count once reminders were sent, opens them and marks them read', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await signIn(page, 'manager@bep.demo');

    // What the server holds for this manager: reminders already sent to managers (the demo's
    // digests and diagnostics not scheduled), each an unread notification.
    const before = await (await page.request.get('/api/notifications?limit=200')).json();
    expect(before.unread).toBeGreaterThan(0);

    await expect(bell(page)).toHaveAttribute('aria-label', before.unread === 1 ? 'Notifications, 1 non lue' : `Notifications, ${before.unread} non lues`);
    await expect(bell(page).locator('.badge')).toHaveText(before.unread > 99 ? '99+' : String(before.unread));

    await bell(page).click();
    const menu = page.getByRole('menu', { name: 'Notifications' });
    await expect(menu).toBeVisible();
    const items = menu.getByRole('menuitem');
    // The newest first, each with its title, its time in Brussels and, for those unread, "Non lue".
    const newest = before.items[0];
    await expect(items.first()).toContainText(newest.title);
    await expect(items.first()).toContainText(/\d{2}\/\d{2}\/2026 \d{2}:\d{2}/);
    await expect(menu.getByText('Non lue').first()).toBeVisible();
    // Each leads where its notification says (a digest to the dashboard, a commune's reminder to its page).
    await expect(items.first()).toHaveAttribute('href', newest.link ?? '');

    await noSidewaysScroll(page);
    await expectNoSeriousViolation(page);
    await page.screenshot({ path: 'apps/web-e2e/screenshots/notifications-1440.png' });

    // Opening the list marked those listed read on the server; the rest, if any, stay counted.
    await expect.poll(() => unreadOf(page)).toBe(Math.max(0, before.unread - Math.min(20, before.items.filter((item: { readAt: string | null }) => !item.readAt).length)));

    await menu.getByRole('menuitem', { name: 'Tout marquer comme lu' }).click();
    await expect(menu).toBeHidden();
    await expect(bell(page)).toHaveAttribute('aria-label', 'Notifications');
    await expect(bell(page).locator('.badge')).toHaveCount(0);

    // The server agrees: none of those listed is unread any more, after a reload too.
    const after = await (await page.request.get('/api/notifications?unreadOnly=true&limit=200')).json();
    const seen = new Set(before.items.map((item: { id: string }) => item.id));
    expect(after.items.filter((item: { id: string }) => seen.has(item.id))).toEqual([]);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect.poll(() => unreadOf(page)).toBe(after.unread);
  });

  test('the bell and its menu fit a tablet and a phone', async ({ page }) => {
    for (const [width, height] of [
      [768, 1024],
      [390, 844],
    ]) {
      await page.setViewportSize({ width, height });
      await signIn(page, 'manager@bep.demo');
      // On the communes table (the dashboard has a table of its own to check at 390 px).
      await page.goto('/communes');
      await expect(page.getByRole('heading', { level: 1, name: 'Communes' })).toBeVisible();
      await bell(page).click();
      const menu = page.getByRole('menu', { name: 'Notifications' });
      await expect(menu.getByRole('menuitem').first()).toBeVisible();
      const box = await menu.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= width).toBe(true);
      await noSidewaysScroll(page);
      await expectNoSeriousViolation(page);
      await page.screenshot({ path: `apps/web-e2e/screenshots/notifications-${width}.png` });
      await page.keyboard.press('Escape');
      await expect(menu).toBeHidden();
      await page.context().clearCookies();
    }
  });

  test('the commune page tells its reminders on the timeline and lists those to come', async ({ page }) => {
    await signIn(page, 'manager@bep.demo');
    // A commune whose survey reminder already left (the demo's day 14), and the next of its series.
    const sent = await (await page.request.get('/api/reminders?rule=surveyUnanswered&status=sent&limit=1')).json();
    expect(sent.items.length).toBe(1);
    const nis: string = sent.items[0].engagement.communeNis;

    for (const [width, height] of [
      [1440, 900],
      [768, 1024],
      [390, 844],
    ]) {
      await page.setViewportSize({ width, height });
      await page.goto(`/communes/${nis}`);
      const history = page.getByRole('region', { name: 'Historique' });
      const reminders = history.locator('li.entry.reminder');
      await expect(reminders.filter({ hasText: /^\s*Rappel\b/ }).first()).toBeVisible();
      await expect(history).toContainText(/Rappel questionnaire \(\d sur \d\) envoyé/);
      await expect(history).toContainText(/Prochain rappel le \d{1,2} \S+ à \d{2}:\d{2}/);
      await expect(history.getByRole('heading', { level: 3, name: 'Rappels prévus' })).toBeVisible();
      await expect(history.getByRole('list', { name: 'Rappels prévus' }).getByRole('listitem').first()).toContainText(
        /Rappel questionnaire \(\d sur \d\), le \d{1,2} \S+ à \d{2}:\d{2}/,
      );
      await noSidewaysScroll(page);
      if (width === 1440) await expectNoSeriousViolation(page);
      await history.scrollIntoViewIfNeeded();
      await history.screenshot({ path: `apps/web-e2e/screenshots/commune-timeline-reminders-${width}.png` });
    }
  });

  test('a consultant sees the next reminder of their commune on Mes communes', async ({ page }) => {
    for (const [width, height] of [
      [1440, 900],
      [768, 1024],
      [390, 844],
    ]) {
      await page.setViewportSize({ width, height });
      await signIn(page, 'consultant1@bep.demo');
      await expect(page).toHaveURL(/\/mes-communes$/);
      // Camille Dubois leads Gembloux, whose diagnostic of 24 March calls for a reminder two days before.
      const gembloux = page.getByRole('article', { name: 'Gembloux', exact: true });
      await expect(gembloux.getByRole('term').filter({ hasText: /^Prochains? rappels?$/ })).toBeVisible();
      await expect(gembloux.getByRole('definition').filter({ hasText: /^Rappel .+ le \d{1,2} mars à \d{2}:\d{2}$/ }).first()).toBeVisible();
      await noSidewaysScroll(page);
      await expectNoSeriousViolation(page);
      await page.screenshot({ path: `apps/web-e2e/screenshots/my-communes-reminders-${width}.png`, fullPage: true });
      await page.context().clearCookies();
    }
  });

  test("a consultant sees their commune's reminders to come on its page", async ({ page }) => {
    await signIn(page, 'consultant1@bep.demo');
    await page.getByRole('article', { name: 'Gembloux', exact: true }).getByRole('link', { name: 'Gembloux' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Gembloux' })).toBeVisible();
    const history = page.getByRole('region', { name: 'Historique' });
    await expect(history.getByRole('list', { name: 'Rappels prévus' }).getByRole('listitem').filter({ hasText: /^\s*Rappel activité à venir, le \d{1,2} mars à \d{2}:\d{2}\s*$/ }).first()).toBeVisible();
    await expect(history).toContainText(/Prochain rappel le \d{1,2} mars à \d{2}:\d{2}/);
  });
});
