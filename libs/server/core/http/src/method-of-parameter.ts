/**
 * Applies a method decorator (an OpenAPI declaration) from a parameter decorator, so that what a
 * parameter parses and what the document says it accepts come from one expression and cannot drift.
 */
export function decorateMethodOf(target: object, key: string | symbol | undefined, decorator: MethodDecorator): void {
  const descriptor = key === undefined ? undefined : Object.getOwnPropertyDescriptor(target, key);
  if (key === undefined || !descriptor) {
    throw new Error('A parsed parameter belongs to a route handler, not to a constructor');
  }
  decorator(target, key, descriptor);
}
