// Summarises a V8 CPU profile (.cpuprofile, as written by BENCH_CPU_PROF) by where the busy time went:
// self time per package (node_modules), per file of the API (src/…), Node's internals, GC. `npx tsx
// bench/profile-summary.ts <file.cpuprofile> [top]`.
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, top = '25'] = process.argv.slice(2);
if (!file) throw new Error('usage: profile-summary.ts <file.cpuprofile> [top]');
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const self = new Map<number, number>();
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));

function groupOf(node: ProfileNode): string {
  const { url, functionName } = node.callFrame;
  if (!url) return functionName.startsWith('(') ? functionName : `(native) ${functionName || 'anonymous'}`;
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const parts = url.slice(modules + 13).split('/');
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  if (url.startsWith('node:')) return url;
  const src = url.indexOf('/apps/api/');
  return src >= 0 ? url.slice(src + 10) : url;
}

const groups = new Map<string, number>();
let busy = 0;
for (const [id, time] of self) {
  const group = groupOf(nodes.get(id)!);
  if (group === '(idle)') continue;
  busy += time;
  groups.set(group, (groups.get(group) ?? 0) + time);
}
console.log(
  `busy ${(busy / 1e6).toFixed(1)} s of ${(profile.timeDeltas.reduce((a, b) => a + b, 0) / 1e6).toFixed(1)} s`,
);
for (const [group, time] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, Number(top)))
  console.log(`${((time / busy) * 100).toFixed(1).padStart(5)}%  ${group}`);
