import type { Ledger } from '../../core/ledger.ts';
import type { SourceReference } from '../../schemas/shared.ts';

/** What a source line shows: the document cited (its title, or its id when the ledger has no such document) and where in it. */
export interface SourceLineView {
  document: string;
  title: string;
  locator: string | undefined;
}

/** The title a page shows for a document id: the document's title, or the id when there is none. */
export function documentTitle(ledger: Pick<Ledger, 'documents'>, id: string): string {
  return ledger.documents.get(id)?.data.title ?? id;
}

/** A source reference with its document's title looked up, for the SourceLine component. */
export function sourceLine(ledger: Pick<Ledger, 'documents'>, source: SourceReference): SourceLineView {
  return { document: source.document, title: documentTitle(ledger, source.document), locator: source.locator };
}
