import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3210);
const PG_PORT = Number(process.env.E2E_PG_PORT ?? 3211);
const OVERVIEW_PORT = Number(process.env.E2E_OVERVIEW_PORT ?? 3212);
const postgres = Boolean(process.env.PG_TEST_URL);

/** One of the servers the tests run against (tests/e2e/serve.mjs); the later ones wait for the first, which builds the app. */
function testServer(flag: string, port: number, timeout: number) {
  return {
    command: `node tests/e2e/serve.mjs ${flag}`.trim(),
    url: `http://localhost:${port}/api/build`,
    timeout,
    reuseExistingServer: !process.env.CI,
    stdout: "ignore" as const,
    stderr: "pipe" as const,
  };
}

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  use: {
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      // Debian's Chromium; Playwright's own browser download is not available here.
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [
    { name: "desktop", testIgnore: /overview\.spec\.ts/, use: { ...devices["Desktop Chrome"], baseURL: `http://localhost:${PORT}`, viewport: { width: 1400, height: 900 } } },
    // The seed notes served as a large graph is: opening on the overview (OVERVIEW_THRESHOLD=100).
    { name: "overview", testMatch: /overview\.spec\.ts/, use: { ...devices["Desktop Chrome"], baseURL: `http://localhost:${OVERVIEW_PORT}`, viewport: { width: 1400, height: 900 } } },
    // The API and the server-rendered pages again, served from PostgreSQL (CI sets PG_TEST_URL).
    ...(postgres ? [{ name: "postgres", testMatch: /api\.spec\.ts/, use: { ...devices["Desktop Chrome"], baseURL: `http://localhost:${PG_PORT}` } }] : []),
  ],
  webServer: [
    testServer("", PORT, 400_000),
    testServer("--overview", OVERVIEW_PORT, 500_000),
    ...(postgres ? [testServer("--postgres", PG_PORT, 500_000)] : []),
  ],
});
