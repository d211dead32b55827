/** A token file or folder as read from disk: the input of the tokens stage's file source. */

/** One parsed token document. */
export interface TokenDocument {
  /** Path inside the configured folder with "/" separators; the file name for a configured file. */
  name: string;
  /** Path relative to the project root, as messages and the generated header name it. */
  source: string;
  doc: unknown;
}

/** One configured entry of tokens.files: a file, or a folder with every token document under it. */
export interface TokenSource {
  /** The configured path relative to the root (the path itself when it is the root). */
  label: string;
  directory: boolean;
  documents: TokenDocument[];
}
