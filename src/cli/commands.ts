// Names the command line's entry (bulletin.ts) needs before it knows the command: kept apart from
// the commands themselves, which it loads only when they run.

export const EXPORT_FORMATS = ['brat', 'conll', 'jsonl', 'csv', 'json'] as const;
export type CliExportFormat = (typeof EXPORT_FORMATS)[number];

export const PEOPLE_USAGE = 'usage: bulletin people [--format csv|json] [--jobs N] [--year YYYY] [--no-corrections] DIR|FILE...';

/** The argument `bulletin people` starts its worker threads with (the same bundle as the command line). */
export const PEOPLE_WORKER_ARG = '--people-worker';
