// A minimal POSIX ustar writer, gzipped, so that the same files give the same bytes: entries come sorted with one
// time and fixed modes (entries.mjs), owner and group 0 with no names, and the gzip header carries no time, no file
// name and "unknown" as its OS (RFC 1952), where zlib's own gzip header would name the OS it was built for.
import {deflateRawSync} from 'node:zlib';
import {crc32} from './crc32.mjs';
import {DIR_MODE, FILE_MODE} from './entries.mjs';

const BLOCK = 512;
// GNU tar writes records of 20 blocks; padding the archive to one keeps every tar reader content.
const RECORD = 20 * BLOCK;

/** A NUL-terminated octal number of `width` bytes in all, as ustar stores numbers. */
const octal = (value, width) => `${value.toString(8).padStart(width - 1, '0')}\0`;

const header = ({path, size, folder, mtime}) => {
  const block = Buffer.alloc(BLOCK);
  let name = path;
  let prefix = '';
  if (Buffer.byteLength(name) > 100) {
    // ustar splits a long path at a slash: up to 155 bytes of prefix, up to 100 of name.
    const cut = path.lastIndexOf('/', path.length - 2);
    [prefix, name] = [path.slice(0, cut), path.slice(cut + 1)];
    if (cut < 0 || Buffer.byteLength(name) > 100 || Buffer.byteLength(prefix) > 155) {
      throw new Error(`path too long for ustar: ${path}`);
    }
  }
  block.write(name, 0, 100, 'utf8');
  block.write(octal(folder ? DIR_MODE : FILE_MODE, 8), 100, 'ascii');
  block.write(octal(0, 8), 108, 'ascii'); // uid
  block.write(octal(0, 8), 116, 'ascii'); // gid
  block.write(octal(size, 12), 124, 'ascii');
  block.write(octal(mtime, 12), 136, 'ascii');
  block.write(' '.repeat(8), 148, 'ascii'); // the checksum counts its own field as spaces
  block.write(folder ? '5' : '0', 156, 'ascii');
  block.write('ustar\0' + '00', 257, 'ascii');
  block.write(prefix, 345, 155, 'utf8');
  const checksum = block.reduce((sum, byte) => sum + byte, 0);
  block.write(`${checksum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii');
  return block;
};

/** The tar archive of `entries` (from archiveEntries()), every entry at `mtime` (seconds since 1970). */
export const tar = (entries, mtime) => {
  const parts = [];
  for (const {path, data} of entries) {
    const folder = data === null;
    const size = folder ? 0 : data.length;
    parts.push(header({path, size, folder, mtime}));
    if (!folder) parts.push(data, Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK));
  }
  parts.push(Buffer.alloc(2 * BLOCK)); // end of archive
  const length = parts.reduce((sum, part) => sum + part.length, 0);
  parts.push(Buffer.alloc((RECORD - (length % RECORD)) % RECORD));
  return Buffer.concat(parts);
};

/** gzip (RFC 1952) of `bytes`: no time, no name, maximum compression, OS unknown. */
export const gzip = (bytes) => {
  const head = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 2, 255]);
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc32(bytes), 0);
  trailer.writeUInt32LE(bytes.length >>> 0, 4);
  return Buffer.concat([head, deflateRawSync(bytes, {level: 9}), trailer]);
};

export const tarGz = (entries, mtime) => gzip(tar(entries, mtime));
