import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditPage, AuditQuery } from '@bep/contracts';
import type { DataSource } from 'typeorm';

interface AuditRow {
  id: string;
  occurred_at: Date;
  actor_id: string | null;
  actor_name: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  before: unknown;
  after: unknown;
  request_id: string | null;
}

/** Reads the audit log for administrators: filtered, newest first, one page at a time. */
@Injectable()
export class AuditLogService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async page(query: AuditQuery): Promise<AuditPage> {
    const filters: [string, unknown][] = [
      ['a."entity_type" = $', query.entityType],
      ['a."entity_id" = $', query.entityId],
      ['a."actor_user_id" = $', query.actorId],
      ['a."action" = $', query.action],
      ['a."occurred_at" >= $', query.from],
      ['a."occurred_at" < $', query.to],
    ];
    const params: unknown[] = [];
    const where = filters
      .filter(([, value]) => value !== undefined)
      .map(([condition, value]) => {
        params.push(value);
        return `${condition}${params.length}`;
      });
    const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [counted] = await this.dataSource.query<{ total: string }[]>(`SELECT count(*) AS total FROM "audit_entry" a ${whereSql}`, params);
    const rows = await this.dataSource.query<AuditRow[]>(
      `SELECT a."id", a."occurred_at", u."id" AS actor_id, u."full_name" AS actor_name, a."action", a."entity_type", a."entity_id",
              a."before", a."after", a."request_id"
         FROM "audit_entry" a LEFT JOIN "app_user" u ON u."id" = a."actor_user_id"
        ${whereSql}
        ORDER BY a."occurred_at" DESC, a."id" DESC
        LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, query.limit, query.offset],
    );
    return {
      items: rows.map((row) => ({
        id: row.id,
        occurredAt: row.occurred_at.toISOString(),
        actor: row.actor_id && row.actor_name ? { id: row.actor_id, name: row.actor_name } : null,
        action: row.action,
        entityType: row.entity_type,
        entityId: row.entity_id,
        before: row.before ?? null,
        after: row.after ?? null,
        requestId: row.request_id,
      })),
      total: Number(counted?.total ?? 0),
      limit: query.limit,
      offset: query.offset,
    };
  }
}
