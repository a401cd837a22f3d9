import type { MentionResolver } from '../../../entrypoints/content/highlight/mention-policy';
import type { Resolution } from '../../../entrypoints/content/matcher';

/**
 * A tiny resolver over a fixed table, so the highlighter is tested apart from the real
 * matcher: exact words, `Azure` ambiguous, `Health Data Hub` core.
 */
const entry = (entityId: string, ambiguous: boolean): Resolution => ({ entityId, entityIds: [entityId], ambiguous });
const TABLE: Record<string, Resolution> = {
  'Health Data Hub': entry('health-data-hub', false),
  CNIL: entry('cnil', false),
  'Cloud Act': entry('cloud-act', false),
  Azure: entry('microsoft-azure', true),
};

export const fakeResolver: MentionResolver = {
  pattern: /(?<![\p{L}\p{N}])(?:Health\s+Data\s+Hub|CNIL|Cloud\s+Act|Azure)(?![\p{L}\p{N}])/gu,
  prefilter: /Health\s+Data\s+Hub|CNIL|Cloud\s+Act|Azure/u,
  resolve: (text) => TABLE[text.replace(/\s+/gu, ' ')] ?? null,
  isOnTopic: (mentions) => mentions.some((m) => !m.ambiguous && m.entityId === 'health-data-hub'),
};
