import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPlaygroundBundle } from "../../scripts/lib/playground-bundle.js";
import type { Article } from "../../src/types.js";

// Drives docs/playground/index.html in a real headless Chromium (Debian's `chromium`, installed by
// .ci/run; or CHROMIUM_PATH). Without a browser the browser tests skip, saying why.

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const PLAYGROUND = join(ROOT, "docs", "playground");
const SEED = join(ROOT, "fixtures", "text", "en-seed-hindustan-times");
const SCREENSHOT = resolve(ROOT, "artifacts", "playground.png");
const SITE_MEDIA = join(ROOT, "docs", "api", "media");
const TIMEOUT = 120_000;

const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome-stable",
  "/usr/bin/google-chrome",
];
const executablePath = CANDIDATES.find(
  (path) => path !== undefined && path !== "" && existsSync(path),
);
if (executablePath === undefined) {
  console.warn(
    "playground e2e: skipped, no Chromium found (set CHROMIUM_PATH, or apt-get install chromium)",
  );
}

// A tiny hand-written page: its offsets refer to the rendering, not to the HTML source.
const PAGE = `<!doctype html><html lang="en"><head><title>Storm closes harbour – The Gazette</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Storm closes harbour</h1><p>By Jane Doe</p>
<p>The harbour will stay closed until next Monday after the storm damaged two piers, the port authority said on Sunday evening.</p>
<figure><figcaption>The damaged pier. (File photo)</figcaption></figure>
<p>Divers inspected the piers and found cracks in the concrete below the waterline; repairs will start once the swell drops.</p>
<p>Read more: <a href="/fishermen">Fishermen count the cost</a></p>
<p>Share this article</p></article><footer>© 2024 The Gazette</footer></body></html>`;

describe.skipIf(executablePath === undefined)("the playground in headless Chromium", () => {
  let browser: Browser;
  let server: Server;

  beforeAll(async () => {
    // Always rebuilt (well under a second), so the page never runs a stale bundle.
    await buildPlaygroundBundle();
    browser = await chromium.launch({
      executablePath: executablePath as string,
      args: ["--no-sandbox", "--disable-dev-shm-usage"],
    });
    server = await serve(PLAYGROUND);
  }, TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    await new Promise((done) => (server ? server.close(done) : done(undefined)));
  });

  it(
    "cleans the pasted seed from file://: title, caption, three related links, highlighted spans",
    async () => {
      const input = readFileSync(join(SEED, "input.txt"), "utf8");
      const expected = JSON.parse(readFileSync(join(SEED, "expected.json"), "utf8")) as Article;
      const page = await open(browser, pathToFileURL(join(PLAYGROUND, "index.html")).href);

      await clean(page, input);

      expect(await page.getByTestId("status").getAttribute("data-mode")).toBe("text");
      expect(await page.getByTestId("field-title").textContent()).toBe(expected.title);

      const captions = page.getByTestId("caption");
      expect(await captions.count()).toBe(expected.captions.length);
      expect(expected.captions[0]?.credit).toBe("File photo");
      expect(await captions.first().locator(".caption-text").textContent()).toBe(
        expected.captions[0]?.text,
      );
      expect(await page.getByTestId("caption-credit").allTextContents()).toContain("File photo");

      const related = page.getByTestId("related-link").locator(".related-title");
      expect(await related.count()).toBe(3);
      expect(await related.allTextContents()).toEqual(expected.related.map((r) => r.title));

      const spans = page.locator("mark[data-testid=removed-span]");
      expect(await spans.count()).toBe(expected.removed.length);
      expect(await page.getByTestId("source").getAttribute("data-mismatched")).toBe("0");
      const teaser = spans.filter({ hasText: "Read more: Kim Jong Un greets" });
      expect(await teaser.getAttribute("title")).toBe("related · related/en/read-more-colon");
      await teaser.hover();

      mkdirSync(resolve(SCREENSHOT, ".."), { recursive: true });
      await page.screenshot({ path: SCREENSHOT, fullPage: true });
      console.log(`playground e2e: screenshot saved to ${SCREENSHOT}`);
      await close(page);
    },
    TIMEOUT,
  );

  it(
    "highlights HTML input on its text rendering, each span matching its offsets",
    async () => {
      const page = await open(browser, pathToFileURL(join(PLAYGROUND, "index.html")).href);
      await clean(page, PAGE);

      expect(await page.getByTestId("status").getAttribute("data-mode")).toBe("html");
      expect(await page.getByTestId("field-title").textContent()).toBe("Storm closes harbour");
      expect(await page.getByTestId("source").textContent()).not.toContain("<p>");
      expect(await page.getByTestId("source").getAttribute("data-mismatched")).toBe("0");
      const kinds = await page
        .locator("mark[data-testid=removed-span]")
        .evaluateAll((marks) => marks.map((m) => (m as HTMLElement).dataset.kind));
      expect(kinds).toEqual(expect.arrayContaining(["nav", "title", "caption", "related"]));
      await close(page);
    },
    TIMEOUT,
  );

  it(
    "works over a static HTTP server too",
    async () => {
      const { port } = server.address() as AddressInfo;
      const page = await open(browser, `http://127.0.0.1:${port}/index.html`);
      await page.getByRole("button", { name: "Load an example" }).click();
      await page.getByTestId("output").waitFor({ state: "visible" });
      expect(await page.getByTestId("field-title").textContent()).toBe(
        "Storm closes harbour for a week",
      );
      expect(await page.locator("mark[data-testid=removed-span]").count()).toBeGreaterThan(0);
      await close(page);
    },
    TIMEOUT,
  );

  // `npm run docs` puts the page's files beside typedoc's copy of it (CI builds the docs first).
  it.skipIf(!existsSync(join(SITE_MEDIA, "newsclean.global.js")))(
    "works from the generated API site, where typedoc copied it",
    async () => {
      const page = await open(browser, pathToFileURL(join(SITE_MEDIA, "index.html")).href);
      await page.getByRole("button", { name: "Load an example" }).click();
      await page.getByTestId("output").waitFor({ state: "visible" });
      expect(await page.getByTestId("field-title").textContent()).toBe(
        "Storm closes harbour for a week",
      );
      await close(page);
    },
    TIMEOUT,
  );
});

const pageErrors = new WeakMap<Page, string[]>();

/** Opens the playground and checks that the bundle loaded; script errors are kept for {@link close}. */
async function open(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const errors: string[] = [];
  pageErrors.set(page, errors);
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(url);
  await page.getByTestId("run").waitFor();
  expect(await page.locator("#no-bundle").isHidden(), "the bundle did not load").toBe(true);
  return page;
}

/** Closes the page, failing the test if a script error happened in it. */
async function close(page: Page): Promise<void> {
  await page.close();
  expect(pageErrors.get(page), "script errors in the page").toEqual([]);
}

/** Pastes the input, leaves the mode on "auto", and presses Clean. */
async function clean(page: Page, input: string): Promise<void> {
  await page.getByTestId("input").fill(input);
  await page.getByTestId("mode").selectOption("auto");
  await page.getByTestId("run").click();
  await page.getByTestId("output").waitFor({ state: "visible" });
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
};

/** A static file server for one folder, on 127.0.0.1 and a free port. */
async function serve(dir: string): Promise<Server> {
  const server = createServer((request, response) => {
    const name = new URL(request.url ?? "/", "http://x").pathname.replace(/^\/+/u, "");
    const path = join(dir, name || "index.html");
    if (!path.startsWith(dir) || !existsSync(path)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream" });
    response.end(readFileSync(path));
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  return server;
}
