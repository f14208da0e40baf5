import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { download, expect, filesShown, goToView, openApp, settled, test } from './harness';
import { sampleNames, samplePaths } from './samples';

const fixture = (name: string) => new URL(`fixtures/${name}`, import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'sverka-session-'));
const WEBINAR = 'Безопасность детей на прогулке: Направлено на компетенцию';
/** Latin words in what the user reads: the status line, without what sits under «Подробнее». */
const visibleStatus = (page: Page) =>
	page.locator('.status').evaluate((el) => {
		const copy = el.cloneNode(true) as HTMLElement;
		copy.querySelectorAll('details').forEach((d) => d.remove());
		return copy.textContent ?? '';
	});
const savedAndIdle = (page: Page) =>
	expect(page.locator('main[data-busy="false"][data-saved="true"]')).toHaveCount(1, { timeout: 60_000 });

test.describe('a drop adds to the set; replacing is asked for and can be undone', () => {
	test('tables dropped after the sample join it, with every correction kept; an empty file changes nothing', async ({
		app: page
	}) => {
		const roster = samplePaths.find((p) => p.includes('roster'))!;
		await page.setInputFiles(
			'#file-input',
			samplePaths.filter((p) => p !== roster)
		);
		await settled(page);
		await goToView(page, 'Данные и качество');
		const webinar = page.getByLabel(WEBINAR);
		await webinar.selectOption('Здоровьесберегающие технологии');
		await savedAndIdle(page);

		// A 0-byte file: refused in words, the set and its correction as they were.
		await page.setInputFiles('#file-input', {
			name: 'пустой.csv',
			mimeType: 'text/csv',
			buffer: Buffer.alloc(0)
		});
		await expect(page.getByTestId('notice')).toHaveText('Пустой файл (0 байт) не загружен: «пустой.csv».');
		expect((await filesShown(page)).length).toBe(sampleNames.length - 1);

		await page.setInputFiles('#file-input', roster);
		await expect(page.locator('main[data-busy="false"] [data-testid="notice"]')).toHaveText(
			/К набору добавлено: «staff-roster\.csv»/,
			{ timeout: 60_000 }
		);
		expect((await filesShown(page)).sort()).toEqual([...sampleNames].sort());
		await expect(webinar).toHaveValue('Здоровьесберегающие технологии');
		await expect(page.getByTestId('undo'), 'adding is not a replacement').toHaveCount(0);
	});

	test('«Заменить все файлы…» asks first, replaces, and «Вернуть прежний набор» brings the old set back', async ({
		app: page
	}) => {
		await page.getByRole('button', { name: 'Открыть пример' }).click();
		await settled(page);
		await goToView(page, 'Данные и качество');
		const webinar = page.getByLabel(WEBINAR);
		await webinar.selectOption('Здоровьесберегающие технологии');
		await savedAndIdle(page);

		// «Открыть пример» over loaded data asks too; «Отмена» leaves everything.
		await page.getByRole('button', { name: 'Открыть пример' }).click();
		await expect(page.getByTestId('replace-ask')).toBeVisible();
		await page.getByRole('button', { name: 'Отмена' }).click();
		await expect(page.getByTestId('replace-ask')).toHaveCount(0);

		await page.getByRole('button', { name: 'Заменить все файлы…' }).click();
		await expect(page.getByTestId('replace-ask')).toHaveText(
			/Новые файлы заменят все загруженные и ваши исправления/
		);
		await page.setInputFiles('#replace-input', fixture('plan-event-repeated.csv'));
		await expect(page.getByTestId('undo')).toBeVisible({ timeout: 60_000 });
		await savedAndIdle(page);
		expect(await filesShown(page)).toEqual(['plan-event-repeated.csv']);

		await page.getByRole('button', { name: 'Вернуть прежний набор' }).click();
		await savedAndIdle(page);
		expect(await filesShown(page)).toEqual(sampleNames);
		await expect(webinar).toHaveValue('Здоровьесберегающие технологии');
		await expect(page.getByTestId('undo')).toHaveCount(0);

		// What the browser keeps is the set brought back.
		await page.reload();
		await settled(page);
		expect(await filesShown(page)).toEqual(sampleNames);
	});
});

