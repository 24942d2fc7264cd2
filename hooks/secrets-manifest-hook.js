#!/usr/bin/env node
// The pre-commit hook's bin (package.json "bin"): the committed bundle does the work, so installing the
// hook needs no build and no runtime dependencies. CommonJS, as the bundle is (hooks/package.json): an ES
// module here would start Node's ESM loader, about 5 ms of every commit on Node 20.
//
// The bundle runs from V8's code cache when this machine has one for it: compiling the bundle is most of
// what the hook costs on a small manifest (about 15 ms of 20 above bare node), and a hook runs on every
// commit. The cache is taken after the run, so it holds the functions the run compiled, not only the top
// level (which is all Node's own compile cache keeps). It lives in the user's cache directory, one file per
// bundle and Node build; V8 rejects a cache from another V8 version or flags, the name covers the rest
// (the bundle's path, size and modification time). Any failure to read or write it only costs the speed-up.
'use strict'
const fs = require('node:fs')
const { createRequire, wrap } = require('node:module')
const { homedir } = require('node:os')
const { join } = require('node:path')
const { Script } = require('node:vm')

const bundle = join(__dirname, '../dist/hook/index.js')
const source = fs.readFileSync(bundle, 'utf8')
const cacheFile = codeCachePath()
let cached
try {
  if (cacheFile) cached = fs.readFileSync(cacheFile)
} catch {}
const script = new Script(wrap(source), { filename: bundle, cachedData: cached })
// Kept from a run that checked files (exit 0 or 1), so that it holds the checking code, not a usage error's.
if (cacheFile && (!cached || script.cachedDataRejected))
  process.once('exit', (code) => code <= 1 && saveCache(cacheFile))
script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, join(bundle, '..'))

/** Undefined when turned off (SECRETS_MANIFEST_HOOK_CODE_CACHE=0) or no cache directory is known. */
function codeCachePath() {
  if (process.env.SECRETS_MANIFEST_HOOK_CODE_CACHE === '0') return undefined
  let base = process.env.XDG_CACHE_HOME
  try {
    base ||= join(homedir(), '.cache')
    const st = fs.statSync(bundle)
    const key = `${fs.realpathSync(bundle)}\0${st.size}\0${st.mtimeMs}\0${process.version}\0${process.arch}`
    return join(base, 'secrets-manifest', `hook-${hash(key)}.v8cache`)
  } catch {
    return undefined
  }
}

/** Written beside and renamed, so that hooks running in parallel never read half a file. */
function saveCache(file) {
  try {
    fs.mkdirSync(join(file, '..'), { recursive: true, mode: 0o700 })
    const temp = `${file}.${process.pid}.tmp`
    fs.writeFileSync(temp, script.createCachedData(), { mode: 0o600 })
    fs.renameSync(temp, file)
  } catch {}
}

/** FNV-1a twice (64 bits) in hex, to name a file: node:crypto would cost more to load than the cache saves. */
function hash(text) {
  const fnv = (seed) => {
    let h = seed
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0
    return h.toString(16).padStart(8, '0')
  }
  return fnv(0x811c9dc5) + fnv(0x050c5d1f)
}
