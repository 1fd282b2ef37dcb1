import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CreateInvoiceValues, InvoiceDetail, InvoiceDraftFailureList, InvoicePage, InvoiceQuery, IssueInvoiceRequest, UpdateInvoiceValues } from '@bep/contracts';
import { brusselsDate } from '@bep/domain';
import { AuditService, type Actor } from '@bep/server/core/audit';
import { Clock } from '@bep/server/core/clock';
import { CampaignRevisionCache } from '@bep/server/core/database';
import type { DataSource } from 'typeorm';
import { readBillingTerms } from './billing-terms';
import { readDraftFailures } from './draft-failures';
import { draftLinesFor, priceLines } from './draft-lines';
import { InvoiceIssuer } from './invoice-issuer';
import { lockInvoice, requireDraft } from './invoice-lock';
import { invoiceProblem } from './invoice-problems';
import { type InvoiceOrder, readInvoiceDetail, readInvoiceOrder, readInvoicePage } from './invoice-reader';
import { summaryOf } from './invoice-summary';
import { insertDraft, rewriteDraft } from './invoice-writer';

/** Filter combinations of the invoice list whose order is kept per process. */
const ORDERS_KEPT = 64;
/** The cache's one namespace: the invoice revision covers every campaign. */
const ALL_INVOICES = 'invoices';

/**
 * Finance's use cases on drafts and issuing, each in one transaction with its audit entry
 * (`entity_type` `invoice`): a draft by hand, its changes (drafts only, at the version read), its
 * deletion, and issuing it.
 */
@Injectable()
export class InvoicesService {
  /** The list's orders and totals per filter, kept while the invoice revision stands (one namespace: the list spans campaigns). */
  readonly #orders = new CampaignRevisionCache<InvoiceOrder>(ORDERS_KEPT);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly issuer: InvoiceIssuer,
    private readonly clock: Clock,
  ) {}

  async list(query: InvoiceQuery): Promise<InvoicePage> {
    const manager = this.dataSource.manager;
    const today = this.today();
    const [{ revision }] = await manager.query<[{ revision: string }]>(`SELECT "revision"::text AS revision FROM "invoice_revision"`);
    // The filters without the page; what is overdue changes with the day, without any write: the day is part of the key.
    const key = JSON.stringify({ ...query, limit: undefined, offset: undefined, day: query.overdue === undefined ? undefined : today });
    // The ids and the totals from one snapshot, so that they always agree.
    const compute = () => this.dataSource.transaction('REPEATABLE READ', (snapshot) => readInvoiceOrder(snapshot, query, today));
    const order = await this.#orders.read(ALL_INVOICES, revision, key, compute);
    return readInvoicePage(manager, order, query, today);
  }

  detail(id: string): Promise<InvoiceDetail> {
    return readInvoiceDetail(this.dataSource.manager, id, this.today());
  }

  draftFailures(): Promise<InvoiceDraftFailureList> {
    return readDraftFailures(this.dataSource.manager);
  }

  /** A draft for an engagement, priced from its campaign unless the lines say otherwise. */
  async create(request: CreateInvoiceValues, actor: Actor): Promise<InvoiceDetail> {
    return this.dataSource.transaction(async (manager) => {
      const terms = await readBillingTerms(manager, request.engagementId);
      if (!terms) {
        throw invoiceProblem('engagement', 'Unknown engagement', `No engagement ${request.engagementId} to bill.`);
      }
      const lines = priceLines(draftLinesFor(request.service, request.lines), request.service, terms, terms.vatCategory);
      const id = await insertDraft(
        manager,
        {
          kind: 'invoice',
          service: request.service,
          campaignId: terms.campaignId,
          engagementId: terms.engagementId,
          communeNis: terms.communeNis,
          vatCategory: terms.vatCategory,
          originKey: null,
          creditedInvoiceId: null,
          note: request.note ?? null,
          by: actor.userId,
          at: this.clock.now(),
        },
        lines,
      );
      if (!id) throw new Error('A draft made by hand has no origin key to conflict on');
      await this.audit.record(manager, actor, { action: 'create', entityType: 'invoice', entityId: id, after: summaryOf(await readInvoiceDetail(manager, id, this.today())) });
      return readInvoiceDetail(manager, id, this.today());
    });
  }

  /** A draft's lines (all replaced, priced again from the campaign's current terms) or note. */
  async update(id: string, request: UpdateInvoiceValues, actor: Actor): Promise<InvoiceDetail> {
    return this.dataSource.transaction(async (manager) => {
      const draft = await lockInvoice(manager, id);
      requireDraft(draft, request.version, 'changed');
      const before = await readInvoiceDetail(manager, id, this.today());
      let lines;
      if (request.lines) {
        const terms = await readBillingTerms(manager, draft.engagementId);
        if (!terms) throw new Error(`The engagement of invoice ${id} is gone`);
        lines = priceLines(request.lines, draft.service, terms, draft.vatCategory);
      }
      await rewriteDraft(manager, id, { lines, note: request.note, by: actor.userId, at: this.clock.now() });
      const after = summaryOf(await readInvoiceDetail(manager, id, this.today()));
      await this.audit.record(manager, actor, { action: 'update', entityType: 'invoice', entityId: id, before: summaryOf(before), after });
      return readInvoiceDetail(manager, id, this.today());
    });
  }

  /** A draft deleted for good (an issued invoice is only ever credited). */
  async remove(id: string, actor: Actor): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const draft = await lockInvoice(manager, id);
      requireDraft(draft, undefined, 'deleted');
      const before = await readInvoiceDetail(manager, id, this.today());
      await manager.query(`DELETE FROM "invoice" WHERE "id" = $1`, [id]);
      await this.audit.record(manager, actor, { action: 'delete', entityType: 'invoice', entityId: id, before: summaryOf(before) });
    });
  }

  /** Numbers, dates and freezes a draft (see InvoiceIssuer). */
  async issue(id: string, request: IssueInvoiceRequest, actor: Actor): Promise<InvoiceDetail> {
    return this.dataSource.transaction(async (manager) => {
      const draft = await lockInvoice(manager, id);
      requireDraft(draft, request.version, 'issued');
      const issued = await this.issuer.issue(manager, draft, actor.userId);
      await this.audit.record(manager, actor, { action: 'issue', entityType: 'invoice', entityId: id, before: { status: 'draft' }, after: { status: 'issued', ...issued, grossCents: draft.grossCents } });
      return readInvoiceDetail(manager, id, this.today());
    });
  }

  private today(): string {
    return brusselsDate(this.clock.now());
  }
}
