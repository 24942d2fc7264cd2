import { randomUUID } from 'node:crypto'
import type { KeyInput, PrimeSecret } from './types.js'

/** In-memory Prime Intellect global secrets: personal (per user) or team, values write-only. */
export class PrimeState {
  readonly secrets: PrimeSecret[] = []
  private readonly keys = new Map<string, Required<KeyInput>>()

  constructor(private readonly now: () => number) {}

  addKey(input: KeyInput): void {
    this.keys.set(input.apiKey, { userId: `user-${this.keys.size + 1}`, teams: [], ...input })
  }

  key(apiKey: string): Required<KeyInput> | undefined {
    return this.keys.get(apiKey)
  }

  /** Seeds a secret owned by `userId` (personal) or by `teamId`. */
  addSecret(input: {
    name: string
    value: string
    description?: string
    teamId?: string
    userId?: string
  }): PrimeSecret {
    const at = new Date(this.now()).toISOString()
    const secret: PrimeSecret = {
      id: `sec_${randomUUID().replace(/-/g, '').slice(0, 20)}`,
      name: input.name,
      value: input.value,
      description: input.description ?? null,
      isFile: false,
      userId: input.teamId ? null : (input.userId ?? 'user-1'),
      teamId: input.teamId ?? null,
      createdAt: at,
      updatedAt: at,
    }
    this.secrets.push(secret)
    return secret
  }

  /** The secrets of one scope: a team's, or a user's personal ones. */
  scope(userId: string, teamId: string | undefined): PrimeSecret[] {
    return this.secrets.filter((s) =>
      teamId ? s.teamId === teamId : s.teamId === null && s.userId === userId,
    )
  }

  /** For assertions: the stored value of a name in a scope. */
  valueOf(name: string, teamId?: string): string | undefined {
    return this.secrets.find((s) => s.name === name && s.teamId === (teamId ?? null))?.value
  }

  touch(secret: PrimeSecret): void {
    secret.updatedAt = new Date(this.now()).toISOString()
  }
}

/** `SecretResponse`: everything but the value, which the API never returns. */
export function toResponse(s: PrimeSecret): Omit<PrimeSecret, 'value'> {
  const { value: _value, ...rest } = s
  return rest
}
