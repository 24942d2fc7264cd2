import { randomBytes, randomUUID } from 'node:crypto'
import type {
  ApprovalPolicy,
  ApprovalRecord,
  Folder,
  Identity,
  Project,
  SecretSnapshot,
  Share,
  StoredSecret,
} from './model.js'
import { globMatch, normalizePath } from './text.js'
import { TreeStore } from './tree-store.js'
import type { ApprovalPolicyInput, IdentityInput, ProjectInfo, ProjectInput, SecretInput } from './types.js'

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')

/** The server's whole world, in memory. Tests seed and inspect it directly. */
export class SandboxState extends TreeStore {
  readonly orgId = randomUUID()
  private readonly identities = new Map<string, Identity>()
  private readonly tokens = new Map<string, { identityId: string; expiresAt: number | null }>()
  private readonly projects = new Map<string, Project>()
  private readonly policies: ApprovalPolicy[] = []
  private readonly approvalLog: ApprovalRecord[] = []
  private readonly shareRows = new Map<string, Share>()

  addIdentity(input: IdentityInput): { identityId: string } {
    const id = input.id ?? randomUUID()
    this.identities.set(id, {
      id,
      name: input.name ?? `identity-${id.slice(0, 8)}`,
      orgId: this.orgId,
      role: input.role ?? 'admin',
      canReadValues: input.canReadValues ?? true,
      clientId: input.clientId,
      clientSecret: input.clientSecret,
      accessTokenTTL: input.accessTokenTTL ?? 2_592_000,
      oidc: input.oidc,
      lockout: { failures: 0, windowEndsAt: 0, lockedUntil: 0 },
    })
    return { identityId: id }
  }

  /** Mints a ready access token for the identity, as token auth would. */
  issueToken(identityId: string, ttlSeconds?: number): string {
    const identity = this.mustIdentity(identityId)
    const ttl = ttlSeconds ?? identity.accessTokenTTL
    const iat = Math.floor(this.now() / 1000)
    const payload = {
      identityId,
      authTokenType: 'identityAccessToken',
      iat,
      ...(ttl > 0 ? { exp: iat + ttl } : {}),
    }
    const token = `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url(payload)}.${randomBytes(32).toString('base64url')}`
    this.tokens.set(token, { identityId, expiresAt: ttl > 0 ? this.now() + ttl * 1000 : null })
    return token
  }

  resolveToken(token: string): { identity: Identity; expired: boolean } | undefined {
    const row = this.tokens.get(token)
    const identity = row && this.identities.get(row.identityId)
    if (!row || !identity) return undefined
    return { identity, expired: row.expiresAt !== null && row.expiresAt <= this.now() }
  }

  identity(id: string): Identity | undefined {
    return this.identities.get(id)
  }

  identityByClientId(clientId: string): Identity | undefined {
    return [...this.identities.values()].find((i) => i.clientId !== undefined && i.clientId === clientId)
  }

  private mustIdentity(id: string): Identity {
    const identity = this.identities.get(id)
    if (!identity) throw new Error(`sandbox: unknown identity ${id}`)
    return identity
  }

  addProject(input: ProjectInput): ProjectInfo {
    const id = input.id ?? randomUUID()
    const at = this.iso()
    const project: Project = {
      id,
      slug: input.slug,
      name: input.name ?? input.slug,
      orgId: this.orgId,
      autoCapitalization: input.autoCapitalization ?? false,
      environments: input.environments.map((e, i) => ({
        id: randomUUID(),
        slug: e.slug,
        name: e.name ?? e.slug,
        position: i + 1,
      })),
      tags: (input.tags ?? []).map((t) => ({
        id: randomUUID(),
        slug: t.slug,
        name: t.name ?? t.slug,
        color: t.color ?? null,
        projectId: id,
        createdAt: at,
        updatedAt: at,
      })),
      members: new Set(input.members ?? []),
      createdAt: at,
      updatedAt: at,
    }
    this.projects.set(id, project)
    for (const env of project.environments) this.createFolder(id, env, 'root', null)
    return {
      id,
      slug: project.slug,
      name: project.name,
      environments: project.environments.map(({ id, slug, name }) => ({ id, slug, name })),
      tags: project.tags.map(({ id, slug, name, color }) => ({ id, slug, name, color })),
    }
  }

  addMember(projectId: string, identityId: string): void {
    this.mustProject(projectId).members.add(identityId)
  }

  project(id: string): Project | undefined {
    return this.projects.get(id)
  }

