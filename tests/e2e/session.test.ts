import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { goToView, newContext, openApp, settled, useBuiltApp } from './browser';
import { sampleNames, samplePaths } from './samples';

const app = useBuiltApp();
const fixture = (name: string) => new URL(`fixtures/${name}`, import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'sverka-session-'));
const filesShown = (page: Page) =>
	page.locator('tr[data-file]').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.file));
/** Latin words in what the user reads: the status line, without what sits under «Подробнее». */
const visibleStatus = (page: Page) =>
	page.locator('.status').evaluate((el) => {
		const copy = el.cloneNode(true) as HTMLElement;
		copy.querySelectorAll('details').forEach((d) => d.remove());
		return copy.textContent ?? '';
	});

describe('a drop adds to the set; replacing is asked for and can be undone', () => {
	test('tables dropped after the sample join it, with every correction kept; an empty file changes nothing', async () => {
		const page = await (await newContext(app.browser)).newPage();
		await openApp(page, app.origin);
		const roster = samplePaths.find((p) => p.includes('roster'))!;
		await page.setInputFiles(
			'#file-input',
			samplePaths.filter((p) => p !== roster)
		);
		await settled(page);
		await goToView(page, 'Данные и качество');
		const webinar = page.getByLabel('Безопасность детей на прогулке: Адресует компетенцию');
		await webinar.selectOption('Здоровьесберегающие технологии');
		await page.waitForSelector('main[data-busy="false"][data-saved="true"]');

		// A 0-byte file: refused in words, the set and its correction as they were.
		await page.setInputFiles('#file-input', {
			name: 'пустой.csv',
			mimeType: 'text/csv',
			buffer: Buffer.alloc(0)
		});
		await page.waitForSelector('[data-testid="notice"]');
		assert.equal(
			await page.getByTestId('notice').textContent(),
			'Пустой файл (0 байт) не загружен: «пустой.csv».'
		);
		assert.equal((await filesShown(page)).length, sampleNames.length - 1);

		await page.setInputFiles('#file-input', roster);
		await page.waitForSelector('main[data-busy="false"] [data-testid="notice"]');
		assert.match(
			(await page.getByTestId('notice').textContent()) ?? '',
			/К набору добавлено: «staff-roster\.csv»/
		);
		assert.deepEqual((await filesShown(page)).sort(), [...sampleNames].sort());
		assert.equal(await webinar.inputValue(), 'Здоровьесберегающие технологии');
		assert.equal(await page.getByTestId('undo').count(), 0, 'adding is not a replacement');
		await page.context().close();
	});

	test('«Заменить все файлы…» asks first, replaces, and «Вернуть прежний набор» brings the old set back', async () => {
		const page = await (await newContext(app.browser)).newPage();
		await openApp(page, app.origin);
		await page.getByRole('button', { name: 'Открыть пример' }).click();
		await settled(page);
		await goToView(page, 'Данные и качество');
		const webinar = page.getByLabel('Безопасность детей на прогулке: Адресует компетенцию');
		await webinar.selectOption('Здоровьесберегающие технологии');
		await page.waitForSelector('main[data-busy="false"][data-saved="true"]');

		// «Открыть пример» over loaded data asks too; «Отмена» leaves everything.
		await page.getByRole('button', { name: 'Открыть пример' }).click();
		await page.getByTestId('replace-ask').waitFor();
		await page.getByRole('button', { name: 'Отмена' }).click();
		assert.equal(await page.getByTestId('replace-ask').count(), 0);

		await page.getByRole('button', { name: 'Заменить все файлы…' }).click();
		assert.match(
			(await page.getByTestId('replace-ask').textContent()) ?? '',
			/Новые файлы заменят все загруженные и ваши исправления/
		);
		await page.setInputFiles('#replace-input', fixture('plan-event-repeated.csv'));
		await page.getByTestId('undo').waitFor();
		await page.waitForSelector('main[data-busy="false"][data-saved="true"]');
		assert.deepEqual(await filesShown(page), ['plan-event-repeated.csv']);

		await page.getByRole('button', { name: 'Вернуть прежний набор' }).click();
		await page.waitForSelector('main[data-busy="false"][data-saved="true"]');
		assert.deepEqual(await filesShown(page), sampleNames);
		assert.equal(await webinar.inputValue(), 'Здоровьесберегающие технологии');
		assert.equal(await page.getByTestId('undo').count(), 0);

		// What the browser keeps is the set brought back.
		await page.reload();
		await settled(page);
		assert.deepEqual(await filesShown(page), sampleNames);
		await page.context().close();
	});
});

