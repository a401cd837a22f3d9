import type { MentionResolver, Resolution } from '../../../entrypoints/content/highlight/mention-policy';

/**
 * A tiny resolver over a fixed table, so the highlighter is tested apart from the real
 * matcher: exact words, `Azure` ambiguous, `Health Data Hub` core.
 */
const TABLE: Record<string, Resolution> = {
  'Health Data Hub': { entityId: 'health-data-hub', ambiguous: false },
  CNIL: { entityId: 'cnil', ambiguous: false },
  'Cloud Act': { entityId: 'cloud-act', ambiguous: false },
  Azure: { entityId: 'microsoft-azure', ambiguous: true },
};

export const fakeResolver: MentionResolver = {
  pattern: /(?<![\p{L}\p{N}])(?:Health\s+Data\s+Hub|CNIL|Cloud\s+Act|Azure)(?![\p{L}\p{N}])/gu,
  resolve: (text) => TABLE[text.replace(/\s+/gu, ' ')],
  isCore: (entityId) => entityId === 'health-data-hub',
};
