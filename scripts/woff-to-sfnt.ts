/**
 * WOFF 1.0 → TrueType/OpenType, for the build-time renderer (resvg reads TTF and OTF only, and
 * @fontsource ships its fonts as WOFF and WOFF2). WOFF 1.0 is the font's own tables, each
 * zlib-compressed when that made it smaller, behind a directory that keeps the original
 * checksums (W3C, "WOFF File Format 1.0", §4–5): inflating the tables and writing an sfnt
 * header in front gives back the font byte for byte, with no dependency.
 */
import { inflateSync } from 'node:zlib';

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'
const WOFF_HEADER = 44;
const WOFF_ENTRY = 20;
const SFNT_HEADER = 12;
const SFNT_ENTRY = 16;

const pad4 = (n: number): number => (n + 3) & ~3;

/** The sfnt (TTF/OTF) font inside a WOFF 1.0 file. Throws on anything else (e.g. WOFF2). */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.length < WOFF_HEADER || woff.readUInt32BE(0) !== WOFF_SIGNATURE)
    throw new Error('woffToSfnt: not a WOFF 1.0 file');
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = WOFF_HEADER + i * WOFF_ENTRY;
    const offset = woff.readUInt32BE(at + 4);
    const compLength = woff.readUInt32BE(at + 8);
    const origLength = woff.readUInt32BE(at + 12);
    const stored = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? inflateSync(stored) : stored;
    if (data.length !== origLength)
      throw new Error(`woffToSfnt: table ${i} is ${data.length} bytes, expected ${origLength}`);
    return { tag: woff.readUInt32BE(at), checksum: woff.readUInt32BE(at + 16), data };
  });

  // The binary-search fields of the sfnt header (OpenType spec, "Table directory").
  const power = 2 ** Math.floor(Math.log2(Math.max(1, numTables)));
  const header = Buffer.alloc(SFNT_HEADER + numTables * SFNT_ENTRY);
  header.writeUInt32BE(flavor, 0);
  header.writeUInt16BE(numTables, 4);
  header.writeUInt16BE(power * 16, 6);
  header.writeUInt16BE(Math.log2(power), 8);
  header.writeUInt16BE(numTables * 16 - power * 16, 10);
  let offset = header.length;
  const bodies: Buffer[] = [];
  tables.forEach((t, i) => {
    const at = SFNT_HEADER + i * SFNT_ENTRY;
    header.writeUInt32BE(t.tag, at);
    header.writeUInt32BE(t.checksum, at + 4);
    header.writeUInt32BE(offset, at + 8);
    header.writeUInt32BE(t.data.length, at + 12);
    const body = Buffer.alloc(pad4(t.data.length));
    t.data.copy(body);
    bodies.push(body);
    offset += body.length;
  });
  return Buffer.concat([header, ...bodies]);
}
