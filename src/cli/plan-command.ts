import {
  closeSync,
  constants,
  existsSync,
  fchmodSync,
  lstatSync,
  openSync,
  readFileSync,
  type Stats,
  statSync,
  writeFileSync,
} from 'node:fs'
import { dirname, resolve } from 'node:path'
import { verdictOf } from '../app/exit-codes.js'
import { runApply, runPlan } from '../app/run.js'
import { type Credentials, UserError } from '../app/types.js'
import { formatDiagnostic } from '../core/diagnostics.js'
import { MAX_MANIFEST_BYTES } from '../core/manifest/vocabulary.js'
import { parseReviewedPlan, type ReviewedPlan, reviewPlan } from '../core/plan/digest.js'
import type { Plan, ShareLink } from '../core/plan/types.js'
import type { Redactor } from '../core/redact.js'
import { planToJson } from '../core/render/json.js'
import { renderApplyText, renderPlanText } from '../core/render/text.js'
import { credentialSecrets, PROVIDER_DEFINITIONS } from '../providers/registry.js'
import type { CliValues } from './args.js'

interface Io {
  out: (t: string) => void
  err: (t: string) => void
  env: Record<string, string | undefined>
  redactor: Redactor
}

export async function runPlanOrApply(command: 'plan' | 'apply', values: CliValues, io: Io): Promise<number> {
  if (command === 'apply' && values['share-links-file']) checkShareLinksFile(values['share-links-file'])
  const reviewedPlan = values.plan ? readReviewedPlan(values.plan) : undefined
  const credentials = credentialsFromEnv(io.env)
  registerCredentials(credentials, io.redactor)
  const opts = {
    reviewedPlan,
    manifestPath: values.manifest ?? 'secrets.yaml',
    env: io.env,
    credentials,
    siteUrl: siteUrlFromEnv(io.env),
    redactor: io.redactor,
    allowDelete: values['allow-delete'] ?? false,
    // A plan cannot know how apply will be run, so only apply refuses a link nobody would receive.
    canDeliverShareLinks: command === 'plan' || values['share-links-file'] !== undefined,
    progress: values.json ? undefined : (m: string) => io.err(`… ${m}`),
  }
  const result = command === 'plan' ? await runPlan(opts) : await runApply(opts)
  for (const d of result.diagnostics) io.err(formatDiagnostic(d))
  const verdict = verdictOf(result, { failOnDrift: command === 'plan' && values['fail-on-drift'] })
  switch (result.kind) {
    case 'invalid':
      io.err(`${result.diagnostics.length} problem(s) in the manifest; nothing was sent to the server.`)
      break
    case 'planned':
      io.out(values.json ? planToJson(result.plan) : renderPlanText(result.plan, { verbose: values.verbose }))
      if (values.out) savePlan(values.out, result.plan, io)
      if (verdict.reason) io.err(`secrets-manifest plan: ${verdict.reason} (exit ${verdict.code}).`)
      break
    case 'refused':
      io.out(values.json ? planToJson(result.plan) : renderPlanText(result.plan, { verbose: values.verbose }))
      io.err(`Apply refused; nothing was written:\n${result.reasons.map((r) => `  - ${r}`).join('\n')}`)
      break
    case 'applied':
      io.out(values.json ? planToJson(result.plan, result.report) : renderApplyText(result.report))
      if (!deliverShareLinks(result.report.shareLinks, values['share-links-file'], io)) return 1
      break
  }
  return verdict.code
}

/** The plan a reviewer saw, without values; apply --plan holds the run to it. */
function savePlan(file: string, plan: Plan, io: Io): void {
  const reviewed = reviewPlan(plan)
  writeFileSync(file, `${JSON.stringify(reviewed, null, 2)}\n`)
  io.err(`Plan ${reviewed.digest} saved to ${file} (${reviewed.actions.length} write(s)).`)
}

function readReviewedPlan(file: string): ReviewedPlan {
  let text: string
  try {
    if (!statSync(file).isFile() || statSync(file).size > MAX_MANIFEST_BYTES) throw new Error('not a file')
    text = readFileSync(file, 'utf8')
  } catch (error) {
    const code = (error as { code?: string }).code
    throw new UserError(
      `--plan ${file}: ${code === 'ENOENT' ? 'no such file' : 'not a regular file of at most 5 MiB'}`,
    )
  }
  const parsed = parseReviewedPlan(text)
  if (typeof parsed === 'string') throw new UserError(`--plan ${file}: ${parsed}`)
  return parsed
}

/**
 * The site URL a provider's environment variable overrides the manifest's with. A URL without its
 * scheme is the usual slip; say so before any request.
 */
export function siteUrlFromEnv(env: Record<string, string | undefined>): string | undefined {
  for (const { siteUrlEnv } of PROVIDER_DEFINITIONS) {
    const value = siteUrlEnv ? env[siteUrlEnv] : undefined
    if (!value) continue
    if (!/^https?:\/\/[^/]/i.test(value))
      throw new UserError(
        `${siteUrlEnv} '${value}' is not an http(s) URL: write it with its scheme, e.g. https://${value.replace(/^[a-z]+:\/*/i, '')}`,
      )
    return value
  }
  return undefined
}

/** Share links are credentials: they go to a private file the user named, never to the terminal. */
function deliverShareLinks(links: ShareLink[], file: string | undefined, io: Io): boolean {
  if (links.length === 0) return true
  if (!file) {
    io.err(
      `${links.length} share link(s) created; links are not printed. Pass --share-links-file PATH to receive them.`,
    )
    return true
  }
  try {
    writeShareLinksFile(file, `${JSON.stringify(links, null, 2)}\n`)
  } catch (error) {
    const code = (error as { code?: string }).code ?? 'error'
    io.err(
      `${links.length} share link(s) created but not written to ${file} (${code}): the links are lost; delete the shares in the UI or wait for expiry.`,
    )
    return false
  }
  io.err(`${links.length} share link(s) written to ${file}.`)
  return true
}

/** Before any request: a links file that could not be written would lose every link apply creates. */
function checkShareLinksFile(file: string): void {
  let stats: Stats
  try {
    stats = lstatSync(file)
  } catch {
    if (!existsSync(dirname(resolve(file))))
      throw new UserError(`--share-links-file ${file}: its folder does not exist`)
    return
  }
  if (!stats.isFile())
    throw new UserError(
      `--share-links-file ${file}: it exists and is not a regular file (a symlink is not followed)`,
    )
}

/**
 * `mode` applies only to a file that is created: an existing file would keep a mode others may read,
 * so the file is made owner-only before the links go in (and a symlink is not followed).
 */
function writeShareLinksFile(file: string, text: string): void {
  const fd = openSync(
    file,
    constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW,
    0o600,
  )
  try {
    fchmodSync(fd, 0o600)
    writeFileSync(fd, text)
  } finally {
    closeSync(fd)
  }
}

/**
 * Every provider's credentials found in the environment; the manifest's provider picks its own, so
 * one shell can hold several without ambiguity.
 */
export function credentialsFromEnv(env: Record<string, string | undefined>): Credentials[] {
  return PROVIDER_DEFINITIONS.flatMap((definition) => definition.credentialsFromEnv(env) ?? [])
}

export function registerCredentials(all: readonly Credentials[], redactor: Redactor): void {
  for (const c of all) for (const secret of credentialSecrets(c)) redactor.registerCredential(secret)
}
