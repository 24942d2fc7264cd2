#!/usr/bin/env node
// Bundles each entry point with ncc into dist/<name>/. With --check, bundles into a temporary folder and
// fails when the committed dist/ differs, so a stale bundle cannot land.
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const ENTRIES = { action: 'src/action/index.ts', cli: 'src/cli/index.ts', hook: 'src/hook/index.ts' }
const check = process.argv.includes('--check')
const root = new URL('..', import.meta.url).pathname
const out = check ? mkdtempSync(join(tmpdir(), 'sm-dist-')) : join(root, 'dist')

for (const [name, entry] of Object.entries(ENTRIES)) {
  if (!existsSync(join(root, entry))) continue
  const target = join(out, name)
  rmSync(target, { recursive: true, force: true })
  execFileSync(
    process.execPath,
    [
      join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'),
      'build',
      entry,
      '-o',
      target,
      '--minify',
      '--license',
      'licenses.txt',
      '--quiet',
    ],
    { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] },
  )
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

function isDir(p) {
  try {
    readdirSync(p)
    return true
  } catch {
    return false
  }
}
