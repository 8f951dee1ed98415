// Where the user dictionary setting points, and whether it may be read. In an untrusted workspace
// nothing is read: the setting may come from the workspace (.vscode/settings.json), and a workspace
// must not make the extension read files of its choosing, inside it or outside. Pure (no vscode).
import * as path from 'node:path';

export type DictionarySource = { read: true; path: string } | { read: false; reason: string };

export function userDictionarySource(setting: string, trusted: boolean, workspaceFolder: string | undefined, home: string | undefined): DictionarySource {
  if (!setting) return { read: false, reason: 'no user dictionary is set' };
  if (!trusted) return { read: false, reason: 'the workspace is not trusted' };
  const expanded = home ? setting.replace(/^~(?=[\\/]|$)/, home) : setting;
  if (path.isAbsolute(expanded) || /^[A-Za-z]:[\\/]/.test(expanded) || !workspaceFolder) return { read: true, path: path.resolve(expanded) };
  return { read: true, path: path.resolve(workspaceFolder, expanded) };
}
