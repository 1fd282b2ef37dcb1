import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Notification, NotificationPage, NotificationQuery } from '@bep/contracts';
import { Clock } from '@bep/server/core/clock';
import type { DataSource } from 'typeorm';

interface NotificationRow {
  id: string;
  reminder_id: string | null;
  title: string;
  body: string;
  link: string | null;
  created_at: Date;
  read_at: Date | null;
}

/** The signed-in user's own notifications: each user reads and marks only theirs. */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Newest first, with how many of theirs are unread in all. */
  async list(userId: string, query: NotificationQuery): Promise<NotificationPage> {
    const manager = this.dataSource.manager;
    const [counted] = await manager.query<{ total: string; unread: string }[]>(
      `SELECT count(*) FILTER (WHERE $2::boolean IS FALSE OR "read_at" IS NULL) AS total, count(*) FILTER (WHERE "read_at" IS NULL) AS unread
         FROM "notification" WHERE "user_id" = $1`,
      [userId, query.unreadOnly],
    );
    const rows = await manager.query<NotificationRow[]>(
      `SELECT "id", "reminder_id", "title", "body", "link", "created_at", "read_at" FROM "notification"
        WHERE "user_id" = $1 AND ($2::boolean IS FALSE OR "read_at" IS NULL)
        ORDER BY "created_at" DESC, "id" DESC
        LIMIT $3 OFFSET $4`,
      [userId, query.unreadOnly, query.limit, query.offset],
    );
    return { items: rows.map(toNotification), total: Number(counted?.total ?? 0), unread: Number(counted?.unread ?? 0), limit: query.limit, offset: query.offset };
  }

  /**
   * Marks the user's notifications as read: the given ones (ids of someone else's are ignored),
   * or all of theirs. One already read keeps the time it was first read.
   */
  async markRead(userId: string, ids: readonly string[] | undefined): Promise<void> {
    await this.dataSource.query(
      `UPDATE "notification" SET "read_at" = $2
        WHERE "user_id" = $1 AND "read_at" IS NULL AND ($3::uuid[] IS NULL OR "id" = ANY($3::uuid[]))`,
      [userId, this.clock.now(), ids ?? null],
    );
  }
}

function toNotification(row: NotificationRow): Notification {
  return {
    id: row.id,
    reminderId: row.reminder_id,
    title: row.title,
    body: row.body,
    link: row.link,
    createdAt: row.created_at.toISOString(),
    readAt: row.read_at?.toISOString() ?? null,
  };
}
