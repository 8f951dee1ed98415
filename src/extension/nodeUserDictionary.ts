// The user dictionary in Node extension hosts: any path on the user's disk (absolute, ~/…, or
// relative to the workspace folder), resolved by userDictionaryPath.ts, read as on the web.
import * as vscode from 'vscode';
import type { Log } from './log';
import { readUserDictionary, type UserDictionary } from './userDictionary';
import { userDictionarySource } from './userDictionaryPath';

export async function loadUserDictionary(setting: string, log: Log): Promise<UserDictionary | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  const source = userDictionarySource(setting, vscode.workspace.isTrusted, folder?.uri.scheme === 'file' ? folder.uri.fsPath : undefined, process.env.HOME);
  if (!source.read) {
    if (setting) log.info(`User dictionary not read: ${source.reason}.`);
    return undefined;
  }
  return readUserDictionary(vscode.Uri.file(source.path), log);
}
