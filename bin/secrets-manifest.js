#!/usr/bin/env node
// The CLI's bin. Checks the Node version before loading the bundle, whose HTTP client (undici 8) needs
// a current Node: an older one gets one clear line instead of a crash from deep inside the bundle.
const major = Number(process.versions.node.split('.')[0])
if (major < 24) {
  process.stderr.write(
    `secrets-manifest needs Node 24 or newer (this is ${process.version}). ` +
      'In a clone of the repository, `scripts/node24 dist/cli/index.js` fetches and uses Node 24.\n',
  )
  process.exit(2)
}
await import('../dist/cli/index.js')
