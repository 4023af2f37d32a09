// What a website serves from dist/: the module and its chunks, the classic script, the stylesheet of the prerendered
// embed, the prerendered embeds and the no-JS fallback (snippets to paste), and integrity.json. Not dist/lib (the
// npm library build, for bundlers) nor anything else the build writes for its own use. The release archive and the
// WordPress plugin both ship exactly this list.
import {statSync} from 'node:fs';
import {join, relative} from 'node:path';
import {filesUnder, toPosixPath} from './files-under.mjs';

const TOP_LEVEL = [
  'ketamine-explainer.js',
  'ketamine-explainer.iife.js',
  'ketamine-explainer.css',
  'integrity.json',
  'fallback.html',
];
const FOLDERS = ['chunks', 'prerendered'];

/** Paths relative to `distDir`, sorted, with `/` separators; throws when the build has not written one of them. */
export const websiteFiles = (distDir = 'dist') => {
  const nested = FOLDERS.flatMap((folder) => filesUnder(join(distDir, folder)));
  const top = TOP_LEVEL.map((name) => {
    statSync(join(distDir, name)); // throws ENOENT: the build is incomplete
    return join(distDir, name);
  });
  return [...top, ...nested].map((path) => toPosixPath(relative(distDir, path))).sort();
};
