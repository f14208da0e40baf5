/** Save a data: URL or blob as a file through the browser's own download. */
export function download(href: string | Blob, filename: string): void {
	const url = typeof href === 'string' ? href : URL.createObjectURL(href);
	const link = document.createElement('a');
	link.href = url;
	link.download = filename;
	document.body.append(link);
	link.click();
	link.remove();
	if (typeof href !== 'string') setTimeout(() => URL.revokeObjectURL(url), 1000);
}
