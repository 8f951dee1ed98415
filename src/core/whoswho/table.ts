// The who's who as a table: one row per person and post (a person given no post has one row with
// the post empty), as CSV (RFC 4180, CRLF) or JSON. Shared by the command line and the extension's export.
import type { WhoPerson } from './types';

export const TABLE_COLUMNS = ['name', 'person', 'role', 'title', 'organization', 'post', 'first_seen', 'last_seen', 'mentions', 'documents', 'possibly_same', 'appointed', 'removed'] as const;

export type TableRow = Record<(typeof TABLE_COLUMNS)[number], string | number>;

export function tableRows(persons: WhoPerson[]): TableRow[] {
  const rows: TableRow[] = [];
  for (const p of persons) {
    const posts = p.posts.some((post) => post.title) ? p.posts.filter((post) => post.title) : p.posts;
    for (const post of posts) {
      rows.push({
        name: p.name,
        person: p.key,
        role: p.role,
        title: post.title,
        organization: post.organization,
        post: post.post,
        first_seen: post.firstSeen,
        last_seen: post.lastSeen,
        mentions: post.mentions,
        documents: post.documents,
        possibly_same: p.possiblySame.join(';'),
        appointed: post.appointed,
        removed: post.removed,
      });
    }
  }
  return rows;
}

function csvField(value: string | number): string {
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(rows: TableRow[]): string {
  const lines = [TABLE_COLUMNS.join(',')];
  for (const row of rows) lines.push(TABLE_COLUMNS.map((c) => csvField(row[c])).join(','));
  return lines.join('\r\n') + '\r\n';
}

export function toJson(rows: TableRow[]): string {
  return JSON.stringify(rows, null, 1) + '\n';
}
