import { describe, expect, it } from 'vitest';

import { hashNativeId } from '../../src/privacy/hash-native-id.js';

describe('hashNativeId', () => {
  it('is HMAC-SHA256 of platform:id, hex, cut to 32 characters', () => {
    // Computed independently: printf 'vk:-1_42' | openssl dgst -sha256 -hmac project-secret
    expect(hashNativeId('project-secret', 'vk', '-1_42')).toBe('f17cbc566783da1407b9fc6d1497c276');
  });

  it('is stable for the same secret, platform and id', () => {
    expect(hashNativeId('s1', 'telegram', '1001')).toBe(hashNativeId('s1', 'telegram', '1001'));
  });

  it('is keyed: another secret gives another hash', () => {
    expect(hashNativeId('s1', 'telegram', '1001')).not.toBe(hashNativeId('s2', 'telegram', '1001'));
  });

  it('separates platforms: the same number on two platforms is two posts', () => {
    expect(hashNativeId('s1', 'telegram', '1001')).not.toBe(hashNativeId('s1', 'vk', '1001'));
  });

  it('refuses an empty secret', () => {
    expect(() => hashNativeId('', 'vk', '1')).toThrow(/secret is empty/);
  });
});
