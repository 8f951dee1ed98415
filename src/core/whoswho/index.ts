// The folder's who's who: digests of bulletins (digest.ts), persons matched across them
// (matching.ts), dated (dating.ts), merged (merge.ts) and tabulated (table.ts). Pure TypeScript.
export * from './types';
export { digestOf } from './digest';
export { completeDate, calendarDate, compareDates } from './dating';
export { seatOf, seatsAgree, splitByPerson } from './matching';
export { whosWho, dateRange } from './merge';
export { tableRows, toCsv, toJson, TABLE_COLUMNS, type TableRow } from './table';
