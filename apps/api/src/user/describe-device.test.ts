import { describe, expect, it } from 'vitest';
import { describeDevice, UNKNOWN_DEVICE } from './describe-device.ts';

describe('describeDevice', () => {
  it('names the browser with its major version and the system', () => {
    expect(
      describeDevice(
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.85 Safari/537.36',
      ),
    ).toBe('Chrome 131 · Windows 10');
    expect(
      describeDevice(
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
      ),
    ).toBe('Safari 17 · iOS 17.5');
  });

  it('says 未知设备 for a missing or meaningless user agent', () => {
    expect(describeDevice(null)).toBe(UNKNOWN_DEVICE);
    expect(describeDevice('')).toBe(UNKNOWN_DEVICE);
    expect(describeDevice('session-test')).toBe(UNKNOWN_DEVICE);
  });
});
