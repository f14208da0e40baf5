import type { Detection, FileKind, Roles } from './detect';
import type { RawFile, ValueRenames } from './read';
import type { LoadOptions } from './sql-rows';
import type { AnswerScaleReport } from './survey';

/** What a file is taken to be: the detected guess, or the user's correction of it. */
export interface FileSetup extends LoadOptions {
	kind: FileKind | null;
	roles: Roles;
	/** Values the user renamed, by column: the layout's «4 класс №1» named «4А». */
	values?: ValueRenames;
}

/** One file after loading: how it was read, what it was taken for, and its row accounting (in = loaded + rejected). */
export interface FileReport
	extends
		LoadOptions,
		Pick<
			RawFile,
			| 'name'
			| 'format'
			| 'encoding'
			| 'delimiter'
			| 'sheets'
			| 'filledSheets'
			| 'sheet'
			| 'headerRow'
			| 'headerRows'
			| 'columns'
			| 'rowsIn'
			| 'context'
			| 'aggregate'
		> {
	/** Columns made from the layout (a title row's subject, the file name's group), to choose like any other. */
	virtual: string[];
	/** The values each virtual column holds, as the layout gave them (before the user's renaming). */
	virtualValues: Record<string, string[]>;
	values?: ValueRenames;
	/** Columns the chosen kind uses for nothing, with why. */
	unused: NonNullable<Detection['unused']>;
	kind: FileKind | null;
	confidence: number;
	roles: Roles;
	/** The scale scores or answers were read on (outcomes, survey), normalised to 0..1 from it. */
	scale?: {
		min: number;
		max: number;
		words: boolean;
		/** The file whose legend states this file's scale (a summary beside its group's card). */
		from?: string;
	};
	/** Survey: the word scales answers were read on, weakest first, for the user to confirm or reorder. */
	answerScales?: AnswerScaleReport[];
	/** True when the user chose the kind or roles rather than the detector. */
	corrected: boolean;
	rowsLoaded: number;
	rowsRejected: number;
	error?: string;
	detail?: string;
}
