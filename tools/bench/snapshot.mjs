// The static copy of the guide's first screen, for the benchmark's comparison (tools/lighthouse):
// opens the guide in the installed Chromium, waits for its first question, and writes what it
// shows — the shadow root's HTML, stylesheet link included, as a declarative shadow root — into
// DIR/static.html beside the guide, with no script. Usage: node snapshot.mjs URL DIR
import puppeteer from "puppeteer-core";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

const [url, dir] = process.argv.slice(2);
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
});
const page = await browser.newPage();
await page.setViewport({ width: 412, height: 823 });
await page.goto(url);
await page.waitForFunction(() => document.getElementById("velkommen")?.shadowRoot?.querySelector("h1"), { timeout: 60000 });
const shadow = await page.evaluate(() => document.getElementById("velkommen").shadowRoot.innerHTML);
await browser.close();
const index = await readFile(join(dir, "index.html"), "utf8");
// The guide's page with its loader and preloads taken out and the shown screen put in.
const head = index
  .replace(/<script[^>]*velkommen\.js[^>]*><\/script>/, "")
  .replace(/<link[^>]*rel=(modulepreload|"modulepreload")[^>]*>/g, "")
  .replace(/<link[^>]*as=fetch[^>]*>/g, "");
const html = head.replace(/<div[^>]*id="?velkommen"?[^>]*>[\s\S]*<\/div>/, `<div id=velkommen><template shadowrootmode=open>${shadow}</template></div>`);
await writeFile(join(dir, "static.html"), html);
