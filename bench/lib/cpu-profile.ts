import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

type ProfileNode = { id: number; callFrame: { functionName: string; url: string; lineNumber: number } };
type CpuProfile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

export type Hotspot = { fn: string; where: string; selfMs: number; share: number };

/** Self time per function of the .cpuprofile files in `dir` (from node --cpu-prof), largest first. */
export function hotspots(dir: string, top = 10): Hotspot[] {
  const self = new Map<string, { fn: string; where: string; us: number }>();
  let total = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    profile.samples.forEach((id, i) => {
      const frame = byId.get(id)?.callFrame;
      if (!frame) return;
      const us = profile.timeDeltas[i] ?? 0;
      total += us;
      const path = frame.url.startsWith('file://') ? relative(process.cwd(), new URL(frame.url).pathname) : frame.url;
      // tsx hands V8 transpiled code, so line numbers do not match the sources: name the file only.
      const where = path;
      const key = `${frame.functionName}@${where}`;
      const entry = self.get(key) ?? { fn: frame.functionName || '(anonymous)', where, us: 0 };
      entry.us += us;
      self.set(key, entry);
    });
  }
  return [...self.values()]
    .filter((e) => e.fn !== '(idle)')
    .sort((a, b) => b.us - a.us)
    .slice(0, top)
    .map((e) => ({ fn: e.fn, where: e.where, selfMs: e.us / 1000, share: total ? e.us / total : 0 }));
}
