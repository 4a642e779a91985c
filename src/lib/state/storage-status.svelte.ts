// Whether progress is being kept, for the notice every page shows. Deliberately tiny: pages
// import it on first load, while the storage code itself loads only when first needed.

class StorageStatus {
	/** A plain-language problem to show, or '' when all is well. */
	message = $state('');
	/** False when progress lives only in memory; null until storage has been opened. */
	persistent = $state<boolean | null>(null);

	#pending: Promise<unknown> = Promise.resolve();
	/** Whether the message is about a write that failed, which a later success makes untrue. */
	#passing = false;

	/** Shows `message`; `passing` for a failed read or write, cleared once storage works again. */
	report(message: string, passing = false): void {
		this.message = message;
		this.#passing = passing;
	}

	/** Storage just worked: a failure it reported is over. True when there was one. */
	recovered(): boolean {
		if (!this.#passing) return false;
		this.message = '';
		this.#passing = false;
		return true;
	}

	/** Registers a write still under way, such as the run the player has just finished. */
	track(write: Promise<unknown>): void {
		this.#pending = Promise.allSettled([this.#pending, write]);
	}

	/** Resolves when every tracked write has ended, so a page reads what was just saved. */
	settled(): Promise<unknown> {
		return this.#pending;
	}
}

export const storageStatus = new StorageStatus();
