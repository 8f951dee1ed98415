// `import { suite, test, … } from 'mocha'` in the web suite: mocha's browser build (loaded by
// index.ts) defines the tdd interface as globals once mocha.setup has run; these forward to them.
type Global = Record<string, (...args: unknown[]) => unknown>;
const tdd = (name: string) => (...args: unknown[]) => (globalThis as unknown as Global)[name](...args);

export const suite = tdd('suite');
export const test = tdd('test');
export const suiteSetup = tdd('suiteSetup');
export const suiteTeardown = tdd('suiteTeardown');
export const setup = tdd('setup');
export const teardown = tdd('teardown');
