// The tests' one CSV reader (unit tests run it through tsx, the integration suite's bundles include
// it): the exports write RFC 4180 with CRLF rows, so a cell may hold commas, quotes and line breaks.

/** RFC 4180 rows: quoted cells, doubled quotes, CRLF row ends. A byte-order mark is the caller's to check and drop. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  // A last row without its CRLF.
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** The rows under the header, each as its cells by column name. */
export function csvRecords(text: string): Array<Record<string, string>> {
  const [header = [], ...rows] = parseCsv(text);
  return rows.map((cells) => Object.fromEntries(header.map((column, k) => [column, cells[k]])));
}
