import { mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ShareLink } from '../core/plan/types.js'

/** Every output name, once. */
export const OUTPUT = {
  hasChanges: 'has-changes',
  summary: 'summary',
  plan: 'plan',
  shareLinks: 'share-links',
  exitCode: 'exit-code',
} as const

export interface OutputValues {
  hasChanges: boolean
  /** Counts only. */
  summary: Record<string, number | boolean>
  /** The plan (or apply report) as JSON, from the shared renderer: names and actions, no values. */
  planJson: string
  shareLinks: ShareLink[]
}

export interface OutputDeps {
  manifest: string
  runnerTemp: string | undefined
  setOutput: (name: string, value: string) => void
}

/** Sets the outputs and writes the plan file; returns the file's path. */
export function writeOutputs(values: OutputValues, deps: OutputDeps): string {
  const dir = join(deps.runnerTemp || tmpdir(), 'secrets-manifest')
  mkdirSync(dir, { recursive: true })
  // One file per manifest, so two steps with different manifests in one job do not overwrite each other.
  const file = join(dir, `${deps.manifest.replace(/[^A-Za-z0-9._-]+/g, '_')}.plan.json`)
  // Structured output is built from names and actions, and free text in it was masked before it was
  // formatted (app/free-text.ts): masking the JSON itself could only corrupt it (a value 'true').
  writeFileSync(file, values.planJson)
  deps.setOutput(OUTPUT.hasChanges, String(values.hasChanges))
  deps.setOutput(OUTPUT.summary, JSON.stringify(values.summary))
  deps.setOutput(OUTPUT.plan, file)
  // The one channel meant to carry the links, so not redacted; the runner masks them in the log because
  // each URL was registered (`::add-mask::`) before the report.
  deps.setOutput(OUTPUT.shareLinks, JSON.stringify(values.shareLinks))
  return file
}
