import { spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { InfisicalSDK } from '@infisical/sdk'
import { describe, expect, it } from 'vitest'

// `secrets-manifest sandbox --manifest` as an application's test setup would use it: start it, read the
// connection lines, and read the manifest's secrets with the official SDK, with no account anywhere.
const CLI = new URL('../../dist/cli/index.js', import.meta.url).pathname
const MANIFEST = `version: 1
provider:
  type: infisical
  projectId: 0b5e2a61-3d7c-4f0e-9a2b-6c1d8e4f7a90
environments: [dev, prod]
secrets:
  - key: DATABASE_URL
    path: /backend
    value:
      dev: { env: DEV_DATABASE_URL }
      prod: { literal: postgres://prod-host/app }
  - key: LOG_LEVEL
    value: { literal: info }
  - key: TLS_CA
    value: { file: ca.pem }
  - key: SESSION_SECRET
    value: { generate: { length: 32 } }
`

describe('sandbox --manifest', () => {
  it("serves the manifest's secrets, values from their sources, to the official SDK", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sm-sandbox-manifest-'))
    writeFileSync(join(dir, 'secrets.yaml'), MANIFEST)
    writeFileSync(join(dir, 'ca.pem'), 'CA-CERTIFICATE-TEXT\n')
    const child = spawn(process.execPath, [CLI, 'sandbox', '--manifest', 'secrets.yaml', '--port', '0'], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', DEV_DATABASE_URL: 'postgres://dev-host/app' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    try {
      let stdout = ''
      let stderr = ''
      child.stderr.on('data', (d) => (stderr += d))
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (d) => {
          stdout += d
          if (stdout.includes('Press Ctrl-C')) resolve()
        })
        child.on('close', () => reject(new Error(`sandbox exited: ${stderr}`)))
      })
      expect(stdout).toContain('8 secret(s) from secrets.yaml')
      const vars = Object.fromEntries([...stdout.matchAll(/^export (\w+)=(.*)$/gm)].map((m) => [m[1], m[2]]))
      expect(vars.INFISICAL_PROJECT_ID).toBe('0b5e2a61-3d7c-4f0e-9a2b-6c1d8e4f7a90')

      const sdk = await new InfisicalSDK({ siteUrl: vars.INFISICAL_SITE_URL }).auth().universalAuth.login({
        clientId: vars.INFISICAL_CLIENT_ID!,
        clientSecret: vars.INFISICAL_CLIENT_SECRET!,
      })
      const get = (environment: string, secretName: string, secretPath = '/') =>
        sdk
          .secrets()
          .getSecret({ projectId: vars.INFISICAL_PROJECT_ID!, environment, secretPath, secretName })
      expect((await get('dev', 'DATABASE_URL', '/backend')).secretValue).toBe('postgres://dev-host/app')
      expect((await get('prod', 'DATABASE_URL', '/backend')).secretValue).toBe('postgres://prod-host/app')
      expect((await get('prod', 'LOG_LEVEL')).secretValue).toBe('info')
      expect((await get('dev', 'TLS_CA')).secretValue).toBe('CA-CERTIFICATE-TEXT\n')
      expect((await get('dev', 'SESSION_SECRET')).secretValue).toMatch(/^[A-Za-z0-9]{32}$/)
      expect(stdout + stderr).not.toContain('dev-host')
    } finally {
      child.kill('SIGTERM')
    }
  }, 30_000)
})
