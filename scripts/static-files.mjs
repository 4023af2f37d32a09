// Maps a URL path to a file under a folder, for the demo server (serve.mjs) and the benchmark's server.
import {readFile, stat} from 'node:fs/promises';
import {extname, join, normalize, resolve, sep} from 'node:path';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The file `urlPath` names under `root` (for a folder, its index.html) with its content type, or undefined when it
 * does not exist or lies outside `root` (`..`, or a sibling folder whose name starts like root's).
 */
export async function readStaticFile(root, urlPath) {
  const folder = resolve(root);
  try {
    let path = normalize(join(folder, decodeURIComponent(urlPath)));
    if (path !== folder && !path.startsWith(folder + sep)) return undefined;
    if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
    return {body: await readFile(path), type: CONTENT_TYPES[extname(path)] ?? 'application/octet-stream'};
  } catch {
    return undefined;
  }
}
