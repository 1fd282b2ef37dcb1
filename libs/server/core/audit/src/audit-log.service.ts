import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditPage, AuditQuery } from '@bep/contracts';
import type { DataSource } from 'typeorm';
import { AUDIT_SUBJECT_COLUMNS, AUDIT_SUBJECT_JOINS } from './audit-subject.sql';

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
  commune_nis: string | null;
  commune_name: string | null;
  subject: string | null;
}

/**
 * Reads the audit log for administrators: filtered, newest first, one page at a time, each entry
 * with its actor's name, its record's commune and its record in words, in one query.
 */
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
      ['s_com."nis" = $', query.communeNis],
    ];
    const params: unknown[] = [];
    const where = filters
      .filter(([, value]) => value !== undefined)
      .map(([condition, value]) => {
        params.push(value);
        return `${condition}${params.length}`;
      });
    const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
    // Counting joins the records only when the commune filter needs them.
    const countJoins = query.communeNis === undefined ? '' : AUDIT_SUBJECT_JOINS;
    const [counted] = await this.dataSource.query<{ total: string }[]>(`SELECT count(*) AS total FROM "audit_entry" a ${countJoins} ${whereSql}`, params);
    const rows = await this.dataSource.query<AuditRow[]>(
      `SELECT a."id", a."occurred_at", u."id" AS actor_id, u."full_name" AS actor_name, a."action", a."entity_type", a."entity_id",
              a."before", a."after", a."request_id", ${AUDIT_SUBJECT_COLUMNS}
         FROM "audit_entry" a LEFT JOIN "app_user" u ON u."id" = a."actor_user_id"
         ${AUDIT_SUBJECT_JOINS}
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
        commune: row.commune_nis && row.commune_name ? { nis: row.commune_nis, name: row.commune_name } : null,
        subject: row.subject,
      })),
      total: Number(counted?.total ?? 0),
      limit: query.limit,
      offset: query.offset,
    };
  }
}
