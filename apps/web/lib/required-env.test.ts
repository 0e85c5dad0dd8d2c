import { describe, expect, it } from 'vitest';
import { missingWebEnv } from './required-env';

describe('missingWebEnv', () => {
  it('names every variable production needs and lacks', () => {
    expect(missingWebEnv({ NODE_ENV: 'production' })).toEqual(['NEXTAUTH_SECRET', 'NEXTAUTH_URL', 'API_URL']);
    expect(
      missingWebEnv({
        NODE_ENV: 'production',
        NEXTAUTH_SECRET: 's',
        NEXTAUTH_URL: 'https://hall.example',
        API_URL: ' ',
      }),
    ).toEqual(['API_URL']);
  });

  it('needs nothing in development', () => {
    expect(missingWebEnv({ NODE_ENV: 'development' })).toEqual([]);
  });
});
