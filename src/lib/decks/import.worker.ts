// Reads a deck file (spreadsheet or JSON) away from the page: a 5 MB file is parsed and checked
// without freezing it, and one that takes the parser down takes only this worker.
import { importDeck, type DeckImport, type DeckImportOptions } from './import.ts';

export interface DeckImportRequest {
	text: string;
	options: DeckImportOptions;
}

const scope = self as unknown as {
	onmessage: ((event: MessageEvent<DeckImportRequest>) => void) | null;
	postMessage(reply: DeckImport): void;
};

scope.onmessage = ({ data: { text, options } }) => scope.postMessage(importDeck(text, options));
