// node:fs, node:os and node:path in the web suite: the shared support module imports them for the
// Node-only helpers, which the web suite never calls. Any use fails by name.
const unavailable = (name: string) => () => {
  throw new Error(`${name} is not available in the browser's extension host`);
};
export const existsSync = unavailable('fs.existsSync');
export const readFileSync = unavailable('fs.readFileSync');
export const mkdtempSync = unavailable('fs.mkdtempSync');
export const copyFileSync = unavailable('fs.copyFileSync');
export const rmSync = unavailable('fs.rmSync');
export const tmpdir = unavailable('os.tmpdir');
export const join = unavailable('path.join');
export const resolve = unavailable('path.resolve');
