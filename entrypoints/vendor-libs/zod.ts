import { array, boolean, discriminatedUnion, enum as enumOf, literal, number, object, partialRecord, record, string, union, unknown, url, uuid, ZodObject, ZodType } from 'zod';

/**
 * The members of zod's `z` the cores use, as a `z` of their own: the whole namespace would bring every locale and the
 * JSON-schema tools with it (the bundler cannot drop members of a namespace another script reads).
 * test/unit/build/vendor-libs.test.ts fails when the code reads a value of `z` that is not here.
 */
export const z = { array, boolean, discriminatedUnion, enum: enumOf, literal, number, object, partialRecord, record, string, union, unknown, url, uuid, ZodObject, ZodType };
