// Every file under a folder, however deep, as paths that start with `dir`, with `/` separators, sorted: the build,
// the release and their tests walk dist/ and the plugin's source with it.
import {readdirSync, statSync} from 'node:fs';
import {join} from 'node:path';

const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });

export const filesUnder = (dir) =>
  walk(dir)
    .map((path) => path.split('\\').join('/'))
    .sort();
