/** A fact set that cannot be used, with where the problem is, for build logs and the CLI. */
export class FactSetError extends Error {
	readonly file: string;
	readonly factId: string | undefined;
	readonly field: string;

	constructor(file: string, factId: string | undefined, field: string, problem: string) {
		const where = factId ? `fact "${factId}", field "${field}"` : `field "${field}"`;
		super(`${file}: ${where}: ${problem}`);
		this.name = 'FactSetError';
		this.file = file;
		this.factId = factId;
		this.field = field;
	}
}
