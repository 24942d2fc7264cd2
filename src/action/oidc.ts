import { UserError } from '../app/types.js'
import type { AuthDeps, Infisical } from './auth.js'
import { type ActionInputs, expr } from './inputs.js'

/** Infisical OIDC credentials: a GitHub ID token for the identity, or why the job cannot get one. */
export async function oidcCredentials(inputs: ActionInputs, deps: AuthDeps): Promise<Infisical> {
  if (!inputs.identityId) {
    return {
      problem: `input \`identity-id\` is required with \`method: oidc\`: set it to the id of the machine identity that has OIDC auth configured, e.g. \`identity-id: ${expr('vars.INFISICAL_IDENTITY_ID')}\``,
    }
  }
  // The runner sets these only when the job may mint ID tokens; without them getIDToken fails obscurely.
  if (!deps.env.ACTIONS_ID_TOKEN_REQUEST_URL || !deps.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
    return {
      problem:
        '`method: oidc` needs a GitHub OIDC token, but this job may not request one: add `permissions: id-token: write` to the job (with `contents: read`, and `pull-requests: write` for the comment)',
    }
  }
  let jwt: string
  try {
    jwt = await deps.getIDToken(inputs.oidcAudience)
  } catch (error) {
    throw new UserError(
      `could not get a GitHub OIDC token${inputs.oidcAudience ? ` for audience '${inputs.oidcAudience}'` : ''}: ${firstLine(error)}`,
    )
  }
  deps.register(jwt)
  return { ok: { method: 'oidc', identityId: inputs.identityId, jwt } }
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  // @actions/core wraps the token service's reply in a multi-line message; its first useful line suffices.
  return (
    text
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .join(' ')
      .slice(0, 300) || 'unknown error'
  )
}