test.describe('a load that fails', () => {
	test('keeps the earlier session, says why in Russian, and «Сохранить проект» saves the earlier set', async ({
		page
	}) => {
		// As when a picked file is moved or deleted before it is read: the browser refuses to read it.
		// (A string: the test runner's transpiler would wrap a named function in a helper the page lacks.)
		await page.addInitScript({
			content: `{
				const slice = Blob.prototype.slice;
				Blob.prototype.slice = function (...args) {
					// Its first bytes were read when it was picked; the rest, mid-load, is gone.
					if (this instanceof File && this.name === 'план-удалён-с-диска.csv' && (args[1] ?? this.size) > 4)
						return { arrayBuffer: () => Promise.reject(new DOMException('A requested file could not be read.', 'NotReadableError')) };
					return slice.apply(this, args);
				};
			}`
		});
		await openApp(page);
		await page.getByRole('button', { name: 'Открыть пример' }).click();
		await settled(page);
		await goToView(page, 'Обзор');
		const findings = await page.locator('[data-list="findings"] li').allTextContents();

		const vanished = join(work, 'план-удалён-с-диска.csv');
		writeFileSync(vanished, 'Мероприятие;Сроки\nА;Май\n');
		await page.setInputFiles('#file-input', [fixture('plan-two-untargeted-pedsovet.csv'), vanished]);
		await expect(page.locator('main[data-busy="false"] [data-testid="load-error"]')).toBeVisible({
			timeout: 60_000
		});
		const status = await visibleStatus(page);
		expect(status).toMatch(
			/Не удалось загрузить файлы: файл не удалось прочитать: возможно, его переместили.*Прежний набор файлов и ваши исправления сохранены\./
		);
		expect(status, 'no English before «Подробнее»').not.toMatch(/[A-Za-z]{4}/);
		await page.locator('.status summary').click();
		await expect(page.locator('.status details code')).toHaveText(/NotReadableError/);

		expect(await page.locator('[data-list="findings"] li').allTextContents()).toEqual(findings);
		await goToView(page, 'Данные и качество');
		expect(await filesShown(page)).toEqual(sampleNames);

		const project = await download(page, () =>
			page.getByRole('button', { name: 'Сохранить проект' }).click()
		);
		const path = join(work, project.suggestedFilename());
		await project.saveAs(path);
		const manifest = JSON.parse(strFromU8(unzipSync(new Uint8Array(readFileSync(path)))['project.json']));
		expect(manifest.files.map((f: { name: string }) => f.name)).toEqual(sampleNames);

		// A correction after the failure works on the earlier set's own tables.
		await page.getByLabel(WEBINAR).selectOption('Здоровьесберегающие технологии');
		await savedAndIdle(page);
		expect(await filesShown(page)).toEqual(sampleNames);
	});
});

test.describe('restoring the session kept in this browser', () => {
	test('says «Восстанавливаю сессию…» from the first frame; the empty page is never shown', async ({
		app: page
	}) => {
		await page.getByRole('button', { name: 'Открыть пример' }).click();
		await settled(page);
		await expect(page.locator('main[data-saved="true"]')).toHaveCount(1);

		// Every DOM the reloaded page ever shows, from the first, is looked at as it is built.
		await page.addInitScript(() => {
			const seen = { first: '', empty: false };
			(window as { seen?: typeof seen }).seen = seen;
			new MutationObserver(() => {
				const main = document.querySelector('main');
				if (!main) return;
				const text = main.textContent ?? '';
				seen.first ||= text;
				if (text.includes('Начните с загрузки файлов')) seen.empty = true;
			}).observe(document, { childList: true, subtree: true, characterData: true });
		});
		await page.reload();
		await settled(page);
		const seen = await page.evaluate(() => (window as { seen?: { first: string; empty: boolean } }).seen!);
		expect(seen.first).toMatch(/Восстанавливаю сессию…/);
		expect(seen.empty, 'the empty state flashed').toBe(false);
		expect(await page.locator('tr[data-file], [data-figure]').count()).toBeGreaterThan(0);
	});

	test('with nothing kept, the page opens empty at once, without the restoring words', async ({
		app: page
	}) => {
		// At once: the engine has started, and the restoring words were never there to go away.
		expect(await page.getByTestId('restoring').count()).toBe(0);
		await expect(page.locator('main')).toContainText('Начните с загрузки файлов');
	});
});
