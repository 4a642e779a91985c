/** A fact set that cannot be used, with where the problem is, for build logs and the CLI. */
export class FactSetError extends Error {
	readonly file: string;
	readonly factId: string | undefined;
	readonly field: string;
	/** The problem alone, without where it is. */
	readonly problem: string;

	/** `place` overrides how the place reads (a spreadsheet's "Row 4, column “answer”"). */
	constructor(
		file: string,
		factId: string | undefined,
		field: string,
		problem: string,
		place?: string
	) {
		const where = place ?? (factId ? `fact "${factId}", field "${field}"` : `field "${field}"`);
		super(`${file}: ${where}: ${problem}`);
		this.name = 'FactSetError';
		this.file = file;
		this.factId = factId;
		this.field = field;
		this.problem = problem;
	}
}
