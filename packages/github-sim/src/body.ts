// Reading and validating JSON request bodies the way GitHub does: a missing required field or a
// value of the wrong type is a 422 whose message and errors[] name the field.
import { SimHttpError, type ValidationIssue } from './http-errors.ts';

export type JsonObject = Record<string, unknown>;

function invalid(message: string, issue: ValidationIssue): SimHttpError {
  return new SimHttpError(422, { message: `Invalid request.\n\n${message}`, errors: [issue] });
}

/** Typed accessors over one request body; every accessor throws a GitHub-shaped 422 on bad input. */
export class BodyReader {
  readonly raw: JsonObject;
  private readonly resource: string;

  constructor(body: unknown, resource: string) {
    if (body !== undefined && (body === null || typeof body !== 'object' || Array.isArray(body))) {
      throw invalid('Body should be a JSON object.', { resource, code: 'invalid' });
    }
    this.raw = (body ?? {}) as JsonObject;
    this.resource = resource;
  }

  has(field: string): boolean {
    return this.raw[field] !== undefined && this.raw[field] !== null;
  }

  private typed<T>(
    field: string,
    type: string,
    check: (v: unknown) => boolean,
    required: boolean,
  ): T | undefined {
    const value = this.raw[field];
    if (value === undefined || value === null) {
      if (required)
        throw invalid(`"${field}" wasn't supplied.`, {
          resource: this.resource,
          field,
          code: 'missing_field',
        });
      return undefined;
    }
    if (!check(value)) {
      throw invalid(`For 'properties/${field}', ${JSON.stringify(value)} is not ${type}.`, {
        resource: this.resource,
        field,
        code: 'invalid',
        value,
      });
    }
    return value as T;
  }

  string(
    field: string,
    opts: { required?: boolean; maxLength?: number; nonEmpty?: boolean } = {},
  ): string | undefined {
    const value = this.typed<string>(field, 'a string', (v) => typeof v === 'string', opts.required ?? false);
    if (value !== undefined && opts.nonEmpty && value.trim() === '') {
      throw invalid(`"${field}" can't be blank.`, { resource: this.resource, field, code: 'missing_field' });
    }
    if (value !== undefined && opts.maxLength !== undefined && value.length > opts.maxLength) {
      throw new SimHttpError(422, {
        message: 'Validation Failed',
        errors: [
          {
            resource: this.resource,
            code: 'custom',
            field,
            message: `${field} is too long (maximum is ${opts.maxLength} characters)`,
          },
        ],
      });
    }
    return value;
  }

  requiredString(field: string, opts: { maxLength?: number; nonEmpty?: boolean } = {}): string {
    return this.string(field, { ...opts, required: true }) as string;
  }

  boolean(field: string): boolean | undefined {
    return this.typed<boolean>(field, 'a boolean', (v) => typeof v === 'boolean', false);
  }

  oneOf<T extends string>(field: string, allowed: readonly T[], required = false): T | undefined {
    const value = this.string(field, { required });
    if (value !== undefined && !(allowed as readonly string[]).includes(value)) {
      throw invalid(
        `For 'properties/${field}', ${JSON.stringify(value)} is not one of ${allowed.join(', ')}.`,
        {
          resource: this.resource,
          field,
          code: 'invalid',
          value,
        },
      );
    }
    return value as T | undefined;
  }

  stringArray(field: string): string[] | undefined {
    return this.typed<string[]>(
      field,
      'an array of strings',
      (v) => Array.isArray(v) && v.every((x) => typeof x === 'string'),
      false,
    );
  }

  object(field: string): JsonObject | undefined {
    return this.typed<JsonObject>(
      field,
      'an object',
      (v) => typeof v === 'object' && !Array.isArray(v),
      false,
    );
  }
}
