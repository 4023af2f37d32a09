// CRC-32 (IEEE 802.3), which zip entries and the gzip trailer carry. Node's zlib.crc32 arrived in 20.15; the project
// supports every Node 20, so it has its own 256-entry table.
const TABLE = Array.from({length: 256}, (_, byte) => {
  let c = byte;
  for (let bit = 0; bit < 8; bit++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** The CRC-32 of `bytes`, as an unsigned 32-bit integer. */
export const crc32 = (bytes) => {
  let c = 0xffffffff;
  for (const byte of bytes) c = TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
