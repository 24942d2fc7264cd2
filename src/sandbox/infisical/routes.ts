import { authRoutes } from './auth-routes.js'
import { duplicateRoutes } from './duplicate-routes.js'
import { folderRoutes } from './folder-routes.js'
import { projectRoutes } from './project-routes.js'
import { Router } from './router.js'
import { secretListRoutes } from './secret-list-routes.js'
import { secretWriteRoutes } from './secret-write-routes.js'
import { shareRoutes } from './share-routes.js'
import { singleSecretRoutes } from './single-secret-routes.js'

/** The route table of one server mode; anything absent answers Fastify's "Route ... not found". */
export function buildRouter(legacy: boolean): Router {
  return new Router().add(
    ...authRoutes(),
    ...projectRoutes(legacy),
    ...folderRoutes(legacy),
    ...secretListRoutes(legacy),
    ...secretWriteRoutes(legacy),
    ...singleSecretRoutes(),
    ...(legacy ? [] : duplicateRoutes()),
    ...shareRoutes(legacy),
  )
}
