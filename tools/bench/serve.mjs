// A static server for the benchmark (tools/lighthouse): serves a folder on 127.0.0.1 with brotli
// or gzip as the browser asks (compressed once, kept in memory), the guide's Content-Security-
// Policy on pages, and the caching README "Embedding" recommends. Usage: node serve.mjs DIR PORT
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const [dir, port] = process.argv.slice(2);
const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".wasm": "application/wasm", ".css": "text/css", ".ftl": "text/plain; charset=utf-8" };
const csp = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
const packed = new Map();

createServer(async (req, res) => {
  let path = decodeURIComponent(new URL(req.url, "http://x").pathname);
  if (path.endsWith("/")) path += "index.html";
  const file = normalize(join(dir, path));
  if (!file.startsWith(normalize(dir))) return res.writeHead(403).end();
  let body;
  try {
    body = await readFile(file);
  } catch {
    return res.writeHead(404).end();
  }
  const accept = req.headers["accept-encoding"] || "";
  const enc = accept.includes("br") ? "br" : accept.includes("gzip") ? "gzip" : null;
  if (enc) {
    const key = enc + file;
    if (!packed.has(key)) {
      packed.set(key, enc === "br" ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }) : gzipSync(body, { level: 9 }));
    }
    body = packed.get(key);
  }
  const type = types[extname(file)] || "application/octet-stream";
  const hashed = /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/.test(file);
  const headers = { "content-type": type, "content-length": body.length, "cache-control": hashed ? "public, max-age=31536000, immutable" : "no-cache" };
  if (enc) headers["content-encoding"] = enc;
  if (type.startsWith("text/html")) headers["content-security-policy"] = csp;
  res.writeHead(200, headers).end(body);
}).listen(Number(port), "127.0.0.1");
