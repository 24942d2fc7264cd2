#!/usr/bin/env node
// The README's first command: start the local Infisical sandbox, then plan, apply and re-plan
// examples/secrets.yaml with the committed CLI bundle, exactly as a user would in a terminal.
import { spawn, spawnSync } from 'node:child_process'
import { createInterface } from 'node:readline'

const root = new URL('..', import.meta.url).pathname
const cli = `${root}dist/cli/index.js`
const manifest = 'examples/secrets.yaml'

const sandbox = spawn(process.execPath, [cli, 'sandbox', '--port', '0'], {
  cwd: root,
  stdio: ['ignore', 'pipe', 'inherit'],
})
const env = { ...process.env }
const lines = createInterface({ input: sandbox.stdout })
await new Promise((resolve, reject) => {
  sandbox.once('exit', (code) => reject(new Error(`the sandbox exited early (code ${code})`)))
  lines.on('line', (line) => {
    console.log(`[sandbox] ${line}`)
    const m = /^export (\w+)=(.*)$/.exec(line)
    if (m) env[m[1]] = m[2]
    if (m?.[1] === 'INFISICAL_CLIENT_SECRET') resolve()
  })
})

// The values the manifest takes from the environment (in CI they come from the workflow's secrets).
env.DEV_DATABASE_URL = 'postgres://app:demo-dev-password@localhost:5432/app'
env.PROD_DATABASE_URL = 'postgres://app:demo-prod-password@db.internal:5432/app'

let failed = false
for (const command of ['plan', 'apply', 'plan']) {
  console.log(`\n$ secrets-manifest ${command} --manifest ${manifest}`)
  const r = spawnSync(process.execPath, [cli, command, '--manifest', manifest], {
    cwd: root,
    env,
    stdio: 'inherit',
  })
  if (r.status !== 0) failed = true
}
sandbox.kill('SIGINT')
if (failed) {
  console.error('\nThe demo did not finish cleanly (see above).')
  process.exit(1)
}
console.log(
  '\nDone: the second plan shows no changes. Try editing examples/secrets.yaml and run `npm run demo` again.',
)
