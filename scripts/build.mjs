#!/usr/bin/env node
// Bundles each entry point with ncc into dist/<name>/. With --check, bundles into a temporary folder and
// fails when the committed dist/ differs, so a stale bundle cannot land.
// Each dynamic import() becomes a chunk file beside index.js (<id>.index.js); they are part of the bundle.
// ncc minifies index.js only, not the chunks. Minifying them too (terser, with ncc's options or fully)
// makes V8 compile the action's undici and zod chunks a few ms faster on their own, but was measured three
// times not to change the action's start as a whole, so it is not worth a dependency.
// Two resolutions are redirected for the bundles (`paths` in tsconfig.json, which ncc's resolver reads):
// `undici` always means one undici 8, so @actions/http-client and @actions/github share it with our HTTP
// client instead of bundling undici 6 twice; and both `undici` and `@actions/core` mean patched copies
// (preparePatchedPackages) that load, only when used, what a plan on universal auth does not use.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

/**
 * The hook and the action are CommonJS: Node 20 and older (what pre-commit may run the hook on) spend
 * about 5 ms starting the ESM loader for an ES module, on every commit; the action's chunks load by a
 * plain require instead of the ESM loader's import (a few ms of its start). The CLI awaits at the top.
 */
const ENTRIES = {
  action: { entry: 'src/action/index.ts', format: 'commonjs' },
  cli: { entry: 'src/cli/index.ts', format: 'module' },
  hook: { entry: 'src/hook/index.ts', format: 'commonjs' },
}
const check = process.argv.includes('--check')
// ncc's programmatic form: its command line has no way to choose the output format.
const ncc = createRequire(import.meta.url)('@vercel/ncc')
const root = new URL('..', import.meta.url).pathname
const out = check ? mkdtempSync(join(tmpdir(), 'sm-dist-')) : join(root, 'dist')
preparePatchedPackages()

for (const [name, { entry, format }] of Object.entries(ENTRIES)) {
  if (!existsSync(join(root, entry))) continue
  const target = join(out, name)
  rmSync(target, { recursive: true, force: true })
  const { code, assets, stats } = await ncc(join(root, entry), {
    esm: format === 'module',
    minify: true,
    // ncc's cache does not key on the resolution map below: a cached entry from an earlier build
    // fails the TypeScript check of the next one.
    cache: false,
    quiet: true,
  })
  mkdirSync(target, { recursive: true })
  writeFileSync(join(target, 'index.js'), code)
  for (const [file, asset] of Object.entries(assets)) {
    mkdirSync(dirname(join(target, file)), { recursive: true })
    writeFileSync(join(target, file), asset.source)
  }
  // Node reads the format from the nearest package.json; the repository's says "module".
  writeFileSync(join(target, 'package.json'), `${JSON.stringify({ type: format }, null, 2)}\n`)
  writeFileSync(join(target, 'licenses.txt'), licenses(stats.toJson()))
}

if (check) {
  const stale = []
  const walk = (dir) => (existsSync(dir) ? readdirSync(dir, { recursive: true }).map(String) : [])
  const files = new Set([...walk(out), ...walk(join(root, 'dist'))])
  for (const f of files) {
    const a = join(out, f)
    const b = join(root, 'dist', f)
    if (existsSync(a) && readdirSync(join(a, '..')).length && !existsSync(b))
      stale.push(`missing in dist/: ${f}`)
    else if (!existsSync(a)) stale.push(`not produced by the build: dist/${f}`)
    else if (!isDir(a) && !readFileSync(a).equals(readFileSync(b))) stale.push(`differs: dist/${f}`)
  }
  if (stale.length) {
    console.error(
      `dist/ does not match the sources. Run \`npm run build\` and commit dist/.\n  ${stale.join('\n  ')}`,
    )
    cpSync(out, join(root, '.cache', 'expected-dist'), { recursive: true })
    process.exit(1)
  }
  rmSync(out, { recursive: true, force: true })
  console.log('dist/ matches the sources')
}

/**
 * Writes the patched copies into .cache/build/, where tsconfig.json's `paths` send the bundler (tsc falls
 * through to node_modules). Each is the package's own code with a few lines changed; the build fails if a
 * line is not found, so an upgrade cannot drift silently.
 */
function preparePatchedPackages() {
  const dir = join(root, '.cache/build')
  rmSync(dir, { recursive: true, force: true })
  patchCopy(join(dir, 'actions-core'), '@actions/core', {
    'lib/core.js': [
      ["import { OidcClient } from './oidc-utils.js';\n", ''],
      [
        'return yield OidcClient.getIDToken(aud);',
        "const { OidcClient } = yield import('./oidc-utils.js');\n        return yield OidcClient.getIDToken(aud);",
      ],
      ["export * as platform from './platform.js';", ''],
    ],
  })
  // undici's HTTP/2 client requires node:http2 (and with it node:tls and OpenSSL's set-up, about 18 ms)
  // when the module loads, though it runs only when a server picks h2 over TLS. Loaded on first use, it
  // costs nothing on plain http and the h2 module only when used; behaviour is unchanged.
  patchCopy(join(dir, 'undici'), 'undici', {
    'lib/dispatcher/client.js': [
      [
        "const connectH2 = require('./client-h2.js')",
        "const connectH2 = (client, socket) => require('./client-h2.js')(client, socket)",
      ],
    ],
  })
}

function patchCopy(target, pkg, edits) {
  cpSync(join(root, 'node_modules', pkg), target, { recursive: true })
  for (const [file, changes] of Object.entries(edits)) {
    let text = readFileSync(join(target, file), 'utf8')
    for (const [from, to] of changes) {
      if (!text.includes(from))
        throw new Error(`build: ${pkg} changed; cannot find in ${file}: ${from.trim()}`)
      text = text.replace(from, to)
    }
    writeFileSync(join(target, file), text)
  }
}

/**
 * The license of every package bundled into any chunk of the entry, in ncc's format (name, license id,
 * text), the patched copies in .cache/build/ included. ncc's own --license skips modules that webpack
 * concatenated into another, so it listed neither zod nor yaml nor @actions/core once the bundle had
 * chunks; the module list in webpack's stats is whole.
 */
function licenses(stats) {
  const dirs = new Set()
  const visit = (m) => {
    const dir = /^(?:\.\/)?(.*node_modules\/(?:@[^/]+\/)?[^/]+|\.cache\/build\/[^/]+)\//.exec(m.name ?? '')
    if (dir) dirs.add(dir[1])
    for (const inner of m.modules ?? []) visit(inner)
  }
  for (const m of stats.modules ?? []) visit(m)
  const entries = new Map()
  for (const dir of dirs) {
    const pkg = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'))
    const file = readdirSync(join(root, dir)).find((f) => /^(licen[cs]e|copying)/i.test(f))
    const text = file ? readFileSync(join(root, dir, file), 'utf8') : ''
    // Nested copies (three undici versions) are listed once per distinct license text.
    entries.set(`${pkg.name}\u0000${text}`, `${pkg.name}\n${pkg.license ?? 'UNKNOWN'}\n${text}`)
  }
  return [...entries.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, e]) => e)
    .join('\n\n')
}

function isDir(p) {
  try {
    readdirSync(p)
    return true
  } catch {
    return false
  }
}
