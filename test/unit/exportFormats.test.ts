// The CSV a spreadsheet opens: a byte-order mark, one row per entity, and cells that read back as
// the JSON export's values.
import './setupResources';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { LineIndex } from '../../src/core/lineIndex';
import { CSV_COLUMNS, formatAnnotations, locatorOf } from '../../src/core/exchange/tables';
import { parseCsv } from '../support/csv';

const TEXT =
  '区领导调研企业\n\n本报讯 10月 6日下午，开封市政府副秘书长、高新区党工委副书记、\n管委会主任刘建国到上汽集团调研，企业投资 3.5亿元，用地约 41万平方米。\n记者 孙文\n\n' +
  '会议召开\n\n本报讯 3月 9日，市政府副秘书长、区党工委副书记刘建国主持召开\n会议，当前要推进 “双创” 工作，目标 =SUM(1)。';

test('the CSV starts with a byte-order mark and reads back as the JSON values', () => {
  const analysis = analyze(TEXT);
  const locate = locatorOf(new LineIndex(TEXT));
  const csv = formatAnnotations('csv', 'page.txt', analysis, locate);
  const json = JSON.parse(formatAnnotations('json', 'page.txt', analysis, locate));
  assert.equal(csv.charCodeAt(0), 0xfeff);
  const rows = parseCsv(csv.slice(1));
  assert.deepEqual(rows[0], [...CSV_COLUMNS]);
  assert.equal(rows.length - 1, json.entities.length);
  assert.ok(json.entities.some((e: { kind: string }) => e.kind === 'title'), 'the page has titles');
  rows.slice(1).forEach((cells, i) => {
    const entity = json.entities[i];
    const row = Object.fromEntries(CSV_COLUMNS.map((c, k) => [c, cells[k]]));
    for (const [key, value] of Object.entries(entity)) {
      const expected = Array.isArray(value) ? value.join('; ') : String(value);
      // A cell that would run as a formula carries one leading apostrophe, and nothing else changes.
      const cell = row[key].startsWith("'") && !expected.startsWith("'") ? row[key].slice(1) : row[key];
      assert.equal(cell, expected, `row ${i + 1}, ${key}`);
    }
    const article = json.articles[entity.article];
    assert.equal(row.headline, article?.headline ? article.headline.replace(/\s+/g, '') : '');
  });
  const dates = rows.slice(1).filter((r) => r[1] === 'date');
  assert.ok(dates.length > 0);
  for (const d of dates) assert.ok(!d[CSV_COLUMNS.indexOf('value')].startsWith("'"), 'a date value is written plain');
  const title = rows.slice(1).find((r) => r[1] === 'title' && r[CSV_COLUMNS.indexOf('resolved')] !== '');
  assert.ok(title, 'an abbreviated title is exported with its resolved value');
});
