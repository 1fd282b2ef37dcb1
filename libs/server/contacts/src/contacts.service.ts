import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Contact, ContactExport } from '@bep/contracts';
import { AuditService, type Actor } from '@bep/server/audit';
import { CommuneEntity, ContactEntity } from '@bep/server/database';
import type { DataSource, EntityManager } from 'typeorm';

/** The name an erased contact keeps, so that the commune's history still reads. */
export const ERASED_NAME = 'Contact effacé';

/** GDPR requests on a contact: access (export) and erasure (anonymised in place). */
@Injectable()
export class ContactsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

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
        exportedAt: new Date().toISOString(),
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
      const erasedAt = new Date();
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

function toContact(contact: ContactEntity): Contact {
  return {
    id: contact.id,
    communeNis: contact.communeNis,
    name: contact.fullName,
    function: contact.function,
    email: contact.email,
    phone: contact.phone,
    isBinome: contact.isBinome,
    erasedAt: contact.erasedAt?.toISOString() ?? null,
    createdAt: contact.createdAt.toISOString(),
    updatedAt: contact.updatedAt.toISOString(),
  };
}
