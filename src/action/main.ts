import * as core from '@actions/core'
import { EXIT, exitCodeOfError } from '../app/exit-codes.js'
import { runApply, runPlan } from '../app/run.js'
import { type Credentials, UserError } from '../app/types.js'
import { Redactor } from '../core/redact.js'
import { ProviderError } from '../core/seam/types.js'
import { loadRunContext } from '../github/context.js'
import { failureHint, resolveCredentials } from './auth.js'
import { credentialInputValues, parseInputs } from './inputs.js'
import { logInfo } from './log.js'
import { manifestList, runEachManifest } from './many-manifests.js'
import { OUTPUT } from './outputs.js'
import { fail, reportResult } from './report.js'

/**
 * The action: inputs → credentials → plan or apply → report. The only function that reads inputs, and
 * the one place a failure becomes `setFailed`, so every run ends with at most one failure message.
 */
export async function run(): Promise<void> {
  const redactor = new Redactor()
  // First: from here on every registered string is masked by the runner as well as by us.
  redactor.onRegister(core.setSecret)
  const redact = (text: string) => redactor.redact(text)
  let credentials: Credentials[] = []
  let failOnDrift = false
  // A bad input is the action's usage error: exit code 2, as for the CLI.
  let inputsRead = false
  try {
    const inputs = parseInputs((name) => core.getInput(name))
    inputsRead = true
    failOnDrift = inputs.mode === 'plan' && inputs.failOnDrift
    for (const value of credentialInputValues(inputs)) redactor.registerCredential(value)
    for (const w of inputs.warnings) core.warning(redact(w))
    const ctx = loadRunContext(process.env)
    if (ctx.eventName === 'pull_request_target') {
      core.warning(
        'secrets-manifest runs under pull_request_target, which hands secrets to code from the pull request if the workflow checks it out. Use pull_request for plans and push for apply (see docs/action.md).',
      )
    }

    const auth = await core.group('Authenticate', () =>
      resolveCredentials(inputs, {
        env: process.env,
        getIDToken: core.getIDToken,
        register: (s) => redactor.registerCredential(s),
      }),
    )
    if (auth.kind === 'unavailable') {
      if (!ctx.pullRequest?.isFork) throw new UserError(auth.reason)
      core.notice(
        'This pull request comes from a fork: GitHub gives it no secrets and no OIDC token, so only the offline manifest checks ran. The plan runs when a maintainer applies the change.',
      )
      // Only fork PRs take this path, so only they load the offline checks.
      const { checkOffline } = await import('./offline.js')
      for (const manifest of manifestList(inputs.manifest)) await checkOffline(manifest, redact)
      return
    }
    credentials = auth.credentials

    const one = async (manifest: string) => {
      const reviewedPlan =
        inputs.mode === 'apply' && inputs.requireReviewedPlan
          ? await core.group('Find the reviewed plan', async () =>
              (await import('./reviewed-plan.js')).reviewedPlanOf({ ...inputs, manifest }, ctx),
            )
          : undefined
      const result = await core.group(inputs.mode === 'plan' ? 'Plan' : 'Apply', () =>
        (inputs.mode === 'plan' ? runPlan : runApply)({
          manifestPath: manifest,
          env: process.env,
          credentials,
          siteUrl: inputs.siteUrl,
          redactor,
          allowDelete: inputs.allowDelete,
          reviewedPlan,
          progress: (line) => logInfo(redact(line)),
        }),
      )
      return reportResult(result, { inputs: { ...inputs, manifest }, ctx, redactor })
    }
    const manifests = manifestList(inputs.manifest)
    if (manifests.length === 1) await one(manifests[0]!)
    else
      await runEachManifest(manifests, one, (error, manifest) => {
        const code = exitCodeOfError(error, { failOnDrift })
        fail(code, redact(`${manifest}: ${failureMessage(error, credentials)}`))
        return code
      })
  } catch (error) {
    const code = inputsRead ? exitCodeOfError(error, { failOnDrift }) : EXIT.usage
    core.setOutput(OUTPUT.exitCode, String(code))
    fail(code, redact(failureMessage(error, credentials)))
  }
}

function failureMessage(error: unknown, credentials: readonly Credentials[]): string {
  if (error instanceof UserError) return error.message
  const hint = failureHint(error, credentials)
  if (error instanceof ProviderError) return hint ? `${error.message} (${hint})` : error.message
  // Anything else is a bug: one line, no stack (it could quote a value from a variable), and where to go.
  const name = error instanceof Error ? error.name : typeof error
  return `secrets-manifest hit an internal error (${name}); please report it with the step log. Set ACTIONS_STEP_DEBUG for details.${debugDetail(error)}`
}

function debugDetail(error: unknown): string {
  if (!core.isDebug() || !(error instanceof Error)) return ''
  return `\n${error.stack ?? error.message}`
}
