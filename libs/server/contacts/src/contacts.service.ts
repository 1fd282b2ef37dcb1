import { ConflictException, ForbiddenException, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isContactFunction, type Contact, type ContactExport, type CurrentUser, type ContactPage, type ContactPatch, type ContactQuery, type NewContact } from '@bep/contracts';
import { engagementActor } from '@bep/domain';
import { AuditService, type Actor } from '@bep/server/core/audit';
import { Clock } from '@bep/server/core/clock';
import { CommuneEntity, ContactEntity } from '@bep/server/core/database';
import type { DataSource, EntityManager } from 'typeorm';
import { changedFields, checkBinome, checkReachable, filledFields, searchPatterns, type ContactCheck, type ContactValues } from './contact-rules';

/** The name an erased contact keeps, so that the commune's history still reads. */
const ERASED_NAME = 'Contact effacé';

/** PostgreSQL's foreign_key_violation: another row still references the contact. */
const FOREIGN_KEY_VIOLATION = '23503';

/**
 * The contacts of the communes (personal data): create, read, change and delete them, and
 * answer GDPR requests (access as an export, erasure in place). Each change is one transaction
 * with its audit entry.
 *
 * Audit entries never hold a contact's values, only the names of the fields a change touched
 * (and the commune). Audit entries cannot be changed (a trigger forbids it), so a value written
 * there would survive the contact's erasure: the log would become a second copy of the data
 * that the GDPR erasure must remove.
 */
