/** schemas/project.schema.json, compiled at build time (scripts/vite-plugins.ts). */
declare module 'virtual:project-validator' {
	const validate: ((data: unknown) => boolean) & {
		errors?: { instancePath: string; message?: string }[] | null;
	};
	export default validate;
}
