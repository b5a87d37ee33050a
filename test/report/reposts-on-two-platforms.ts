/**
 * A day of Telegram and VK posts with their reposts (minimum group size 10): 12 originals on
 * each platform, 12 reposts on Telegram and 3 on VK, all on 2024-11-12. The reposts of all posts
 * (15) minus Telegram's (12) were VK's 3.
 */
import type { StoredItem } from '../../src/store/store.js';
import { makeItem } from '../store/make-post.js';

export function repostsOnTwoPlatforms(): StoredItem[] {
  return (['telegram', 'vk'] as const).flatMap((platform) => [
    ...Array.from({ length: 12 }, (_, index) => makeItem(
      { nativeId: `${platform}-${index}`, platform, text: `Автобус ${index} не пришёл`, publishedAt: '2024-11-12T06:00:00Z' },
      { sentiment: 'negative', issues: ['transport'] },
    )),
    ...Array.from({ length: platform === 'telegram' ? 12 : 3 }, (_, index) => makeItem(
      {
        nativeId: `${platform}-repost-${index}`, platform, text: 'Автобус 0 не пришёл',
        publishedAt: '2024-11-12T07:00:00Z', amplifiesNativeId: `${platform}-0`,
      },
      { sentiment: 'negative', issues: ['transport'] },
    )),
  ]);
}
