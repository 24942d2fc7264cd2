import { performance } from 'node:perf_hooks'
import { runPool } from '../src/util/pool.js'
import { CLIENT_ID, CLIENT_SECRET, keyName, PROJECT_ID, type Shape } from './fixtures.js'

/**
 * The same job written with the official Node SDK (@infisical/sdk v5): log in, create each folder, then
 * one `createSecret` per key, which is the only way the SDK offers to write secrets. `inFlight` 1 is the
 * plain `for … await` loop; more is the same calls through a pool, the best a user can do with it.
 */
export async function sdkLoop(siteUrl: string, shape: Shape, inFlight: number): Promise<number> {
  // Loaded before the clock starts, as our own code is: the comparison is about the job, not imports.
  const { InfisicalSDK } = await import('@infisical/sdk')
  const start = performance.now()
  const sdk = new InfisicalSDK({ siteUrl })
  await sdk.auth().universalAuth.login({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET })
  const jobs: { environment: string; secretPath: string; key: string; value: string }[] = []
  for (const environment of shape.environments) {
    for (const [f, secretPath] of shape.folders.entries()) {
      await sdk.folders().create({ projectId: PROJECT_ID, environment, name: secretPath.slice(1), path: '/' })
      for (let i = 0; i < shape.keysPerFolder; i++)
        jobs.push({ environment, secretPath, key: keyName(f, i), value: `r1-${f}-${i}` })
    }
  }
  await runPool(jobs, inFlight, async (j) => {
    await sdk.secrets().createSecret(j.key, {
      projectId: PROJECT_ID,
      environment: j.environment,
      secretPath: j.secretPath,
      secretValue: j.value,
    })
  })
  return performance.now() - start
}
