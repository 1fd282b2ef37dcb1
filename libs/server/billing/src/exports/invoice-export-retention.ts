/** How long a finished export's ZIP is served: long enough to download it, short enough not to keep copies of the accounts. */
export const EXPORT_ZIP_KEPT_MS = 24 * 3_600_000;

/** How long the row stays after its ZIP expired, so that the list and the download say "expired" rather than "unknown". */
export const EXPORT_ROW_KEPT_AFTER_EXPIRY_MS = 7 * 24 * 3_600_000;

/** How often the cleanup runs: an expired ZIP stays at most this long in the database. */
export const EXPORT_CLEANUP_EVERY_MS = 3_600_000;
