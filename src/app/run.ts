import { applyPlan } from '../apply/engine.js'
import { checkManifest, type ManifestCheck } from '../core/check.js'
import { type Diagnostic, hasErrors } from '../core/diagnostics.js'
import type { ParsedManifest } from '../core/manifest/parse.js'
import type { Manifest } from '../core/manifest/schema.js'
import { MAX_MANIFEST_BYTES } from '../core/manifest/vocabulary.js'
import { applyRefusals, describeAttention, planAttention } from '../core/plan/attention.js'
import { computePlan } from '../core/plan/compute.js'
import { type DesiredSecret, desiredSecrets, managedScopes } from '../core/plan/desired.js'
import { reviewMismatch, reviewPlan } from '../core/plan/digest.js'
import { openSharesWithoutPassword } from '../core/plan/shares.js'
import { type Plan, scopeKey } from '../core/plan/types.js'
import type { UpdateValues } from '../core/plan/value-policy.js'
import {
  type LiveShare,
  type Provider,
  type Scope,
  type ScopeListing,
  UnsupportedOperation,
} from '../core/seam/types.js'
import { PROVIDER_CATALOG } from '../providers/registry.js'
import { runPool } from '../util/pool.js'
import { readRepositoryFile } from '../values/read-file.js'
import { createSourceReader } from '../values/read-source.js'
import { connectProvider } from './connect.js'
import { redactFreeText } from './free-text.js'
import { type RunOptions, type RunResult, UserError } from './types.js'

export function runPlan(opts: RunOptions): Promise<RunResult> {
  return run(opts, false)
}

export function runApply(opts: RunOptions): Promise<RunResult> {
  return run(opts, true)
}

async function run(opts: RunOptions, apply: boolean): Promise<RunResult> {
  const redact = (text: string) => opts.redactor.redactFreeText(text)
  try {
    return redactFreeText(await runUnmasked(opts, apply), redact)
  } catch (error) {
    // An error's message is free text too: a server's reply may quote a value.
    if (error instanceof Error) error.message = redact(error.message)
    throw error
  }
}

async function runUnmasked(opts: RunOptions, apply: boolean): Promise<RunResult> {
  const { parsed, diagnostics } = await loadManifest(opts.manifestPath)
  if (!parsed || hasErrors(diagnostics)) return { kind: 'invalid', diagnostics }
  const { manifest } = parsed

  // Values are resolved and masked before the first request, so nothing later can print them.
  const spec = PROVIDER_CATALOG.get(manifest.provider.type)
  const desired = desiredSecrets(manifest, createSourceReader(opts.manifestPath, opts.env), spec.capabilities)
  for (const d of desired)
    if (d.value.kind === 'known' && !d.value.literal) opts.redactor.register(d.value.value)
  for (const share of manifest.shares)
    if (share.password) opts.redactor.register(opts.env[share.password.env])

  const open = apply ? openSharesWithoutPassword(manifest.shares, (name) => opts.env[name]) : []
  if (open.length > 0)
    throw new UserError(`apply refused; nothing was sent to the server: ${open.join('; ')}`)

  const provider = connectProvider(manifest, opts)
  try {
    opts.progress?.(`Reading ${manifest.provider.type} project`)
    const project = await provider.connect({
      tags: desired.some((d) => d.tags?.length) || manifest.duplicates.length > 0,
    })
    const envProblems = unknownRemoteEnvironments(parsed, project.environments)
    if (envProblems.length > 0) return { kind: 'invalid', diagnostics: [...diagnostics, ...envProblems] }

    const scopes = managedScopes(desired)
    const extra = extraScopes(manifest, scopes)
    opts.progress?.(`Listing ${scopes.length + extra.length} folder(s)`)
    const all = await listAll(provider, [...scopes, ...extra])
    const listings = all.slice(0, scopes.length)
    const extraListings = all.slice(scopes.length)
    maskRemoteValues([...listings, ...extraListings], desired, opts)
    const { live, unsupported } = await liveShares(provider, manifest.shares.length > 0)
    const plan = computePlan({
      provider: manifest.provider.type,
      providerName: spec.name,
      project: project.name,
      desired,
      listings,
      normalizeValue: (v) => provider.normalizeValue(v),
      knownTags: provider.capabilities.tags ? new Set(project.tags.keys()) : undefined,
      prune: manifest.prune,
      allowDelete: opts.allowDelete ?? false,
      valuePolicy: valuePolicyOf(manifest, provider),
      extraListings,
      duplicates: manifest.duplicates,
      nativeDuplicate: provider.capabilities.nativeDuplicate,
      shares: {
        rules: manifest.shares,
        live,
        unsupported,
        envValue: (name) => opts.env[name],
        now: Date.now(),
      },
    })
    const reasons = refusalReasons(plan, { apply, canDeliverShareLinks: opts.canDeliverShareLinks ?? true })
    if (apply && opts.reviewedPlan) reasons.push(...reviewMismatch(opts.reviewedPlan, reviewPlan(plan)))
    if (!apply) return { kind: 'planned', plan, refusals: reasons, diagnostics }
    if (reasons.length > 0) return { kind: 'refused', plan, reasons, diagnostics }
    const report = await applyPlan({
      provider,
      plan,
      desired,
      remote: [...listings, ...extraListings].flatMap((l) => l.secrets),
      env: opts.env,
      sharePacing: opts.sharePacing,
      registerSecret: (v) => opts.redactor.register(v),
      progress: opts.progress,
    })
    return { kind: 'applied', plan, report, diagnostics }
  } finally {
    await provider.close()
  }
}

