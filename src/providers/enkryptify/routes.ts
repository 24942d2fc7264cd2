/** Enkryptify API paths: workspace and project slugs in the path, ids for secrets. */
export interface EnkryptifyProject {
  workspace: string
  project: string
}

const enc = encodeURIComponent

const projectPath = ({ workspace, project }: EnkryptifyProject) =>
  `/v1/workspace/${enc(workspace)}/project/${enc(project)}`

export const ENKRYPTIFY_ROUTES = {
  exchange: '/v1/auth/exchange',
  environments: (p: EnkryptifyProject) => `${projectPath(p)}/environment`,
  secrets: (p: EnkryptifyProject) => `${projectPath(p)}/secret`,
  secret: (p: EnkryptifyProject, id: string) => `${projectPath(p)}/secret/${enc(id)}`,
}
