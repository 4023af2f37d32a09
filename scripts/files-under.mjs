// Every file under a folder, however deep, as paths that start with `dir`, with `/` separators, sorted: the build,
// the release and their tests walk dist/ and the plugin's source with it. It refuses what would make an archive ship
// something other than the project's own files: a symbolic link (a link to a secrets file or a key folder would be
// followed and packed), and a name holding a backslash, which Windows tools read as a folder separator
// (`..\..\x.txt` would unpack outside the folder).
import {lstatSync, readdirSync} from 'node:fs';
import {join, sep} from 'node:path';

/** A path with `/` separators: converted only where the platform's separator is another one. */
export const toPosixPath = (path) => (sep === '/' ? path : path.split(sep).join('/'));

const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (sep === '/' && name.includes('\\')) throw new Error(`${path}: a file name with a backslash is refused`);
    const stats = lstatSync(path);
    if (stats.isSymbolicLink()) throw new Error(`${path}: a symbolic link is refused (copy the file in, or remove it)`);
    return stats.isDirectory() ? walk(path) : [path];
  });

export const filesUnder = (dir) => walk(dir).map(toPosixPath).sort();
