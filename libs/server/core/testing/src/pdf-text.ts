import { constants, inflateSync } from 'node:zlib';

/** WinAnsi is Latin-1 except for 0x80-0x9F, where it puts the euro sign, typographic quotes and dashes. */
const WIN_ANSI_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function winAnsiCharacter(byte: number): string {
  return byte >= 0x80 && byte <= 0x9f ? WIN_ANSI_80_9F[byte - 0x80] : String.fromCharCode(byte);
}

/** The PDF's own text and each of its streams that inflates (compressed pages; an image's bytes draw no text). */
function pageStreams(pdf: Buffer): string[] {
  const source = pdf.toString('latin1');
  const inflated = [...source.matchAll(/stream\r?\n/g)].flatMap((match) => {
    const start = (match.index ?? 0) + match[0].length;
    try {
      return [inflateSync(pdf.subarray(start, source.indexOf('endstream', start)), { finishFlush: constants.Z_SYNC_FLUSH }).toString('latin1')];
    } catch {
      return [];
    }
  });
  return [source, ...inflated];
}

/**
 * The text a pdfkit PDF draws with the standard fonts: its `[<hex> kerning <hex>] TJ` operators,
 * decoded from WinAnsi, one string per line drawn; compressed streams are inflated first.
 */
export function drawnPdfText(pdf: Buffer): string[] {
  return pageStreams(pdf).flatMap((stream) =>
    [...stream.matchAll(/\[([^\]]*)\] TJ/g)].map(([, operands]) => {
      const hex = [...operands.matchAll(/<([0-9a-fA-F]*)>/g)].map(([, chunk]) => chunk).join('');
      return [...Buffer.from(hex, 'hex')].map(winAnsiCharacter).join('');
    }),
  );
}

/** How many pages the PDF has: its `/Type /Page` objects (pdfkit writes no object streams). */
export function pdfPageCount(pdf: Buffer): number {
  return [...pdf.toString('latin1').matchAll(/\/Type \/Page\b(?!s)/g)].length;
}
