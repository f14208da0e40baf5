/**
 * `npm run profile:page -- FILE… [--outcomes] [--warm]` or `-- --deck`: where the page's main thread goes while a file loads, on the
 * built site in headless Chromium (build it with `SVERKA_PROFILE=1 npx vite build` for readable names). The
 * sample year is opened first; then the files replace it (with `--outcomes`, «Результаты детей» is opened, as
 * the bench does). With `--deck`, the council's deck of the sample year is built instead; with `--restore`, the
 * files are loaded first and the page reloaded (the session kept), and the reload is profiled. Prints the long tasks (over 50 ms, the freezes a user feels) and the main thread's self
 * time by function and by call stack.
 */
import { launch, newContext, openApp } from '../tests/e2e/browser';
import { serveBuild } from './serve';

const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const deck = process.argv.includes('--deck');
const restore = process.argv.includes('--restore');
if (!files.length && !deck) {
	console.error('npm run profile:page -- FILE… [--outcomes] [--warm] | --deck | FILE… --restore');
	process.exit(2);
}
const { server, origin } = await serveBuild();
const browser = await launch();
try {
	const context = await newContext(browser);
	const page = await context.newPage();
	const replaceFiles = async () => {
		const fold = page.locator('details.add-files');
		if (!(await fold.evaluate((d) => (d as HTMLDetailsElement).open))) await fold.locator('summary').click();
		await page.getByRole('button', { name: 'Заменить все файлы…' }).click();
		await page.setInputFiles('#replace-input', files);
	};
	const loads = (n: number) =>
		page.waitForFunction((n) => performance.getEntriesByName('sverka:load-end').length > n, n, {
			timeout: 600_000,
			polling: 200
		});
	await openApp(page, origin);
	await page.getByRole('button', { name: 'Открыть пример' }).click();
	await page.waitForFunction(() => performance.getEntriesByName('sverka:load-end').length > 0, null, {
		timeout: 120_000
	});
	// `--warm`: the outcome charts drawn once before (a page in use), so a first drawing's cost is not counted.
	if (process.argv.includes('--warm')) {
		await page.getByRole('navigation').getByRole('link', { name: 'Результаты детей' }).click();
		await page.locator('[data-query="outcomes"][data-ready="true"]').waitFor();
		await page.getByRole('navigation').getByRole('link', { name: 'Обзор' }).click();
	}
	if (restore) {
		await replaceFiles();
		await loads(1);
		// The reload's long tasks from its first script on.
		await context.addInitScript(() => {
			const w = window as unknown as { tasks: [number, number][] };
			w.tasks = [];
			new PerformanceObserver((l) => {
				for (const e of l.getEntries()) w.tasks.push([e.startTime, e.duration]);
			}).observe({ type: 'longtask' });
		});
	}
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
	let t0 = await page.evaluate(() => {
		const w = window as unknown as { tasks: [number, number][] };
		w.tasks = [];
		new PerformanceObserver((l) => {
			for (const e of l.getEntries()) w.tasks.push([e.startTime, e.duration]);
		}).observe({ type: 'longtask' });
		return performance.now();
	});
	await cdp.send('Profiler.start');
	if (deck) {
		const download = page.waitForEvent('download', { timeout: 120_000 });
		await page.getByRole('button', { name: 'Презентация PPTX' }).click();
		await download;
	} else if (restore) {
		// The new document's clock starts near where the profile does (the navigation's start).
		t0 = 0;
		await page.reload();
		await loads(0);
		await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), null, { polling: 200 });
	} else {
		await replaceFiles();
		if (process.argv.includes('--outcomes'))
			await page.getByRole('navigation').getByRole('link', { name: 'Результаты детей' }).click();
		await loads(1);
		// The charts drawn after the load's end belong to it too: wait until the page has nothing pending.
		await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), null, { polling: 200 });
	}
	const { profile } = await cdp.send('Profiler.stop');
	const tasks = await page.evaluate(() => (window as unknown as { tasks: [number, number][] }).tasks);
	console.log(
		`long tasks after the drop (start + duration, ms): ${tasks.map(([s, d]) => `${Math.round(s - t0)}+${Math.round(d)}`).join(' ') || 'none'}`
	);
	const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
	const parent = new Map<number, number>();
	for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
	const name = (id: number) => nodes.get(id)!.callFrame.functionName || '(anonymous)';
	const where = (id: number) => {
		const f = nodes.get(id)!.callFrame;
		return `${name(id)} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
	};
	const self = new Map<string, number>();
	const stacks = new Map<string, number>();
	const inLong = new Map<string, number>();
	const samples = profile.samples ?? [];
	// Sample times on the page's clock: the profile starts when the drop does (within a millisecond or so).
	let at = t0;
	for (let i = 0; i < samples.length; i++) {
		const ms = (profile.timeDeltas?.[i] ?? 0) / 1000;
		at += ms;
		if (name(samples[i]) === '(idle)') continue;
		self.set(where(samples[i]), (self.get(where(samples[i])) ?? 0) + ms);
		const chain: string[] = [];
		for (let id: number | undefined = samples[i]; id !== undefined && chain.length < 6; id = parent.get(id))
			chain.push(name(id));
		const key = chain.reverse().join(' > ');
		stacks.set(key, (stacks.get(key) ?? 0) + ms);
		const task = tasks.findIndex(([start, duration]) => at >= start && at <= start + duration);
		if (task >= 0) {
			const inTask = `#${task + 1} ${key}`;
			inLong.set(inTask, (inLong.get(inTask) ?? 0) + ms);
		}
	}
	const top = (m: Map<string, number>) =>
		[...m]
			.sort((a, b) => b[1] - a[1])
			.slice(0, 20)
			.map(([k, v]) => `${v.toFixed(1).padStart(8)}  ${k}`)
			.join('\n');
	console.log(`\nself time on the main thread (ms):\n${top(self)}\n\nby call stack (ms):\n${top(stacks)}`);
	console.log(`\nwithin the long tasks (#1 the first), by call stack (ms):\n${top(inLong)}`);
} finally {
	await browser.close();
	server.close();
}