describe('a load that fails', () => {
	test('keeps the earlier session, says why in Russian, and «Сохранить проект» saves the earlier set', async () => {
		const page = await (await newContext(app.browser)).newPage();
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
		await openApp(page, app.origin);
		await page.getByRole('button', { name: 'Открыть пример' }).click();
		await settled(page);
		await goToView(page, 'Обзор');
		const findings = await page.locator('[data-list="findings"] li').allTextContents();

		const vanished = join(work, 'план-удалён-с-диска.csv');
		writeFileSync(vanished, 'Мероприятие;Сроки\nА;Май\n');
		await page.setInputFiles('#file-input', [fixture('plan-two-untargeted-pedsovet.csv'), vanished]);
		await page.waitForSelector('main[data-busy="false"] [data-testid="load-error"]');
		const status = await visibleStatus(page);
		assert.match(
			status,
			/Не удалось загрузить файлы: файл не удалось прочитать: возможно, его переместили.*Прежний набор файлов и ваши исправления сохранены\./
		);
		assert.doesNotMatch(status, /[A-Za-z]{4}/, 'no English before «Подробнее»');
		await page.locator('.status summary').click();
		assert.match((await page.locator('.status details code').textContent()) ?? '', /NotReadableError/);

		assert.deepEqual(await page.locator('[data-list="findings"] li').allTextContents(), findings);
		await goToView(page, 'Данные и качество');
		assert.deepEqual(await filesShown(page), sampleNames);

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Сохранить проект' }).click()
		]);
		const path = join(work, download.suggestedFilename());
		await download.saveAs(path);
		const manifest = JSON.parse(strFromU8(unzipSync(new Uint8Array(readFileSync(path)))['project.json']));
		assert.deepEqual(
			manifest.files.map((f: { name: string }) => f.name),
			sampleNames
		);

		// A correction after the failure works on the earlier set's own tables.
		await page
			.getByLabel('Безопасность детей на прогулке: Адресует компетенцию')
			.selectOption('Здоровьесберегающие технологии');
		await page.waitForSelector('main[data-busy="false"][data-saved="true"]');
		assert.deepEqual(await filesShown(page), sampleNames);
		await page.context().close();
	});
});

describe('restoring the session kept in this browser', () => {
	test('says «Восстанавливаю сессию…» from the first frame; the empty page is never shown', async () => {
		const context = await newContext(app.browser);
		const page = await context.newPage();
		await openApp(page, app.origin);
		await page.getByRole('button', { name: 'Открыть пример' }).click();
		await settled(page);
		await page.waitForSelector('main[data-saved="true"]');

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
		assert.match(seen.first, /Восстанавливаю сессию…/);
		assert.equal(seen.empty, false, 'the empty state flashed');
		assert.equal((await page.locator('tr[data-file], [data-figure]').count()) > 0, true);
		await context.close();
	});

	test('with nothing kept, the page opens empty at once, without the restoring words', async () => {
		const page = await (await newContext(app.browser)).newPage();
		await openApp(page, app.origin);
		assert.equal(await page.getByTestId('restoring').count(), 0);
		assert.match((await page.locator('main').textContent()) ?? '', /Начните с загрузки файлов/);
	});
});
