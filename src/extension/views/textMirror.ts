// The worker's copy of a document's text, kept up to date from the host's edit events so that the
// host does not read and send the whole text (getText of megabytes) after every keystroke.
import type { TextChange } from '../analysis/protocol';

export class TextMirror {
  constructor(
    public version: number,
    public text: string,
  ) {}

  /**
   * Applies edits in the order VS Code reports them (each against the text left by the previous
   * one). False, leaving the mirror unusable, when they do not start from our version or the
   * result has not the length the host expects: the host then sends the whole text.
   */
  apply(fromVersion: number, version: number, length: number, changes: TextChange[]): boolean {
    if (fromVersion !== this.version) return false;
    let text = this.text;
    for (const c of changes) {
      if (c.offset < 0 || c.offset + c.length > text.length) return false;
      text = text.slice(0, c.offset) + c.text + text.slice(c.offset + c.length);
    }
    if (text.length !== length) return false;
    this.text = text;
    this.version = version;
    return true;
  }
}
