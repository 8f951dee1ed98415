// The user dictionary (`bulletin.userDictionary`): a JSON file of extra names, titles and
// organizations for the engine. Read only in a trusted workspace: a workspace must not make the
// extension read arbitrary files on its own. Read through vscode.workspace.fs, so the same code
// serves the Node host (any path, see nodeUserDictionary.ts) and VS Code for the Web (a path
// inside the workspace, read from whatever file system serves it).
import * as vscode from 'vscode';
import type { AnalyzeOptions } from '../core';
import type { Log } from './log';

export type UserDictionary = NonNullable<AnalyzeOptions['userDictionary']>;

/** Reads and checks the dictionary at `uri`; a broken file is reported and not used. */
export async function readUserDictionary(uri: vscode.Uri, log: Log): Promise<UserDictionary | undefined> {
  const where = uri.scheme === 'file' ? uri.fsPath : uri.toString();
  try {
    const raw = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri))) as unknown;
    const dictionary = parseDictionary(raw);
    log.info(`User dictionary ${where}: ${dictionary.names?.length ?? 0} names, ${dictionary.titles?.length ?? 0} titles, ${dictionary.organizations?.length ?? 0} organizations`);
    return dictionary;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log.error(`User dictionary ${where} not read: ${message}`);
    void vscode.window.showWarningMessage(vscode.l10n.t('The bulletin user dictionary could not be read: {0}', message));
    return undefined;
  }
}

/**
 * The dictionary a path relative to the first workspace folder names, whatever file system serves
 * the folder: what VS Code for the Web can read. Absolute and home paths name the user's disk,
 * which the browser cannot reach.
 */
export async function loadWorkspaceDictionary(setting: string, log: Log): Promise<UserDictionary | undefined> {
  if (!setting) return undefined;
  if (!vscode.workspace.isTrusted) {
    log.info('User dictionary not read: the workspace is not trusted.');
    return undefined;
  }
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder || /^(~|[\\/]|[A-Za-z]:[\\/])/.test(setting)) {
    log.info('User dictionary not read: VS Code for the Web reads it only from a path relative to the workspace folder.');
    return undefined;
  }
  return readUserDictionary(vscode.Uri.joinPath(folder.uri, ...setting.split(/[\\/]+/).filter(Boolean)), log);
}

/** Keeps only arrays of non-empty strings under the three known keys. */
export function parseDictionary(raw: unknown): UserDictionary {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error('expected an object with names, titles, organizations');
  const record = raw as Record<string, unknown>;
  const list = (key: string): string[] | undefined => {
    const v = record[key];
    if (v === undefined) return undefined;
    if (!Array.isArray(v)) throw new Error(`"${key}" must be an array of strings`);
    return v.filter((s): s is string => typeof s === 'string' && s.trim() !== '').map((s) => s.trim());
  };
  return { names: list('names'), titles: list('titles'), organizations: list('organizations') };
}
