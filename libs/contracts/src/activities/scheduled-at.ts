import { brusselsLocalToInstant } from '@bep/domain';
import { z } from 'zod';
import { CALENDAR_SPAN_MESSAGE, isWithinCalendarSpan } from '../common/calendar';
import { text } from '../common/text';

const instant = z.iso.datetime({ offset: true });

/**
 * When an activity happens, as people type it: a Brussels wall-clock time (`2019-06-12T14:00`,
 * what a datetime-local field gives) or an ISO 8601 instant with its offset. Parsed to the UTC
 * instant; a Brussels time that does not exist (the hour skipped in March) is refused.
 */
export const scheduledAtInputSchema = text()
  .meta({ description: 'Brussels wall-clock time `YYYY-MM-DDTHH:mm`, or an ISO 8601 instant with offset', examples: ['2019-06-12T14:00'] })
  .transform((value, ctx) => {
    const parsed = instant.safeParse(value).success ? new Date(value) : brusselsLocalToInstant(value);
    if (!parsed) {
      ctx.addIssue({ code: 'custom', message: 'expected a Brussels date and time (YYYY-MM-DDTHH:mm) that exists, or an ISO 8601 instant with offset' });
      return z.NEVER;
    }
    if (!isWithinCalendarSpan(parsed)) {
      ctx.addIssue({ code: 'custom', message: CALENDAR_SPAN_MESSAGE });
      return z.NEVER;
    }
    return parsed.toISOString();
  });
