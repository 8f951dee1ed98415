// The user dictionary (`bulletin.userDictionary`): a JSON file of extra names, titles and
// organizations for the engine. Read only in a trusted workspace: a workspace must not make the
// extension read arbitrary files on its own.
import * as vscode from 'vscode';
import type { AnalyzeOptions } from '../core';
import type { Log } from './log';
import { userDictionarySource } from './userDictionaryPath';

export type UserDictionary = NonNullable<AnalyzeOptions['userDictionary']>;

export async function loadUserDictionary(setting: string, log: Log): Promise<UserDictionary | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  const source = userDictionarySource(setting, vscode.workspace.isTrusted, folder?.uri.scheme === 'file' ? folder.uri.fsPath : undefined, process.env.HOME);
  if (!source.read) {
    if (setting) log.info(`User dictionary not read: ${source.reason}.`);
    return undefined;
  }
  const uri = vscode.Uri.file(source.path);
  try {
    const raw = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri))) as unknown;
    const dictionary = parseDictionary(raw);
    log.info(`User dictionary ${uri.fsPath}: ${dictionary.names?.length ?? 0} names, ${dictionary.titles?.length ?? 0} titles, ${dictionary.organizations?.length ?? 0} organizations`);
    return dictionary;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log.error(`User dictionary ${uri.fsPath} not read: ${message}`);
    void vscode.window.showWarningMessage(vscode.l10n.t('The bulletin user dictionary could not be read: {0}', message));
    return undefined;
  }
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
