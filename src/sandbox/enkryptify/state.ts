import { randomUUID } from 'node:crypto'
import type { ProjectInput, SecretInput, StoredSecret, TokenInput } from './types.js'

interface Project {
  workspace: string
  slug: string
  id: string
  environments: { id: string; name: string }[]
  secrets: StoredSecret[]
}

interface Token extends Required<Omit<TokenInput, 'userId'>> {
  userId: string
}

/** In-memory Enkryptify: workspaces by slug, projects with environments, secrets with values per environment. */
export class EnkryptifyState {
  private readonly projects = new Map<string, Project>()
  private readonly tokens = new Map<string, Token>()
  private readonly jwts = new Map<string, { token: string; expiresAt: number }>()

  constructor(private readonly now: () => number) {}

  addToken(input: TokenInput): void {
    this.tokens.set(input.token, {
      permission: 'read-write',
      userId: `user-${this.tokens.size + 1}`,
      ...input,
    })
  }

  /** Creates a project with its environments and returns environment name -> id. */
  addProject(input: ProjectInput): Map<string, string> {
    const environments = input.environments.map((name) => ({ id: randomUUID(), name }))
    this.projects.set(key(input.workspace, input.project), {
      workspace: input.workspace,
      slug: input.project,
      id: randomUUID(),
      environments,
      secrets: [],
    })
    return new Map(environments.map((e) => [e.name, e.id]))
  }

  addSecret(workspace: string, project: string, input: SecretInput): StoredSecret {
    const p = this.mustProject(workspace, project)
    const envId = (name: string) => {
      const env = p.environments.find((e) => e.name === name)
      if (!env) throw new Error(`no environment ${name}`)
      return env.id
    }
    const at = new Date(this.now()).toISOString()
    const secret: StoredSecret = {
      id: randomUUID(),
      name: input.key,
      note: input.note ?? '',
      type: input.type ?? 'runtime',
      dataType: input.dataType ?? 'text',
      values: [
        ...Object.entries(input.values).map(([env, value]) => ({
          environmentId: envId(env),
          value,
          isPersonal: false,
        })),
        ...Object.entries(input.personal ?? {}).map(([env, value]) => ({
          environmentId: envId(env),
          value,
          isPersonal: true,
          userId: input.personalUserId ?? 'user-1',
        })),
      ],
      createdAt: at,
      updatedAt: at,
    }
    p.secrets.push(secret)
    return secret
  }

  project(workspace: string, project: string): Project | undefined {
    return this.projects.get(key(workspace, project))
  }

  projectsIn(workspace: string): Project[] {
    return [...this.projects.values()].filter((p) => p.workspace === workspace)
  }

  /** Shared value of a secret per environment name, for assertions. */
  valuesOf(workspace: string, project: string, name: string): Record<string, string> | undefined {
    const p = this.mustProject(workspace, project)
    const s = p.secrets.find((x) => x.name === name)
    if (!s) return undefined
    const out: Record<string, string> = {}
    for (const v of s.values.filter((x) => !x.isPersonal))
      out[p.environments.find((e) => e.id === v.environmentId)?.name ?? v.environmentId] = v.value
    return out
  }

  secrets(workspace: string, project: string): StoredSecret[] {
    return this.mustProject(workspace, project).secrets
  }

  issueJwt(token: string): string {
    const jwt = `eyJ.sandbox.${randomUUID()}`
    this.jwts.set(jwt, { token, expiresAt: this.now() + 900_000 })
    return jwt
  }

  /** Makes every issued JWT expired, as after 15 minutes. */
  expireJwts(): void {
    for (const j of this.jwts.values()) j.expiresAt = 0
  }

  /** The token behind a bearer: a raw token (when allowed) or an unexpired JWT. */
  resolve(bearer: string, allowDirect: boolean): Token | undefined {
    const jwt = this.jwts.get(bearer)
    if (jwt) return jwt.expiresAt > this.now() ? this.tokens.get(jwt.token) : undefined
    return allowDirect ? this.tokens.get(bearer) : undefined
  }

  rawToken(bearer: string): Token | undefined {
    return this.tokens.get(bearer)
  }

  private mustProject(workspace: string, project: string): Project {
    const p = this.project(workspace, project)
    if (!p) throw new Error(`no project ${workspace}/${project}`)
    return p
  }
}

function key(workspace: string, project: string): string {
  return `${workspace}/${project}`
}
