import { randomUUID } from 'node:crypto'
import { internalError } from './errors.js'
import type { Environment, Folder, StoredSecret } from './model.js'
import { pathSegments } from './text.js'

type Undo =
  | { kind: 'secret'; id: string; prev?: StoredSecret }
  | { kind: 'folder'; id: string; prev?: Folder }

/**
 * Folders and secrets with the one guarantee the real database gives: a write request is a single transaction.
 * Every mutation goes through putSecret/removeSecret/createFolder so an undo log can roll it back.
 */
export class TreeStore {
  private readonly folders = new Map<string, Folder>()
  private readonly secrets = new Map<string, StoredSecret>()
  private readonly byFolder = new Map<string, Map<string, string>>()
  private undo: Undo[] | null = null

  constructor(readonly now: () => number = Date.now) {}

  iso(): string {
    return new Date(this.now()).toISOString()
  }

  protected createFolder(projectId: string, env: Environment, name: string, parentId: string | null): Folder {
    const at = this.iso()
    const folder: Folder = {
      id: randomUUID(),
      name,
      parentId,
      envId: env.id,
      envSlug: env.slug,
      projectId,
      version: 1,
      description: null,
      createdAt: at,
      updatedAt: at,
    }
    this.undo?.push({ kind: 'folder', id: folder.id })
    this.folders.set(folder.id, folder)
    return folder
  }

  /** Creates every missing folder along `path` below the environment root and returns the last one. */
  protected ensurePath(projectId: string, env: Environment, path: string): Folder {
    let folder = this.rootFolder(projectId, env.slug)
    if (!folder) throw new Error(`sandbox: unknown environment ${env.slug}`)
    for (const name of pathSegments(path)) {
      const parent: Folder = folder
      folder =
        this.childFolders(parent.id).find((f) => f.name === name) ??
        this.createFolder(projectId, env, name, parent.id)
    }
    return folder
  }

  rootFolder(projectId: string, envSlug: string): Folder | undefined {
    for (const f of this.folders.values()) {
      if (f.projectId === projectId && f.envSlug === envSlug && f.parentId === null) return f
    }
    return undefined
  }

  childFolders(folderId: string): Folder[] {
    return [...this.folders.values()].filter((f) => f.parentId === folderId)
  }

  folderAt(projectId: string, envSlug: string, path: string): Folder | undefined {
    let folder = this.rootFolder(projectId, envSlug)
    for (const name of pathSegments(path)) {
      if (!folder) return undefined
      const parentId: string = folder.id
      folder = this.childFolders(parentId).find((f) => f.name === name)
    }
    return folder
  }

  folderPath(folder: Folder): string {
    const names: string[] = []
    for (let f: Folder | undefined = folder; f?.parentId; f = this.folders.get(f.parentId))
      names.unshift(f.name)
    return `/${names.join('/')}`
  }

  /** The folder and every folder below it, parents first. */
  subtree(folder: Folder): Folder[] {
    const out = [folder]
    for (let i = 0; i < out.length; i++) out.push(...this.childFolders(out[i]!.id))
    return out
  }

  setFolderDescription(folder: Folder, description: string | null): Folder {
    const next = { ...folder, description }
    this.undo?.push({ kind: 'folder', id: folder.id, prev: folder })
    this.folders.set(folder.id, next)
    return next
  }

  secretsIn(folderId: string): StoredSecret[] {
    const ids = this.byFolder.get(folderId)
    return ids ? [...ids.values()].map((id) => this.secrets.get(id)!) : []
  }

  secretByKey(folderId: string, key: string): StoredSecret | undefined {
    const id = this.byFolder.get(folderId)?.get(key)
    return id ? this.secrets.get(id) : undefined
  }

  secretById(id: string): StoredSecret | undefined {
    return this.secrets.get(id)
  }

  folder(id: string): Folder | undefined {
    return this.folders.get(id)
  }

  /** Inserts or replaces; a second secret with the same key in a folder is a unique-constraint failure. */
  putSecret(secret: StoredSecret): StoredSecret {
    const prev = this.secrets.get(secret.id)
    const index = this.byFolder.get(secret.folderId) ?? new Map<string, string>()
    const holder = index.get(secret.key)
    if (holder !== undefined && holder !== secret.id) throw internalError()
    this.undo?.push({ kind: 'secret', id: secret.id, prev })
    if (prev) this.byFolder.get(prev.folderId)?.delete(prev.key)
    this.secrets.set(secret.id, secret)
    index.set(secret.key, secret.id)
    this.byFolder.set(secret.folderId, index)
    return secret
  }

  removeSecret(id: string): void {
    const prev = this.secrets.get(id)
    if (!prev) return
    this.undo?.push({ kind: 'secret', id, prev })
    this.secrets.delete(id)
    this.byFolder.get(prev.folderId)?.delete(prev.key)
  }

  /** A new record with ids and timestamps filled in; not stored until putSecret. */
  newSecret(folder: Folder, fields: Partial<StoredSecret> & { key: string; value: string }): StoredSecret {
    const at = this.iso()
    return {
      comment: '',
      skipMultilineEncoding: false,
      tagIds: [],
      secretMetadata: [],
      metadata: null,
      reminderNote: null,
      reminderRepeatDays: null,
      ...fields,
      id: randomUUID(),
      projectId: folder.projectId,
      envSlug: folder.envSlug,
      folderId: folder.id,
      version: 1,
      createdAt: at,
      updatedAt: at,
    }
  }

  /** Runs fn atomically: any throw restores every secret and folder it touched. */
  transaction<T>(fn: () => T): T {
    if (this.undo) return fn()
    this.undo = []
    try {
      return fn()
    } catch (err) {
      for (const step of this.undo.reverse()) this.restore(step)
      throw err
    } finally {
      this.undo = null
    }
  }

  private restore(step: Undo): void {
    if (step.kind === 'folder') {
      if (step.prev) this.folders.set(step.id, step.prev)
      else this.folders.delete(step.id)
      return
    }
    const current = this.secrets.get(step.id)
    if (current) this.byFolder.get(current.folderId)?.delete(current.key)
    if (!step.prev) {
      this.secrets.delete(step.id)
      return
    }
    this.secrets.set(step.id, step.prev)
    const index = this.byFolder.get(step.prev.folderId) ?? new Map<string, string>()
    index.set(step.prev.key, step.id)
    this.byFolder.set(step.prev.folderId, index)
  }
}
