// Steps in code-server's browser workbench that the UI check and the .vsix check share: what to
// expect of the sample (from the engine's own JSON), running a command, hovering until a card shows.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, sleep } from './codeServer.mjs';

/** The first official the engine finds in the sample, with its titles and where it stands (1-based). */
export function firstOfficial(samplePath) {
  const json = execFileSync(process.execPath, [join(repoRoot, 'dist/cli.js'), 'analyze', '--json', samplePath],
    { encoding: 'utf8', maxBuffer: 64 << 20 });
  const { analysis } = JSON.parse(json);
  const mention = analysis.entities.find((e) => e.kind === 'person' && e.role === 'official');
  if (!mention) throw new Error('the engine finds no official in the sample: nothing to hover');
  const person = analysis.persons.find((p) => p.id === mention.id);
  const text = readFileSync(samplePath, 'utf8');
  const before = text.slice(0, mention.start + 1); // one character into the name
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  const headline = analysis.articles[0]?.headline?.text;
  return { name: mention.name ?? mention.text, titles: person?.titles ?? [], line, column, headline };
}

/** The first date of a file as the engine finds it: its 1-based line and column (one character in) and value. */
export function firstDate(filePath) {
  const json = execFileSync(process.execPath, [join(repoRoot, 'dist/cli.js'), 'analyze', '--json', filePath],
    { encoding: 'utf8', maxBuffer: 64 << 20 });
  const { analysis } = JSON.parse(json);
  const date = analysis.entities.find((e) => e.kind === 'date' && e.value);
  if (!date) throw new Error(`the engine finds no date in ${filePath}: nothing to hover`);
  const text = readFileSync(filePath, 'utf8');
  const before = text.slice(0, date.start + 1);
  return { text: date.text.replace(/\s+/g, ''), value: date.value, line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') };
}

/** Runs a command by its palette title, as a person would with F1. */
export async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
  await row.waitFor({ state: 'visible', timeout: 10_000 });
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/** The text of the hover widget once it shows `expected`, hovering the cursor's place until it does. */
export async function hoverText(page, expected, timeoutMs) {
  const hover = page.locator('.monaco-editor .monaco-hover:not(.hidden)').first();
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    const cursor = await page.locator('.monaco-editor .cursors-layer .cursor').first().boundingBox();
    if (cursor) {
      await page.mouse.move(cursor.x + 40, cursor.y - 200); // away first: a new hover each round
      await page.mouse.move(cursor.x + 6, cursor.y + cursor.height / 2, { steps: 4 });
      try {
        await hover.waitFor({ state: 'visible', timeout: 3000 });
        last = (await hover.innerText()).trim();
        if (last.includes(expected)) return last;
      } catch { /* no hover yet: the extension may still be activating or analysing */ }
    }
    await sleep(1000);
  }
  return last;
}

/**
 * Waits for the workbench to list the workspace, then opens `fileName` with Quick Open, as a person
 * would, and waits for its editor. Returns the editor tab.
 */
export async function openWithQuickOpen(page, fileName, { waitForExplorer = true } = {}) {
  await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
  // The explorer lists the workspace once the remote connection is up (later files: it may be folded away).
  if (waitForExplorer) await page.locator('.explorer-folders-view .monaco-list-row', { hasText: fileName }).waitFor({ timeout: 60_000 });
  await page.keyboard.press('Control+P');
  const quickInput = page.locator('.quick-input-widget input');
  await quickInput.waitFor({ state: 'visible' });
  await quickInput.fill(fileName);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: fileName }).first().waitFor({ timeout: 20_000 });
  await page.keyboard.press('Enter');
  const tab = page.locator('.tabs-container .tab', { hasText: fileName });
  await tab.waitFor({ timeout: 20_000 });
  await page.locator('.monaco-editor .view-lines').first().waitFor({ state: 'visible' });
  return tab;
}

/** Puts the cursor at a 1-based line and column with Go to Line, which accepts line:column. */
export async function goToLine(page, line, column) {
  const quickInput = page.locator('.quick-input-widget input');
  await page.keyboard.press('Control+G');
  await quickInput.waitFor({ state: 'visible' });
  await quickInput.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}
