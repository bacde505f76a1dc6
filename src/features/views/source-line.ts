import type { Ledger } from '../../core/ledger.ts';
import { documentTitle } from '../../core/names.ts';
import type { SourceReference } from '../../schemas/shared.ts';

/** What a source line shows: the document cited (its title, or its id when the ledger has no such document) and where in it. */
export interface SourceLineView {
  document: string;
  title: string;
  locator: string | undefined;
}

/** A source reference with its document's title looked up, for the SourceLine component. */
export function sourceLine(ledger: Pick<Ledger, 'documents'>, source: SourceReference): SourceLineView {
  return { document: source.document, title: documentTitle(ledger, source.document), locator: source.locator };
}
