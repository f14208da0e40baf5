/**
 * What the council's exports may show: figures over fewer than 5 children can be hidden (DESIGN: «exports
 * can suppress them»). One switch for the screen, the report, the deck and every chart image, so what is
 * exported is what was looked at.
 */
class Privacy {
	suppressSmall = $state(false);
	/** Teachers' named self-assessments stay on screen; the council's report takes them only when asked. */
	namedInReport = $state(false);
}

export const privacy = new Privacy();
