#!/usr/bin/env node
// npm run dev: Next.js in development mode, and the graph rebuilt whenever a note changes
// (the open page picks up the new graph by itself).

import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const children = [
  spawn(process.execPath, [path.join(root, "scripts/run.mjs"), "build-graph", "--watch"], { cwd: root, stdio: "inherit", env }),
  spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "dev", "-p", process.env.PORT || "3000"], { cwd: root, stdio: "inherit", env }),
];
const stop = (signal) => {
  for (const c of children) c.kill(signal);
};
process.on("SIGINT", () => stop("SIGINT"));
process.on("SIGTERM", () => stop("SIGTERM"));
for (const c of children) c.on("exit", (code) => {
  stop("SIGTERM");
  process.exitCode = code ?? 0;
});