/** Duplicate sources and destinations and share sources that `secrets` does not already list. */
function extraScopes(manifest: Manifest, managed: Scope[]): Scope[] {
  const seen = new Set(managed.map((s) => `${s.environment}\u0000${s.path}`))
  const out: Scope[] = []
  const candidates = [
    ...manifest.duplicates.flatMap((d) => [d.from, d.to]),
    ...manifest.shares.map((s) => s.secret),
  ]
  for (const { environment, path } of candidates) {
    const id = `${environment}\u0000${path}`
    if (!seen.has(id)) out.push({ environment, path })
    seen.add(id)
  }
  return out
}

/**
 * Every value read from the server is masked before anything can print it, except a value the manifest
 * itself declares as a non-secret literal: masking `info` would blank every "info" in the job log.
 */
function maskRemoteValues(listings: ScopeListing[], desired: DesiredSecret[], opts: RunOptions): void {
  const literal = new Map<string, string>()
  for (const d of desired)
    if (d.value.kind === 'known' && d.value.literal)
      literal.set(scopeKey(d.environment, d.path, d.key), d.value.value)
  for (const listing of listings) {
    for (const s of listing.secrets) {
      const declared = literal.get(scopeKey(s.environment, s.path, s.key))
      if (s.value !== undefined && (declared === undefined || declared.trim() !== s.value.trim()))
        opts.redactor.register(s.value)
    }
  }
}

async function liveShares(
  provider: Provider,
  wanted: boolean,
): Promise<{ live?: LiveShare[]; unsupported?: string }> {
  if (!wanted || !provider.capabilities.shares || !provider.listShares) return {}
  try {
    return { live: await provider.listShares() }
  } catch (error) {
    if (error instanceof UnsupportedOperation) return { unsupported: error.message }
    throw error
  }
}

async function listAll(provider: Provider, scopes: Scope[]): Promise<ScopeListing[]> {
  if (scopes.length === 0) return []
  if (provider.listScopes) return provider.listScopes(scopes)
  const listings: ScopeListing[] = new Array(scopes.length)
  await runPool(
    scopes.map((scope, i) => ({ scope, i })),
    4,
    async ({ scope, i }) => {
      listings[i] = await provider.list(scope)
    },
  )
  return listings
}

async function loadManifest(path: string): Promise<ManifestCheck> {
  const read = readRepositoryFile(path, MAX_MANIFEST_BYTES)
  if ('problem' in read) {
    const hint = read.problem === 'does not exist' ? ' (pass --manifest PATH)' : ''
    throw new UserError(`cannot read the manifest ${path}: it ${read.problem}${hint}`)
  }
  return checkManifest(read.text, path, PROVIDER_CATALOG)
}

/**
 * Apply writes nothing unless every value it needs is at hand, nothing is blocked and nothing is missing.
 * A plan counts only what would stop an apply in any job: values this job cannot read are "not checked"
 * (the apply job reads its own), so a plan job without production values still passes.
 */
function refusalReasons(plan: Plan, opts: { apply: boolean; canDeliverShareLinks: boolean }): string[] {
  const { canDeliverShareLinks } = opts
  const reasons = (opts.apply ? applyRefusals(plan) : planAttention(plan).refusals).map(describeAttention)
  for (const i of plan.items) {
    if (i.action === 'share' && !canDeliverShareLinks) {
      reasons.push(
        `${i.environment}:${i.path} ${i.key}: share '${i.share?.name}' would create a link nobody receives; pass --share-links-file PATH`,
      )
    }
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

/**
 * Only providers whose values cannot be read have a policy; the manifest picks it in the provider block
 * (`updateValues`, default never), where that provider's block schema has the field.
 */
function valuePolicyOf(manifest: Manifest, provider: Provider): UpdateValues | undefined {
  if (provider.capabilities.readableValues) return undefined
  return (manifest.provider as { updateValues?: UpdateValues }).updateValues ?? 'never'
}
