/**
 * Brings a section of the page into view and gives it the focus. The router's anchor scrolling
 * moves the window, but the pages scroll inside the shell's content area: the link to a section
 * of the same page (the late items) does this on click, beside its fragment in the URL.
 */
export function revealSection(id: string): void {
  const target = document.getElementById(id);
  target?.scrollIntoView({ block: 'start' });
  target?.focus({ preventScroll: true });
}
