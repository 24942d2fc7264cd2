#!/usr/bin/env node
// `npm run bench`: bundles the TypeScript harness (it imports src/, whose imports end in .js, which
// plain node cannot run) into .cache/bench/ with ncc, then runs it on this Node (24, via scripts/node24).
// Type errors are left to `npm run typecheck`; transpiling only keeps the build quick and independent
// of unrelated work in progress. The SDK stays external: it is the peer, loaded as users load it.
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const out = join(root, '.cache/bench')

// dist/ is committed; a checkout without it gets it built once, as `npm run build` would.
if (!existsSync(join(root, 'dist/hook/index.js')) || !existsSync(join(root, 'dist/action/index.js'))) {
  console.error('bench: dist/ bundles missing, running the build first')
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' })
}

const ncc = join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js')
execFileSync(
  process.execPath,
  [ncc, 'build', 'bench/harness.ts', '-o', out, '--quiet', '--transpile-only', '-e', '@infisical/sdk'],
  { cwd: root, stdio: 'inherit' },
)

// What the action's libraries alone cost to start (bench/libraries.ts), bundled as dist/action is.
execFileSync(
  process.execPath,
  [ncc, 'build', 'bench/libraries.ts', '-o', join(root, '.cache/bench-libraries'), '--quiet', '--minify'],
  { cwd: root, stdio: 'inherit' },
)

// The startup rows run a snapshot of the bundles (and the hook's bin, which loads ../dist/hook), so a
// rebuild of dist/ during the run cannot break it.
const snapshot = join(root, '.cache/bench-dist')
rmSync(snapshot, { recursive: true, force: true })
for (const dir of ['hooks', 'dist/hook', 'dist/action']) {
  const from = join(root, dir)
  if (existsSync(from)) cpSync(from, join(snapshot, dir), { recursive: true })
}

const run = spawnSync(process.execPath, [join(out, 'index.js'), ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
})
process.exit(run.status ?? 1)
