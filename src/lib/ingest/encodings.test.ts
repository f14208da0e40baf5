import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeWindows1251 } from '../../../scripts/samples/cp1251';
import { createNodeEngine } from '../engine/node';
import type { Engine } from '../engine/types';
import { translator } from '../i18n';
import { detectEncoding } from './decode';
import { loadAll, readRaw, sourceFromBytes } from './index';

/** Issue 17.9: encodings Excel and Notepad write that came out garbled. */
const fixture = (name: string) =>
	sourceFromBytes(name, readFileSync(new URL(`fixtures/${name}`, import.meta.url)));

let engine: Engine;
beforeAll(async () => {
	engine = await createNodeEngine();
});
afterAll(() => engine.close());

const rows = async (sql: string) => (await engine.query(sql)).toArray().map((r) => r.toJSON());

describe('encodings', () => {
	it('UTF-16 BE with a BOM', async () => {
		const { reports } = await loadAll(engine, [fixture('utf16be-bom-semicolon-outcomes.csv')]);
		expect(reports[0]).toMatchObject({
			kind: 'outcomes',
			encoding: 'utf-16be',
			delimiter: ';',
			rowsLoaded: 2
		});
		expect(await rows(`SELECT DISTINCT child, "group" FROM outcomes_named ORDER BY child`)).toEqual([
			{ child: 'Белова Алиса', group: 'Ромашка' },
			{ child: 'Волков Иван', group: 'Ромашка' }
		]);
	});

	it('UTF-16 LE without a BOM, tab-separated', async () => {
		const { reports } = await loadAll(engine, [fixture('utf16le-no-bom-tab-outcomes.txt')]);
		expect(reports[0]).toMatchObject({
			kind: 'outcomes',
			encoding: 'utf-16le',
			delimiter: '\t',
			rowsLoaded: 2
		});
		expect(await rows(`SELECT DISTINCT child FROM outcomes_named ORDER BY child`)).toEqual([
			{ child: 'Белова Алиса' },
			{ child: 'Волков Иван' }
		]);
	});

	it('Windows-1251 whose first 64 KB are plain ASCII (codes and numbers before the first Cyrillic letter)', async () => {
		const lines = ['code;group;score'];
		for (let i = 0; lines.join('\n').length < 70_000; i++) lines.push(`${100000 + i};G${i % 10};${i % 4}`);
		lines.push('999999;Ромашка «старшая»;3');
		const bytes = encodeWindows1251(lines.join('\r\n') + '\r\n');
		const raw = await readRaw(engine, sourceFromBytes('cp1251-ascii-first-64kb.csv', bytes), 0);
		expect(raw.encoding).toBe('windows-1251');
		expect(raw.rowsIn).toBe(lines.length - 1);
		expect(await rows(`SELECT "group" FROM raw_0 WHERE code = '999999'`)).toEqual([
			{ group: 'Ромашка «старшая»' }
		]);
	});

	it('tells UTF-16 without a BOM by its zero bytes, and leaves UTF-8 and Windows-1251 alone', () => {
		const text = 'ФИО;Группа\r\nИванов Иван;Ромашка\r\n';
		const le = new Uint8Array(text.length * 2);
		const be = new Uint8Array(text.length * 2);
		for (let i = 0; i < text.length; i++) {
			const c = text.charCodeAt(i);
			[le[2 * i], le[2 * i + 1]] = [c & 0xff, c >> 8];
			[be[2 * i], be[2 * i + 1]] = [c >> 8, c & 0xff];
		}
		expect(detectEncoding(le)).toBe('utf-16le');
		expect(detectEncoding(be)).toBe('utf-16be');
		expect(detectEncoding(new TextEncoder().encode(text))).toBe('utf-8');
		expect(detectEncoding(encodeWindows1251(text))).toBe('windows-1251');
	});

	it('an Excel 97–2003 book (.xls) is refused with the formats to save it in, not read as garbage', async () => {
		const ole = new Uint8Array(4096);
		ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
		const { reports } = await loadAll(engine, [sourceFromBytes('отчёт.xls', ole)]);
		expect(reports[0]).toMatchObject({ error: 'old_xls', rowsIn: 0, rowsLoaded: 0 });
		expect(translator('ru')('error.old_xls')).toMatch(/\.xlsx.*CSV UTF-8/);
	});
});
