import type { InvoiceQuery } from '@bep/contracts';
import type { EntityManager } from 'typeorm';
import { filterOf } from '../invoice-reader';

/** An issued document of the export, by id and number. */
export interface ExportedDocument {
  id: string;
  number: string;
}

/**
 * The issued invoices and credit notes an export holds, in the CSV's order (issue date, then
 * number): the list's filter, drafts left out (they have no document). A period holds a few hundred
 * documents at most, so the ids are read at once and the documents one by one.
 */
export function exportedDocuments(manager: EntityManager, query: InvoiceQuery, today: string): Promise<ExportedDocument[]> {
  const where = filterOf(query, today).where(`i."status" <> 'draft'`);
  return manager.query<ExportedDocument[]>(
    `SELECT i."id", i."number" FROM "invoice" i JOIN "commune" c ON c."nis" = i."commune_nis" ${where.sql} ORDER BY i."issue_date", i."number", i."id"`,
    where.params,
  );
}
