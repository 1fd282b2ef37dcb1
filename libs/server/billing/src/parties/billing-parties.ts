import { Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { CommuneBillingProfileEntity, CommuneEntity } from '@bep/server/core/database';
import type { EntityManager } from 'typeorm';
import type { BuyerParty, SellerParty } from '../documents/invoice-document';
import { communeBillingValuesOf, readSellerIdentity } from './party-records';

/** The problem type when an invoice cannot name one of its parties. */
export const BILLING_PARTY_MISSING = 'urn:bep:billing-party-missing';

/**
 * The parties of an invoice as they are now, for the document that issuing freezes. Read with
 * the issuing transaction's manager, so that the copy is the one the transaction saw. A party
 * that is not configured (or no longer passes the checks) is a 422 naming what to enter and where.
 */
@Injectable()
export class BillingParties {
  /**
   * BEP as the seller of a document in `vatCategory`: billing subject to VAT (S) needs BEP's VAT
   * number on the document (EN 16931 BR-S-02), so without one such an invoice is refused before it
   * is numbered rather than issued as an e-invoice no Peppol access point would accept.
   */
  async seller(manager: EntityManager, vatCategory: 'S' | 'O' = 'O'): Promise<SellerParty> {
    const stored = await readSellerIdentity(manager);
    if (!stored?.identity) {
      throw missing(
        stored
          ? `BEP's seller identity no longer passes the checks (${stored.problems.map((problem) => `${problem.path}: ${problem.message}`).join('; ')}); enter it again (Administration, Vendeur; PUT /api/settings/seller).`
          : "BEP's seller identity (name, address, enterprise number, IBAN, BIC, Peppol endpoint) is not configured yet; enter it first (Administration, Vendeur; PUT /api/settings/seller).",
        stored?.problems.map((problem) => ({ path: `seller.${problem.path}`, message: problem.message })) ?? [{ path: 'seller', message: 'not configured' }],
      );
    }
    if (vatCategory === 'S' && !stored.identity.vatNumber) {
      throw missing(
        "This invoice is subject to VAT (21 %), but BEP's seller identity has no VAT number; enter it first (Administration, Vendeur; PUT /api/settings/seller) or bill outside the scope of VAT (category O).",
        [{ path: 'seller.vatNumber', message: 'required to bill subject to VAT' }],
      );
    }
    return stored.identity;
  }

  async buyer(manager: EntityManager, nis: string): Promise<BuyerParty> {
    const commune = await manager.findOneBy(CommuneEntity, { nis });
    if (!commune) {
      throw new NotFoundException(`No commune with NIS code ${nis}.`);
    }
    const profile = await manager.findOneBy(CommuneBillingProfileEntity, { nis });
    if (!profile) {
      throw missing(
        `${commune.name} (${nis}) has no billing data yet (address, enterprise number, Peppol endpoint, buyer reference); enter it first (its commune page, Facturation; PUT /api/communes/${nis}/billing).`,
        [{ path: 'buyer', message: `${commune.name}: not configured` }],
      );
    }
    return { nis, name: commune.name, ...communeBillingValuesOf(profile) };
  }
}

function missing(detail: string, errors: { path: string; message: string }[]): UnprocessableEntityException {
  return new UnprocessableEntityException({ type: BILLING_PARTY_MISSING, title: 'Billing party not configured', detail, errors });
}
