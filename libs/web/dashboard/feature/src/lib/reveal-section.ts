/**
 * Brings a section of the page into view and gives it the focus. The pages scroll inside the
 * shell's content area, not the window that the router's anchor scrolling would move: the link to
 * a section of the same page (the late items) does this on click, beside its fragment in the URL.
 */
export function revealSection(id: string): void {
  const target = document.getElementById(id);
  target?.scrollIntoView({ block: 'start' });
  target?.focus({ preventScroll: true });
}
