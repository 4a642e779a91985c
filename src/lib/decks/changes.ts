// Tells the app's other open tabs that the decks on this device changed, so lists of decks in
// them follow (a deck written in one tab shows in the Decks page open in another).
const CHANNEL = 'summit-quiz:decks';

/** Called after every write to the deck library. */
export function announceDecksChanged(): void {
	if (typeof BroadcastChannel === 'undefined') return;
	const channel = new BroadcastChannel(CHANNEL);
	channel.postMessage('changed');
	channel.close();
}

/** Calls `listener` whenever any tab (this one too) changes the decks; returns a stop function. */
export function onDecksChanged(listener: () => void): () => void {
	if (typeof BroadcastChannel === 'undefined') return () => {};
	const channel = new BroadcastChannel(CHANNEL);
	channel.onmessage = () => listener();
	return () => channel.close();
}
