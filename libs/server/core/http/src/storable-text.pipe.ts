import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { findUnstorableText, UNSTORABLE_TEXT_MESSAGE } from '@bep/contracts';
import { fieldPath, invalidInput } from './invalid-input';

/**
 * Applies the contracts' string rule (no NUL, no lone surrogate) to every body, query and path
 * parameter of every route, before the route's own pipes: a schema that forgets `text()`, a field it
 * drops as unknown or a route parameter cannot carry such text to PostgreSQL or the audit log.
 * Registered once for the whole app (APP_PIPE), so that a new route needs nothing to be covered.
 */
@Injectable()
export class StorableTextPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    // A parameter read alone (`@Param('id')`) is named by the parameter; a whole body or query by its fields.
    const prefix = metadata.data ? [metadata.data] : [];
    const found = findUnstorableText(value);
    if (found.length > 0) {
      throw invalidInput(
        found.map(({ path, inKey }) => ({ path: fieldPath([...prefix, ...path]), message: inKey ? `property name ${UNSTORABLE_TEXT_MESSAGE}` : UNSTORABLE_TEXT_MESSAGE })),
      );
    }
    return value;
  }
}
