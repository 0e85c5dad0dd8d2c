import { describe, expect, it } from 'vitest';

// The hall runs on Node 24 LTS: the `node` package in the root devDependencies puts it first on the PATH of every
// npm script, even on a machine whose own Node is older. A run on another Node means that mechanism broke.
describe('runtime', () => {
  it('runs on Node 24', () => {
    expect(process.versions.node.split('.')[0]).toBe('24');
  });
});
