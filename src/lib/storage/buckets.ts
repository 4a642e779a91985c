// Cards kept in buckets: a deck's cards live in 64 records (`cards:00` … `cards:63`, each an array
// of cards) rather than one record each, so loading 10,000 cards is 64 reads, not 10,000. The
// rest of storage still sees one `card:<id>` entry per card: this layer turns bucket records into
// card entries on the way in, and writes to card entries into bucket writes on the way out, in
// the same transaction. Records under the old one-per-card keys are still read (a database not yet
// migrated, or a record written by hand); writing such a card moves it into its bucket.
import type { Backend, Entry, ReadSpec, Write } from './backend.ts';
import { CARD_PREFIX } from './keys.ts';

export const BUCKET_PREFIX = 'cards:';
export const BUCKET_COUNT = 64;

/** The bucket a card id belongs to (FNV-1a, so it is the same on every device and version). */
export function bucketKey(cardId: string): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < cardId.length; i++) {
		hash ^= cardId.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return BUCKET_PREFIX + String((hash >>> 0) % BUCKET_COUNT).padStart(2, '0');
}

const isCardKey = (key: string) => key.startsWith(CARD_PREFIX);
const isBucketKey = (key: string) => key.startsWith(BUCKET_PREFIX);

/** The card entries a bucket record stands for; what is not a card keeps a key of its own. */
function explodeBucket(key: string, value: unknown): Entry[] {
	if (!Array.isArray(value)) return [[key, value]];
	return value.map((item, index) => {
		const id = (item as { id?: unknown } | null)?.id;
		return typeof id === 'string' && id !== '' && id.length <= 200
			? ([CARD_PREFIX + id, item] as const)
			: ([`${key}#${index}`, item] as const);
	});
}

/** `entries` with every bucket record replaced by the card entries it holds. */
function explode(entries: readonly Entry[]): Entry[] {
	return entries.flatMap(([key, value]) =>
		isBucketKey(key) ? explodeBucket(key, value) : [[key, value] as const]
	);
}

/** What to read underneath for `spec`: a card's bucket and its old key; buckets for the prefix. */
function innerSpec(spec: ReadSpec): ReadSpec {
	const keys = new Set<string>();
	for (const key of spec.keys ?? []) {
		keys.add(key);
		if (isCardKey(key)) keys.add(bucketKey(key.slice(CARD_PREFIX.length)));
	}
	const prefixes = (spec.prefixes ?? []).flatMap((prefix) =>
		prefix === CARD_PREFIX ? [CARD_PREFIX, BUCKET_PREFIX] : [prefix]
	);
	return { keys: [...keys], prefixes };
}

/**
 * `write` as it is applied underneath, given the raw records read for it: card puts and deletes
 * become the new contents of their buckets, and the old one-per-card keys of those cards go.
 */
function bucketWrite(write: Write, raw: ReadonlyMap<string, unknown>): Write {
	const buckets = new Map<string, Map<string, unknown>>();
	const bucket = (key: string) => {
		let cards = buckets.get(key);
		if (!cards) {
			cards = new Map();
			const stored = write.clear ? undefined : raw.get(key);
			if (Array.isArray(stored))
				for (const [cardKey, card] of explodeBucket(key, stored))
					if (isCardKey(cardKey)) cards.set(cardKey, card);
			buckets.set(key, cards);
		}
		return cards;
	};
	const deletes: string[] = [];
	const puts: Entry[] = [];
	const touch = (key: string) => {
		const cards = bucket(bucketKey(key.slice(CARD_PREFIX.length)));
		if (!write.clear && raw.has(key)) deletes.push(key);
		return cards;
	};
	for (const key of write.delete ?? []) {
		if (isCardKey(key)) touch(key).delete(key);
		else deletes.push(key);
	}
	for (const [key, value] of write.put ?? []) {
		if (isCardKey(key)) touch(key).set(key, value);
		else puts.push([key, value]);
	}
	for (const [key, cards] of buckets) {
		if (cards.size > 0) puts.push([key, [...cards.values()]]);
		else if (!write.clear) deletes.push(key);
	}
	return { clear: write.clear, delete: deletes, put: puts };
}

/** The card keys `write` touches, whose buckets must be read before it is applied. */
function cardKeysOf(write: Write): string[] {
	return [...(write.delete ?? []), ...(write.put ?? []).map(([key]) => key)].filter(isCardKey);
}

/** `inner`, with cards kept in buckets as described above. */
export function bucketedCards(inner: Backend): Backend {
	const update: Backend['update'] = (spec, plan) => {
		const under = innerSpec(spec);
		const bucketsRead = new Set((under.keys ?? []).filter(isBucketKey));
		return inner.update(under, (raw) => {
			const { write, result } = plan(new Map(explode([...raw])));
			// A card written without its bucket read first would lose the bucket's other cards.
			const unread =
				write.clear || readsEveryCard(spec)
					? []
					: cardKeysOf(write).filter(
							(key) => !bucketsRead.has(bucketKey(key.slice(CARD_PREFIX.length)))
						);
			if (unread.length > 0) throw new Error('a card was written without reading its bucket');
			return { write: bucketWrite(write, raw), result };
		});
	};
	return {
		read: async (prefixes) => explode(await inner.read(innerSpec({ prefixes }).prefixes ?? [])),
		get: async (key) => {
			if (!isCardKey(key)) return inner.get(key);
			const bucket = bucketKey(key.slice(CARD_PREFIX.length));
			const [stored, legacy] = await Promise.all([inner.get(bucket), inner.get(key)]);
			return new Map(explode([[bucket, stored]])).get(key) ?? legacy;
		},
		update,
		// Writing a card means rewriting its bucket, so a plain write reads the buckets it touches.
		write: (write) => update({ keys: cardKeysOf(write) }, () => ({ write, result: undefined }))
	};
}

/** True when `spec` reads every card anyway (the whole store, or every card). */
function readsEveryCard(spec: ReadSpec): boolean {
	return (spec.prefixes ?? []).some((prefix) => prefix === '' || prefix === CARD_PREFIX);
}
