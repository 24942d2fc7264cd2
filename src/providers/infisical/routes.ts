/**
 * The two server generations we talk to. Modern servers (2025+) have /api/v1/projects, /api/v2/folders
 * and /api/v4/secrets; the October-2024 self-hosted build has none of them and uses the /api/v1/workspace,
 * /api/v1/folders and /api/v3/secrets/raw forms, silently dropping fields it does not know.
 */
export type Flavour = 'modern' | 'legacy'

export interface Routes {
  project(idOrSlug: { id?: string; slug?: string }): string
  /** The project object is wrapped in `{project}` / `{workspace}` for id look-ups, unwrapped for slugs. */
  projectWrapper(byId: boolean): 'project' | 'workspace' | undefined
  tags(projectId: string): string
  tagsField: 'tags' | 'workspaceTags'
  secrets: string
  batch: string
  folders: string
  /** Name of the body/query field that carries the project id. */
  projectField: 'projectId' | 'workspaceId'
}

export const ROUTES: Record<Flavour, Routes> = {
  modern: {
    project: ({ id, slug }) => (id ? `/api/v1/projects/${enc(id)}` : `/api/v1/projects/slug/${enc(slug!)}`),
    projectWrapper: (byId) => (byId ? 'project' : undefined),
    tags: (id) => `/api/v1/projects/${enc(id)}/tags`,
    tagsField: 'tags',
    secrets: '/api/v4/secrets',
    batch: '/api/v4/secrets/batch',
    folders: '/api/v2/folders',
    projectField: 'projectId',
  },
  legacy: {
    project: ({ id, slug }) => (id ? `/api/v1/workspace/${enc(id)}` : `/api/v2/workspace/${enc(slug!)}`),
    projectWrapper: (byId) => (byId ? 'workspace' : undefined),
    tags: (id) => `/api/v1/workspace/${enc(id)}/tags`,
    tagsField: 'workspaceTags',
    secrets: '/api/v3/secrets/raw',
    batch: '/api/v3/secrets/batch/raw',
    folders: '/api/v1/folders',
    projectField: 'workspaceId',
  },
}

const enc = encodeURIComponent
