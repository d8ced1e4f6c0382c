// The speed aims (issue 12), checked against what a bench run measured: each aim the run could
// measure, with its number and whether it is met. Limits are data here, not spread over the bench.

export interface AimCheck {
  aim: string;
  measured: string;
  met: boolean;
}

/** What `npm run bench -- --notes DIR` measured of one folder. */
export interface FolderMeasures {
  folder: string;
  coldSeconds: number;
  maxRssMB: number;
  rebuildSeconds: number;
  /** Median over several saves of the watcher's own rebuild time; null when it did not report. */
  watchRebuildSeconds: number | null;
  saveToServerMs: number | null;
}

/** What the generated sizes, the browser and the load test measured. */
export interface SizeMeasures {
  builds: { size: string; wallSeconds: number; maxRssMB: number; rebuildSeconds: number }[];
  browser: { size: string; firstDrawMs: number }[];
  load: { route: string; rps: number; errors: number }[];
}

/** A real vault: cold build, one-file rebuild, save to screen, peak memory. */
export const FOLDER_AIMS = { coldSeconds: 5, rebuildSeconds: 1, saveToServerSeconds: 2, peakMB: 400 } as const;
/** The seed, 1000× the seed, and concept pages under load. */
export const SIZE_AIMS = { seedBuildSeconds: 1, seedDrawSeconds: 1.5, largeBuildSeconds: 30, largePeakMB: 1536, largeRebuildSeconds: 2, conceptRequestsPerSecond: 1000 } as const;

const s = (x: number) => `${x.toFixed(x < 10 ? 2 : 1)} s`;

export function folderAims(r: FolderMeasures): AimCheck[] {
  const out: AimCheck[] = [
    { aim: `${r.folder}: cold build ≤ ${FOLDER_AIMS.coldSeconds} s`, measured: s(r.coldSeconds), met: r.coldSeconds <= FOLDER_AIMS.coldSeconds },
    { aim: `${r.folder}: one-file rebuild ≤ ${FOLDER_AIMS.rebuildSeconds} s, as a new process`, measured: s(r.rebuildSeconds), met: r.rebuildSeconds <= FOLDER_AIMS.rebuildSeconds },
  ];
  if (r.watchRebuildSeconds !== null) out.push({ aim: `${r.folder}: one-file rebuild ≤ ${FOLDER_AIMS.rebuildSeconds} s, in the watcher`, measured: s(r.watchRebuildSeconds), met: r.watchRebuildSeconds <= FOLDER_AIMS.rebuildSeconds });
  out.push({
    aim: `${r.folder}: save → served ≤ ${FOLDER_AIMS.saveToServerSeconds} s, watcher running`,
    measured: r.saveToServerMs === null ? "never served" : s(r.saveToServerMs / 1000),
    met: r.saveToServerMs !== null && r.saveToServerMs <= FOLDER_AIMS.saveToServerSeconds * 1000,
  });
  out.push({ aim: `${r.folder}: peak memory ≤ ${FOLDER_AIMS.peakMB} MB`, measured: `${r.maxRssMB} MB`, met: r.maxRssMB <= FOLDER_AIMS.peakMB });
  return out;
}

export function sizeAims(m: SizeMeasures): AimCheck[] {
  const out: AimCheck[] = [];
  const seed = m.builds.find((b) => b.size === "1×");
  if (seed) out.push({ aim: `seed built end to end ≤ ${SIZE_AIMS.seedBuildSeconds} s`, measured: s(seed.wallSeconds), met: seed.wallSeconds <= SIZE_AIMS.seedBuildSeconds });
  const seedDraw = m.browser.find((b) => b.size === "1×");
  if (seedDraw) out.push({ aim: `seed graph drawn ≤ ${SIZE_AIMS.seedDrawSeconds} s`, measured: s(seedDraw.firstDrawMs / 1000), met: seedDraw.firstDrawMs <= SIZE_AIMS.seedDrawSeconds * 1000 });
  const large = m.builds.find((b) => b.size === "1000×");
  if (large) {
    out.push({ aim: `1000× built ≤ ${SIZE_AIMS.largeBuildSeconds} s`, measured: s(large.wallSeconds), met: large.wallSeconds <= SIZE_AIMS.largeBuildSeconds });
    out.push({ aim: `1000× peak memory ≤ ${(SIZE_AIMS.largePeakMB / 1024).toFixed(1)} GB`, measured: `${large.maxRssMB} MB`, met: large.maxRssMB <= SIZE_AIMS.largePeakMB });
    out.push({ aim: `1000× one-file rebuild ≤ ${SIZE_AIMS.largeRebuildSeconds} s`, measured: s(large.rebuildSeconds), met: large.rebuildSeconds <= SIZE_AIMS.largeRebuildSeconds });
  }
  const concept = m.load.find((l) => l.route.startsWith("/concept/"));
  if (concept) out.push({ aim: `concept pages ≥ ${SIZE_AIMS.conceptRequestsPerSecond} requests/s, 10 connections, 0 errors`, measured: `${concept.rps} requests/s, ${concept.errors} errors`, met: concept.rps >= SIZE_AIMS.conceptRequestsPerSecond && concept.errors === 0 });
  return out;
}

/** The checks as rows of a Markdown table. */
export function aimRows(checks: AimCheck[]): string[][] {
  return checks.map((c) => [c.aim, c.measured, c.met ? "met" : "**not met**"]);
}
