// Parses a chosen JSON file with the limits of json.ts, away from the page (see json-file.ts).
import { readJsonText, type JsonFileReply, type JsonFileRequest } from './json-file.ts';

const scope = self as unknown as {
	onmessage: ((event: MessageEvent<JsonFileRequest>) => void) | null;
	postMessage(reply: JsonFileReply): void;
};

scope.onmessage = async ({ data }) => scope.postMessage(await readJsonText(data));
