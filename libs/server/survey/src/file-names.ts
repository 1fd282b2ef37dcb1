/** The text without its accents: `Éghezée` → `Eghezee`. */
function withoutAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** `Radioscopie numérique 2026` -> `radioscopie-numerique-2026`: a file name without accents or spaces. */
export function fileSlug(text: string): string {
  return withoutAccents(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** `Éghezée.pdf` → `Eghezee.pdf`: the ASCII name of a download, for the clients that ignore `filename*`. */
export function asciiFileName(name: string): string {
  return withoutAccents(name).replace(/[^A-Za-z0-9.-]+/g, '-');
}
