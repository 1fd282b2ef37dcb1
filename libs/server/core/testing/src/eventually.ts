/**
 * Polls until the check returns a value other than undefined. The bound is there so that a broken
 * feature fails the test with a message instead of hanging the suite; it is not a speed assertion.
 */
export async function eventually<T>(check: () => Promise<T | undefined>, what: string, boundMs = 20_000): Promise<T> {
  const deadline = Date.now() + boundMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) {
      return value;
    }
    if (Date.now() > deadline) {
      throw new Error(`Still waiting after ${boundMs / 1000} s for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
