import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { CLIENT_ID, CLIENT_SECRET, PROJECT_ID, writeManifest } from './fixtures.js'
import { startServerChild } from './server.js'
import { median, ROOT } from './startup.js'

export interface ScaleMeasure {
  secrets: number
  bytes: number
  /** Whole CLI process: read, parse, lint, list, plan, render; median of the runs. */
  ms: number
  peakRssMb: number
}

const CLI = join(ROOT, 'dist/cli/index.js')

/**
 * One line per key (flow style), 3 environments × 4 folders, so 200,000 secrets fit in the 5 MiB a
 * manifest may have; the bench's block style would need 5.5 MB for them.
 */
function compactManifest(secrets: number): { path: string; bytes: number } {
  const keys = Math.ceil(secrets / 3)
  const lines = [
    'version: 1',
    'provider:',
    '  type: infisical',
    `  projectId: ${PROJECT_ID}`,
    'environments: [dev, staging, prod]',
    'secrets:',
  ]
  for (let i = 0; i < keys; i++)
    lines.push(
      `  - { key: S${i % 4}_K${String(i).padStart(6, '0')}, path: /s${i % 4}, value: { literal: v${i} } }`,
    )
  const text = `${lines.join('\n')}\n`
  return { path: writeManifest(text), bytes: Buffer.byteLength(text) }
}

/** The CLI's plan from empty (every secret a create) against a sandbox without latency, in fresh processes. */
export async function measureScale(sizes: number[], runs: number): Promise<ScaleMeasure[]> {
  if (!existsSync(CLI) || !existsSync('/usr/bin/time')) return []
  const server = await startServerChild(0)
  try {
    return sizes.map((secrets) => {
      const { path, bytes } = compactManifest(secrets)
      const times: number[] = []
      const rss: number[] = []
      for (let r = 0; r < runs; r++) {
        const start = performance.now()
        const p = spawnSync(
          '/usr/bin/time',
          ['-f', '%M', process.execPath, CLI, 'plan', '--manifest', path],
          {
            env: {
              PATH: process.env.PATH ?? '',
              INFISICAL_SITE_URL: server.url,
              INFISICAL_CLIENT_ID: CLIENT_ID,
              INFISICAL_CLIENT_SECRET: CLIENT_SECRET,
            },
            encoding: 'utf8',
            maxBuffer: 1024 * 1024 * 1024,
          },
        )
        times.push(performance.now() - start)
        if (p.status !== 0)
          throw new Error(`bench: plan of ${secrets} exited ${p.status}: ${p.stderr.slice(-600)}`)
        rss.push(Number(p.stderr.trim().split('\n').at(-1)) / 1024)
      }
      return { secrets, bytes, ms: median(times), peakRssMb: Math.max(...rss) }
    })
  } finally {
    await server.close()
  }
}
