import type { Mode } from '../i18n/mode';

/**
 * School or kindergarten: guessed from the data (marks 2–5 are a school's), overridable by the user when the
 * guess is wrong. One switch for every view's words and charts.
 */
class DataMode {
	/** The user's choice; null follows the data. */
	override = $state<Mode | null>(null);

	resolve(detected: Mode | undefined): Mode {
		return this.override ?? detected ?? 'kindergarten';
	}
}

export const dataMode = new DataMode();