@Injectable()
export class ContactsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** The commune's contacts, binôme first, then by name; erased ones only when asked for. */
  async list(nis: string, query: ContactQuery): Promise<ContactPage> {
    const manager = this.dataSource.manager;
    if (!(await manager.existsBy(CommuneEntity, { nis }))) {
      throw new NotFoundException(`No commune with NIS code ${nis}.`);
    }
    const builder = manager.createQueryBuilder(ContactEntity, 'c').where('c.communeNis = :nis', { nis });
    if (!query.includeErased) builder.andWhere('c.erasedAt IS NULL');
    if (query.function) builder.andWhere('c.function = :function', { function: query.function });
    if (query.q) {
      const { text, digits } = searchPatterns(query.q);
      builder.andWhere(`(c.fullName ILIKE :text OR c.email ILIKE :text${digits ? ' OR c.phone LIKE :digits' : ''})`, { text, digits });
    }
    const [contacts, total] = await builder
      .orderBy('c.isBinome', 'DESC')
      .addOrderBy('c.fullName', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .take(query.limit)
      .skip(query.offset)
      .getManyAndCount();
    return { items: contacts.map(toContact), total, limit: query.limit, offset: query.offset };
  }

  async get(id: string): Promise<Contact> {
    return toContact(await this.find(this.dataSource.manager, id));
  }

  /**
   * Adds a contact to the commune; a third binôme member is refused (422). Managers add them to any
   * commune, a consultant to the communes whose engagement in the current campaign has them on its
   * team (403 otherwise): they meet the people they work with first.
   */
  async create(nis: string, request: NewContact, user: CurrentUser, actor: Actor): Promise<Contact> {
    return this.dataSource.transaction(async (manager) => {
      await lockCommune(manager, nis);
      if (engagementActor(user, await currentTeam(manager, nis)) === null) {
        throw new ForbiddenException("Only a manager, or a consultant assigned to this commune's engagement in the current campaign, may add a contact to it.");
      }
      const values: ContactValues = { name: request.name, function: request.function, email: request.email ?? null, phone: request.phone ?? null, isBinome: request.isBinome };
      refuseUnless(checkReachable(values));
      if (values.isBinome) {
        refuseUnless(checkBinome(await binomeMembers(manager, nis), null));
      }
      const contact = await manager.save(
        manager.create(ContactEntity, { communeNis: nis, fullName: values.name, function: values.function, email: values.email, phone: values.phone, isBinome: values.isBinome }),
      );
      await this.audit.record(manager, actor, { action: 'create', entityType: 'contact', entityId: contact.id, after: { communeNis: nis, fields: filledFields(values) } });
      return toContact(contact);
    });
  }

  /** Changes the fields sent; an erased contact cannot be changed (409). */
  async update(id: string, patch: ContactPatch, actor: Actor): Promise<Contact> {
    return this.dataSource.transaction(async (manager) => {
      const contact = await this.find(manager, id, true);
      if (contact.erasedAt) {
        throw new ConflictException('This contact was erased (GDPR) and can no longer be changed.');
      }
      const current = valuesOf(contact);
      const fields = changedFields(current, patch);
      if (fields.length === 0) {
        return toContact(contact);
      }
      const next: ContactValues = { ...current };
      for (const field of fields) {
        Object.assign(next, { [field]: patch[field] });
      }
      refuseUnless(checkReachable(next));
      if (next.isBinome && !current.isBinome) {
        await lockCommune(manager, contact.communeNis);
        refuseUnless(checkBinome(await binomeMembers(manager, contact.communeNis), id));
      }
      await manager.update(ContactEntity, id, { fullName: next.name, function: next.function, email: next.email, phone: next.phone, isBinome: next.isBinome });
      await this.audit.record(manager, actor, { action: 'update', entityType: 'contact', entityId: id, after: { fields } });
      return toContact(await manager.findOneByOrFail(ContactEntity, { id }));
    });
  }

  /**
   * Deletes the contact for good. A contact that other rows refer to (an activity it took part
   * in) cannot be deleted: 409, and the way out for personal data is the GDPR erasure, which
   * keeps the row.
   */
  async remove(id: string, actor: Actor): Promise<void> {
    try {
      await this.dataSource.transaction(async (manager) => {
        const contact = await this.find(manager, id, true);
        await manager.delete(ContactEntity, id);
        await this.audit.record(manager, actor, { action: 'delete', entityType: 'contact', entityId: id, before: { communeNis: contact.communeNis } });
      });
    } catch (error) {
      if (isForeignKeyViolation(error)) {
        throw new ConflictException({
          type: 'urn:bep:contact-referenced',
          detail: `Other records refer to this contact (e.g. activities it took part in), so it cannot be deleted; erase it instead (POST /api/contacts/${id}/erase), which removes the personal data and keeps the history.`,
        });
      }
      throw error;
    }
  }

  /** Exports the contact and the dates of what happened to it; the export itself is audited. */
  async export(id: string, actor: Actor): Promise<ContactExport> {
    return this.dataSource.transaction(async (manager) => {
      const contact = await this.find(manager, id);
      const commune = await manager.findOneByOrFail(CommuneEntity, { nis: contact.communeNis });
      const history = await manager.query<{ occurred_at: Date; action: string }[]>(
        `SELECT "occurred_at", "action" FROM "audit_entry" WHERE "entity_type" = 'contact' AND "entity_id" = $1 ORDER BY "occurred_at"`,
        [id],
      );
      // Audited without the data itself: the log must not become a second copy of it.
      await this.audit.record(manager, actor, { action: 'export', entityType: 'contact', entityId: id });
      return {
        exportedAt: this.clock.now().toISOString(),
        contact: toContact(contact),
        commune: { nis: commune.nis, name: commune.name },
        history: history.map((h) => ({ occurredAt: h.occurred_at.toISOString(), action: h.action })),
      };
    });
  }

  /**
   * Anonymises the contact in place: the row stays so that activities and history keep their
   * references, but nothing identifies the person any more.
   */
  async erase(id: string, actor: Actor): Promise<Contact> {
    return this.dataSource.transaction(async (manager) => {
      const contact = await this.find(manager, id, true);
      if (contact.erasedAt) {
        throw new ConflictException('This contact was already erased.');
      }
      const erasedAt = this.clock.now();
      await manager.update(ContactEntity, id, { fullName: ERASED_NAME, email: null, phone: null, erasedAt });
      await this.audit.record(manager, actor, { action: 'erase', entityType: 'contact', entityId: id, after: { erasedAt: erasedAt.toISOString() } });
      return toContact({ ...contact, fullName: ERASED_NAME, email: null, phone: null, erasedAt });
    });
  }

  private async find(manager: EntityManager, id: string, forUpdate = false): Promise<ContactEntity> {
    const contact = await manager.findOne(ContactEntity, { where: { id }, ...(forUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!contact) {
      throw new NotFoundException(`No contact ${id}.`);
    }
    return contact;
  }
}

/**
 * Locks the commune's row against other contact changes until the transaction ends (404 if
 * there is none), so that two requests cannot both add a second binôme member. NO KEY UPDATE
 * does not block the foreign-key checks of rows that merely refer to the commune.
 */
async function lockCommune(manager: EntityManager, nis: string): Promise<void> {
  const rows = await manager.query<unknown[]>(`SELECT 1 FROM "commune" WHERE "nis" = $1 FOR NO KEY UPDATE`, [nis]);
  if (rows.length === 0) {
    throw new NotFoundException(`No commune with NIS code ${nis}.`);
  }
}

/** The consultants on the team of the commune's engagement in the current campaign (none without one). */
async function currentTeam(manager: EntityManager, nis: string): Promise<string[]> {
  const rows = await manager.query<{ consultant_id: string }[]>(
    `SELECT a."consultant_id" FROM "engagement" e
       JOIN "campaign" c ON c."id" = e."campaign_id" AND c."is_current"
       JOIN "engagement_assignment" a ON a."engagement_id" = e."id"
      WHERE e."commune_nis" = $1`,
    [nis],
  );
  return rows.map((row) => row.consultant_id);
}

/** Ids of the commune's binôme members; erased contacts no longer count. */
async function binomeMembers(manager: EntityManager, nis: string): Promise<string[]> {
  const rows = await manager.query<{ id: string }[]>(`SELECT "id" FROM "contact" WHERE "commune_nis" = $1 AND "is_binome" AND "erased_at" IS NULL`, [nis]);
  return rows.map((row) => row.id);
}

/** A broken contact rule is a 422 problem whose type names the rule. */
function refuseUnless(check: ContactCheck): void {
  if (!check.allowed) {
    throw new UnprocessableEntityException({ type: `urn:bep:contact-rule:${check.rule}`, title: 'Contact rule broken', detail: check.message });
  }
}

function isForeignKeyViolation(error: unknown): boolean {
  const candidate = error as { code?: unknown; driverError?: { code?: unknown } } | null;
  return candidate?.code === FOREIGN_KEY_VIOLATION || candidate?.driverError?.code === FOREIGN_KEY_VIOLATION;
}

function valuesOf(contact: ContactEntity): ContactValues {
  return { name: contact.fullName, function: contact.function, email: contact.email, phone: contact.phone, isBinome: contact.isBinome };
}

function toContact(contact: ContactEntity): Contact {
  return {
    id: contact.id,
    communeNis: contact.communeNis,
    name: contact.fullName,
    // The column is text and this API is its only writer; a value written some other way reads as "other".
    function: isContactFunction(contact.function) ? contact.function : 'other',
    email: contact.email,
    phone: contact.phone,
    isBinome: contact.isBinome,
    erasedAt: contact.erasedAt?.toISOString() ?? null,
    createdAt: contact.createdAt.toISOString(),
    updatedAt: contact.updatedAt.toISOString(),
  };
}
