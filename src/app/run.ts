import { readFileSync } from 'node:fs'
import { applyPlan } from '../apply/engine.js'
import { runPool } from '../apply/pool.js'
import { type Diagnostic, hasErrors } from '../core/diagnostics.js'
import { type ParsedManifest, parseManifest } from '../core/manifest/parse.js'
import { computePlan } from '../core/plan/compute.js'
import { desiredSecrets, managedScopes } from '../core/plan/desired.js'
import type { Plan } from '../core/plan/types.js'
import { lintManifest } from '../core/rules/index.js'
import type { ScopeListing } from '../providers/types.js'
import { createSourceReader } from '../values/read-source.js'
import { connectProvider } from './connect.js'
import { type RunOptions, type RunResult, UserError } from './types.js'

export function runPlan(opts: RunOptions): Promise<RunResult> {
  return run(opts, false)
}

export function runApply(opts: RunOptions): Promise<RunResult> {
  return run(opts, true)
}

async function run(opts: RunOptions, apply: boolean): Promise<RunResult> {
  const loaded = loadManifest(opts.manifestPath)
  if (!loaded.parsed || hasErrors(loaded.diagnostics))
    return { kind: 'invalid', diagnostics: loaded.diagnostics }
  const { parsed, diagnostics } = { parsed: loaded.parsed, diagnostics: loaded.diagnostics }
  const { manifest } = parsed

  // Values are resolved and masked before the first request, so nothing later can print them.
  const desired = desiredSecrets(manifest, createSourceReader(opts.manifestPath, opts.env))
  for (const d of desired) if (d.value.kind === 'known') opts.redactor.register(d.value.value)

  const provider = connectProvider(manifest, opts)
  try {
    opts.progress?.(`Reading ${manifest.provider.type} project`)
    const project = await provider.connect({ tags: desired.some((d) => d.tags?.length) })
    const envProblems = unknownRemoteEnvironments(parsed, project.environments)
    if (envProblems.length > 0) return { kind: 'invalid', diagnostics: [...diagnostics, ...envProblems] }

    const scopes = managedScopes(desired)
    opts.progress?.(`Listing ${scopes.length} folder(s)`)
    const listings: ScopeListing[] = new Array(scopes.length)
    await runPool(
      scopes.map((scope, i) => ({ scope, i })),
      4,
      async ({ scope, i }) => {
        listings[i] = await provider.list(scope)
      },
    )
    const plan = computePlan({
      provider: manifest.provider.type,
      project: project.name,
      desired,
      listings,
      normalizeValue: (v) => provider.normalizeValue(v),
      knownTags: provider.capabilities.tags ? new Set(project.tags.keys()) : undefined,
      prune: manifest.prune,
      allowDelete: opts.allowDelete ?? false,
    })
    if (!apply) return { kind: 'planned', plan, diagnostics }

    const reasons = refusalReasons(plan)
    if (reasons.length > 0) return { kind: 'refused', plan, reasons, diagnostics }
    const report = await applyPlan({
      provider,
      plan,
      desired,
      remote: listings.flatMap((l) => l.secrets),
      registerSecret: (v) => opts.redactor.register(v),
      progress: opts.progress,
    })
    return { kind: 'applied', plan, report, diagnostics }
  } finally {
    await provider.close()
  }
}

function loadManifest(path: string): { parsed?: ParsedManifest; diagnostics: Diagnostic[] } {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch {
    throw new UserError(`cannot read the manifest ${path}: no such file (pass --manifest PATH)`)
  }
  const result = parseManifest(text, path)
  if (!result.parsed) return result
  return { parsed: result.parsed, diagnostics: [...result.diagnostics, ...lintManifest(result.parsed)] }
}

/** Apply writes nothing unless every value it needs is at hand and nothing is blocked. */
function refusalReasons(plan: Plan): string[] {
  const reasons: string[] = []
  for (const i of plan.items) {
    const where = `${i.environment}:${i.path} ${i.key}`
    if (i.valueUnavailable) reasons.push(`${where}: ${i.valueUnavailable}`)
    if (i.action === 'blocked') reasons.push(`${where}: ${i.note}`)
  }
  return reasons
}

function unknownRemoteEnvironments(
  { file, manifest, source }: ParsedManifest,
  remote: string[],
): Diagnostic[] {
  return manifest.environments
    .map((env, i) => ({ env, i }))
    .filter(({ env }) => !remote.includes(env))
    .map(({ env, i }) => ({
      file,
      ...source.locate(['environments', i]),
      ruleId: 'unknown-remote-environment',
      severity: 'error' as const,
      message: `environment '${env}' does not exist in the project (it has: ${remote.join(', ') || 'none'})`,
      hint: 'use the environment slug shown in the project settings',
    }))
}
