import { updateSellerIdentityRequestSchema, type CommuneBillingProfile, type CommuneBillingValues, type SellerIdentity } from '@bep/contracts';
import { AppSettingEntity, CommuneBillingProfileEntity, SELLER_IDENTITY_SETTING } from '@bep/server/core/database';
import type { EntityManager } from 'typeorm';

export interface StoredSellerIdentity {
  /** Null when the stored value no longer passes the checks (written by hand): it must be entered again. */
  identity: SellerIdentity | null;
  updatedAt: Date;
  /** What is wrong with a stored value that fails the checks, field by field. */
  problems: { path: string; message: string }[];
}

/**
 * BEP's identity as stored, or null when nobody entered it yet. The stored value is checked again
 * with the request's contract: a row edited in SQL must not put an invalid IBAN on an invoice.
 */
export async function readSellerIdentity(manager: EntityManager, lock = false): Promise<StoredSellerIdentity | null> {
  const row = await manager.findOne(AppSettingEntity, { where: { key: SELLER_IDENTITY_SETTING }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  if (!row) return null;
  const parsed = updateSellerIdentityRequestSchema.safeParse(row.value);
  return {
    identity: parsed.success ? parsed.data : null,
    updatedAt: row.updatedAt,
    problems: parsed.success ? [] : parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })),
  };
}

/** Stores the identity (already normalised by its contract), dated by the caller's clock. */
export async function writeSellerIdentity(manager: EntityManager, identity: SellerIdentity, at: Date): Promise<void> {
  // Raw upsert: the entity's update-date column would otherwise be dated by the database, not the clock.
  await manager.query(
    `INSERT INTO "app_setting" ("key", "value", "updated_at") VALUES ($1, $2, $3)
     ON CONFLICT ("key") DO UPDATE SET "value" = EXCLUDED."value", "updated_at" = EXCLUDED."updated_at"`,
    [SELLER_IDENTITY_SETTING, JSON.stringify(identity), at],
  );
}

/** A stored profile's values, as a request carries them: what a change is compared with and audited as. */
export function communeBillingValuesOf(row: CommuneBillingProfileEntity): CommuneBillingValues {
  return {
    address: { street: row.street, postalCode: row.postalCode, city: row.city, countryCode: 'BE' },
    enterpriseNumber: row.enterpriseNumber,
    vatNumber: row.vatNumber,
    peppolEndpoint: row.peppolEndpoint,
    buyerReference: row.buyerReference,
    email: row.email,
  };
}

export function toCommuneBillingProfile(row: CommuneBillingProfileEntity): CommuneBillingProfile {
  return { ...communeBillingValuesOf(row), updatedAt: row.updatedAt.toISOString() };
}
