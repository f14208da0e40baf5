/**
 * The organisation and school year the methodist typed for the council's report, where the files do not
 * say them (or say them wrongly). Asked once: kept in the browser until changed.
 */
const KEY = 'sverka:report-heading';

class ReportHeading {
	organisation = $state('');
	year = $state('');

	constructor() {
		try {
			const saved = JSON.parse(globalThis.localStorage?.getItem(KEY) ?? '{}');
			if (typeof saved.organisation === 'string') this.organisation = saved.organisation;
			if (typeof saved.year === 'string') this.year = saved.year;
		} catch {
			// Nothing saved, or storage refused: the fields start empty.
		}
	}

	save(): void {
		try {
			globalThis.localStorage?.setItem(
				KEY,
				JSON.stringify({ organisation: this.organisation, year: this.year })
			);
		} catch {
			// Private mode or a full quota: the heading lives for this page only.
		}
	}
}

export const reportHeading = new ReportHeading();
