import { z } from 'zod';
import { booleanQueryParam, pageQueryShape, pageSchema } from '../common/page';

/** A message for the signed-in user (a reminder that concerns them), shown until read. */
export const notificationSchema = z.object({
  id: z.uuid(),
  reminderId: z.uuid().nullable(),
  title: z.string(),
  body: z.string(),
  /** Where in the app it leads, e.g. `/communes/92142`. */
  link: z.string().nullable(),
  createdAt: z.iso.datetime(),
  readAt: z.iso.datetime().nullable(),
});
export type Notification = z.infer<typeof notificationSchema>;

/** A page of the user's notifications, and how many of theirs are unread in all (for the header's badge). */
export const notificationPageSchema = pageSchema(notificationSchema).extend({
  unread: z.number().int().nonnegative(),
});
export type NotificationPage = z.infer<typeof notificationPageSchema>;

/** `GET /api/notifications` filters; newest first. */
export const notificationQuerySchema = z.object({
  unreadOnly: booleanQueryParam.default(false).meta({ description: 'Only those not read yet' }),
  ...pageQueryShape(),
});
export type NotificationQuery = z.infer<typeof notificationQuerySchema>;

/** `POST /api/notifications/read`: these of mine (others' ids are ignored), or all of mine when `ids` is left out. */
export const markNotificationsReadRequestSchema = z.strictObject({
  ids: z
    .array(z.uuid())
    .min(1, 'leave ids out to mark all of yours as read')
    .max(500)
    .optional()
    .meta({ description: 'The notifications to mark as read; left out: all of yours' }),
});
export type MarkNotificationsReadRequest = z.infer<typeof markNotificationsReadRequestSchema>;
