// Looks at the extension as a person would, in code-server's workbench driven by Chromium: opens the
// sample bulletin with Quick Open, hovers an official's name and a date, opens the Outline view and
// the extension's entity view, then a page of modern news saved as plain text (news.txt, the first
// page of ../shared/corpus/xwlb-dev-wrapped.jsonl); saves screenshots under
// test-results/screenshots/ and checks what the hover cards, the view and the status bar say.
// Exits 0 when every check passed.
//   node test/ui/uiCheck.mjs [--timeout SECONDS]      (after npm run build)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  launchChromium, makeSampleWorkspace, makeTempRoot, repoRoot, sleep, startCodeServer, watchdog, workbenchUrl,
} from '../../scripts/vscode-test/codeServer.mjs';
import { firstDate, firstOfficial, goToLine, hoverText, openWithQuickOpen, runCommand } from '../../scripts/vscode-test/workbench.mjs';

const { values: options } = parseArgs({ options: { timeout: { type: 'string', default: '300' } } });
const sampleName = 'gaoxin-bulletin.txt';
const screenshotDir = join(repoRoot, 'test-results', 'screenshots');

const started = Date.now();
const temp = makeTempRoot('ui');
let server;
let browser;
const failures = [];
const screenshots = [];

async function cleanUp() {
  await browser?.close().catch(() => {});
  await server?.stop();
  temp.remove();
}
const timer = watchdog(Number(options.timeout) * 1000, cleanUp);

function check(condition, message) {
  console.log(`${condition ? '  ✔' : '  ✘'} ${message}`);
  if (!condition) failures.push(message);
}

async function shoot(page, name) {
  const path = join(screenshotDir, name);
  await page.screenshot({ path });
  screenshots.push(path);
}

