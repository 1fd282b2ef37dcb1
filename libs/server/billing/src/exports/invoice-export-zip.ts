import { buffer } from 'node:stream/consumers';
import { ZipFile } from 'yazl';

/** A file of the ZIP. */
export interface ZipEntry {
  name: string;
  content: Buffer;
}

/**
 * The ZIP of the given files, in their order, each stamped with `mtime` (the export's time, not the
 * machine's). Entries are taken one at a time, so a slow source (a PDF being rendered) holds back
 * the ZIP rather than the other way round; yazl compresses each as it is added.
 */
export async function zipOf(entries: AsyncIterable<ZipEntry>, mtime: Date): Promise<Buffer> {
  const zip = new ZipFile();
  const output = buffer(zip.outputStream);
  for await (const entry of entries) zip.addBuffer(entry.content, entry.name, { mtime });
  zip.end();
  return output;
}
