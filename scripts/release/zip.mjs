// A minimal zip writer (PKWARE APPNOTE 6.3: local headers, central directory, end record; no zip64, no extra
// fields), so that the same files give the same bytes: entries come sorted with one time and fixed Unix modes
// (entries.mjs), and nothing of the machine (owner, time zone, OS) is written. Deflate is Node's zlib at level 9;
// a file deflate does not shrink is stored.
import {deflateRawSync} from 'node:zlib';
import {crc32} from './crc32.mjs';
import {DIR_MODE, FILE_MODE} from './entries.mjs';

const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
const MSDOS_DIRECTORY = 0x10;
// "Version made by": high byte 3 = Unix, so unzip applies the modes in the external attributes; low byte 2.0.
const MADE_BY_UNIX = (3 << 8) | 20;

/** MS-DOS date and time (2-second resolution), read as UTC: zip has no time zone. */
const dosDateTime = (seconds) => {
  const d = new Date(seconds * 1000);
  return {
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1),
    date: ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
  };
};

/**
 * @param {{path: string, data: Buffer | null}[]} entries From archiveEntries(): a folder has a path ending in `/`
 *   and no data.
 * @param {number} mtime Seconds since 1970 (entryTime()).
 * @returns {Buffer} The zip file.
 */
export const zip = (entries, mtime) => {
  const {time, date} = dosDateTime(mtime);
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const {path, data} of entries) {
    const name = Buffer.from(path, 'utf8');
    const folder = data === null;
    const raw = folder ? Buffer.alloc(0) : data;
    const deflated = folder ? raw : deflateRawSync(raw, {level: 9});
    const stored = folder || deflated.length >= raw.length;
    const body = stored ? raw : deflated;
    const fields = {
      needed: stored ? 10 : 20,
      method: stored ? 0 : 8,
      crc: crc32(raw),
      compressed: body.length,
      size: raw.length,
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(fields.needed, 4);
    local.writeUInt16LE(0, 6); // flags: none (ASCII names, sizes known up front)
    local.writeUInt16LE(fields.method, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(fields.crc, 14);
    local.writeUInt32LE(fields.compressed, 18);
    local.writeUInt32LE(fields.size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28); // no extra field
    locals.push(local, name, body);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(MADE_BY_UNIX, 4);
    central.writeUInt16LE(fields.needed, 6);
    central.writeUInt16LE(0, 8);
    central.writeUInt16LE(fields.method, 10);
    central.writeUInt16LE(time, 12);
    central.writeUInt16LE(date, 14);
    central.writeUInt32LE(fields.crc, 16);
    central.writeUInt32LE(fields.compressed, 20);
    central.writeUInt32LE(fields.size, 24);
    central.writeUInt16LE(name.length, 28);
    // 30: extra length, 32: comment length, 34: disk, 36: internal attributes: all 0.
    const external = folder
      ? (((S_IFDIR | DIR_MODE) << 16) | MSDOS_DIRECTORY) >>> 0
      : ((S_IFREG | FILE_MODE) << 16) >>> 0;
    central.writeUInt32LE(external, 38);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
};
