// Whether progress is being kept, for the notice every page shows. Deliberately tiny: pages
// import it on first load, while the storage code itself loads only when first needed.

class StorageStatus {
	/** A plain-language problem to show, or '' when all is well. */
	message = $state('');
	/** False when progress lives only in memory; null until storage has been opened. */
	persistent = $state<boolean | null>(null);

	#pending: Promise<unknown> = Promise.resolve();

	report(message: string): void {
		this.message = message;
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
