/** schemas/project.schema.json, compiled by ajv into plain code (scripts/project-validator.js). */
declare const validate: ((data: unknown) => boolean) & {
	errors?: { instancePath: string; message?: string }[] | null;
};
export default validate;
