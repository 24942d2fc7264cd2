/** How to authenticate against Infisical. The token or secret never leaves the provider's login code. */
export type InfisicalCredentials =
  | { method: 'universal'; clientId: string; clientSecret: string }
  | { method: 'token'; token: string }
  | { method: 'oidc'; identityId: string; jwt: string }
