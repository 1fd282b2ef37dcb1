import { expect, type Page, test as base } from '@playwright/test';

export interface ClockOptions {
  /** The instant the server's calendar starts at (its CLOCK_START), set in the config; unset: the real time. */
  clockStart: string | undefined;
}

/**
 * The e2e `test`: the browser's clock starts on the server's calendar (`clockStart`) and runs on
 * from there, so that what a page reckons itself (an activity past its time) agrees with the
 * server; and any test fails during which the browser reported a content-security-policy
 * violation or an uncaught script error, so that a page that "works" with broken styles or a
 * crashed script does not pass.
 */
export const test = base.extend<ClockOptions & { browserClock: void; browserErrors: string[] }>({
  clockStart: [undefined, { option: true }],
  browserClock: [
    async ({ page, clockStart }, use) => {
      if (clockStart) await page.clock.install({ time: new Date(clockStart) });
      await use();
    },
    { auto: true },
  ],
  browserErrors: [
    async ({ page }, use) => {
      const errors = watchBrowserErrors(page);
      await use(errors);
      if (errors.length > 0) {
        throw new Error(`The browser reported errors:\n${errors.join('\n')}`);
      }
    },
    { auto: true },
  ],
});

/**
 * The content-security-policy violations and uncaught script errors the page reports from now on,
 * as they come (the test's own page is watched by the fixture; a page of another context, such as
 * a phone's, is watched with this).
 */
export function watchBrowserErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

export { expect };