  projectBySlug(slug: string): Project | undefined {
    return [...this.projects.values()].find((p) => p.slug === slug)
  }

  projectsOf(identityId: string): Project[] {
    return [...this.projects.values()].filter((p) => p.members.has(identityId))
  }

  private mustProject(id: string): Project {
    const project = this.projects.get(id)
    if (!project) throw new Error(`sandbox: unknown project ${id}`)
    return project
  }

  /** Creates every missing folder along `path` and returns the last one. */
  ensureFolder(projectId: string, envSlug: string, path: string): Folder {
    const env = this.mustProject(projectId).environments.find((e) => e.slug === envSlug)
    if (!env) throw new Error(`sandbox: unknown environment ${envSlug}`)
    return this.ensurePath(projectId, env, path)
  }

  addFolder(projectId: string, environment: string, path: string): { id: string; path: string } {
    const folder = this.ensureFolder(projectId, environment, path)
    return { id: folder.id, path: this.folderPath(folder) }
  }

  addSecret(projectId: string, environment: string, path: string, input: SecretInput): SecretSnapshot {
    const project = this.mustProject(projectId)
    const folder = this.ensureFolder(projectId, environment, path)
    const tagIds = (input.tags ?? []).map((slug) => {
      const tag = project.tags.find((t) => t.slug === slug)
      if (!tag) throw new Error(`sandbox: unknown tag ${slug}`)
      return tag.id
    })
    const secretMetadata = Object.entries(input.metadata ?? {}).map(([key, value]) => ({
      key,
      value,
      isEncrypted: false,
    }))
    const secret = this.newSecret(folder, {
      key: input.key,
      value: input.value,
      comment: input.comment ?? '',
      skipMultilineEncoding: input.skipMultilineEncoding ?? false,
      tagIds,
      secretMetadata,
    })
    return this.snapshot(this.putSecret(secret))
  }

  listSecrets(projectId: string, environment: string, path: string): SecretSnapshot[] {
    const folder = this.folderAt(projectId, environment, path)
    return folder ? this.secretsIn(folder.id).map((s) => this.snapshot(s)) : []
  }

  snapshot(s: StoredSecret): SecretSnapshot {
    const tags = this.projects.get(s.projectId)?.tags ?? []
    const folder = this.folder(s.folderId)
    return {
      id: s.id,
      key: s.key,
      value: s.value,
      comment: s.comment,
      version: s.version,
      environment: s.envSlug,
      path: folder ? this.folderPath(folder) : '/',
      tags: s.tagIds.map((id) => tags.find((t) => t.id === id)?.slug ?? id),
      metadata: Object.fromEntries(s.secretMetadata.map((m) => [m.key, m.value])),
      secretMetadata: s.secretMetadata.map((m) => ({ ...m })),
      skipMultilineEncoding: s.skipMultilineEncoding,
      createdAt: s.createdAt,
      updatedAt: s.updatedAt,
    }
  }

  addApprovalPolicy(input: ApprovalPolicyInput): { policyId: string } {
    const id = randomUUID()
    this.policies.push({
      id,
      projectId: input.projectId,
      environment: input.environment,
      path: input.path === undefined ? undefined : normalizePath(input.path),
      bypassForMachineIdentities: input.bypassForMachineIdentities ?? false,
    })
    return { policyId: id }
  }

  /** The policy that holds a machine identity's write at env+path, if any. */
  holdingPolicy(projectId: string, environment: string, path: string): ApprovalPolicy | undefined {
    return this.policies.find(
      (p) =>
        p.projectId === projectId &&
        p.environment === environment &&
        !p.bypassForMachineIdentities &&
        (p.path === undefined || globMatch(normalizePath(path), p.path)),
    )
  }

  recordApproval(record: Omit<ApprovalRecord, 'id' | 'slug' | 'createdAt'>): ApprovalRecord {
    const full = { ...record, id: randomUUID(), slug: randomBytes(4).toString('hex'), createdAt: this.iso() }
    this.approvalLog.push(full)
    return full
  }

  approvals(): ApprovalRecord[] {
    return this.approvalLog.map((a) => ({ ...a, keys: [...a.keys] }))
  }

  putShare(share: Share): void {
    this.shareRows.set(share.id, share)
  }

  share(id: string): Share | undefined {
    return this.shareRows.get(id)
  }

  deleteShare(id: string): void {
    this.shareRows.delete(id)
  }

  /** Every share row still stored (expired ones included), oldest first. */
  shares(): Share[] {
    return [...this.shareRows.values()].map((s) => ({ ...s }))
  }
}