let exitCode = 1;
try {
  mkdirSync(screenshotDir, { recursive: true });
  const workspace = makeSampleWorkspace(temp.dir);
  const samplePath = join(workspace, sampleName);
  const official = firstOfficial(samplePath);
  const date = firstDate(samplePath);
  const newsPath = join(workspace, 'news.txt');
  const corpusFile = join(repoRoot, '..', 'shared', 'corpus', 'xwlb-dev-wrapped.jsonl');
  writeFileSync(newsPath, JSON.parse(readFileSync(corpusFile, 'utf8').split('\n')[0]).text);
  const newsOfficial = firstOfficial(newsPath);
  console.log(`[ui] will hover ${official.name} at line ${official.line}, column ${official.column}`);

  server = await startCodeServer({ folder: workspace, stateDir: temp.dir });
  browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
  await page.goto(workbenchUrl(server, { folder: workspace, extensionDevelopmentPath: repoRoot }));
  const tab = await openWithQuickOpen(page, sampleName);
  check(await tab.isVisible(), `Quick Open opens ${sampleName} in the editor`);

  // Put the cursor inside the official's name, then hover there.
  await goToLine(page, official.line, official.column);
  const hovered = await hoverText(page, official.name, 60_000);
  await sleep(800); // the hover fades in
  await shoot(page, '02-hover-official.png');
  console.log(`[ui] hover text:\n${hovered.replace(/^/gm, '    ')}`);
  check(hovered.includes(official.name), `the hover card names ${official.name}`);
  check(/official/i.test(hovered), 'the hover card calls them an official');
  const shownTitle = official.titles.find((t) => hovered.includes(t));
  check(official.titles.length === 0 || shownTitle !== undefined,
    `the hover card lists a title the engine gives them (${official.titles.join('; ') || 'none'})`);
  await page.mouse.move(5, 880);
  await page.keyboard.press('Escape');
  await shoot(page, '01-editor-annotated.png');

  // A date: the card reads it in words and says the year is unknown (the sample states none).
  await goToLine(page, date.line, date.column);
  const dateCard = await hoverText(page, 'Value', 30_000);
  await sleep(800); // the hover fades in
  await shoot(page, '02b-hover-date.png');
  console.log(`[ui] date hover text:\n${dateCard.replace(/^/gm, '    ')}`);
  check(dateCard.includes(date.value), `the date card gives the value ${date.value}`);
  check(!date.value.startsWith('--') || /referenceYear/.test(dateCard), 'a date card without a year says how to give one');
  await page.mouse.move(5, 880);
  await page.keyboard.press('Escape');

  await runCommand(page, 'Explorer: Focus on Outline View');
  const outline = page.locator('.pane', { has: page.locator('.pane-header', { hasText: /outline/i }) });
  const outlineRows = outline.locator('.monaco-list-row');
  await outlineRows.first().waitFor({ state: 'visible', timeout: 20_000 });
  // Give the Outline the room the file list had, and fold it to its articles, as a reader would.
  await page.locator('.pane-header', { hasText: new RegExp(`^\\s*${basename(workspace)}\\s*$`, 'i') }).first().click().catch(() => {});
  await outline.locator('.pane-header').hover();
  await outline.locator('.action-label[aria-label="Collapse All"]').first().click({ timeout: 5_000 }).catch(() => {});
  await sleep(800);
  await shoot(page, '03-outline.png');
  const rowsShown = await outlineRows.count();
  check(rowsShown >= 5, `the Outline, folded, shows the page's articles (${rowsShown} rows)`);
  const outlineText = await outline.innerText();
  check(official.headline ? outlineText.includes(official.headline) : await outlineRows.count() > 0,
    `the Outline view names the first article by its headline (${official.headline ?? 'none found'})`);

  const nls = JSON.parse(readFileSync(join(repoRoot, 'package.nls.json'), 'utf8'));
  const viewName = nls['view.entities'] ?? 'Entities';
  const containerName = nls['view.container'] ?? 'Bulletin';
  await runCommand(page, `${containerName}: Focus on ${viewName} View`);
  const entities = page.locator('.pane', { has: page.locator('.pane-header', { hasText: new RegExp(viewName, 'i') }) });
  const entityRows = entities.locator('.monaco-list-row');
  await entityRows.first().waitFor({ state: 'visible', timeout: 20_000 });
  await sleep(500);
  await shoot(page, '04-entity-view.png');
  check((await entities.innerText()).includes(official.name), `the ${viewName} view lists ${official.name}`);

  // A modern news page saved as plain text: annotated with no language set, the view follows it.
  await openWithQuickOpen(page, 'news.txt', { waitForExplorer: false });
  await sleep(500);
  await goToLine(page, newsOfficial.line, newsOfficial.column);
  const newsHover = await hoverText(page, newsOfficial.name, 60_000);
  await page.mouse.move(5, 880);
  await page.keyboard.press('Escape');
  await sleep(800);
  await shoot(page, '05-news-annotated.png');
  check(newsHover.includes(newsOfficial.name), `news.txt is annotated: the hover card names ${newsOfficial.name}`);
  const statusText = await page.locator('.statusbar-item', { hasText: /articles/ }).first().innerText().catch(() => '');
  check(/\d+ articles/.test(statusText) && /officials/.test(statusText), `the status bar counts news.txt with labels (${statusText.replace(/\s+/g, ' ')})`);
  const viewText = await page.locator('.sidebar').innerText();
  check(viewText.toLowerCase().includes('news.txt') && viewText.includes(newsOfficial.name), `the ${viewName} view follows to news.txt and lists ${newsOfficial.name}`);

  exitCode = failures.length ? 1 : 0;
} catch (err) {
  if (!timer.timedOut()) {
    console.error(`[ui] ${err.stack ?? err}`);
    try {
      const page = browser?.contexts()[0]?.pages()[0];
      if (page) await shoot(page, 'failure.png');
    } catch { /* the page is gone */ }
  }
} finally {
  timer.cancel();
  await cleanUp();
}
console.log(`[ui] screenshots:\n${screenshots.map((p) => `    ${p}`).join('\n')}`);
console.log(`[ui] ${exitCode === 0 ? 'passed' : `FAILED${failures.length ? `: ${failures.join('; ')}` : ''}`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(timer.timedOut() ? 124 : exitCode);
