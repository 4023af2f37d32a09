// What both archive writers take: files as {path, data}, under one top folder. Reproducibility starts here: the
// folders are derived from the files, everything is sorted by path (bytewise), and every entry gets the same time
// and a fixed mode, whatever the files' times, owners and modes on disk.

/** Unix permission bits given to every entry: readable by all, writable by the owner; folders searchable. */
export const FILE_MODE = 0o644;
export const DIR_MODE = 0o755;

/**
 * The archive's entries: each folder (path ending in `/`) once, before what it holds, and each file, sorted.
 * @param {string} top The top folder, such as `ketamine-explainer`.
 * @param {{path: string, data: Buffer}[]} files Paths relative to `top`, with `/` separators.
 */
export const archiveEntries = (top, files) => {
  for (const {path} of files) assertSafeEntryPath(path);
  const folders = new Set([`${top}/`]);
  for (const {path} of files) {
    const parts = path.split('/').slice(0, -1);
    parts.forEach((_, i) => folders.add(`${top}/${parts.slice(0, i + 1).join('/')}/`));
  }
  const entries = [
    ...[...folders].map((path) => ({path, data: null})),
    ...files.map(({path, data}) => ({path: `${top}/${path}`, data})),
  ];
  return entries.sort((a, b) => Buffer.compare(Buffer.from(a.path), Buffer.from(b.path)));
};

/**
 * Throws unless `path` is a plain relative path: no backslash (a separator to Windows tools), no empty, `.` or `..`
 * segment, not absolute. An unpacker would otherwise write outside the archive's folder.
 */
export function assertSafeEntryPath(path) {
  const segments = path.split('/');
  if (path.includes('\\') || path.startsWith('/') || segments.some((part) => ['', '.', '..'].includes(part))) {
    throw new Error(`archive entry refused: ${JSON.stringify(path)} (backslash, absolute, or . / .. segment)`);
  }
}

/**
 * The one time every entry carries, in seconds since 1970: SOURCE_DATE_EPOCH when set (the reproducible-builds.org
 * convention), else 1980-01-01 00:00:00 UTC, the earliest time a zip entry can hold.
 */
export const entryTime = (env = process.env) => {
  const earliest = Date.UTC(1980, 0, 1) / 1000;
  if (env.SOURCE_DATE_EPOCH === undefined || env.SOURCE_DATE_EPOCH === '') return earliest;
  const seconds = Number(env.SOURCE_DATE_EPOCH);
  if (!Number.isInteger(seconds) || seconds < 0)
    throw new Error(`SOURCE_DATE_EPOCH is not a time: ${env.SOURCE_DATE_EPOCH}`);
  return Math.max(seconds, earliest);
};
