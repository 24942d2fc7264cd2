import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const PROJECT_ID = 'bench-project'
export const ENVIRONMENTS = ['dev', 'staging', 'prod']
export const CLIENT_ID = 'bench-identity'
export const CLIENT_SECRET = 'bench-client-secret-0c1d2e3f'

/** The shape of a job: every key exists in every environment of the manifest. */
export interface Shape {
  environments: string[]
  folders: string[]
  keysPerFolder: number
}

export const folderNames = (n: number): string[] => Array.from({ length: n }, (_, i) => `/service-${i + 1}`)

export const keyName = (folder: number, i: number): string =>
  `SERVICE_${folder + 1}_SETTING_${String(i).padStart(5, '0')}`

/**
 * Literal, short, low-entropy values: they pass every lint rule, so the runs measure work, not findings.
 * Every `changeEvery`-th key gets a new value, which is how the 10% update is made.
 */
export function manifestYaml(shape: Shape, opts: { revision?: number; changeEvery?: number } = {}): string {
  const lines = [
    'version: 1',
    'provider:',
    '  type: infisical',
    `  projectId: ${PROJECT_ID}`,
    `environments: [${shape.environments.join(', ')}]`,
    'secrets:',
  ]
  shape.folders.forEach((path, f) => {
    for (let i = 0; i < shape.keysPerFolder; i++) {
      const changed = opts.changeEvery !== undefined && i % opts.changeEvery === 0
      const revision = changed ? (opts.revision ?? 1) : 1
      lines.push(
        `  - key: ${keyName(f, i)}`,
        `    path: ${path}`,
        `    value: { literal: r${revision}-${f}-${i} }`,
      )
    }
  })
  return `${lines.join('\n')}\n`
}

let root: string | undefined

/** A fresh directory under this run's temporary root, which `removeTemp` deletes at the end. */
export function tempDir(): string {
  root ??= mkdtempSync(join(tmpdir(), 'sm-bench-'))
  return mkdtempSync(join(root, 'd-'))
}

export function removeTemp(): void {
  if (root) rmSync(root, { recursive: true, force: true })
}

/** Writes the manifest into a fresh directory and returns its path. */
export function writeManifest(text: string): string {
  const path = join(tempDir(), 'secrets.yaml')
  writeFileSync(path, text)
  return path
}
