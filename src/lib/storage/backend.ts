// The few operations progress storage needs from a key-value backend (IndexedDB or memory).

export type Entry = readonly [key: string, value: unknown];

/** Changes applied together: clear first (when set), then deletes, then puts. */
export interface Write {
	clear?: boolean;
	delete?: readonly string[];
	put?: readonly Entry[];
}

/** What a read-modify-write reads before planning its write. */
export interface ReadSpec {
	keys?: readonly string[];
	/** Key prefixes; '' reads everything. */
	prefixes?: readonly string[];
}

export interface Backend {
	/** Records under each prefix ('' = all), grouped by prefix in key order, from one snapshot. */
	read(prefixes: readonly string[]): Promise<Entry[]>;
	get(key: string): Promise<unknown>;
	/**
	 * Reads `spec`, calls `plan` synchronously with what was found (absent keys are missing from the
	 * map) and applies its write, all in one transaction: nothing else can interleave, and if
	 * `plan` or any write fails nothing is written.
	 */
	update<T>(
		spec: ReadSpec,
		plan: (found: Map<string, unknown>) => { write: Write; result: T }
	): Promise<T>;
	/** Applies `write` atomically. */
	write(write: Write): Promise<void>;
}
