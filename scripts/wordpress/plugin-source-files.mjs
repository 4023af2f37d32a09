// The WordPress plugin's source files, from an allowlist: the files git tracks in its folder. An `.env`, an editor's
// swap file, a notes folder or a symbolic link to a key would otherwise ship in the plugin's zip and be served by every
// site that installs it (scripts/assemble-wordpress-plugin.mjs copies exactly these). Anything in the folder that git
// does not track, a dotfile or a symbolic link fails the build, naming each.
import {execFileSync} from 'node:child_process';
import {relative} from 'node:path';
import {filesUnder} from '../files-under.mjs';

/**
 * The plugin's source files, relative to `source` (the plugin's folder in a git work tree); throws, naming each, on
 * anything that must not ship.
 */
export function pluginSourceFiles(source) {
  const onDisk = filesUnder(source).map((path) => relative(source, path)); // throws on symbolic links
  const tracked = new Map(
    execFileSync('git', ['ls-files', '--stage', '-z', '--', '.'], {cwd: source, encoding: 'utf8'})
      .split('\0')
      .filter(Boolean)
      .map((line) => {
        const [info, path] = line.split('\t');
        return [path, info.split(' ')[0]];
      }),
  );
  const problems = [
    ...onDisk
      .filter((path) => !tracked.has(path))
      .map((path) => `${path}: not tracked by git (git add it, or remove it)`),
    ...onDisk
      .filter((path) => path.split('/').some((part) => part.startsWith('.')))
      .map((path) => `${path}: a dotfile`),
    // A tracked link is a plain file on a checkout without symbolic links (core.symlinks=false, as on Windows).
    ...[...tracked].filter(([, mode]) => mode === '120000').map(([path]) => `${path}: a symbolic link`),
  ];
  if (problems.length > 0) {
    throw new Error(`${source}/ holds files that must not ship in the plugin:\n  ${problems.join('\n  ')}`);
  }
  return onDisk.filter((path) => tracked.has(path));
}
