import { describe, expect, it } from 'vitest'
import { shareDelivery, withLinkStandIns } from '../../src/action/share-links.js'
import type { Plan, ShareLink } from '../../src/core/plan/types.js'
import { Redactor } from '../../src/core/redact.js'
import { renderApplyMarkdown } from '../../src/core/render/markdown.js'

const link = (
  name: string,
  access: ShareLink['access'],
  passworded = false,
  url = `https://app.infisical.com/shared/secret/${name}-0f9e8d7c6b5a`,
): ShareLink => ({
  name,
  url,
  environment: 'dev',
  path: '/backend',
  key: 'DB_URL',
  expiresIn: '24h',
  maxViews: 1,
  access,
  passworded,
})

const plan = (passworded: string[] = []): Plan => ({
  provider: 'infisical',
  project: 'app',
  items: ['org', 'open', 'locked'].map((name) => ({
    action: 'share' as const,
    environment: 'dev',
    path: '/backend',
    key: 'DB_URL',
    share: {
      name,
      expiresIn: '24h',
      maxViews: 1,
      access: name === 'org' ? ('organization' as const) : ('anyone' as const),
      ...(passworded.includes(name) ? { passwordEnv: 'PW' } : {}),
    },
  })),
  foldersToCreate: [],
  summary: {
    create: 0,
    update: 0,
    unchanged: 0,
    missing: 0,
    remoteOnly: 0,
    delete: 0,
    blocked: 0,
    duplicate: 0,
    share: 3,
    shareStale: 0,
  },
  hasChanges: true,
})

const links = [link('org', 'organization'), link('open', 'anyone'), link('locked', 'anyone', true)]

describe('shareDelivery', () => {
  it('keeps password-less public links out of a public repository, and only those', () => {
    const d = shareDelivery(links, 'public')
    expect(d.shown.map((l) => l.name)).toEqual(['org', 'locked'])
    expect(d.withheld).toEqual([
      { name: 'open', reason: 'anyone could open it without a password, and this repository is public' },
    ])
  })

  it('treats an unknown visibility as public', () => {
    expect(shareDelivery(links, 'unknown').withheld.map((w) => w.name)).toEqual(['open'])
  })

  it('shows every link in a private repository', () => {
    expect(shareDelivery(links, 'private').withheld).toEqual([])
  })
})

describe('share links in the comment', () => {
  it('survive redaction of the comment while staying masked everywhere else', () => {
    const redactor = new Redactor()
    for (const l of links) redactor.register(l.url)
    const { delivery, restore } = withLinkStandIns(shareDelivery(links, 'public'))
    const report = { items: [], applied: 3, failed: 0, pendingApproval: 0, shareLinks: links }
    const body = restore(
      redactor.redact(
        renderApplyMarkdown(report, plan(), {
          manifestPath: 'secrets.yaml',
          maxBytes: 60_000,
          shareLinks: delivery,
        }),
      ),
    )
    expect(body).toContain('> GitHub keeps every version of a comment')
    expect(body).toContain(
      `| \`org\` | \`dev\` | \`/backend\` | \`DB_URL\` | 24h | 1 | organization | ${links[0]!.url} |`,
    )
    expect(body).toContain(links[2]!.url)
    expect(body).not.toContain(links[1]!.url)
    expect(body).toContain('- `open`: anyone could open it without a password, and this repository is public')
    expect(redactor.redact(`log line ${links[0]!.url}`)).toBe('log line ***')
  })
})
