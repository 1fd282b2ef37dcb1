import { expect, test as base } from '@playwright/test';

/**
 * The e2e `test`: fails any test during which the browser reported a content-security-policy
 * violation or an uncaught script error, so that a page that "works" with broken styles or a
 * crashed script does not pass.
 */
export const test = base.extend<{ browserErrors: string[] }>({
  browserErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      if (errors.length > 0) {
        throw new Error(`The browser reported errors:\n${errors.join('\n')}`);
      }
    },
    { auto: true },
  ],
});

export { expect };
