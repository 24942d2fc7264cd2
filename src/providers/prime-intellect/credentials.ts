/** A Prime Intellect API key; `teamId` (PRIME_TEAM_ID) overrides `provider.teamId`. */
export type PrimeIntellectCredentials = { method: 'prime-api-key'; apiKey: string; teamId?: string }
