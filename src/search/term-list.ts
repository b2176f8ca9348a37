/** The sorted terms of frozen postings: a list, or one text of them (`JoinedTerms`). */
export interface TermList {
  readonly length: number;
  at(index: number): string | undefined;
}

/**
 * Terms as one text, joined by newlines (no term holds one), and where each starts. Held as a list, the
 * 258,000 terms of 100,000 articles were 7 MB of slices of the snapshot's text (which they kept alive) and a
 * 2 MB list; as one text they cost the text and four bytes each. A term is cut from the text when it is
 * read: a lookup reads some eighteen.
 */
export class JoinedTerms implements TermList {
  private constructor(
    readonly text: string,
    /** Where each term starts, and one past the last term's end. */
    private readonly starts: Uint32Array,
  ) {}

  /** A line break inside a text (none is expected) would split it in two: it is read as a space. */
  static of(texts: readonly string[]): JoinedTerms {
    const starts = new Uint32Array(texts.length + 1);
    for (let i = 0; i < texts.length; i++) starts[i + 1] = starts[i]! + texts[i]!.length + 1;
    return new JoinedTerms(texts.map(oneLine).join('\n'), starts);
  }

  /** From the text as written; throws unless it holds `count` terms. */
  static read(text: string, count: number): JoinedTerms {
    const starts = new Uint32Array(count + 1);
    if (count === 0) return new JoinedTerms('', starts);
    let n = 1;
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
      if (n < count) starts[n] = at + 1;
      n += 1;
    }
    if (n !== count) throw new Error(`expected ${count} strings, found ${n}`);
    starts[count] = text.length + 1;
    return new JoinedTerms(text, starts);
  }

  get length(): number {
    return this.starts.length - 1;
  }

  at(index: number): string | undefined {
    return index >= 0 && index < this.length ? this.text.slice(this.starts[index], this.starts[index + 1]! - 1) : undefined;
  }
}

/**
 * Texts by number that also grow: a joined base (read from the snapshot, or made when the index is compacted)
 * and the texts added since. The index's document titles (100,000 slices of the snapshot's text, as the
 * terms were, before).
 */
export class TextColumn implements TermList {
  constructor(
    private readonly base: TermList = JoinedTerms.of([]),
    private readonly added: string[] = [],
  ) {}

  get length(): number {
    return this.base.length + this.added.length;
  }

  at(index: number): string | undefined {
    return index < this.base.length ? this.base.at(index) : this.added[index - this.base.length];
  }

  push(text: string): void {
    this.added.push(text);
  }
}

/** The terms as one text, as the snapshot writes them. */
export const termsText = (terms: TermList): string => (terms instanceof JoinedTerms ? terms.text : Array.from({ length: terms.length }, (_, i) => oneLine(terms.at(i)!)).join('\n'));

const oneLine = (text: string): string => text.replace(/[\r\n]/g, ' ');
