// A readable terminal report: each article with its headline, dateline, byline and entities, under
// its page when the file holds several (or a masthead).
import type { Analysis, Entity } from '../core/types';
import { LineIndex } from '../core/lineIndex';

const flat = (s: string) => s.replace(/\s+/g, '');

function describe(e: Entity): string {
  switch (e.kind) {
    case 'person': {
      return `${e.role} ${e.name}${e.titles.length ? ` (${e.titles.join('、')})` : ''}`;
    }
    case 'title':
      return `title ${e.value}${e.organization ? ` [${e.organization} | ${e.post}]` : ''}`;
    case 'organization':
      return `organization ${e.name}`;
    case 'date':
      return `date ${flat(e.text)} = ${e.value || '(relative)'}`;
    case 'figure':
      if (e.category === 'identifier') return `figure ${flat(e.text)} (telephone number)`;
      return `figure ${flat(e.text)} = ${e.value}${e.counts || e.unit ? ' ' + (e.counts ?? e.unit) : ''}${e.approximate ? ' (approx.)' : ''}`;
  }
}

export function formatReport(file: string, text: string, analysis: Analysis): string {
  const lines: string[] = [`== ${file}: ${analysis.articles.length} articles, ${analysis.entities.length} entities`];
  const index = new LineIndex(text);
  const lineOf = (offset: number) => index.lineOf(offset) + 1;
  const paged = analysis.pages.length > 1 || analysis.pages.some((p) => p.masthead);
  analysis.articles.forEach((a, i) => {
    const page = paged ? analysis.pages.findIndex((p) => p.articles[0] === i) : -1;
    if (page >= 0) {
      const p = analysis.pages[page];
      const m = p.masthead;
      const about = m ? [m.name, m.issue, p.date ?? m.dateText].filter(Boolean).join(' ') : '(no masthead)';
      lines.push('', `=== page ${page + 1}: ${about}`);
    }
    lines.push('');
    const head = [a.pretitle?.text, a.headline?.text, a.subtitle?.text].filter(Boolean).join(' / ');
    lines.push(`[${i + 1}] ${head || '(no headline)'}${a.headlinePlacement === 'elsewhere' ? '  (headline found elsewhere on the page)' : ''}`);
    lines.push(`    lines ${lineOf(a.start)}-${lineOf(a.end)}`);
    if (a.section) lines.push(`    column: ${a.section.text}`);
    if (a.dateline) lines.push(`    dateline: ${flat(a.dateline.text)}`);
    if (a.byline) lines.push(`    byline: ${a.byline.names.join(', ') || flat(a.byline.text)}`);
    for (const e of analysis.entities) {
      if (e.article === i && e.kind !== 'title') lines.push(`    - ${describe(e)}`);
    }
  });
  return lines.join('\n') + '\n';
}
