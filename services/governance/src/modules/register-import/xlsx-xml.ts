import { StringDecoder } from 'node:string_decoder';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { XlsxProblem, type XlsxLimits } from './xlsx-limits.js';

/** What a part's reader does with the elements (by local name: `x:row` is `row`) and their text. */
export interface XmlHandlers {
  open(name: string, attributes: Record<string, string>): void;
  close(name: string): void;
  text(text: string): void;
}

const localName = (name: string): string => {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
};

/**
 * Drives saxes (a streaming, well-formedness-checking XML parser) over the inflated pieces of one
 * zip entry. Each character is looked at once, so the work is linear in the entry's size; between
 * pieces it checks that no text, attribute or comment runs on without a tag and that elements do
 * not nest without end, so a malformed part is refused while it is read, not when memory runs out.
 */
export class XmlReader {
  /** Characters handed to the parser so far: the work done, which tests compare with the input's size. */
  chars = 0;
  private readonly parser = new SaxesParser({ xmlns: false, position: true });
  private depth = 0;
  private lastTagAt = 0;

  constructor(
    private readonly entry: string,
    private readonly limits: XlsxLimits,
    handlers: XmlHandlers,
  ) {
    this.parser.on('opentag', (tag: SaxesTagPlain) => {
      this.lastTagAt = this.parser.position;
      if (++this.depth > limits.maxDepth) throw new XlsxProblem('TOO_DEEP', { entry });
      handlers.open(localName(tag.name), tag.attributes);
    });
    this.parser.on('closetag', (tag: SaxesTagPlain) => {
      this.lastTagAt = this.parser.position;
      this.depth--;
      handlers.close(localName(tag.name));
    });
    this.parser.on('text', (text) => handlers.text(text));
    this.parser.on('cdata', (text) => handlers.text(text));
  }

  /** Position of the parser in the entry's text (characters). */
  get position(): number {
    return this.parser.position;
  }

  /** Parses the pieces, yielding after each so the caller can hand on what it has gathered. */
  async *parse(pieces: AsyncIterable<Buffer>): AsyncGenerator<void> {
    const decoder = new StringDecoder('utf8');
    for await (const piece of pieces) {
      this.write(decoder.write(piece));
      yield;
    }
    this.write(decoder.end());
    try {
      this.parser.close();
    } catch (e) {
      throw this.problem(e);
    }
  }

  private write(text: string): void {
    if (!text) return;
    this.chars += text.length;
    try {
      this.parser.write(text);
    } catch (e) {
      throw this.problem(e);
    }
    if (this.parser.position - this.lastTagAt > this.limits.maxGapChars) {
      throw new XlsxProblem('BAD_XML', { entry: this.entry, detail: 'text without a tag' });
    }
  }

  private problem(e: unknown): XlsxProblem {
    return e instanceof XlsxProblem
      ? e
      : new XlsxProblem('BAD_XML', { entry: this.entry, detail: (e as Error).message });
  }
}
