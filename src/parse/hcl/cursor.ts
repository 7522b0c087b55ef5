/** A syntax error at a character offset; the parser turns it into the file's one parse error. */
export class HclSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** Reads HCL source character by character: whitespace, the three comment styles, and expectations. */
export class Cursor {
  pos = 0;

  constructor(readonly text: string) {}

  peek(offset = 0): string {
    return this.text.charAt(this.pos + offset);
  }

  atEnd(): boolean {
    return this.pos >= this.text.length;
  }

  startsWith(token: string): boolean {
    return this.text.startsWith(token, this.pos);
  }

  /** Skips spaces and comments; newlines too when `newlines` (inside brackets they are not significant). */
  skip(newlines: boolean): void {
    for (;;) {
      const c = this.peek();
      if (c === " " || c === "\t" || c === "\r" || (newlines && c === "\n")) this.pos++;
      else if (c === "#" || this.startsWith("//")) this.skipLineComment(newlines);
      else if (this.startsWith("/*")) {
        const end = this.text.indexOf("*/", this.pos + 2);
        if (end < 0) throw new HclSyntaxError("unterminated /* comment", this.pos);
        this.pos = end + 2;
      } else return;
    }
  }

  private skipLineComment(newlines: boolean): void {
    const end = this.text.indexOf("\n", this.pos);
    this.pos = end < 0 ? this.text.length : newlines ? end + 1 : end;
  }

  expect(token: string, what = `"${token}"`): void {
    if (!this.startsWith(token)) throw this.error(`expected ${what}`);
    this.pos += token.length;
  }

  identifier(): string {
    const match = /[A-Za-z_][A-Za-z0-9_-]*/y;
    match.lastIndex = this.pos;
    const found = match.exec(this.text);
    if (!found) throw this.error("expected a name");
    this.pos += found[0].length;
    return found[0];
  }

  isIdentifierStart(): boolean {
    return /[A-Za-z_]/.test(this.peek());
  }

  error(message: string): HclSyntaxError {
    const found = this.atEnd() ? "end of file" : JSON.stringify(this.peek());
    return new HclSyntaxError(`${message}, found ${found}`, this.pos);
  }
}
