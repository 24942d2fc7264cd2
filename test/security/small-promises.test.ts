import { chmodSync, mkdtempSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { computePlan } from '../../src/core/plan/compute.js'
import type { RemoteSecret } from '../../src/core/seam/types.js'
import { PROJECT_ID, runNode, type Sandbox, startSandbox, writeManifest } from '../support/sandbox.js'

const CLI = new URL('../../dist/cli/index.js', import.meta.url).pathname
const HOOK = new URL('../../dist/hook/index.js', import.meta.url).pathname

describe('smaller promises (issue 12, item 13)', () => {
  let box: Sandbox | undefined
  afterEach(() => box?.close())

  it('the dotenv hook prints no value part of a malformed `KEY: value=x` line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sm-dotenv-'))
    writeFileSync(join(dir, '.env.example'), 'A=1\nDB_PASSWORD: hunter2-SENTINEL=x\n')
    const r = await runNode(HOOK, ['dotenv-keys', '.env.example'], { cwd: dir })
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('.env.example:2:1: dotenv-syntax: line is not KEY=value')
    expect(`${r.stdout}${r.stderr}`).not.toContain('hunter2')
  })

  it('an existing --share-links-file is made owner-only before the links go in', async () => {
    box = await startSandbox()
    box.server.state.addSecret(PROJECT_ID, 'dev', '/', { key: 'DB_URL', value: 'SENTINEL-share-src' })
    const path = writeManifest(
      'environments: [dev]\nshares:\n  - name: onboarding\n    secret: { key: DB_URL, environment: dev }\n',
    )
    const links = `${path}.links.json`
    writeFileSync(links, '')
    chmodSync(links, 0o644)
    const r = await runNode(CLI, ['apply', '--manifest', path, '--share-links-file', links], { env: box.env })
    expect(r.code).toBe(0)
    expect(statSync(links).mode & 0o777).toBe(0o600)
  })

  it('a --share-links-file that is a symlink is refused before any request, so no link is created and lost', async () => {
    box = await startSandbox()
    box.server.state.addSecret(PROJECT_ID, 'dev', '/', { key: 'DB_URL', value: 'SENTINEL-share-src' })
    const path = writeManifest(
      'environments: [dev]\nshares:\n  - name: onboarding\n    secret: { key: DB_URL, environment: dev }\n',
    )
    const links = `${path}.links.json`
    symlinkSync('/tmp/elsewhere-links.json', links)
    const r = await runNode(CLI, ['apply', '--manifest', path, '--share-links-file', links], { env: box.env })
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('is not a regular file (a symlink is not followed)')
    expect(r.stderr).not.toMatch(/internal error/)
    expect(box.server.requests).toEqual([])
    expect(box.server.state.shares()).toEqual([])
  })

  it('on a 2024 server a comment-only update sends the value read just before writing', async () => {
    box = await startSandbox({ legacy: true })
    const { state } = box.server
    state.addSecret(PROJECT_ID, 'dev', '/', { key: 'API_URL', value: 'https://old.example', comment: 'old' })
    const path = writeManifest('environments: [dev]\nsecrets:\n  - key: API_URL\n    comment: the API\n')
    // Someone changes the value after the plan read the folder and before apply writes the comment.
    box.server.faults.add({
      kind: 'intercept',
      method: 'GET',
      path: /\/secrets\/raw$/,
      skip: 1,
      before: () => {
        const folder = state.folderAt(PROJECT_ID, 'dev', '/')!
        state.putSecret({ ...state.secretByKey(folder.id, 'API_URL')!, value: 'https://new.example' })
      },
    })
    const r = await runNode(CLI, ['apply', '--manifest', path], { env: box.env })
    expect(r.code).toBe(0)
    const [secret] = state.listSecrets(PROJECT_ID, 'dev', '/')
    expect(secret).toMatchObject({ value: 'https://new.example', comment: 'the API' })
  })

  it('a key the remote holds twice is reported duplicate-remote, not planned as an update forever', () => {
    const copy = (id: string, value: string): RemoteSecret => ({
      id,
      environment: 'dev',
      path: '/',
      key: 'A',
      value,
      comment: '',
      tags: [],
      metadata: {},
    })
    const plan = computePlan({
      provider: 'infisical',
      project: 'demo',
      desired: [{ environment: 'dev', path: '/', key: 'A', value: { kind: 'known', value: 'one' } }],
      listings: [
        {
          scope: { environment: 'dev', path: '/' },
          exists: true,
          secrets: [copy('1', 'one'), copy('2', 'two')],
        },
      ],
      normalizeValue: (v) => v,
      prune: false,
      allowDelete: false,
    })
    expect(plan.items).toEqual([
      expect.objectContaining({
        action: 'blocked',
        key: 'A',
        note: expect.stringMatching(/^duplicate-remote: the server holds A 2 times in dev:\//),
      }),
    ])
  })
})
