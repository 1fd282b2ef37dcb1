/**
 * How long a search field waits after the last keystroke before it asks the server: long enough
 * that a word typed at speed costs one request, short enough to feel immediate.
 */
export const SEARCH_DEBOUNCE_MS = 300;
