/**
 * What one process computed from a campaign's data, kept for as long as the campaign's revision
 * (`campaign_revision`, raised by the database in the transaction of every change the computation
 * reads) has not moved. The reader reads the revision first, with the campaign (`campaignInScope`),
 * then asks here: the same revision answers from memory; a newer one computes again, so that a
 * change is visible in the next read after its commit, in every process, whatever the time.
 *
 * A computation started from revision R may read data of a later revision (a change committed
 * meanwhile): it is kept under R and answers only the readers that still read R, never one that
 * read a newer revision. Concurrent readers of one revision share one computation. The least
 * recently read entries go once `capacity` is reached; a failed computation is not kept.
 */
export class CampaignRevisionCache<T> {
  readonly #entries = new Map<string, { revision: bigint; value: Promise<T> }>();

  constructor(private readonly capacity: number) {}

  /** The value computed by `compute` for `key` of the campaign at `revision` (or a newer one). */
  read(campaignId: string, revision: string, key: string, compute: () => Promise<T>): Promise<T> {
    const entryKey = `${campaignId}\u0000${key}`;
    const wanted = BigInt(revision);
    const entry = this.#entries.get(entryKey);
    this.#entries.delete(entryKey);
    if (entry && entry.revision >= wanted) {
      this.#entries.set(entryKey, entry);
      return entry.value;
    }
    const value = compute();
    const fresh = { revision: wanted, value };
    this.#entries.set(entryKey, fresh);
    value.catch(() => {
      if (this.#entries.get(entryKey) === fresh) this.#entries.delete(entryKey);
    });
    for (const oldest of this.#entries.keys()) {
      if (this.#entries.size <= this.capacity) break;
      this.#entries.delete(oldest);
    }
    return value;
  }

  /** As `read`, for the campaign a request is about; without one (none current, none named) it computes every time. */
  readFor(campaign: { id: string; revision: string } | null, key: string, compute: () => Promise<T>): Promise<T> {
    return campaign ? this.read(campaign.id, campaign.revision, key, compute) : compute();
  }

  /** How many entries are kept (for tests and metrics). */
  get size(): number {
    return this.#entries.size;
  }
}
